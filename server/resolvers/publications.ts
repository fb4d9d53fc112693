import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { connection, decodeCursor, pageSize, selects } from "./util.ts";

export const publicationResolvers: Resolvers = {
  Query: {
    publication: async (_, { id, number, doi, pmid }, { db }) => {
      const given = [id, number, doi, pmid].filter((v) => v != null).length;
      if (given !== 1) throw badInput("number", "give exactly one of id, number, doi or pmid");
      if (number != null && (number < 1 || number > 10000))
        throw badInput("number", "must be a positive reference number");
      const rows = await db.read<{ node: Record<string, unknown> }>(
        `MATCH (p:Publication)
         WHERE ($id IS NOT NULL AND p.id = $id) OR ($number IS NOT NULL AND p.number = $number)
            OR ($doi IS NOT NULL AND toLower(p.doi) = toLower($doi)) OR ($pmid IS NOT NULL AND p.pmid = $pmid)
         RETURN p {.*} AS node LIMIT 1`,
        { id: id ?? null, number: number ?? null, doi: doi?.trim() ?? null, pmid: pmid?.trim() ?? null },
      );
      return rows[0]?.node ?? null;
    },
    publications: async (_, { first, after }, { db, config }, info) => {
      const size = pageSize("first", first, config.MAX_PAGE_SIZE, 40);
      const cursor = decodeCursor("after", after, 2);
      const rows = await db.read<{ node: Record<string, unknown> & { id: string; number: number | null } }>(
        `MATCH (p:Publication)
         WITH p, coalesce(p.number, 0) AS k
         WHERE $afterK IS NULL OR k > $afterK OR (k = $afterK AND p.id > $afterId)
         RETURN p {.*} AS node ORDER BY k, p.id LIMIT toInteger($limit)`,
        {
          afterK: (cursor?.[0] as number | undefined) ?? null,
          afterId: cursor?.[1] ?? null,
          limit: size + 1,
        },
      );
      const page = connection(
        rows.map((r) => r.node),
        size,
        (n) => [n.number ?? 0, n.id],
      );
      const totalCount = selects(info, "totalCount")
        ? (await db.read<{ n: number }>("MATCH (p:Publication) RETURN count(p) AS n"))[0]!.n
        : null;
      return { ...page, totalCount };
    },
  },
  Publication: {
    citingSentences: (p, { first }, { loaders, config }) =>
      loaders.citedBy("Locus", pageSize("first", first, config.MAX_PAGE_SIZE, 50)).load(p.id),
    claims: (p, { first }, { loaders, config }) =>
      loaders.citedBy("Claim", pageSize("first", first, config.MAX_PAGE_SIZE, 50)).load(p.id),
    studies: (p, _, { loaders }) =>
      loaders.rel({ from: "Publication", types: ["REPORTED_IN"], to: "Study", dir: "in" }).load(p.id),
  },
};
