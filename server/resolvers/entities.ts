import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { pageRequest, pageSize, toConnection } from "./util.ts";

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_, { id, name }, { store }) => {
      if ((id == null) === (name == null))
        throw badInput(id == null ? "name" : "id", "give exactly one of id or name");
      return id != null ? store.entities.byId(id) : store.entities.byName(name!);
    },
    entities: async (_, { filter, ...args }, { store, config }, info) =>
      toConnection(await store.entities.list(filter, pageRequest(args, info, config.MAX_PAGE_SIZE))),
  },
  Entity: {
    synonyms: (e) => e.synonyms ?? [],
    xrefs: (e) => e.xrefs ?? [],
    aliases: (e, _, { store }) => store.entities.aliasesOf(e.id),
    claims: (e, { first }, { store, config }) =>
      store.entities.claimsOf(e.id, pageSize("first", first, config.MAX_PAGE_SIZE, 50)),
    claimCount: (e, _, { store }) => store.entities.claimCount(e.id),
    cases: async (e, _, { store }) => store.cases.byIds(await store.entities.caseIdsOf(e.id)),
    studies: (e, _, { store }) => store.entities.studiesOf(e.id),
  },
  Alias: {
    loci: (a, _, { store }) => store.loci.printedAt(a.id),
  },
};
