import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import { badInput } from "../errorPolicy.ts";
import type { Page, PageRequest } from "../../store/paging.ts";

/** Opaque keyset cursor: the sort key of the last row, base64url-encoded. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** Longest cursor this API hands out, with room to spare: a sort key is a level or number and an id. */
export const MAX_CURSOR_LENGTH = 512;
const MAX_KEY_STRING = 256;

/**
 * A cursor is checked by shape before anything reads it: its length, its alphabet, then that it
 * decodes to a flat array of `arity` scalars (short strings, finite numbers, booleans, null).
 * Anything nested, however it was made, is refused here and never reaches the query layer or the
 * driver (a deeply nested key once overflowed the stack or made Neo4j drop the connection).
 */
export function decodeCursor(
  argument: string,
  cursor: string | null | undefined,
  arity: number,
): unknown[] | null {
  if (cursor == null) return null;
  if (cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor)) {
    try {
      const key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
      if (Array.isArray(key) && key.length === arity && key.every(isKeyScalar)) return key;
    } catch {
      // fall through to the error below
    }
  }
  throw badInput(argument, "is not a cursor returned by this API");
}

function isKeyScalar(value: unknown): boolean {
  if (value === null || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && value.length <= MAX_KEY_STRING;
}

/** Validates a page size against the configured cap. */
export function pageSize(
  argument: string,
  value: number | null | undefined,
  max: number,
  fallback = 20,
): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw badInput(argument, "must be a positive integer");
  if (n > max) throw badInput(argument, `must be at most ${max}`);
  return n;
}

/** True when the client selected `field` directly under the current field (fragments included). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet);
      const fragment = info.fragments[s.name.value];
      return visit(fragment?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/** A connection's page request from its arguments: size checked, cursor decoded, count only if selected. */
export function pageRequest(
  args: { first?: number | null; after?: string | null },
  info: GraphQLResolveInfo,
  max: number,
  fallback?: number,
): PageRequest {
  return {
    size: pageSize("first", args.first, max, fallback),
    after: decodeCursor("after", args.after, 2),
    count: selects(info, "totalCount"),
  };
}

/** A Relay connection from a page of the query layer: each row's sort key becomes its cursor. */
export function toConnection<T>(page: Page<T>, request: PageRequest) {
  const edges = page.items.map(({ node, key }) => ({ cursor: encodeCursor(key), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      // Forward paging: a page after a cursor has at least that cursor's row before it (Relay allows
      // answering from what is known without another query).
      hasPreviousPage: request.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    // Counted only when the client selected totalCount; otherwise no response carries this 0.
    totalCount: page.totalCount ?? 0,
  };
}
