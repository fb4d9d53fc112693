import { DATA_VERSION_LABEL, ENTITY_KINDS, NODE_LABELS } from "./vocabulary.ts";

/**
 * Labels of the data that carry their own uniqueness key (and a dataset tag); entity kind labels
 * (Drug, Gene, ...) share :Entity's, and the DataVersion node belongs to no dataset.
 */
const KIND_LABELS = new Set<string>(Object.values(ENTITY_KINDS).map((k) => k.label));
const KEYED_LABELS = NODE_LABELS.filter((l) => !KIND_LABELS.has(l) && l !== DATA_VERSION_LABEL);

/** Schema statements, each idempotent (IF NOT EXISTS), applied before any data is written. */
export const SCHEMA_STATEMENTS: string[] = [
  ...KEYED_LABELS.map(
    (l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
  ),
  // Two loads that both MERGE the version node must find one node, never create two.
  `CREATE CONSTRAINT dataversion_id IF NOT EXISTS FOR (n:${DATA_VERSION_LABEL}) REQUIRE n.id IS UNIQUE`,
  "CREATE INDEX alias_key IF NOT EXISTS FOR (n:Alias) ON (n.key)",
  "CREATE INDEX publication_number IF NOT EXISTS FOR (n:Publication) ON (n.number)",
  // DOIs compare case-insensitively: the lookup seeks the lower-cased copy (toLower(p.doi) would
  // read every publication).
  "CREATE INDEX publication_doi_lower IF NOT EXISTS FOR (n:Publication) ON (n.doiLower)",
  "CREATE INDEX publication_pmid IF NOT EXISTS FOR (n:Publication) ON (n.pmid)",
  "CREATE INDEX entity_kind_name IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.name)",
  // The entities page walks these in order (keyset on the lower-cased name, then id) and stops at
  // the page size, with or without a kind: no sort of every entity.
  "CREATE INDEX entity_name_sort IF NOT EXISTS FOR (n:Entity) ON (n.nameSort, n.id)",
  "CREATE INDEX entity_kind_name_sort IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.nameSort, n.id)",
  "CREATE INDEX statement_level IF NOT EXISTS FOR (n:Statement) ON (n.levelRank, n.id)",
  "CREATE INDEX statement_predicate IF NOT EXISTS FOR (n:Statement) ON (n.predicate)",
  "CREATE INDEX statement_subject IF NOT EXISTS FOR (n:Statement) ON (n.subjectId)",
  "CREATE INDEX statement_object IF NOT EXISTS FOR (n:Statement) ON (n.objectId)",
  "CREATE INDEX statement_subject_level IF NOT EXISTS FOR (n:Statement) ON (n.subjectId, n.levelRank, n.id)",
  "CREATE INDEX statement_object_level IF NOT EXISTS FOR (n:Statement) ON (n.objectId, n.levelRank, n.id)",
  "CREATE INDEX cites_listing IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.publication, r.citingKind, r.sortKey, r.citingId)",
  "CREATE INDEX evidence_statement IF NOT EXISTS FOR (n:Evidence) ON (n.statementId, n.levelRank)",
  "CREATE INDEX verdict_reference IF NOT EXISTS FOR (n:CitationVerdict) ON (n.reference)",
  "CREATE INDEX casefact_field IF NOT EXISTS FOR (n:CaseFact) ON (n.field)",
  "CREATE INDEX outcome_measure IF NOT EXISTS FOR (n:Outcome) ON (n.measure)",
  "CREATE INDEX locus_citation IF NOT EXISTS FOR (n:Locus) ON (n.citationId)",
  ...KEYED_LABELS.map(
    (l) => `CREATE INDEX ${l.toLowerCase()}_dataset IF NOT EXISTS FOR (n:${l}) ON (n.dataset)`,
  ),
  "CREATE INDEX term_key IF NOT EXISTS FOR (n:Term) ON (n.key)",
  "CREATE INDEX term_text IF NOT EXISTS FOR (n:Term) ON (n.text)",
  "CREATE INDEX term_group IF NOT EXISTS FOR (n:Term) ON (n.group)",
  "CREATE INDEX term_entity IF NOT EXISTS FOR (n:Term) ON (n.entityId)",
  ...fulltextIndexes().map(fulltextStatement),
];

/** A full-text index: what it covers and the Lucene analyzer that turns its text into terms. */
export interface FulltextIndex {
  name: string;
  label: string;
  properties: string[];
  analyzer: string;
}

/**
 * The full-text indexes, one per kind of search hit so that `types` picks indexes instead of
 * filtering hits. Analyzers:
 * - prose (statements, evidence, citing sentences, references, studies, outcomes, patients,
 *   conflicts): "english" (standard tokenizer, lower case, English stopwords, Porter stemming), so
 *   "synergize" finds "synergistic"'s neighbours by stem, "treats" finds "treatment", and "what is
 *   the" adds nothing. The cost: "no"/"not" are stopwords, so negation is not searchable; the
 *   statement's epistemics (negated) carries it instead.
 * - entities: also "english": names are short, plurals matter more than stopwords (HMAs/HMA,
 *   BCL-2 inhibitors/inhibitor), and the exact name is still boosted as a phrase; typeahead reads
 *   the Alias key index instead, so symbols are never stemmed there.
 * The highlighter (server/resolvers/searchQuery.ts) tokenizes and stems the same way, so marks
 * fall on the words Lucene matched. Changing an analyzer here re-creates the index on the next
 * schema application (seed/load.ts applySchema), since Neo4j cannot alter an index in place.
 */
export function fulltextIndexes(): FulltextIndex[] {
  const english = (name: string, label: string, properties = ["searchText"]) => ({
    name,
    label,
    properties,
    analyzer: "english",
  });
  return [
    english("entity_text", "Entity", ["name", "searchText"]),
    english("statement_text", "Statement"),
    english("locus_text", "Locus", ["quote"]),
    english("evidence_text", "Evidence"),
    english("publication_text", "Publication"),
    english("study_text", "Study"),
    english("outcome_text", "Outcome"),
    english("case_text", "Case"),
    english("casefact_text", "CaseFact"),
    english("conflict_text", "Conflict"),
  ];
}

function fulltextStatement(ix: FulltextIndex): string {
  return (
    `CREATE FULLTEXT INDEX ${ix.name} IF NOT EXISTS FOR (n:${ix.label}) ` +
    `ON EACH [${ix.properties.map((p) => `n.${p}`).join(", ")}] ` +
    `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${ix.analyzer}'}}`
  );
}

export { KEYED_LABELS };
