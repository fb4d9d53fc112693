import { ENTITY_KINDS, NODE_LABELS } from "./vocabulary.ts";

/** Labels that carry their own uniqueness key; entity kind labels (Drug, Gene, ...) share :Entity's. */
const KIND_LABELS = new Set<string>(Object.values(ENTITY_KINDS).map((k) => k.label));
const KEYED_LABELS = NODE_LABELS.filter((l) => !KIND_LABELS.has(l));

/** Schema statements, each idempotent (IF NOT EXISTS), applied before any data is written. */
export const SCHEMA_STATEMENTS: string[] = [
  ...KEYED_LABELS.map(
    (l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
  ),
  "CREATE INDEX alias_key IF NOT EXISTS FOR (n:Alias) ON (n.key)",
  "CREATE INDEX publication_number IF NOT EXISTS FOR (n:Publication) ON (n.number)",
  "CREATE INDEX publication_doi IF NOT EXISTS FOR (n:Publication) ON (n.doi)",
  "CREATE INDEX publication_pmid IF NOT EXISTS FOR (n:Publication) ON (n.pmid)",
  "CREATE INDEX entity_kind_name IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.name)",
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
  "CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.searchText]",
  "CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.searchText]",
  "CREATE FULLTEXT INDEX locus_text IF NOT EXISTS FOR (n:Locus) ON EACH [n.quote]",
];

export { KEYED_LABELS };
