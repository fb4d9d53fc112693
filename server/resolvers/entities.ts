import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { connection, decodeCursor, pageSize, selects } from "./util.ts";

export const entityResolvers: Resolvers = {
  Query: {
    entity: async (_, { id, name }, { db, loaders }) => {
      if ((id == null) === (name == null))
        throw badInput(id == null ? "name" : "id", "give exactly one of id or name");
      if (id != null) return loaders.entity.load(id);
      const rows = await db.read<{ node: Record<string, unknown> }>(
        `MATCH (a:Alias {key: $key})-[:ALIAS_OF]->(e:Entity)
         RETURN e {.*} AS node ORDER BY CASE a.correction WHEN 'name' THEN 0 ELSE 1 END, e.id LIMIT 1`,
        { key: name!.trim().toLowerCase() },
      );
      return rows[0]?.node ?? null;
    },
    entities: async (_, { filter, first, after }, { db, config }, info) => {
      const size = pageSize("first", first, config.MAX_PAGE_SIZE);
      const cursor = decodeCursor("after", after, 2);
      const params = {
        kind: filter?.kind ?? null,
        contains: filter?.nameContains?.toLowerCase() ?? null,
        afterName: (cursor?.[0] as string | undefined) ?? null,
        afterId: (cursor?.[1] as string | undefined) ?? null,
        limit: size + 1,
      };
      const where = `($kind IS NULL OR e.kind = $kind) AND ($contains IS NULL OR toLower(e.name) CONTAINS $contains)`;
      const rows = await db.read<{ node: Record<string, unknown> & { id: string; name: string } }>(
        `MATCH (e:Entity) WHERE ${where}
           AND ($afterName IS NULL OR toLower(e.name) > $afterName OR (toLower(e.name) = $afterName AND e.id > $afterId))
         RETURN e {.*} AS node ORDER BY toLower(e.name), e.id LIMIT toInteger($limit)`,
        params,
      );
      const page = connection(
        rows.map((r) => r.node),
        size,
        (n) => [n.name.toLowerCase(), n.id],
      );
      const totalCount = selects(info, "totalCount")
        ? (await db.read<{ n: number }>(`MATCH (e:Entity) WHERE ${where} RETURN count(e) AS n`, params))[0]!.n
        : null;
      return { ...page, totalCount };
    },
  },
  Entity: {
    synonyms: (e) => e.synonyms ?? [],
    xrefs: (e) => e.xrefs ?? [],
    aliases: (e, _, { loaders }) =>
      loaders
        .rel({ from: "Entity", types: ["ALIAS_OF"], to: "Alias", dir: "in", order: "printed" })
        .load(e.id),
    claims: async (e, { first }, { loaders, config }) => {
      const size = pageSize("first", first, config.MAX_PAGE_SIZE, 50);
      return loaders
        .rel({
          from: "Entity",
          types: ["SUBJECT", "OBJECT"],
          to: "Claim",
          dir: "in",
          order: "levelRank",
          desc: true,
          limit: size,
        })
        .load(e.id);
    },
    claimCount: (e, _, { loaders }) => loaders.claimCount.load(e.id),
    cases: async (e, _, { loaders }) => {
      const facts = await loaders
        .rel({ from: "Entity", types: ["ABOUT"], to: "CaseFact", dir: "in" })
        .load(e.id);
      const ids = [...new Set(facts.map((f) => f.caseId as string))].sort();
      return (await loaders.caseById.loadMany(ids)).filter((c) => c && !(c instanceof Error));
    },
    studies: (e, _, { loaders }) =>
      loaders
        .rel({ from: "Entity", types: ["POPULATION", "INTERVENTION"], to: "Study", dir: "in" })
        .load(e.id),
  },
  Alias: {
    loci: (a, _, { loaders }) =>
      loaders
        .rel({ from: "Alias", types: ["PRINTED_AT"], to: "Locus", dir: "out", order: "start" })
        .load(a.id),
  },
};
