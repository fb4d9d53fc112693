import DataLoader from "dataloader";
import { present, type Base, type Cypher, type Reader } from "./base.ts";
import { readPage, type ListQuery, type PageRequest } from "./paging.ts";
import type { AliasRow, CaseFactRow, StatementRow, EntityRow, StudyRow } from "./rows.ts";

export interface EntityFilter {
  kind?: string | null;
  nameContains?: string | null;
}

/**
 * The entities list: one filter model builds both the page (keyset on the lower-cased name, then
 * id) and the count. The page reads the entity_name_sort or entity_kind_name_sort index in order
 * from the cursor and stops after a page (nameSort is stored at load; sorting on toLower(e.name)
 * would read and sort every entity). Each filter shape has its own text, so that the planner sees
 * which predicates apply (an `$x IS NULL OR ...` predicate hides the index from it).
 */
export function entityListQuery(filter: EntityFilter | null | undefined, request: PageRequest): ListQuery {
  const params = {
    kind: filter?.kind ?? null,
    contains: filter?.nameContains?.toLowerCase() ?? null,
  };
  const where = [
    params.kind != null ? "e.kind = $kind" : null,
    params.contains != null ? "e.nameSort CONTAINS $contains" : null,
  ].filter((w) => w != null);
  const afterName = (request.after?.[0] as string | undefined) ?? null;
  // The hint pins the index whatever the graph's size (on a small graph the planner would rather
  // scan); the cursor condition is a range on the index plus a filter, with no OR for it to split on.
  const hint = params.kind != null ? "e:Entity(kind, nameSort, id)" : "e:Entity(nameSort, id)";
  const page: Cypher = {
    text: `MATCH (e:Entity) USING INDEX ${hint} WHERE ${[
      ...where,
      afterName == null
        ? "e.nameSort IS NOT NULL"
        : "e.nameSort >= $afterName AND NOT (e.nameSort = $afterName AND e.id <= $afterId)",
      // Every property of the hinted index needs a predicate; ids always exist.
      "e.id IS NOT NULL",
    ].join(" AND ")}
         RETURN e {.*} AS node ORDER BY ${params.kind != null ? "e.kind, " : ""}e.nameSort, e.id LIMIT toInteger($limit)`,
    params: {
      ...params,
      afterName,
      afterId: (request.after?.[1] as string | undefined) ?? null,
      limit: request.size + 1,
    },
  };
  const count = `MATCH (e:Entity)${where.length ? ` WHERE ${where.join(" AND ")}` : ""} RETURN count(e) AS n`;
  return { page, count: { text: count, params } };
}

export function entityQueries(db: Reader, base: Base) {
  const byId = base.byId<EntityRow>("Entity");
  /**
   * How many statements name each entity, from the node's relationship counts (the degree store):
   * only statements have SUBJECT and OBJECT relationships (seed/graph.ts), so no label check, which
   * would read every one of a hub's thousands of statements.
   */
  const statementCount = new DataLoader<string, number>(async (ids) => {
    const rows = await db.read<{ id: string; n: number }>(
      `UNWIND $ids AS id OPTIONAL MATCH (e:Entity {id: id})
       RETURN id, CASE WHEN e IS NULL THEN 0 ELSE COUNT { (e)<-[:SUBJECT|OBJECT]-() } END AS n`,
      { ids: [...ids] },
    );
    const found = new Map(rows.map((r) => [r.id, r.n]));
    return ids.map((id) => found.get(id) ?? 0);
  });

  return {
    byId: (id: string) => byId.load(id),
    /** An entity another record names (it must exist). */
    get: (id: string) => present(byId.load(id), "Entity", id),
    /** Entities by id, null where none exists (in the order asked). */
    byIds: async (ids: string[]) => (await byId.loadMany(ids)).map((e) => (e instanceof Error ? null : e)),
    /** Lets a query that already read an entity spare the loader a round-trip. */
    prime: (entity: EntityRow) => byId.prime(entity.id, entity),
    /** By a standard identifier (CURIE) the entity carries, e.g. HGNC:12825; one at most (seed validation). */
    byXref: async (curie: string) => {
      const rows = await db.read<{ node: EntityRow }>(
        // A seek on Xref.id's unique index (seed/graph.ts), not a scan of every entity's xrefs list.
        `MATCH (:Xref {id: $curie})-[:XREF_OF]->(e:Entity) RETURN e {.*} AS node ORDER BY e.id LIMIT 1`,
        { curie },
      );
      return rows[0]?.node ?? null;
    },
    /**
     * The entity most statements name (ties by id), or null on an empty graph: the likeliest hub to
     * be opened, which the server's start-up warm-up (server/warmup.ts) reads. One pass over the
     * entities with degree-store counts, no statement read.
     */
    mostConnected: async () => {
      const rows = await db.read<{ id: string }>(
        `MATCH (e:Entity) WITH e, COUNT { (e)<-[:SUBJECT|OBJECT]-() } AS n
         RETURN e.id AS id ORDER BY n DESC, e.id LIMIT 1`,
      );
      return rows[0]?.id ?? null;
    },
    /** By any name, synonym or printed spelling, case-insensitive; the proper name wins. */
    byName: async (name: string) => {
      const rows = await db.read<{ node: EntityRow }>(
        `MATCH (a:Alias {key: $key})-[:ALIAS_OF]->(e:Entity)
         RETURN e {.*} AS node ORDER BY CASE a.correction WHEN 'name' THEN 0 ELSE 1 END, e.id LIMIT 1`,
        { key: name.trim().toLowerCase() },
      );
      return rows[0]?.node ?? null;
    },
    list: (filter: EntityFilter | null | undefined, request: PageRequest) =>
      readPage<EntityRow>(db, entityListQuery(filter, request), request, (n) => [
        n.nameSort ?? n.name.toLowerCase(),
        n.id,
      ]),
    aliasesOf: (id: string) =>
      base
        .rel<AliasRow>({ from: "Entity", types: ["ALIAS_OF"], to: "Alias", dir: "in", order: "printed" })
        .load(id),
    /** The strongest `limit` statements naming the entity as subject or object. */
    statementsOf: (id: string, limit: number) =>
      base
        .rel<StatementRow>({
          from: "Entity",
          types: ["SUBJECT", "OBJECT"],
          to: "Statement",
          dir: "in",
          order: "levelRank",
          desc: true,
          limit,
        })
        .load(id),
    statementCount: (id: string) => statementCount.load(id),
    /** The therapies an entity is a component of. */
    partOf: (id: string) =>
      base
        .rel<EntityRow>({ from: "Entity", types: ["HAS_PART"], to: "Entity", dir: "in", order: "name" })
        .load(id),
    /** The ids of the cases with a fact about the entity, sorted. */
    caseIdsOf: async (id: string) => {
      const facts = await base
        .rel<CaseFactRow>({ from: "Entity", types: ["ABOUT"], to: "CaseFact", dir: "in" })
        .load(id);
      return [...new Set(facts.map((f) => f.caseId))].sort();
    },
    studiesOf: (id: string) =>
      base
        .rel<StudyRow>({ from: "Entity", types: ["POPULATION", "INTERVENTION"], to: "Study", dir: "in" })
        .load(id),
  };
}
