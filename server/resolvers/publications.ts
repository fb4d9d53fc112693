import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { pageRequest, pageSize, toConnection } from "./util.ts";

export const publicationResolvers: Resolvers = {
  Query: {
    publication: (_, key, { store }) => {
      const given = [key.id, key.number, key.doi, key.pmid].filter((v) => v != null).length;
      if (given !== 1) throw badInput("number", "give exactly one of id, number, doi or pmid");
      if (key.number != null && (key.number < 1 || key.number > 10000))
        throw badInput("number", "must be a positive reference number");
      return store.publications.find(key);
    },
    publications: async (_, args, { store, config }, info) => {
      const request = pageRequest(args, info, config.MAX_PAGE_SIZE, 40);
      return toConnection(await store.publications.list(request), request);
    },
  },
  Publication: {
    citingSentences: (p, { first }, { store, config }) =>
      store.publications.citingLoci(p.id, pageSize("first", first, config.MAX_PAGE_SIZE, 50)),
    statements: (p, { first }, { store, config }) =>
      store.publications.citingStatements(p.id, pageSize("first", first, config.MAX_PAGE_SIZE, 50)),
    verdicts: (p, _, { store }) => store.publications.verdictsOf(p.id),
    studies: (p, _, { store }) => store.publications.studiesOf(p.id),
  },
};
