import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";

/** study:<key>, the form the seed's schema gives every study id (seed/model.ts); nothing else names one. */
const STUDY_ID = /^study:[A-Za-z0-9_.+-]+$/;

export const studyResolvers: Resolvers = {
  Query: {
    study: (_, { id }, { store }) => {
      if (!STUDY_ID.test(id))
        throw badInput("id", "must be a study id, study:<key> (e.g. study:svd-case-series)");
      return store.studies.byId(id);
    },
    studies: (_, { filter }, { store }) => store.studies.list(filter),
    outcomes: (_, { filter }, { store }) => store.studies.outcomes(filter),
  },
  Study: {
    reference: (s, _, { store }) =>
      s.reference == null ? null : store.publications.byId(`pub:ref${s.reference}`),
    population: (s, _, { store }) => store.studies.populationOf(s.id),
    interventions: (s, _, { store }) => store.studies.interventionsOf(s.id),
    outcomes: async (s, { measure }, { store }) => {
      const all = await store.studies.outcomesOf(s.id);
      return measure ? all.filter((o) => o.measure === measure) : all;
    },
    loci: (s, _, { store }) => store.loci.lociOf("Study", s.id),
  },
  Outcome: {
    study: (o, _, { store }) => store.studies.get(o.studyId),
    loci: (o, _, { store }) => store.loci.lociOf("Outcome", o.id),
  },
};
