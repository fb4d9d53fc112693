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
 * the loci that carry a citation, so that index is read deeper and filtered. `complete` (0 or 1)
 * says whether the Lucene query is the every-word tier alone; nothing is read when that is empty.
 */
function indexQuery(type: SearchIndex, limit: string, lucene: "q" | "every", complete: 0 | 1): string {
  const guard = lucene === "every" ? "WITH every WHERE every <> ''\n           " : "";
  if (type === "CITING_SENTENCE")
    return `${guard}CALL db.index.fulltext.queryNodes('locus_text', ${lucene}, {limit: ${limit} * 3}) YIELD node, score
           WITH node, score WHERE node.citationId IS NOT NULL
           RETURN 'CITING_SENTENCE' AS type, node, score, ${complete} AS complete LIMIT toInteger(${limit})`;
  return `${guard}CALL db.index.fulltext.queryNodes('${INDEX_NAME[type]}', ${lucene}, {limit: ${limit}}) YIELD node, score
           RETURN '${type}' AS type, node, score, ${complete} AS complete`;
}

/** A parsed query (server/resolvers/searchQuery.ts): tiers, n-gram keys and the every-word cover. */
export interface LuceneQuery {
  lucene: string;
  grams: string[];
  cover: { expr: string; grams: string[] }[];
}

/** The most synonyms one query is expanded with. */
const MAX_SYNONYMS = 24;

/**
 * Synonym expansion inside the search's own round-trip: the query's word n-grams are looked up
 * among Term keys (stemmed) (an index seek), and every other term of each matching group (an entity's
 * names, an abbreviation's long form, a phase number's other numeral) is appended to the Lucene
 * query as a boosted phrase (and as an entity name, boosted more, so "NF-kB" puts NF-κB itself
 * before the records that mention it). The "every word" tier is built here too: each word of
 * `$cover` may be replaced by a synonym of a gram it belongs to, so "survival after
 * hypomethylating agent failure" requires survival, after, (hypomethylating or HMA), (agent or
 * HMA) and failure. Terms are normalized to letters, digits and single spaces (schema/terms.ts),
 * so a quoted term needs no escaping.
 */
const EXPAND = `CALL () {
           UNWIND $grams AS g
           MATCH (t:Term {key: g})
           MATCH (o:Term {group: t.group})
           WHERE NOT o.key IN $grams
           WITH g, collect(DISTINCT o.text)[..${MAX_SYNONYMS}] AS texts
           RETURN collect({gram: g, texts: texts}) AS found
         }
         WITH found, reduce(acc = [], f IN found | acc + [x IN f.texts WHERE NOT x IN acc]) AS all
         WITH found, all[..${MAX_SYNONYMS}] AS synonyms
         WITH found, synonyms, CASE WHEN size($cover) = 0 THEN '' ELSE '(' + reduce(s = '', c IN $cover | s + ' +(' + c.expr
               + reduce(a = '', f IN found | CASE WHEN f.gram IN c.grams
                   THEN a + reduce(b = '', x IN f.texts | CASE WHEN x IN synonyms THEN b + ' OR "' + x + '"' ELSE b END)
                   ELSE a END)
               + ')') + ')^3' END AS every
         WITH synonyms, every, $q
           + reduce(s = '', x IN synonyms | s + ' OR "' + x + '"^1.5 OR name:"' + x + '"^3')
           + CASE WHEN every = '' THEN '' ELSE ' OR ' + every END AS q`;

/** The full-text search over every kind of record, typeahead and facet counts. */
export function searchQueries(db: Reader) {
  const union = (indexes: SearchIndex[], limit: string, passes: ["q" | "every", 0 | 1][] = [["q", 0]]) =>
    passes
      .flatMap(([lucene, complete]) =>
        [...new Set(indexes)].map((type) => indexQuery(type, limit, lucene, complete)),
      )
      .join("\n           UNION ALL\n           ");
  return {
    /**
     * The best `limit` hits of a Lucene query (expanded with the synonyms of `grams`) over the
     * indexes asked for, with the synonyms used. Hits that match every word (or its synonym) come
     * first, then the rest, each by score: BM25 scores of different indexes do not compare (a
     * short entity description that has two rare query words outscores an outcome that has all
     * five), so the every-word tier's boost alone cannot put complete matches first. A multi-word
     * query therefore also asks each index for its every-word matches. One round-trip; each
     * index gives at most `limit` hits per pass.
     */
    search: (query: LuceneQuery, indexes: SearchIndex[], limit: number) =>
      db.read<SearchRow>(
        `${EXPAND}
         CALL (q, every) {
           ${union(indexes, "$limit", [
             ["q", 0],
             ["every", 1],
           ])}
         }
         WITH synonyms, type, node, max(score) AS score, max(complete) AS complete
         ORDER BY complete DESC, score DESC, node.id LIMIT toInteger($limit)
         RETURN type, CASE type WHEN 'STATEMENT' THEN ${statementProjection("node")} ELSE node {.*} END AS node,
                score, synonyms
         ORDER BY complete DESC, score DESC, node.id`,
        { q: query.lucene, grams: query.grams, cover: query.cover, limit },
      ),

    /** Hits per kind for the same query, each counted up to `cap`. One round-trip. */
    facets: (query: LuceneQuery, indexes: SearchIndex[], cap: number) =>
      db.read<{ type: SearchIndex; count: number }>(
        `${EXPAND}
         CALL (q) {
           ${union(indexes, "$cap")}
         }
         RETURN type, count(*) AS count ORDER BY count DESC, type`,
        { q: query.lucene, grams: query.grams, cover: query.cover, cap },
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
