import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { IDENTIFIER_PREFIXES, registryUrl, type IdentifierPrefix } from "../../schema/vocabulary.ts";

/** `hgnc:12825` → `HGNC:12825` when the prefix is a standard one and the local id fits it; else null. */
export function standardCurie(id: string): string | null {
  const colon = id.indexOf(":");
  if (colon < 1) return null;
  const prefix = Object.keys(IDENTIFIER_PREFIXES).find(
    (p) => p.toLowerCase() === id.slice(0, colon).toLowerCase(),
  ) as IdentifierPrefix | undefined;
  const local = id.slice(colon + 1);
  return prefix && IDENTIFIER_PREFIXES[prefix].pattern.test(local) ? `${prefix}:${local}` : null;
}
import { pageRequest, pageSize, toConnection } from "./util.ts";

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_, { id, name }, { store }) => {
      if ((id == null) === (name == null))
        throw badInput(id == null ? "name" : "id", "give exactly one of id or name");
      if (id == null) return store.entities.byName(name!);
      return store.entities.byId(id).then((e) => {
        if (e) return e;
        // Not a local id: a standard CURIE (prefix case as the Bioregistry spells it, any case accepted).
        const curie = standardCurie(id);
        return curie ? store.entities.byXref(curie) : null;
      });
    },
    entities: async (_, { filter, ...args }, { store, config }, info) => {
      const request = pageRequest(args, info, config.MAX_PAGE_SIZE);
      return toConnection(await store.entities.list(filter, request), request);
    },
  },
  Entity: {
    synonyms: (e) => e.synonyms ?? [],
    xrefs: (e) => e.xrefs ?? [],
    identifiers: (e) =>
      (e.xrefs ?? []).map((curie, i) => ({
        curie,
        prefix: curie.slice(0, curie.indexOf(":")),
        url: registryUrl(curie),
        source: e.xrefSources?.[i] ?? "",
      })),
    identifierNote: (e) => e.xrefNote ?? null,
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
