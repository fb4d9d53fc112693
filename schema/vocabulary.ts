/**
 * The closed vocabularies of the graph. Labels and relationship types that reach Cypher come only
 * from here (Cypher cannot take them as parameters), so nothing user-supplied is ever spliced in.
 */

/** Our predicates and the Biolink predicate each maps to in the KGX export. */
export const PREDICATES = {
  inhibits: { biolink: "biolink:affects", qualifier: "activity_or_abundance decreased", rel: "INHIBITS" },
  activates: { biolink: "biolink:affects", qualifier: "activity increased", rel: "ACTIVATES" },
  increases_activity_of: {
    biolink: "biolink:affects",
    qualifier: "activity increased",
    rel: "INCREASES_ACTIVITY_OF",
  },
  decreases_activity_of: {
    biolink: "biolink:affects",
    qualifier: "activity decreased",
    rel: "DECREASES_ACTIVITY_OF",
  },
  increases_amount_of: {
    biolink: "biolink:affects",
    qualifier: "abundance increased",
    rel: "INCREASES_AMOUNT_OF",
  },
  decreases_amount_of: {
    biolink: "biolink:affects",
    qualifier: "abundance decreased",
    rel: "DECREASES_AMOUNT_OF",
  },
  increases_nuclear_localization_of: {
    biolink: "biolink:affects",
    qualifier: "localization increased (nucleus)",
    rel: "INCREASES_NUCLEAR_LOCALIZATION_OF",
  },
  exports_from_nucleus: {
    biolink: "biolink:affects",
    qualifier: "transport (nucleus to cytoplasm)",
    rel: "EXPORTS_FROM_NUCLEUS",
  },
  treats: { biolink: "biolink:treats", qualifier: null, rel: "TREATS" },
  synergizes_with: { biolink: "biolink:interacts_with", qualifier: "synergy", rel: "SYNERGIZES_WITH" },
  associated_with_resistance_to: {
    biolink: "biolink:associated_with_resistance_to",
    qualifier: null,
    rel: "ASSOCIATED_WITH_RESISTANCE_TO",
  },
  associated_with: { biolink: "biolink:associated_with", qualifier: null, rel: "ASSOCIATED_WITH" },
  biomarker_for: { biolink: "biolink:biomarker_for", qualifier: null, rel: "BIOMARKER_FOR" },
  prognostic_for: { biolink: "biolink:associated_with", qualifier: "prognosis", rel: "PROGNOSTIC_FOR" },
  regulates: { biolink: "biolink:regulates", qualifier: null, rel: "REGULATES" },
  participates_in: { biolink: "biolink:participates_in", qualifier: null, rel: "PARTICIPATES_IN" },
  causes: { biolink: "biolink:causes", qualifier: null, rel: "CAUSES" },
  overexpressed_in: { biolink: "biolink:expressed_in", qualifier: "overexpressed", rel: "OVEREXPRESSED_IN" },
} as const;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

/** Entity kinds: the Neo4j label (besides :Entity) and the Biolink category. */
export const ENTITY_KINDS = {
  drug: { label: "Drug", biolink: "biolink:Drug" },
  drug_class: { label: "DrugClass", biolink: "biolink:ChemicalEntity" },
  gene: { label: "Gene", biolink: "biolink:Gene" },
  protein_complex: { label: "ProteinComplex", biolink: "biolink:MacromolecularComplex" },
  gene_family: { label: "GeneFamily", biolink: "biolink:GeneFamily" },
  process: { label: "Process", biolink: "biolink:BiologicalProcess" },
  disease: { label: "Disease", biolink: "biolink:Disease" },
  phenotype: { label: "Phenotype", biolink: "biolink:PhenotypicFeature" },
} as const;

export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];

/** CIViC-style evidence levels, strongest first; the rank is what scores and sorts use. */
export const EVIDENCE_LEVELS = {
  A: { rank: 5, weight: 1.0, meaning: "guideline or approval" },
  B: { rank: 4, weight: 0.8, meaning: "clinical trial" },
  C: { rank: 3, weight: 0.6, meaning: "case report or series" },
  D: { rank: 2, weight: 0.4, meaning: "preclinical" },
  E: { rank: 1, weight: 0.2, meaning: "inferential or review" },
} as const;
export type EvidenceLevel = keyof typeof EVIDENCE_LEVELS;

export const MODEL_SYSTEMS = [
  "cell_line",
  "primary_patient_cells",
  "xenograft",
  "pdx",
  "human_case",
  "phase_1",
  "phase_2",
  "phase_3",
  "retrospective",
  "review",
  "guideline",
  "not_stated",
] as const;

export const PROVENANCES = ["cited", "shown_here", "asserted"] as const;
export const DIRECTIONS = ["supports", "refutes"] as const;
export const CONFLICT_KINDS = [
  "text_vs_table",
  "text_vs_text",
  "table_vs_table",
  "text_vs_cited_source",
] as const;

/** Node labels the loader may write, each keyed by `id`. */
export const NODE_LABELS = [
  "Publication",
  "Locus",
  "Entity",
  "Alias",
  "Claim",
  "Study",
  "Outcome",
  "Case",
  "CaseFact",
  "Regimen",
  "RegimenComponent",
  "Conflict",
  "ConflictValue",
  ...Object.values(ENTITY_KINDS).map((k) => k.label),
] as const;

/** Structural relationship types (the per-predicate ones come from PREDICATES). */
export const STRUCTURAL_RELS = [
  "CITES",
  "STATED_IN",
  "ALIAS_OF",
  "PRINTED_AT",
  "SUBJECT",
  "OBJECT",
  "IN_CONTEXT",
  "REPORTED_IN",
  "HAS_OUTCOME",
  "POPULATION",
  "INTERVENTION",
  "HAS_FACT",
  "ABOUT",
  "RECEIVED",
  "HAS_COMPONENT",
  "USES_DRUG",
  "CONCERNS",
  "HAS_VALUE",
  "AFFECTS",
] as const;

export const REL_TYPES = new Set<string>([
  ...STRUCTURAL_RELS,
  ...Object.values(PREDICATES).map((p) => p.rel),
]);
export const LABELS = new Set<string>(NODE_LABELS);

export function assertLabel(label: string): string {
  if (!LABELS.has(label)) throw new Error(`label not in allowlist: ${label}`);
  return label;
}

export function assertRelType(type: string): string {
  if (!REL_TYPES.has(type)) throw new Error(`relationship type not in allowlist: ${type}`);
  return type;
}

/** The dataset tag of the source paper's records (a corpus paper's records carry their own). */
export const DATASET = "source-paper";
