import type { Cypher, Reader } from "./base.ts";

/** A keyset page request: the sort key of the last row seen (null for the first page) and the page size. */
export interface PageRequest {
  after: unknown[] | null;
  size: number;
  /** Whether to count all matching rows (only when the client asked for totalCount). */
  count: boolean;
}

/** One list's query: a page read (limit = size + 1, to learn whether a next page exists) and its count. */
export interface ListQuery {
  page: Cypher;
  count: Cypher;
}

export interface Page<T> {
  /** Each row with its sort key, from which the API makes its cursor. */
  items: { node: T; key: unknown[] }[];
  hasNextPage: boolean;
  totalCount: number | null;
}

/**
 * The one keyset-paging helper for every connection: the page query returns `node` rows in key
 * order, at most size + 1 of them; the count query returns `n`.
 */
export async function readPage<T>(
  db: Reader,
  query: ListQuery,
  request: PageRequest,
  keyOf: (row: T) => unknown[],
): Promise<Page<T>> {
  const rows = (await db.read<{ node: T }>(query.page.text, query.page.params)).map((r) => r.node);
  const items = rows.slice(0, request.size).map((node) => ({ node, key: keyOf(node) }));
  const totalCount = request.count
    ? (await db.read<{ n: number }>(query.count.text, query.count.params))[0]!.n
    : null;
  return { items, hasNextPage: rows.length > request.size, totalCount };
}
