import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { passage } from "../paper.ts";
import { DATASET } from "../../schema/vocabulary.ts";
import { pageRequest, toConnection } from "./util.ts";
import type { Store } from "../../store/index.ts";

/** An evidence item's one locus (its quote is the locus's): one batched, cached read for both fields. */
async function evidenceLocus(store: Store, id: string) {
  const [locus] = await store.loci.lociOf("Evidence", id);
  if (!locus) throw new Error(`evidence ${id} has no locus`);
  return locus;
}

export const statementResolvers: Resolvers = {
  Query: {
    statement: (_, { id }, { store }) => store.statements.byId(id),
    statements: async (_, { filter, ...args }, { store, config }, info) => {
      const request = pageRequest(args, info, config.MAX_PAGE_SIZE);
      if (filter?.reference != null && (filter.reference < 1 || filter.reference > 1000))
        throw badInput("filter.reference", "must be a reference number of the paper (1-37)");
      if (filter?.includeCombinations && filter.entity == null)
        throw badInput(
          "filter.includeCombinations",
          "needs filter.entity: the entity whose combinations to include",
        );
      return toConnection(await store.statements.list(filter, request), request);
    },
    evidenceItem: (_, { id }, { store }) => store.statements.evidenceById(id),
    citationVerdicts: (_, { verdict, reference }, { store }) =>
      store.publications.verdicts(verdict, reference),
    passage: (_, { start, end, context }, { paper }) => {
      if (start < 0 || end <= start || end > paper.text.length)
        throw badInput("start", `start and end must satisfy 0 <= start < end <= ${paper.text.length}`);
      return passage(paper, start, end, Math.min(Math.max(context ?? 200, 0), 2000));
    },
  },
  Statement: {
    subject: (c, _, { store }) => c.subjectNode ?? store.entities.get(c.subjectId),
    object: (c, _, { store }) => c.objectNode ?? store.entities.get(c.objectId),
    context: async (c, _, { store }) =>
      (await store.entities.byIds(c.contextIds ?? [])).filter((e) => e != null),
    conditions: (c) =>
      (JSON.parse(c.conditions || "[]") as { kind: string; value: string; entity?: string | null }[]).map(
        (x) => ({ kind: x.kind, value: x.value, entityId: x.entity ?? null }),
      ),
    evidence: async (c, { direction, hedged }, { store }) =>
      (await store.statements.evidenceOf(c.id)).filter(
        (e) => (direction == null || e.direction === direction) && (hedged == null || e.hedged === hedged),
      ),
    // Stored on the statement, so a list can draw refuted statements without reading their evidence.
    supportCount: async (c, _, { store }) =>
      c.supportCount ??
      (await store.statements.evidenceOf(c.id)).filter((e) => e.direction === "supports").length,
    references: (c, _, { store }) => store.statements.referencesOf(c.id),
    conflicts: (c, _, { store }) => store.statements.conflictsOf(c.id),
  },
  Condition: {
    entity: (c, _, { store }) => (c.entityId ? store.entities.byId(c.entityId) : null),
  },
  Evidence: {
    statement: (e, _, { store }) => store.statements.get(e.statementId),
    shownHere: (e) => e.provenance === "shown_here",
    references: (e, _, { store }) => store.statements.evidenceReferencesOf(e.id),
    epistemics: (e) => ({
      hedged: e.hedged,
      hedgeCues: e.hedgeCues ?? [],
      hedgeExemptReason: e.hedgeExemptReason ?? null,
      negated: e.negated,
      status: e.status,
      inference: e.inference,
    }),
    locus: (e, _, { store }) => evidenceLocus(store, e.id),
    quote: async (e, _, { store }) => String((await evidenceLocus(store, e.id)).quote ?? ""),
  },
  CitationVerdict: {
    citingSentence: async (v, _, { store }) => {
      const locus = await store.publications.verdictSentence(v.id);
      if (!locus) throw new Error(`verdict ${v.id} has no citing sentence`);
      return locus;
    },
    reference: async (v, _, { store }) => {
      const pub = await store.publications.aboutReference("CitationVerdict", v.id);
      if (!pub) throw new Error(`verdict ${v.id} has no reference`);
      return pub;
    },
  },
  Locus: {
    // Only the source paper's text is held; a corpus paper's locus shows its stored quote alone.
    inContext: (l, { context }, { paper }) =>
      l.dataset == null || l.dataset === DATASET
        ? passage(paper, l.start, l.end, Math.min(Math.max(context ?? 160, 0), 2000))
        : {
            before: "",
            text: String(l.quote),
            after: "",
            start: l.start,
            end: l.end,
            section: String(l.section),
          },
    cites: (l, _, { store }) => store.loci.citedBy(l.id),
  },
};
