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
    statements: (e, { first }, { store, config }) =>
      store.entities.statementsOf(e.id, pageSize("first", first, config.MAX_PAGE_SIZE, 50)),
    statementCount: (e, _, { store }) => store.entities.statementCount(e.id),
    interaction: (e) => e.interaction ?? null,
    components: async (e, _, { store }) =>
      (await store.entities.byIds(e.componentIds ?? [])).filter((c) => c != null),
    partOf: (e, _, { store }) => store.entities.partOf(e.id),
    loci: (e, _, { store }) => store.loci.lociOf("Entity", e.id),
    cases: async (e, _, { store }) => store.cases.byIds(await store.entities.caseIdsOf(e.id)),
    studies: (e, _, { store }) => store.entities.studiesOf(e.id),
  },
  Alias: {
    loci: (a, _, { store }) => store.loci.printedAt(a.id),
  },
};
