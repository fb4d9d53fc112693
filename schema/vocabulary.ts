/**
 * The closed vocabularies of the graph. Labels and relationship types that reach Cypher come only
 * from here (Cypher cannot take them as parameters), so nothing user-supplied is ever spliced in.
 */

/**
 * Our predicates: the Biolink predicate each maps to, its relationship type, and how a path may
 * walk it (INDRA's signed, directed path finding). `sign`: −1 / +1 for causal predicates with a
 * direction of effect on the object, 0 for causal ones without (regulates, exports from the
 * nucleus); null where the predicate is not causal (an association, an indication, a study, a
 * biomarker). A causal step is only ever walked from subject to object. `symmetric`: may be walked
 * either way (synergy, association); such a step is marked on the path. Clinical predicates (treats,
 * prevents, ameliorates, active against) carry −1: the drug lowers the disease or finding.
 * associated_with_resistance_to carries +1: its subject raises resistance to the object drug, so
 * the object of its effect is "resistance to <drug>".
 */
export const PREDICATES = {
  inhibits: {
    biolink: "biolink:affects",
    aspect: "activity_or_abundance",
    effect: "decreased",
    rel: "INHIBITS",
    sign: -1,
    symmetric: false,
  },
  activates: {
    biolink: "biolink:affects",
    aspect: "activity",
    effect: "increased",
    rel: "ACTIVATES",
    sign: 1,
    symmetric: false,
  },
  increases_activity_of: {
    biolink: "biolink:affects",
    aspect: "activity",
    effect: "increased",
    rel: "INCREASES_ACTIVITY_OF",
    sign: 1,
    symmetric: false,
  },
  decreases_activity_of: {
    biolink: "biolink:affects",
    aspect: "activity",
    effect: "decreased",
    rel: "DECREASES_ACTIVITY_OF",
    sign: -1,
    symmetric: false,
  },
  increases_amount_of: {
    biolink: "biolink:affects",
    aspect: "abundance",
    effect: "increased",
    rel: "INCREASES_AMOUNT_OF",
    sign: 1,
    symmetric: false,
  },
  decreases_amount_of: {
    biolink: "biolink:affects",
    aspect: "abundance",
    effect: "decreased",
    rel: "DECREASES_AMOUNT_OF",
    sign: -1,
    symmetric: false,
  },
  increases_expression_of: {
    biolink: "biolink:affects",
    aspect: "expression",
    effect: "increased",
    rel: "INCREASES_EXPRESSION_OF",
    sign: 1,
    symmetric: false,
  },
  decreases_expression_of: {
    biolink: "biolink:affects",
    aspect: "expression",
    effect: "decreased",
    rel: "DECREASES_EXPRESSION_OF",
    sign: -1,
    symmetric: false,
  },
  increases_nuclear_localization_of: {
    biolink: "biolink:affects",
    aspect: "localization",
    effect: "increased",
    rel: "INCREASES_NUCLEAR_LOCALIZATION_OF",
    sign: 1,
    symmetric: false,
  },
  exports_from_nucleus: {
    biolink: "biolink:affects",
    aspect: "transport",
    effect: null,
    rel: "EXPORTS_FROM_NUCLEUS",
    sign: 0,
    symmetric: false,
  },
  regulates: {
    biolink: "biolink:regulates",
    aspect: null,
    effect: null,
    rel: "REGULATES",
    sign: 0,
    symmetric: false,
  },
  causes: { biolink: "biolink:causes", aspect: null, effect: null, rel: "CAUSES", sign: 1, symmetric: false },
  contributes_to: {
    biolink: "biolink:contributes_to",
    aspect: null,
    effect: null,
    rel: "CONTRIBUTES_TO",
    sign: 1,
    symmetric: false,
  },
  prevents: {
    biolink: "biolink:preventative_for_condition",
    aspect: null,
    effect: null,
    rel: "PREVENTS",
    sign: -1,
    symmetric: false,
  },
  treats: {
    biolink: "biolink:treats",
    aspect: null,
    effect: null,
    rel: "TREATS",
    sign: -1,
    symmetric: false,
  },
  ameliorates: {
    biolink: "biolink:ameliorates_condition",
    aspect: null,
    effect: null,
    rel: "AMELIORATES",
    sign: -1,
    symmetric: false,
  },
  active_against: {
    biolink: "biolink:treats_or_applied_or_studied_to_treat",
    aspect: null,
    effect: null,
    rel: "ACTIVE_AGAINST",
    sign: -1,
    symmetric: false,
  },
  studied_to_treat: {
    biolink: "biolink:studied_to_treat",
    aspect: null,
    effect: null,
    rel: "STUDIED_TO_TREAT",
    sign: null,
    symmetric: false,
  },
  in_clinical_trials_for: {
    biolink: "biolink:in_clinical_trials_for",
    aspect: null,
    effect: null,
    rel: "IN_CLINICAL_TRIALS_FOR",
    sign: null,
    symmetric: false,
  },
  target_for: {
    biolink: "biolink:target_for",
    aspect: null,
    effect: null,
    rel: "TARGET_FOR",
    sign: null,
    symmetric: false,
  },
  synergizes_with: {
    biolink: "biolink:interacts_with",
    aspect: null,
    effect: null,
    rel: "SYNERGIZES_WITH",
    sign: null,
    symmetric: true,
  },
  associated_with: {
    biolink: "biolink:associated_with",
    aspect: null,
    effect: null,
    rel: "ASSOCIATED_WITH",
    sign: null,
    symmetric: true,
  },
  associated_with_resistance_to: {
    biolink: "biolink:associated_with_resistance_to",
    aspect: null,
    effect: null,
    rel: "ASSOCIATED_WITH_RESISTANCE_TO",
    sign: 1,
    symmetric: false,
  },
  biomarker_for: {
    biolink: "biolink:biomarker_for",
    aspect: null,
    effect: null,
    rel: "BIOMARKER_FOR",
    sign: null,
    symmetric: false,
  },
  prognostic_for: {
    biolink: "biolink:associated_with",
    aspect: null,
    effect: null,
    rel: "PROGNOSTIC_FOR",
    sign: null,
    symmetric: false,
  },
  participates_in: {
    biolink: "biolink:participates_in",
    aspect: null,
    effect: null,
    rel: "PARTICIPATES_IN",
    sign: null,
    symmetric: false,
  },
  has_adverse_event: {
    biolink: "biolink:has_adverse_event",
    aspect: null,
    effect: null,
    rel: "HAS_ADVERSE_EVENT",
    sign: 1,
    symmetric: false,
  },
  overexpressed_in: {
    biolink: "biolink:expressed_in",
    aspect: null,
    effect: null,
    rel: "OVEREXPRESSED_IN",
    sign: null,
    symmetric: false,
  },
} as const;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

