import { statementProjection, type Reader } from "./base.ts";
import type { StatementRow, EntityRow, LocusRow } from "./rows.ts";

export type SearchIndex = "ENTITY" | "STATEMENT" | "CITING_SENTENCE";

/** One fixed query per hit type; a search unions the ones it was asked for. */
const INDEX_QUERIES: Record<SearchIndex, string> = {
  ENTITY: `CALL db.index.fulltext.queryNodes('entity_text', $q, {limit: $limit}) YIELD node, score
           RETURN 'ENTITY' AS type, node, score`,
  STATEMENT: `CALL db.index.fulltext.queryNodes('statement_text', $q, {limit: $limit}) YIELD node, score
           RETURN 'STATEMENT' AS type, node, score`,
  CITING_SENTENCE: `CALL db.index.fulltext.queryNodes('locus_text', $q, {limit: $limit * 3}) YIELD node, score
           WITH node, score WHERE node.citationId IS NOT NULL
           RETURN 'CITING_SENTENCE' AS type, node, score LIMIT toInteger($limit)`,
};

export type SearchRow =
  | { type: "ENTITY"; node: EntityRow; score: number }
  | { type: "STATEMENT"; node: StatementRow; score: number }
  | { type: "CITING_SENTENCE"; node: LocusRow; score: number };

/** The full-text search over entities, statements and citing sentences. */
export function searchQueries(db: Reader) {
  return {
    /**
     * The best `limit` hits of a Lucene query over the indexes asked for, best first. One
     * round-trip; each index gives at most `limit` hits.
     */
    search: (lucene: string, indexes: SearchIndex[], limit: number) => {
      const parts = [...new Set(indexes)].map((type) => INDEX_QUERIES[type]).join("\n           UNION ALL\n");
      return db.read<SearchRow>(
        `CALL () {
           ${parts}
         }
         WITH type, node, score ORDER BY score DESC, node.id LIMIT toInteger($limit)
         RETURN type, CASE type WHEN 'STATEMENT' THEN ${statementProjection("node")} ELSE node {.*} END AS node, score
         ORDER BY score DESC, node.id`,
        { q: lucene, limit },
      );
    },
  };
}
