import type { Resolvers } from "../../schema/generated/resolvers.ts";
import type { Loaders, Row } from "../loaders.ts";

/** Timepoints in clinical order; before/after pairs are read along it. */
export const TIMEPOINTS = [
  "diagnosis",
  "anemia_worsening",
  "progression",
  "before_svd",
  "after_svd",
  "pre_transplant",
  "post_transplant",
  "last_follow_up",
];
const AFTER = "after_svd";

/** For each numeric field measured both before and after SVD: the latest value before, and the value after. */
export function beforeAfter(facts: Row[]) {
  const rank = (f: Row) => TIMEPOINTS.indexOf(String(f.timepoint));
  const byField = new Map<string, Row[]>();
  for (const f of facts) {
    if (f.valueNumber == null || rank(f) < 0) continue;
    const key = `${f.field}|${f.unit ?? ""}`;
    byField.set(key, [...(byField.get(key) ?? []), f]);
  }
  const pairs = [];
  for (const list of byField.values()) {
    const after = list.find((f) => f.timepoint === AFTER);
    const before = list
      .filter((f) => rank(f) >= 0 && rank(f) < TIMEPOINTS.indexOf(AFTER))
      .sort((a, b) => rank(b) - rank(a))[0];
    if (after && before)
      pairs.push({ field: String(after.field), unit: (after.unit as string) ?? null, before, after });
  }
  return pairs.sort((a, b) => a.field.localeCompare(b.field));
}

const facts = (id: string, loaders: Loaders) =>
  loaders.rel({ from: "Case", types: ["HAS_FACT"], to: "CaseFact", dir: "out" }).load(id);

export const caseResolvers: Resolvers = {
  Query: {
    case: (_, { id }, { loaders }) => loaders.caseById.load(id),
    cases: async (_, { filter }, { db }) => {
      const rows = await db.read<{ node: Record<string, unknown> }>(
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
  },
  Case: {
    facts: async (c, { field }, { loaders }) => {
      const all = await facts(c.id, loaders);
      return field ? all.filter((f) => f.field === field) : all;
    },
    mutations: async (c, _, { loaders }) =>
      (await facts(c.id, loaders)).filter((f) => f.field === "mutation"),
    regimens: (c, _, { loaders }) =>
      loaders.rel({ from: "Case", types: ["RECEIVED"], to: "Regimen", dir: "out" }).load(c.id),
    beforeAfter: async (c, _, { loaders }) => beforeAfter(await facts(c.id, loaders)),
    response: async (c, _, { loaders }) => {
      const regimens = await loaders
        .rel({ from: "Case", types: ["RECEIVED"], to: "Regimen", dir: "out" })
        .load(c.id);
      const svd = regimens.find((r) => /selinexor|svd/i.test(String(r.name)));
      return (svd?.response as string | undefined) ?? null;
    },
    conflicts: (c, _, { loaders }) =>
      loaders.rel({ from: "Case", types: ["CONCERNS"], to: "Conflict", dir: "in" }).load(c.id),
  },
  CaseFact: {
    entity: async (f, _, { loaders }) =>
      (await loaders.rel({ from: "CaseFact", types: ["ABOUT"], to: "Entity", dir: "out" }).load(f.id))[0] ??
      null,
    loci: (f, _, { loaders }) =>
      loaders
        .rel({ from: "CaseFact", types: ["STATED_IN"], to: "Locus", dir: "out", order: "start" })
        .load(f.id),
    conflicts: (f, _, { loaders }) =>
      loaders.rel({ from: "CaseFact", types: ["AFFECTS"], to: "Conflict", dir: "in" }).load(f.id),
  },
  Regimen: {
    components: (r, _, { loaders }) =>
      loaders
        .rel({
          from: "Regimen",
          types: ["HAS_COMPONENT"],
          to: "RegimenComponent",
          dir: "out",
          order: "position",
        })
        .load(r.id),
    loci: (r, _, { loaders }) =>
      loaders
        .rel({ from: "Regimen", types: ["STATED_IN"], to: "Locus", dir: "out", order: "start" })
        .load(r.id),
  },
  RegimenComponent: {
    drug: (c, _, { loaders }) => loaders.entity.load(c.drugId),
    loci: (c, _, { loaders }) =>
      loaders
        .rel({ from: "RegimenComponent", types: ["STATED_IN"], to: "Locus", dir: "out", order: "start" })
        .load(c.id),
  },
};