/**
 * Entity kinds: the Neo4j label (besides :Entity), the Biolink category, and whether the kind is
 * clinical (a disease, a finding or population feature, a procedure). A path through a clinical
 * entity is a co-indication, never a mechanism (store/paths.ts).
 */
export const ENTITY_KINDS = {
  drug: { label: "Drug", biolink: "biolink:Drug", clinical: false },
  drug_class: { label: "DrugClass", biolink: "biolink:ChemicalEntity", clinical: false },
  gene: { label: "Gene", biolink: "biolink:Gene", clinical: false },
  protein_complex: { label: "ProteinComplex", biolink: "biolink:MacromolecularComplex", clinical: false },
  gene_family: { label: "GeneFamily", biolink: "biolink:GeneFamily", clinical: false },
  process: { label: "Process", biolink: "biolink:BiologicalProcess", clinical: false },
  disease: { label: "Disease", biolink: "biolink:Disease", clinical: true },
  phenotype: { label: "Phenotype", biolink: "biolink:PhenotypicFeature", clinical: true },
  procedure: { label: "Procedure", biolink: "biolink:Procedure", clinical: true },
  /** A combination or sequence of drugs (therapies.yaml), with its components. */
  therapy: { label: "Therapy", biolink: "biolink:ChemicalMixture", clinical: false },
} as const;

export type EntityKind = keyof typeof ENTITY_KINDS;

/**
 * Prefixes of standard identifiers (Bioregistry spelling), each with its local-id pattern and the
 * entity kinds it may identify. Seed validation rejects any other prefix, a malformed local id, or
 * a prefix on the wrong kind of entity.
 */
export const IDENTIFIER_PREFIXES = {
  HGNC: { pattern: /^\d{1,6}$/, kinds: ["gene"], biolink: true },
  CHEBI: { pattern: /^\d+$/, kinds: ["drug", "drug_class"], biolink: true },
  DRUGBANK: { pattern: /^DB\d{5}$/, kinds: ["drug"], biolink: true },
  MONDO: { pattern: /^\d{7}$/, kinds: ["disease", "phenotype"], biolink: true },
  DOID: { pattern: /^\d+$/, kinds: ["disease", "phenotype"], biolink: true },
  NCIT: {
    pattern: /^[CRP]\d+$/,
    kinds: ["disease", "phenotype", "drug_class", "gene_family", "protein_complex", "procedure"],
    biolink: true,
  },
  GO: { pattern: /^\d{7}$/, kinds: ["process", "protein_complex"], biolink: true },
  HP: { pattern: /^\d{7}$/, kinds: ["phenotype"], biolink: true },
  // FamPlex is in the Bioregistry but not in Biolink's prefix map: kept as an xref, never a KGX node id.
  FPLX: { pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/, kinds: ["gene_family", "protein_complex"], biolink: false },
} as const satisfies Record<string, { pattern: RegExp; kinds: readonly EntityKind[]; biolink: boolean }>;
export type IdentifierPrefix = keyof typeof IDENTIFIER_PREFIXES;

