import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { passage } from "../paper.ts";
import { DATASET } from "../../schema/vocabulary.ts";
import { pageRequest, toConnection } from "./util.ts";

export const claimResolvers: Resolvers = {
  Query: {
    claim: (_, { id }, { store }) => store.claims.byId(id),
    claims: async (_, { filter, ...args }, { store, config }, info) => {
      const request = pageRequest(args, info, config.MAX_PAGE_SIZE);
      if (filter?.reference != null && (filter.reference < 1 || filter.reference > 1000))
        throw badInput("filter.reference", "must be a reference number of the paper (1-37)");
      return toConnection(await store.claims.list(filter, request));
    },
    passage: (_, { start, end, context }, { paper }) => {
      if (start < 0 || end <= start || end > paper.text.length)
        throw badInput("start", `start and end must satisfy 0 <= start < end <= ${paper.text.length}`);
      return passage(paper, start, end, Math.min(Math.max(context ?? 200, 0), 2000));
    },
  },
  Claim: {
    subject: (c, _, { store }) => c.subjectNode ?? store.entities.get(c.subjectId),
    object: (c, _, { store }) => c.objectNode ?? store.entities.get(c.objectId),
    context: (c, _, { store }) => (c.contextDiseaseId ? store.entities.byId(c.contextDiseaseId) : null),
    shownHere: (c) => c.provenance === "shown_here",
    loci: (c, _, { store }) => store.loci.lociOf("Claim", c.id),
    references: (c, _, { store }) => store.claims.referencesOf(c.id),
    conflicts: (c, _, { store }) => store.claims.conflictsOf(c.id),
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
