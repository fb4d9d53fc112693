import { claimProjection } from "../loaders.ts";
import type { Resolvers, SearchHitType } from "../../schema/generated/resolvers.ts";
import { highlight, luceneQuery, pageSize } from "./util.ts";

const ALL_TYPES: SearchHitType[] = ["ENTITY", "CLAIM", "CITING_SENTENCE"];

/** One fixed query per hit type; a search unions the ones it was asked for. */
const INDEX_QUERIES: Record<SearchHitType, string> = {
  ENTITY: `CALL db.index.fulltext.queryNodes('entity_text', $q, {limit: $limit}) YIELD node, score
           RETURN 'ENTITY' AS type, node, score`,
  CLAIM: `CALL db.index.fulltext.queryNodes('claim_text', $q, {limit: $limit}) YIELD node, score
           RETURN 'CLAIM' AS type, node, score`,
  CITING_SENTENCE: `CALL db.index.fulltext.queryNodes('locus_text', $q, {limit: $limit * 3}) YIELD node, score
           WITH node, score WHERE node.citationId IS NOT NULL
           RETURN 'CITING_SENTENCE' AS type, node, score LIMIT toInteger($limit)`,
};

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, types, first }, { db, config }) => {
      const size = pageSize("first", first, config.MAX_PAGE_SIZE, 10);
      const lucene = luceneQuery("query", query);
      const wanted = types?.length ? types : ALL_TYPES;
      // One round-trip; only the indexes asked for are queried, each giving at most `size` hits.
      const parts = [...new Set(wanted)].map((type) => INDEX_QUERIES[type]).join("\n           UNION ALL\n");
      const rows = await db.read<{ type: SearchHitType; node: Record<string, unknown>; score: number }>(
        `CALL () {
           ${parts}
         }
         WITH type, node, score ORDER BY score DESC, node.id LIMIT toInteger($limit)
         RETURN type, CASE type WHEN 'CLAIM' THEN ${claimProjection("node")} ELSE node {.*} END AS node, score
         ORDER BY score DESC, node.id`,
        { q: lucene, limit: size },
      );
      return rows.map(({ type, node, score }) => {
        const text =
          type === "ENTITY"
            ? `${node.name}${node.description ? ` — ${node.description}` : ""}`
            : type === "CLAIM"
              ? String(node.searchText)
              : String(node.quote);
        return {
          type,
          score,
          highlight: highlight(text, query),
          target: { ...node, __typename: typename(type) },
        };
      });
    },
  },
  SearchTarget: {
    __resolveType: (target) => target.__typename,
  },
};

function typename(type: SearchHitType): "Entity" | "Claim" | "Locus" {
  return type === "ENTITY" ? "Entity" : type === "CLAIM" ? "Claim" : "Locus";
}