/** The registry page of a standard identifier: the Bioregistry resolves every prefix above. */
export const registryUrl = (curie: string): string => `https://bioregistry.io/${curie}`;

export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];

/**
 * The sign of one statement read as a step from its subject to its object: the predicate's sign
 * times the sign of each end's state; null when the predicate is not causal.
 */
export function statementSign(
  predicate: Predicate,
  subjectState: EntityState | null | undefined,
  objectState: EntityState | null | undefined,
): number | null {
  const sign = PREDICATES[predicate].sign as number | null;
  if (sign === null) return null;
  const of = (s: EntityState | null | undefined) => (s ? ENTITY_STATES[s].sign : 1);
  // 0 * −1 is −0 in JavaScript; normalise so that 0 is always 0.
  return sign * of(subjectState) * of(objectState) || 0;
}

/**
 * Kinds of path between two entities (store/paths.ts): a mechanism runs along causal statements in
 * their direction through non-clinical entities; a co-indication passes through a disease,
 * phenotype or procedure (two drugs given for the same disease); an association is any other
 * path, with a non-causal step (associated with, synergizes with, participates in, ...).
 */
export const PATH_KINDS = ["mechanism", "co_indication", "association"] as const;
export type PathKind = (typeof PATH_KINDS)[number];

/** The overall effect of a signed path: +1 increases, −1 decreases, 0 undetermined. */
export const EFFECT_SIGNS = { increases: 1, decreases: -1, undetermined: 0 } as const;
export type EffectSign = keyof typeof EFFECT_SIGNS;

