import type { Resolvers } from "../../schema/generated/resolvers.ts";
import type { CaseFactRow } from "../../store/rows.ts";

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
type Measured = Pick<CaseFactRow, "field" | "timepoint" | "valueNumber" | "unit">;

export function beforeAfter<F extends Measured>(facts: F[]) {
  const rank = (f: F) => TIMEPOINTS.indexOf(String(f.timepoint));
  const byField = new Map<string, F[]>();
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

export const caseResolvers: Resolvers = {
  Query: {
    case: (_, { id }, { store }) => store.cases.byId(id),
    cases: (_, { filter }, { store }) => store.cases.list(filter),
  },
  Case: {
    facts: async (c, { field }, { store }) => {
      const all = await store.cases.factsOf(c.id);
      return field ? all.filter((f) => f.field === field) : all;
    },
    mutations: async (c, _, { store }) =>
      (await store.cases.factsOf(c.id)).filter((f) => f.field === "mutation"),
    regimens: (c, _, { store }) => store.cases.regimensOf(c.id),
    beforeAfter: async (c, _, { store }) => beforeAfter(await store.cases.factsOf(c.id)),
    response: async (c, _, { store }) => {
      const svd = (await store.cases.regimensOf(c.id)).find((r) => /selinexor|svd/i.test(String(r.name)));
      return svd?.response ?? null;
    },
    conflicts: (c, _, { store }) => store.cases.conflictsOf(c.id),
  },
  CaseFact: {
    entity: (f, _, { store }) => store.cases.entityOfFact(f.id),
    loci: (f, _, { store }) => store.loci.lociOf("CaseFact", f.id),
    conflicts: (f, _, { store }) => store.cases.conflictsOfFact(f.id),
  },
  Regimen: {
    components: (r, _, { store }) => store.cases.componentsOf(r.id),
    loci: (r, _, { store }) => store.loci.lociOf("Regimen", r.id),
  },
  RegimenComponent: {
    drug: (c, _, { store }) => store.entities.get(c.drugId),
    loci: (c, _, { store }) => store.loci.lociOf("RegimenComponent", c.id),
  },
};
