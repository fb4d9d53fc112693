import { statementProjection, type Reader } from "./base.ts";
import type { SearchIndex, SearchRow, SuggestionRow, EntityRow } from "./rows.ts";

export type { SearchIndex, SearchRow };

export const SEARCH_INDEXES: SearchIndex[] = [
  "ENTITY",
  "STATEMENT",
  "EVIDENCE",
  "CITING_SENTENCE",
  "REFERENCE",
  "STUDY",
  "OUTCOME",
  "PATIENT",
  "PATIENT_FACT",
  "CONFLICT",
];

const INDEX_NAME: Record<SearchIndex, string> = {
  ENTITY: "entity_text",
  STATEMENT: "statement_text",
  EVIDENCE: "evidence_text",
  CITING_SENTENCE: "locus_text",
  REFERENCE: "publication_text",
  STUDY: "study_text",
  OUTCOME: "outcome_text",
  PATIENT: "case_text",
  PATIENT_FACT: "casefact_text",
  CONFLICT: "conflict_text",
};

/**
 * One fixed query per hit kind; a search unions the ones it was asked for. Citing sentences are
 * the loci that carry a citation, so that index is read deeper and filtered.
 */
function indexQuery(type: SearchIndex, limit: string): string {
  if (type === "CITING_SENTENCE")
    return `CALL db.index.fulltext.queryNodes('locus_text', q, {limit: ${limit} * 3}) YIELD node, score
           WITH node, score WHERE node.citationId IS NOT NULL
           RETURN 'CITING_SENTENCE' AS type, node, score LIMIT toInteger(${limit})`;
  return `CALL db.index.fulltext.queryNodes('${INDEX_NAME[type]}', q, {limit: ${limit}}) YIELD node, score
           RETURN '${type}' AS type, node, score`;
}

/** The most synonyms one query is expanded with. */
const MAX_SYNONYMS = 24;

/**
 * Synonym expansion inside the search's own round-trip: the query's word n-grams are looked up
 * among Term keys (stemmed) (an index seek), and every other term of each matching group (an entity's
 * names, an abbreviation's long form, a phase number's other numeral) is appended to the Lucene
 * query as a boosted phrase (and as an entity name, boosted more, so "NF-kB" puts NF-κB itself
 * before the records that mention it). Terms are normalized to letters, digits and single spaces
 * (schema/terms.ts), so a quoted term needs no escaping.
 */
const EXPAND = `CALL () {
           UNWIND $grams AS g
           MATCH (t:Term {key: g})
           MATCH (o:Term {group: t.group})
           WHERE NOT o.key IN $grams
           RETURN collect(DISTINCT o.text)[..${MAX_SYNONYMS}] AS synonyms
         }
         WITH synonyms, $q + reduce(s = '', x IN synonyms | s + ' OR "' + x + '"^1.5 OR name:"' + x + '"^3') AS q`;

/** The full-text search over every kind of record, typeahead and facet counts. */
export function searchQueries(db: Reader) {
  const union = (indexes: SearchIndex[], limit: string) =>
    [...new Set(indexes)].map((type) => indexQuery(type, limit)).join("\n           UNION ALL\n           ");
  return {
    /**
     * The best `limit` hits of a Lucene query (expanded with the synonyms of `grams`) over the
     * indexes asked for, best first, with the synonyms used. One round-trip; each index gives at
     * most `limit` hits.
     */
    search: (lucene: string, grams: string[], indexes: SearchIndex[], limit: number) =>
      db.read<SearchRow>(
        `${EXPAND}
         CALL (q) {
           ${union(indexes, "$limit")}
         }
         WITH synonyms, type, node, score ORDER BY score DESC, node.id LIMIT toInteger($limit)
         RETURN type, CASE type WHEN 'STATEMENT' THEN ${statementProjection("node")} ELSE node {.*} END AS node,
                score, synonyms
         ORDER BY score DESC, node.id`,
        { q: lucene, grams, limit },
      ),

    /** Hits per kind for the same query, each counted up to `cap`. One round-trip. */
    facets: (lucene: string, grams: string[], indexes: SearchIndex[], cap: number) =>
      db.read<{ type: SearchIndex; count: number }>(
        `${EXPAND}
         CALL (q) {
           ${union(indexes, "$cap")}
         }
         RETURN type, count(*) AS count ORDER BY count DESC, type`,
        { q: lucene, grams, cap },
      ),

    /**
     * Entity names, synonyms, printed spellings and spelled-out forms starting with `prefix`,
     * one per entity (its shortest matching spelling), exact and shorter first. Index seeks on
     * Alias.key and Term.text (range indexes serve STARTS WITH).
     */
    suggest: (prefix: string, normalized: string, limit: number) =>
      db.read<SuggestionRow>(
        `CALL () {
           MATCH (a:Alias) WHERE a.key STARTS WITH $key
           RETURN a.entityId AS id, a.printed AS text, a.correction AS correction
           UNION
           MATCH (t:Term) WHERE $norm <> '' AND t.text STARTS WITH $norm AND t.entityId IS NOT NULL
           RETURN t.entityId AS id, t.text AS text, 'spelled out' AS correction
         }
         WITH id, text, correction
         ORDER BY CASE WHEN toLower(text) = $key THEN 0 ELSE 1 END, size(text), text
         WITH id, collect({text: text, correction: correction})[0] AS best
         MATCH (e:Entity {id: id})
         RETURN best.text AS text, best.correction AS correction, e {.*} AS entity
         ORDER BY CASE WHEN toLower(best.text) = $key THEN 0 ELSE 1 END, size(best.text), e.name
         LIMIT toInteger($limit)`,
        { key: prefix.toLowerCase(), norm: normalized, limit },
      ),

    /** Entity names nearest a query nothing matched: fuzzy terms over the entity index. */
    nearest: (fuzzy: string, limit: number) =>
      db.read<{ entity: EntityRow; score: number }>(
        `CALL db.index.fulltext.queryNodes('entity_text', $q, {limit: $limit}) YIELD node, score
         RETURN node {.*} AS entity, score ORDER BY score DESC, node.id`,
        { q: fuzzy, limit },
      ),
  };
}