/** CIViC-style evidence levels, strongest first; the rank is what scores and sorts use. */
export const EVIDENCE_LEVELS = {
  A: { rank: 5, weight: 1.0, meaning: "guideline or approval" },
  B: { rank: 4, weight: 0.8, meaning: "clinical trial or other primary patient data (cohort)" },
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

/**
 * The state a statement's subject or object is in, as Biolink's form-or-variant and aspect
 * qualifiers express it ("TP53 mutation" is TP53 in state mutated, not TP53). `sign` is what the
 * state does to a causal statement's sign when read as a statement about the entity itself:
 * "XPO1 inhibition increases nuclear p53" says XPO1 decreases it (−1); "XPO1 causes p53 loss of
 * function" says XPO1 decreases p53 (−1); an overexpressed, expressed, activated or localised
 * entity is the entity more present (+1); a mutation or "abnormal function" has no known direction
 * (0: the step still counts as causal, its effect undetermined).
 */
export const ENTITY_STATES = {
  mutated: { qualifier: "form_or_variant", value: "mutant_form", sign: 0 },
  loss_of_function: { qualifier: "form_or_variant", value: "loss_of_function_variant_form", sign: -1 },
  overexpressed: { qualifier: "aspect", value: "expression", sign: 1 },
  expression: { qualifier: "aspect", value: "expression", sign: 1 },
  activated: { qualifier: "aspect", value: "activity", sign: 1 },
  inhibited: { qualifier: "aspect", value: "activity", sign: -1 },
  abnormal_function: { qualifier: "aspect", value: "activity", sign: 0 },
  nuclear: { qualifier: "aspect", value: "localization", sign: 1 },
  cytoplasmic: { qualifier: "aspect", value: "localization", sign: 1 },
  mrna_transport: { qualifier: "aspect", value: "transport", sign: 1 },
} as const;
export type EntityState = keyof typeof ENTITY_STATES;
export const ENTITY_STATE_NAMES = Object.keys(ENTITY_STATES) as EntityState[];

/** Kinds of condition a statement can hold under, besides its disease context. */
export const CONDITION_KINDS = [
  "population",
  "disease_stage",
  "mutation",
  "karyotype",
  "threshold",
  "dose",
  "model_system",
  "cell_type",
  "mechanism",
  "timing",
  "comparison",
  "other",
] as const;

/** Reported (a finding), under investigation (being studied), proposed (the authors' suggestion). */
export const EPISTEMIC_STATUSES = ["reported", "under_investigation", "proposed"] as const;
/** Biolink knowledge_level values. */
export const KNOWLEDGE_LEVELS = [
  "knowledge_assertion",
  "observation",
  "prediction",
  "statistical_association",
  "not_provided",
] as const;
/** Biolink agent_type values used here: every item was curated by hand. */
export const AGENT_TYPES = ["manual_agent"] as const;

/**
 * Words that qualify a claim. An evidence item whose quote holds one must be marked hedged or say
 * why not (validation fails otherwise). Matched at a word start, case-insensitive.
 */
export const HEDGE_CUES = [
  "may",
  "might",
  "could",
  "suggest",
  "potential",
  "promising",
  "rational to",
  "rational drugs",
  "to some extent",
  "emerging",
  "possibl",
  "likely",
] as const;

/** CIViC therapy interaction types. */
export const INTERACTION_TYPES = ["combination", "sequential", "substitutes"] as const;

/** Whether the paper represents a cited work faithfully at a citing sentence. */
export const VERDICTS = ["faithful", "distorts", "not_verifiable"] as const;
export const DISTORTION_ASPECTS = [
  "direction",
  "numbers",
  "population",
  "mechanism",
  "significance",
  "drug",
] as const;
export const DIRECTIONS = ["supports", "refutes"] as const;
export const CONFLICT_KINDS = [
  "text_vs_table",
  "text_vs_text",
  "table_vs_table",
  "text_vs_cited_source",
] as const;

/**
 * The one node that says which version of the data the graph holds: (:DataVersion {id: "graph"})
 * with an integer `version`, +1 in every load's own transaction, and `loadedAt`. Readers (the
 * server's poller, the response cache key) compare versions instead of the data.
 */
export const DATA_VERSION_LABEL = "DataVersion";
export const DATA_VERSION_ID = "graph";

/** Node labels the loader may write, each keyed by `id`. */
export const NODE_LABELS = [
  DATA_VERSION_LABEL,
  "Publication",
  "Locus",
  "Entity",
  "Alias",
  // An index structure, not a graph entity: one node per standard identifier (CURIE) an entity
  // carries, so lookup by CURIE is a seek on Xref.id (Neo4j has no index on list elements).
  "Xref",
  "Term",
  "Statement",
  "Evidence",
  "CitationVerdict",
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
  "XREF_OF",
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
  "HAS_EVIDENCE",
  "HAS_PART",
  "VERDICT_ON",
  "ABOUT_REFERENCE",
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

/**
 * The Biolink predicate (and subject qualifiers) a statement maps to: PREDICATES[p].biolink where that
 * predicate's Biolink domain and range admit the subject's and object's categories, otherwise the
 * nearest predicate that does. The KGX validation test checks every exported edge against the
 * Biolink model's domain and range (tools/kgx/check_domain_range.py), so a gap here fails it.
 */
const NARROWER: Partial<
  Record<
    Predicate,
    {
      /** Kinds Biolink's domain/range does NOT admit (MacromolecularComplex and GeneFamily are not "physical essence"). */
      badSubjects?: readonly EntityKind[];
      badObjects?: readonly EntityKind[];
      /** Kinds the domain admits, when that list is shorter. */
      subjects?: readonly EntityKind[];
      otherwise: { predicate: string; subjectAspect?: string; subjectDirection?: string };
    }
  >
> = {
  // participates_in: domain occurrent. A gene or complex taking part in a process is GO's "involved in".
  participates_in: { subjects: ["process"], otherwise: { predicate: "biolink:actively_involved_in" } },
  // regulates: domain and range "physical essence or occurrent".
  regulates: {
    badSubjects: ["protein_complex", "gene_family"],
    badObjects: ["protein_complex", "gene_family"],
    otherwise: { predicate: "biolink:affects" },
  },
  // target_for: domain gene.
  target_for: { subjects: ["gene"], otherwise: { predicate: "biolink:associated_with" } },
  // biomarker_for: domain chemical entity or gene or gene product.
  biomarker_for: {
    subjects: ["gene", "drug", "drug_class", "therapy"],
    otherwise: { predicate: "biolink:associated_with" },
  },
  // expressed_in: range anatomical entity; "overexpressed in a disease" is a gene-disease association
  // qualified by the subject's expression, increased.
  overexpressed_in: {
    subjects: [],
    otherwise: {
      predicate: "biolink:associated_with",
      subjectAspect: "expression",
      subjectDirection: "increased",
    },
  },
};

export function biolinkMapping(
  predicate: Predicate,
  subjectKind: string,
  objectKind: string,
): { predicate: string; subjectAspect?: string; subjectDirection?: string } {
  const narrower = NARROWER[predicate];
  const fits =
    !narrower ||
    ((narrower.subjects?.includes(subjectKind as EntityKind) ?? true) &&
      !narrower.badSubjects?.includes(subjectKind as EntityKind) &&
      !narrower.badObjects?.includes(objectKind as EntityKind));
  return fits ? { predicate: PREDICATES[predicate].biolink } : narrower.otherwise;
}

/** The kind of an entity from its id (`gene:XPO1` → gene; validation makes ids start with their kind). */
export const kindOfId = (id: string): string => id.slice(0, id.indexOf(":"));
