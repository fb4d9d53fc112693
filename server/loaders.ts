import DataLoader from "dataloader";
import type { RequestDb } from "../core/db/database.ts";
import { EVIDENCE_LEVELS, assertLabel, assertRelType } from "../schema/vocabulary.ts";

export type Row = Record<string, unknown> & { id: string };

/** Evidence level ranks, strongest first. */
export const LEVEL_RANKS = Object.values(EVIDENCE_LEVELS)
  .map((l) => l.rank)
  .sort((a, b) => b - a);

/**
 * A claim's properties with its subject and object entities: every claim list shows them, and
 * fetching them in the same query saves a round-trip per list.
 */
export const claimProjection = (v: string) =>
  `${v} {.*, subjectNode: [(${v})-[:SUBJECT]->(s:Entity) | s {.*}][0], objectNode: [(${v})-[:OBJECT]->(o:Entity) | o {.*}][0]}`;

/**
 * Batched loaders, one set per request: however many items a list returns, each nested field
 * costs one Cypher round-trip per level, never one per item.
 */
export function createLoaders(db: RequestDb) {
  const byId = (label: string) =>
    new DataLoader<string, Row | null>(async (ids) => {
      const rows = await db.read<{ id: string; node: Row }>(
        `UNWIND $ids AS id MATCH (n:${assertLabel(label)} {id: id})
         RETURN id, ${label === "Claim" ? claimProjection("n") : "n {.*}"} AS node`,
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
   * cited paper has tens of thousands of claims, and a page needs twenty.
   */
  const rel = (spec: {
    from: string;
    types: string[];
    to: string;
    dir: "out" | "in";
    order?: string;
    desc?: boolean;
    limit?: number;
  }) => {
    const key = JSON.stringify(spec);
    let loader = related.get(key);
    if (!loader) {
      const types = spec.types.map(assertRelType).join("|");
      const pattern =
        spec.dir === "out"
          ? `(a:${assertLabel(spec.from)} {id: id})-[:${types}]->(b:${assertLabel(spec.to)})`
          : `(a:${assertLabel(spec.from)} {id: id})<-[:${types}]-(b:${assertLabel(spec.to)})`;
      const order =
        spec.order && /^[a-zA-Z]+$/.test(spec.order) ? `b.${spec.order}${spec.desc ? " DESC" : ""}, ` : "";
      const limit = spec.limit;
      const project = spec.to === "Claim" ? claimProjection("b") : "b {.*}";
      loader = new DataLoader<string, Row[]>(async (ids) => {
        const rows = await db.read<{ id: string; items: Row[] }>(
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
      related.set(key, loader);
    }
    return loader;
  };

  /**
   * The first `limit` loci or claims citing each publication, in the order the API lists them
   * (loci by offset then id; claims strongest first, then id). They are read from the CITES
   * relationships' own key (seed/graph.ts citeKey) through the cites_listing index, which holds
   * them in that order: a paper cited by tens of thousands costs a page of index entries, not a
   * sort of all its citations. Claims are read one level at a time for the same reason.
   */
  const citing = new Map<string, DataLoader<string, Row[]>>();
  const citedBy = (kind: "Locus" | "Claim", limit: number) => {
    const key = `${kind}|${limit}`;
    let loader = citing.get(key);
    if (!loader) {
      const seek = (sortKey: string) =>
        `MATCH (b:${assertLabel(kind)})-[r:CITES]->(:Publication)
         WHERE r.publication = pid AND r.citingKind = $kind AND ${sortKey} AND r.citingId IS NOT NULL
         WITH b, r ORDER BY r.publication, r.citingKind, r.sortKey, r.citingId LIMIT toInteger($limit)`;
      const query =
        kind === "Locus"
          ? `UNWIND $ids AS pid
             CALL (pid) { ${seek("r.sortKey IS NOT NULL")} RETURN collect(b {.*}) AS items }
             RETURN pid AS id, items`
          : `UNWIND $ids AS pid
             CALL (pid) {
               UNWIND $levels AS lvl
               CALL (pid, lvl) { ${seek("r.sortKey = lvl")} RETURN b }
               WITH b ORDER BY b.levelRank DESC, b.id LIMIT toInteger($limit)
               RETURN collect(${claimProjection("b")}) AS items
             }
             RETURN pid AS id, items`;
      loader = new DataLoader<string, Row[]>(async (ids) => {
        const rows = await db.read<{ id: string; items: Row[] }>(query, {
          ids: [...ids],
          kind,
          limit,
          levels: LEVEL_RANKS,
        });
        const found = new Map(rows.map((r) => [r.id, r.items]));
        return ids.map((id) => found.get(id) ?? []);
      });
      citing.set(key, loader);
    }
    return loader;
  };

  /** How many claims name each entity, read from the relationship counts, not by loading them. */
  const claimCount = new DataLoader<string, number>(async (ids) => {
    const rows = await db.read<{ id: string; n: number }>(
      `UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id})
       RETURN id, CASE WHEN e IS NULL THEN 0 ELSE COUNT { (e)<-[:SUBJECT|OBJECT]-(:Claim) } END AS n`,
      { ids: [...ids] },
    );
    const found = new Map(rows.map((r) => [r.id, r.n]));
    return ids.map((id) => found.get(id) ?? 0);
  });

  return {
    claimCount,
    entity: byId("Entity"),
    claim: byId("Claim"),
    publication: byId("Publication"),
    study: byId("Study"),
    caseById: byId("Case"),
    rel,
    citedBy,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
