import DataLoader from "dataloader";
import type { Params, RequestDb } from "../core/db/database.ts";
import { EVIDENCE_LEVELS, assertLabel, assertRelType, type EvidenceLevel } from "../schema/vocabulary.ts";
import type { Row } from "./rows.ts";

/** What the query layer needs of the database: reads (a request's handle counts its round-trips). */
export type Reader = Pick<RequestDb, "read">;

/** A Cypher statement with its parameters: what the pure query builders return. */
export interface Cypher {
  text: string;
  params: Params;
}

/** Evidence level ranks, strongest first. */
export const LEVEL_RANKS = Object.values(EVIDENCE_LEVELS)
  .map((l) => l.rank)
  .sort((a, b) => b - a);

/**
 * A statement's properties with its subject and object entities: every statement list shows them, and
 * fetching them in the same query saves a round-trip per list.
 */
export const statementProjection = (v: string) =>
  `${v} {.*, subjectNode: [(${v})-[:SUBJECT]->(s:Entity) | s {.*}][0], objectNode: [(${v})-[:OBJECT]->(o:Entity) | o {.*}][0]}`;

/**
 * Batched loaders, one set per request: however many items a list returns, each nested field
 * costs one Cypher round-trip per level, never one per item. Private to the query layer: its
 * modules wrap them in named functions.
 */
export function createBase(db: Reader) {
  const byId = <T extends Row>(label: string) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await db.read<{ id: string; node: T }>(
        `UNWIND $ids AS id MATCH (n:${assertLabel(label)} {id: id})
         RETURN id, ${label === "Statement" ? statementProjection("n") : "n {.*}"} AS node`,
        { ids: [...ids] },
      );
      const found = new Map(rows.map((r) => [r.id, r.node]));
      return ids.map((id) => found.get(id) ?? null);
    });

  const related = new Map<string, DataLoader<string, Row[]>>();
  /**
   * Nodes linked to each key by one of the allowlisted relationship types, in `order` (a property
   * of the related node, descending with `desc`). `dir` is the direction seen from the key's node.
   * With `limit`, each key gets at most that many, chosen in the database: a hub entity or a much
   * cited paper has tens of thousands of statements, and a page needs twenty.
   */
  const rel = <T extends Row = Row>(spec: {
    from: string;
    types: string[];
    to: string;
    dir: "out" | "in";
    order?: string;
    desc?: boolean;
    limit?: number;
  }) => {
    const key = JSON.stringify(spec);
    let loader = related.get(key) as DataLoader<string, T[]> | undefined;
    if (!loader) {
      const types = spec.types.map(assertRelType).join("|");
      const pattern =
        spec.dir === "out"
          ? `(a:${assertLabel(spec.from)} {id: id})-[:${types}]->(b:${assertLabel(spec.to)})`
          : `(a:${assertLabel(spec.from)} {id: id})<-[:${types}]-(b:${assertLabel(spec.to)})`;
      const order =
        spec.order && /^[a-zA-Z]+$/.test(spec.order) ? `b.${spec.order}${spec.desc ? " DESC" : ""}, ` : "";
      const limit = spec.limit;
      const project = spec.to === "Statement" ? statementProjection("b") : "b {.*}";
      loader = new DataLoader<string, T[]>(async (ids) => {
        const rows = await db.read<{ id: string; items: T[] }>(
          limit == null
            ? `UNWIND $ids AS id
               OPTIONAL MATCH ${pattern}
               WITH id, b ORDER BY ${order}b.id
               RETURN id, collect(DISTINCT ${project}) AS items`
            : `UNWIND $ids AS id
               CALL (id) {
                 OPTIONAL MATCH ${pattern}
                 WITH DISTINCT b ORDER BY ${order}b.id LIMIT toInteger($limit)
                 RETURN collect(${project}) AS items
               }
               RETURN id, items`,
          { ids: [...ids], limit: limit ?? null },
        );
        const found = new Map(rows.map((r) => [r.id, r.items]));
        return ids.map((id) => found.get(id) ?? []);
      });
      related.set(key, loader as unknown as DataLoader<string, Row[]>);
    }
    return loader;
  };

  return { byId, rel };
}

export type Base = ReturnType<typeof createBase>;

/** A level's rank (0 for no level: every statement passes a minimum of 0). */
export function levelRank(level: EvidenceLevel | null | undefined): number {
  return level ? EVIDENCE_LEVELS[level].rank : 0;
}

/**
 * A node another node points at (a statement's subject, a step's statement): the graph guarantees it, so
 * its absence is an internal error, as a null in a non-null field would be.
 */
export async function present<T>(row: Promise<T | null>, label: string, id: string): Promise<T> {
  const found = await row;
  if (found == null) throw new Error(`${label} ${id} is referenced but not in the graph`);
  return found;
}
