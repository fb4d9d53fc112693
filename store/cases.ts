import type { Base, Reader } from "./base.ts";
import type {
  CaseFactRow,
  CaseRow,
  ConflictRow,
  EntityRow,
  RegimenComponentRow,
  RegimenRow,
} from "./rows.ts";

export interface CaseFilter {
  mutation?: string | null;
  karyotype?: string | null;
  response?: string | null;
}

/** The patient cases, their facts and regimens. */
export function caseQueries(db: Reader, base: Base) {
  const byId = base.byId<CaseRow>("Case");
  return {
    byId: (id: string) => byId.load(id),
    byIds: async (ids: string[]) =>
      (await byId.loadMany(ids)).filter((c): c is CaseRow => !!c && !(c instanceof Error)),
    /** Cases with a mutation (gene id or any of its names), a karyotype text, a response. */
    list: async (filter: CaseFilter | null | undefined) => {
      const rows = await db.read<{ node: CaseRow }>(
        `OPTIONAL MATCH (a:Alias {key: toLower($mutation)})-[:ALIAS_OF]->(g:Entity)
         WITH collect(g.id) + CASE WHEN $mutation IS NULL THEN [] ELSE [$mutation] END AS genes
         MATCH (c:Case)
         WHERE ($mutation IS NULL OR EXISTS {
                  (c)-[:HAS_FACT]->(:CaseFact {field: 'mutation'})-[:ABOUT]->(g:Entity) WHERE g.id IN genes })
           AND ($karyotype IS NULL OR EXISTS {
                  (c)-[:HAS_FACT]->(f:CaseFact)
                  WHERE (f.field CONTAINS 'karyotype' OR f.field CONTAINS 'cytogenetic' OR f.field CONTAINS 'fish')
                    AND toLower(coalesce(f.value, '') + ' ' + coalesce(f.printed, '')) CONTAINS toLower($karyotype) })
           AND ($response IS NULL OR EXISTS {
                  (c)-[:HAS_FACT|RECEIVED]->(x)
                  WHERE (x:Regimen AND toLower(x.response) = toLower($response))
                     OR (x:CaseFact AND x.field CONTAINS 'response' AND toLower(x.value) = toLower($response)) })
         RETURN c {.*} AS node ORDER BY c.id`,
        {
          mutation: filter?.mutation ?? null,
          karyotype: filter?.karyotype ?? null,
          response: filter?.response ?? null,
        },
      );
      return rows.map((r) => r.node);
    },
    factsOf: (id: string) =>
      base.rel<CaseFactRow>({ from: "Case", types: ["HAS_FACT"], to: "CaseFact", dir: "out" }).load(id),
    regimensOf: (id: string) =>
      base.rel<RegimenRow>({ from: "Case", types: ["RECEIVED"], to: "Regimen", dir: "out" }).load(id),
    conflictsOf: (id: string) =>
      base.rel<ConflictRow>({ from: "Case", types: ["CONCERNS"], to: "Conflict", dir: "in" }).load(id),
    /** The entity a fact is about (a gene for a mutation), if any. */
    entityOfFact: async (factId: string) =>
      (
        await base
          .rel<EntityRow>({ from: "CaseFact", types: ["ABOUT"], to: "Entity", dir: "out" })
          .load(factId)
      )[0] ?? null,
    conflictsOfFact: (factId: string) =>
      base.rel<ConflictRow>({ from: "CaseFact", types: ["AFFECTS"], to: "Conflict", dir: "in" }).load(factId),
    componentsOf: (regimenId: string) =>
      base
        .rel<RegimenComponentRow>({
          from: "Regimen",
          types: ["HAS_COMPONENT"],
          to: "RegimenComponent",
          dir: "out",
          order: "position",
        })
        .load(regimenId),
  };
}
