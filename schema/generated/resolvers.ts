import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRow, AliasRow, LocusRow, StatementRow, EvidenceRow, CitationVerdictRow, ConditionRow, PublicationRow, CaseRow, CaseFactRow, RegimenRow, RegimenComponentRow, StudyRow, OutcomeRow, ConflictRow, ConflictValueRow, MechanismPathRow, PathStepRow, NeighbourGroupRow, SearchResultsRow, SuggestionRow } from '../../store/rows.ts';
import type { Context } from '../../server/context.ts';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Biolink agent_type. */
export type AgentType =
  /** Curated by a person. */
  | 'manual_agent';

/** A spelling of an entity's name: its name, a synonym, or a printed variant or OCR misprint. */
export type Alias = {
  __typename?: 'Alias';
  /** The entity's name it stands for. */
  correctedTo: Scalars['String']['output'];
  /** name | synonym | ocr | variant | case */
  correction: Scalars['String']['output'];
  /** Alias id (alias:<entity id>:<printed>). */
  id: Scalars['ID']['output'];
  /** Where the paper prints it. */
  loci: Array<Locus>;
  /** The spelling as printed. */
  printed: Scalars['String']['output'];
};

/** A value at two timepoints. */
export type BeforeAfter = {
  __typename?: 'BeforeAfter';
  /** After treatment. */
  after: CaseFact;
  /** Before treatment. */
  before: CaseFact;
  /** The field measured. */
  field: Scalars['String']['output'];
  /** Unit of the values. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** One of the paper's patients. */
export type Case = {
  __typename?: 'Case';
  /** Values measured at two timepoints (blasts, spleen), side by side. */
  beforeAfter: Array<BeforeAfter>;
  /** Conflicts about the patient's facts. */
  conflicts: Array<Conflict>;
  /** Facts about the patient (Table 1 and text), optionally of one field. */
  facts: Array<CaseFact>;
  /** Case id (case:1 to case:3). */
  id: Scalars['ID']['output'];
  /** How the paper names the patient. */
  label: Scalars['String']['output'];
  /** The patient's mutations. */
  mutations: Array<CaseFact>;
  /** Treatments the patient received. */
  regimens: Array<Regimen>;
  /** Best response. */
  response?: Maybe<Scalars['String']['output']>;
};


/** One of the paper's patients. */
export type CaseFactsArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

/** One fact about a patient, as printed. */
export type CaseFact = {
  __typename?: 'CaseFact';
  /** The patient (case) the fact is about. */
  caseId: Scalars['ID']['output'];
  /** Conflicts this fact is part of. */
  conflicts: Array<Conflict>;
  /** The entity it names (a mutated gene), when any. */
  entity?: Maybe<Entity>;
  /** What the fact is (age, blasts_bm, mutation, ...). */
  field: Scalars['String']['output'];
  /** Fact id (fact:...). */
  id: Scalars['ID']['output'];
  /** Where the paper prints it. */
  loci: Array<Locus>;
  /** Curator's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The value exactly as printed. */
  printed?: Maybe<Scalars['String']['output']>;
  /** When it was measured (before, after), when stated. */
  timepoint?: Maybe<Scalars['String']['output']>;
  /** Unit of valueNumber. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value as text. */
  value?: Maybe<Scalars['String']['output']>;
  /** The value as a number, when numeric. */
  valueNumber?: Maybe<Scalars['Float']['output']>;
};

/** Filters on cases (all given must hold). */
export type CaseFilter = {
  /** Substring of a karyotype or cytogenetics fact, e.g. complex, 17p, normal. */
  karyotype?: InputMaybe<Scalars['String']['input']>;
  /** Gene symbol or entity id, e.g. TP53 or gene:TP53; OCR spellings are accepted. */
  mutation?: InputMaybe<Scalars['String']['input']>;
  /** A response value, e.g. CR, CRh, CRi. */
  response?: InputMaybe<Scalars['String']['input']>;
};

/** Whether the paper represents a cited work faithfully at one citing sentence. */
export type CitationVerdict = {
  __typename?: 'CitationVerdict';
  /** What a distortion concerns (direction, numbers, population, mechanism, significance, drug). */
  aspect?: Maybe<DistortionAspect>;
  /** The sentence that cites the work. */
  citingSentence: Locus;
  /** Verdict id (verdict:...). */
  id: Scalars['ID']['output'];
  /** One line: what the source reports against what the paper says. */
  reason: Scalars['String']['output'];
  /** The cited work. */
  reference: Publication;
  /** Faithful, distorts or not verifiable. */
  verdict: Verdict;
};

/** A condition a statement holds under. */
export type Condition = {
  __typename?: 'Condition';
  /** The entity it names, when it names one. */
  entity?: Maybe<Entity>;
  /** What kind of condition. */
  kind: ConditionKind;
  /** The condition as the text gives it. */
  value: Scalars['String']['output'];
};

/** Kinds of condition a statement can hold under. */
export type ConditionKind =
  /** A cell type. */
  | 'cell_type'
  /** What it is compared with. */
  | 'comparison'
  /** A disease stage or risk group. */
  | 'disease_stage'
  /** A dose. */
  | 'dose'
  /** A karyotype. */
  | 'karyotype'
  /** The mechanism it works through. */
  | 'mechanism'
  /** An experimental model. */
  | 'model_system'
  /** A mutation the patients carry. */
  | 'mutation'
  /** Any other condition. */
  | 'other'
  /** A patient population. */
  | 'population'
  /** A threshold (a cut-off value). */
  | 'threshold'
  /** When it holds (after a treatment, at a timepoint). */
  | 'timing';

/** Two different values the paper gives for the same fact. */
export type Conflict = {
  __typename?: 'Conflict';
  /** What differs. */
  description: Scalars['String']['output'];
  /** Case facts that carry one of the conflicting values. */
  facts: Array<CaseFact>;
  /** The fact that has two values. */
  field: Scalars['String']['output'];
  /** Conflict id (conflict:...). */
  id: Scalars['ID']['output'];
  /** Where the two values are printed. */
  kind: ConflictKind;
  /** The record it concerns (a case fact, a study, a statement). */
  subjectId: Scalars['ID']['output'];
  /** The conflicting values. */
  values: Array<ConflictValue>;
};

/** Where the two conflicting values of a fact are printed. */
export type ConflictKind =
  /** Two Table 1 cells differ. */
  | 'table_vs_table'
  /** The text differs from the cited work it reports. */
  | 'text_vs_cited_source'
  /** The text and Table 1 differ. */
  | 'text_vs_table'
  /** Two places in the text differ. */
  | 'text_vs_text';

/** One of the values of a conflict. */
export type ConflictValue = {
  __typename?: 'ConflictValue';
  /** Value id (<conflict id>:<position>). */
  id: Scalars['ID']['output'];
  /** Where the paper prints it; empty for a cited work's value, which names its source instead. */
  loci: Array<Locus>;
  /** The cited work this value comes from (text_vs_cited_source conflicts). */
  source?: Maybe<Publication>;
  /** What the cited work's value rests on (e.g. its public abstract). */
  sourceBasis?: Maybe<Scalars['String']['output']>;
  /** The value as printed. */
  value: Scalars['String']['output'];
};

/** Whether an evidence item supports or refutes its statement. */
export type Direction =
  /** The quote refutes the statement. */
  | 'refutes'
  /** The quote supports the statement. */
  | 'supports';

/** What a distortion of a cited work concerns. */
export type DistortionAspect =
  /** The direction of an effect. */
  | 'direction'
  /** The drug. */
  | 'drug'
  /** The mechanism. */
  | 'mechanism'
  /** The numbers. */
  | 'numbers'
  /** The population. */
  | 'population'
  /** Statistical significance. */
  | 'significance';

/** The overall effect of a signed path on its end. */
export type EffectSign =
  /** The signs compose to -1. */
  | 'decreases'
  /** The signs compose to +1. */
  | 'increases'
  /** A step of undetermined direction (sign 0). */
  | 'undetermined';

/** A drug, gene, disease, process or other thing the paper names. */
export type Entity = {
  __typename?: 'Entity';
  /** Every spelling of the name, with where the paper prints it. */
  aliases: Array<Alias>;
  /** Cases with a fact about this entity (a mutation, a drug given). */
  cases: Array<Case>;
  /** Biolink category. */
  category: Scalars['String']['output'];
  /** For a therapy: its components (drugs, drug classes or other therapies), in order. */
  components: Array<Entity>;
  /** One line, from the paper where possible. */
  description?: Maybe<Scalars['String']['output']>;
  /** Local id, <kind>:<key> (genes use the HGNC symbol as key). */
  id: Scalars['ID']['output'];
  /** Why an identifier is missing or was left out. */
  identifierNote?: Maybe<Scalars['String']['output']>;
  /** The standard identifiers with their registry pages and sources. */
  identifiers: Array<Identifier>;
  /** For a therapy (a combination or sequence): how its components interact. */
  interaction?: Maybe<InteractionType>;
  /** What the entity is. */
  kind: EntityKind;
  /** Where the paper names it (therapies). */
  loci: Array<Locus>;
  /** Preferred name. */
  name: Scalars['String']['output'];
  /** The therapies that contain this entity as a component. */
  partOf: Array<Entity>;
  /** How many statements name the entity. */
  statementCount: Scalars['Int']['output'];
  /** Statements where the entity is subject or object, strongest first. */
  statements: Array<Statement>;
  /** Studies of this entity (as intervention or population). */
  studies: Array<Study>;
  /** Other names in common use. */
  synonyms: Array<Scalars['String']['output']>;
  /** Standard identifiers (CURIEs); the first is the one the KGX export uses as node id. */
  xrefs: Array<Scalars['String']['output']>;
};


/** A drug, gene, disease, process or other thing the paper names. */
export type EntityStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of entities (Relay connection). */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities of this page. */
  edges: Array<EntityEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** An entity in a page. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Pass as after to continue after this entity. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** Filters on entities (all given must hold). */
export type EntityFilter = {
  /** Only entities of this kind. */
  kind?: InputMaybe<EntityKind>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** What an entity is; each kind has a Biolink category (Entity.category). */
export type EntityKind =
  /** A disease (biolink:Disease). */
  | 'disease'
  /** A single drug (biolink:Drug). */
  | 'drug'
  /** A class of drugs (biolink:ChemicalEntity). */
  | 'drug_class'
  /** A gene or its product (biolink:Gene). */
  | 'gene'
  /** A family or grouping of genes (biolink:GeneFamily). */
  | 'gene_family'
  /** A phenotype or clinical feature (biolink:PhenotypicFeature). */
  | 'phenotype'
  /** A medical procedure (biolink:Procedure). */
  | 'procedure'
  /** A biological process (biolink:BiologicalProcess). */
  | 'process'
  /** A protein complex (biolink:MacromolecularComplex). */
  | 'protein_complex'
  /** A combination or sequence of drugs. */
  | 'therapy';

/** The state an entity is in within a statement (Biolink form-or-variant and aspect qualifiers). */
export type EntityState =
  /** Its activity, abnormal (aspect activity). */
  | 'abnormal_function'
  /** Its activity, raised (aspect activity). */
  | 'activated'
  /** In the cytoplasm (aspect localization). */
  | 'cytoplasmic'
  /** Its expression (aspect expression). */
  | 'expression'
  /** Its activity, lowered (aspect activity). */
  | 'inhibited'
  /** A loss-of-function variant (biolink loss_of_function_variant_form). */
  | 'loss_of_function'
  /** Its mRNA transport (aspect transport). */
  | 'mrna_transport'
  /** A mutant form (biolink mutant_form). */
  | 'mutated'
  /** In the nucleus (aspect localization). */
  | 'nuclear'
  /** Its expression, raised (aspect expression). */
  | 'overexpressed';

/** How a claim is put forward. */
export type EpistemicStatus =
  /** A suggestion or hypothesis of the authors. */
  | 'proposed'
  /** Stated as a finding. */
  | 'reported'
  /** Being investigated or tried; no result stated. */
  | 'under_investigation';

/** How a claim is stated: hedged, negated, its status and whether it is the authors' inference. */
export type Epistemics = {
  __typename?: 'Epistemics';
  /** The hedge words as printed in the quote. */
  hedgeCues: Array<Scalars['String']['output']>;
  /** Why a quote with a hedge word is not hedged, when it is not. */
  hedgeExemptReason?: Maybe<Scalars['String']['output']>;
  /** The quote qualifies the claim (may, suggest, ...). */
  hedged: Scalars['Boolean']['output'];
  /** The authors' own inference from other findings. */
  inference: Scalars['Boolean']['output'];
  /** The quote states the claim does not hold. */
  negated: Scalars['Boolean']['output'];
  /** Reported, under investigation or proposed. */
  status: EpistemicStatus;
};

/** One quote at one locus, with its own level, provenance, references and epistemics. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Biolink agent_type: manual_agent for hand-curated items. */
  agentType: AgentType;
  /** Whether it supports or refutes the statement. */
  direction: Direction;
  /** Hedging, negation and status of the claim. */
  epistemics: Epistemics;
  /** Evidence id (ev:...). */
  id: Scalars['ID']['output'];
  /** Biolink knowledge_level. */
  knowledgeLevel: KnowledgeLevel;
  /** Its evidence level. */
  level: EvidenceLevel;
  /** Where the quote is printed. */
  locus: Locus;
  /** The setting of the finding. */
  modelSystem: ModelSystem;
  /** Curator's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where the claim comes from. */
  provenance: Provenance;
  /** The quote, exactly as printed. */
  quote: Scalars['String']['output'];
  /** The citation markers of the quote's own sentence. */
  references: Array<Publication>;
  /** Why the references differ from the sentence's own marker, when they do. */
  referencesReason?: Maybe<Scalars['String']['output']>;
  /** True when the paper's own cases show it. */
  shownHere: Scalars['Boolean']['output'];
  /** Why a regimen's result is stated of one drug, when it is. */
  singleDrugReason?: Maybe<Scalars['String']['output']>;
  /** The statement it is evidence for. */
  statement: Statement;
  /** How much this item counts toward its statement's strength (0..1). */
  weight: Scalars['Float']['output'];
};

/** CIViC-style evidence level, strongest first. */
export type EvidenceLevel =
  /** Guideline or approval. */
  | 'A'
  /** Clinical trial or other primary patient data (cohort). */
  | 'B'
  /** Case report or series. */
  | 'C'
  /** Preclinical. */
  | 'D'
  /** Inferential or review. */
  | 'E';

/** Liveness of the API. */
export type Health = {
  __typename?: 'Health';
  /** Publications counted in Neo4j (the paper and its references). */
  publications: Scalars['Int']['output'];
  /** ok when Neo4j answered. */
  status: Scalars['String']['output'];
};

/** A standard identifier of an entity, with where it was confirmed. */
export type Identifier = {
  __typename?: 'Identifier';
  /** Compact URI with a Bioregistry prefix, e.g. HGNC:12825. */
  curie: Scalars['String']['output'];
  /** The prefix (HGNC, MONDO, DOID, NCIT, CHEBI, DRUGBANK, GO, HP, FPLX). */
  prefix: Scalars['String']['output'];
  /** The public source where a curator confirmed the identifier. */
  source: Scalars['String']['output'];
  /** The identifier's registry page (Bioregistry resolver). */
  url: Scalars['String']['output'];
};

/** CIViC therapy interaction types. */
export type InteractionType =
  /** Given together. */
  | 'combination'
  /** Given one after the other. */
  | 'sequential'
  /** One replaces the other. */
  | 'substitutes';

/** Biolink knowledge_level. */
export type KnowledgeLevel =
  /** An assertion of knowledge (a stated finding). */
  | 'knowledge_assertion'
  /** Not provided. */
  | 'not_provided'
  /** An observation (a case, a measurement). */
  | 'observation'
  /** A prediction or hypothesis. */
  | 'prediction'
  /** A statistical association. */
  | 'statistical_association';

/** Where a fact is printed: a span of paper.txt or a Table 1 cell. */
export type Locus = {
  __typename?: 'Locus';
  /** References cited by this sentence (citing sentences only). */
  cites: Array<Publication>;
  /** Table column (the case), for a cell. */
  column?: Maybe<Scalars['String']['output']>;
  /** End offset, exclusive. */
  end: Scalars['Int']['output'];
  /** Locus id (loc:<start>-<end> or cell:<case>.<row>). */
  id: Scalars['ID']['output'];
  /** The quote with `context` characters either side. */
  inContext: Passage;
  /** text (a span of the text) or cell (a Table 1 cell). */
  kind: Scalars['String']['output'];
  /** Exactly the text at those offsets (for a table cell, the printed cell text). */
  quote: Scalars['String']['output'];
  /** Table row key, for a cell. */
  row?: Maybe<Scalars['String']['output']>;
  /** The row's printed label, for a cell. */
  rowLabel?: Maybe<Scalars['String']['output']>;
  /** The section of the paper it is in. */
  section: Scalars['String']['output'];
  /** Character offsets into paper.txt (code points, end exclusive); for a table cell, its first and last span. */
  start: Scalars['Int']['output'];
  /** Table name, for a cell. */
  table?: Maybe<Scalars['String']['output']>;
};


/** Where a fact is printed: a span of paper.txt or a Table 1 cell. */
export type LocusInContextArgs = {
  context?: InputMaybe<Scalars['Int']['input']>;
};

/** A chain of statements from one entity to another. */
export type MechanismPath = {
  __typename?: 'MechanismPath';
  /** The composed effect of the from entity on the to entity; null when a step is not causal. */
  effect?: Maybe<EffectSign>;
  /** The entities along the path, in order. */
  entities: Array<Entity>;
  /** One sentence from the statements, with the overall effect and the weakest step. */
  explanation: Scalars['String']['output'];
  /** Mechanism, co-indication or association. */
  kind: PathKind;
  /** Product of the step weights (strength x hub discount); never increases as a path grows. */
  score: Scalars['Float']['output'];
  /** The same as a number: 1, -1 or 0; null when a step is not causal. */
  sign?: Maybe<Scalars['Int']['output']>;
  /** The steps, in order. */
  steps: Array<PathStep>;
  /** The step with the weakest statement strength. */
  weakestStep: PathStep;
};

/** The experimental or clinical setting of an evidence item. */
export type ModelSystem =
  /** Cell lines. */
  | 'cell_line'
  /** Guideline. */
  | 'guideline'
  /** Individual patients (case reports). */
  | 'human_case'
  /** The text does not say. */
  | 'not_stated'
  /** Patient-derived xenografts. */
  | 'pdx'
  /** Phase 1 trial. */
  | 'phase_1'
  /** Phase 2 trial. */
  | 'phase_2'
  /** Phase 3 trial. */
  | 'phase_3'
  /** Cells from patients, ex vivo. */
  | 'primary_patient_cells'
  /** Retrospective study. */
  | 'retrospective'
  /** Review article. */
  | 'review'
  /** Xenograft models. */
  | 'xenograft';

/** Statements of one predicate in one direction around an entity. */
export type NeighbourGroup = {
  __typename?: 'NeighbourGroup';
  /** outgoing: the entity is the subject; incoming: the object. */
  direction: Scalars['String']['output'];
  /** The entities at the other end of those statements, in their order. */
  neighbours: Array<Entity>;
  /** The predicate. */
  predicate: Predicate;
  /** Its strongest statements (best evidence level, then id), at most the query's first. */
  statements: Array<Statement>;
  /** How many statements the group holds. */
  totalCount: Scalars['Int']['output'];
};

/** The statements around one entity. */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  /** The entity. */
  entity: Entity;
  /** Its statements, grouped by predicate and direction. */
  groups: Array<NeighbourGroup>;
};

/** One outcome of a study. */
export type Outcome = {
  __typename?: 'Outcome';
  /** The arm it was measured in. */
  arm?: Maybe<Scalars['String']['output']>;
  /** The arm it is compared with. */
  comparisonArm?: Maybe<Scalars['String']['output']>;
  /** The comparison arm's value. */
  comparisonValue?: Maybe<Scalars['String']['output']>;
  /** Outcome id (outcome:...). */
  id: Scalars['ID']['output'];
  /** Where the paper prints it. */
  loci: Array<Locus>;
  /** What was measured (e.g. median_overall_survival). */
  measure: Scalars['String']['output'];
  /** Curator's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Statistical significance as printed. */
  significance?: Maybe<Scalars['String']['output']>;
  /** The study. */
  study: Study;
  /** Unit of the value. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value as printed. */
  value?: Maybe<Scalars['String']['output']>;
  /** Upper bound of a range or interval. */
  valueHigh?: Maybe<Scalars['Float']['output']>;
  /** Lower bound of a range or interval. */
  valueLow?: Maybe<Scalars['Float']['output']>;
  /** The value as a number, when numeric. */
  valueNumber?: Maybe<Scalars['Float']['output']>;
};

/** Filters on outcomes (all given must hold). */
export type OutcomeFilter = {
  /** Outcomes of studies in this disease (entity id). */
  disease?: InputMaybe<Scalars['ID']['input']>;
  /** Outcomes of studies of this drug or therapy (entity id). */
  drug?: InputMaybe<Scalars['ID']['input']>;
  /** Only this measure. */
  measure?: InputMaybe<Scalars['String']['input']>;
};

/** Relay page information of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page; pass it as after for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /**
   * Items come before this page: true when the page was asked for after a cursor (paging is forward
   * only, so this is known without another query, as the Relay spec allows).
   */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page (null when the page is empty). */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A span of the paper with the text around it. */
export type Passage = {
  __typename?: 'Passage';
  /** Text after the span. */
  after: Scalars['String']['output'];
  /** Text before the span. */
  before: Scalars['String']['output'];
  /** End offset of the span (exclusive). */
  end: Scalars['Int']['output'];
  /** The section the span is in. */
  section: Scalars['String']['output'];
  /** Start offset of the span. */
  start: Scalars['Int']['output'];
  /** The span itself. */
  text: Scalars['String']['output'];
};

/**
 * mechanism: causal statements in their direction through genes, proteins, processes or drugs;
 * co_indication: through a disease, phenotype or procedure; association: any other path (a
 * non-causal step such as associated with or synergizes with).
 */
export type PathKind =
  /** Any other path: a non-causal or symmetric step. */
  | 'association'
  /** Through a disease, phenotype or procedure (two drugs for the same disease). */
  | 'co_indication'
  /** Causal steps in their direction, no disease, phenotype or procedure in between. */
  | 'mechanism';

/** One hop of a mechanism path. */
export type PathStep = {
  __typename?: 'PathStep';
  /** Whether the statement runs from -> to (forward) or to -> from (reverse). */
  forward: Scalars['Boolean']['output'];
  /** The entity the hop starts at. */
  from: Entity;
  /** The best evidence level of the hop's statement. */
  level: EvidenceLevel;
  /** The hop's predicate. */
  predicate: Predicate;
  /** 1, -1 or 0 for a causal step walked forward (the ends' states folded in); null otherwise. */
  sign?: Maybe<Scalars['Int']['output']>;
  /** The strongest statement for this hop. */
  statement: Statement;
  /** Every statement linking the two entities with this predicate. */
  statements: Array<Statement>;
  /** The hop's statement strength. */
  strength: Scalars['Float']['output'];
  /** The entity the hop ends at. */
  to: Entity;
  /** The step's factor in the path score: strength x (deg(from) x deg(to))^-0.4. */
  weight: Scalars['Float']['output'];
};

/** What a statement says of its subject and object; each maps to a Biolink predicate (Statement.biolinkPredicate). */
export type Predicate =
  /** Increases the object's activity. */
  | 'activates'
  /** Is active against the object (a condition), in patients or models. */
  | 'active_against'
  /** Ameliorates the object (a condition). */
  | 'ameliorates'
  /** Is associated with the object (symmetric). */
  | 'associated_with'
  /** Is associated with resistance to the object (a drug). */
  | 'associated_with_resistance_to'
  /** Marks the object (a condition). */
  | 'biomarker_for'
  /** Causes the object. */
  | 'causes'
  /** Contributes to the object. */
  | 'contributes_to'
  /** Decreases the object's activity. */
  | 'decreases_activity_of'
  /** Decreases the object's amount. */
  | 'decreases_amount_of'
  /** Decreases the object's expression. */
  | 'decreases_expression_of'
  /** Transports the object out of the nucleus. */
  | 'exports_from_nucleus'
  /** Has the object as an adverse event. */
  | 'has_adverse_event'
  /** Is in clinical trials for the object. */
  | 'in_clinical_trials_for'
  /** Increases the object's activity. */
  | 'increases_activity_of'
  /** Increases the object's amount. */
  | 'increases_amount_of'
  /** Increases the object's expression. */
  | 'increases_expression_of'
  /** Increases the object's nuclear localization. */
  | 'increases_nuclear_localization_of'
  /** Decreases the object's activity or amount. */
  | 'inhibits'
  /** Is overexpressed in the object (a condition). */
  | 'overexpressed_in'
  /** Takes part in the object (a process). */
  | 'participates_in'
  /** Prevents the object (a condition). */
  | 'prevents'
  /** Predicts the outcome of the object (a condition). */
  | 'prognostic_for'
  /** Regulates the object, direction not stated. */
  | 'regulates'
  /** Is being studied to treat the object. */
  | 'studied_to_treat'
  /** Acts synergistically with the object (symmetric). */
  | 'synergizes_with'
  /** Is a therapeutic target for the object. */
  | 'target_for'
  /** Treats the object (a condition). */
  | 'treats';

/** Where an evidence item's claim comes from. */
export type Provenance =
  /** The paper states it without a citation. */
  | 'asserted'
  /** A reference of the paper backs it. */
  | 'cited'
  /** The paper's own three cases show it. */
  | 'shown_here';

/** The paper itself or one of its references. */
export type Publication = {
  __typename?: 'Publication';
  /** What its abstract reports, when read. */
  abstractFindings?: Maybe<Scalars['String']['output']>;
  /** Sentences citing this publication, in reading order (a much cited paper has thousands). */
  citingSentences: Array<Locus>;
  /** DOI, when known (without doi:). */
  doi?: Maybe<Scalars['String']['output']>;
  /** First author, when known. */
  firstAuthor?: Maybe<Scalars['String']['output']>;
  /** Publication id (pub:source, pub:ref<n>). */
  id: Scalars['ID']['output'];
  /** How the reference was identified (its bibliographic facts are null when unknown). */
  identification: Scalars['String']['output'];
  /** Journal, when known. */
  journal?: Maybe<Scalars['String']['output']>;
  /** Curator's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Reference number in the source paper; null for the source paper itself. */
  number?: Maybe<Scalars['Int']['output']>;
  /** PubMed Central id, when known (PMC...). */
  pmcid?: Maybe<Scalars['String']['output']>;
  /** PubMed id, when known. */
  pmid?: Maybe<Scalars['String']['output']>;
  /** Statements backed by this publication, strongest first. */
  statements: Array<Statement>;
  /** Studies it reports. */
  studies: Array<Study>;
  /** What kind of study it reports, when known. */
  studyKind?: Maybe<Scalars['String']['output']>;
  /** Title, when known. */
  title?: Maybe<Scalars['String']['output']>;
  /** Verdicts on whether the paper represents this publication faithfully, per citing sentence. */
  verdicts: Array<CitationVerdict>;
  /** Year, when known. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** The paper itself or one of its references. */
export type PublicationCitingSentencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The paper itself or one of its references. */
export type PublicationStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of publications (Relay connection). */
export type PublicationConnection = {
  __typename?: 'PublicationConnection';
  /** The publications of this page. */
  edges: Array<PublicationEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A publication in a page. */
export type PublicationEdge = {
  __typename?: 'PublicationEdge';
  /** Pass as after to continue after this publication. */
  cursor: Scalars['String']['output'];
  /** The publication. */
  node: Publication;
};

/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type Query = {
  __typename?: 'Query';
  /** One of the paper's three patients by id (case:1 to case:3). */
  case?: Maybe<Case>;
  /** The paper's patients, filtered. */
  cases: Array<Case>;
  /** Whether the paper represents each identified reference faithfully, per citing sentence. */
  citationVerdicts: Array<CitationVerdict>;
  /** Places where the paper gives two different values for the same fact. */
  conflicts: Array<Conflict>;
  /**
   * Entities, filtered, sorted by name; keyset-paginated forward only (first/after): every cursor is
   * stable, so a client steps back by reusing a cursor it has seen (no last/before).
   */
  entities: EntityConnection;
  /**
   * An entity by id, or by any name, synonym or printed (OCR) spelling, case-insensitive. The id may
   * be the local id (gene:XPO1) or a standard identifier the entity carries (HGNC:12825, MONDO:0018881).
   */
  entity?: Maybe<Entity>;
  /** One evidence item by id (ev:...). */
  evidenceItem?: Maybe<Evidence>;
  /** Liveness of the API and a count read from Neo4j. */
  health: Health;
  /**
   * Signed, directed paths from one entity to another through statements, up to maxHops statements
   * long. A step follows its statement from subject to object; only symmetric predicates (synergizes
   * with, associated with) are walked backwards, and a co-indication may turn at a disease, phenotype
   * or procedure. Ranked by score: the product over the steps of strength × (deg(from) × deg(to))^-0.4,
   * Hetionet's degree-weighted path count with the statement strengths, so hubs count less; ties by
   * fewer steps, fewer backward steps, then entity ids. Each path has its kind, overall sign, weakest
   * step and a one-sentence explanation (store/paths.ts).
   */
  mechanismPaths: Array<MechanismPath>;
  /** Statements touching an entity, grouped by predicate and direction. */
  neighbourhood?: Maybe<Neighbourhood>;
  /** Study outcomes (response rates, survival), filtered. */
  outcomes: Array<Outcome>;
  /** Text around a span of the paper, for showing a quote in context. */
  passage?: Maybe<Passage>;
  /** A reference of the paper by number, DOI, PMID or id (pub:source is the paper itself). */
  publication?: Maybe<Publication>;
  /** The paper and its references in reference order; keyset-paginated forward only, like entities. */
  publications: PublicationConnection;
  /**
   * One full-text search across every kind of record (types narrows it), best match first: hits
   * with every word before hits with most words, the exact phrase boosted; English stemming and
   * stopwords; the query's names, abbreviations, phase numbers and Greek letters expanded with
   * their synonyms from the graph; typos within one or two letters.
   */
  search: Array<SearchHit>;
  /**
   * The same search with what a results page needs besides the hits: counts per kind, the synonyms
   * the query was expanded with, and, when nothing matched, the nearest entity names.
   */
  searchResults: SearchResults;
  /** A statement by id (stmt:...). */
  statement?: Maybe<Statement>;
  /**
   * Statements, strongest evidence first (best supporting level A before E, then id); keyset-paginated
   * forward only, like entities.
   */
  statements: StatementConnection;
  /** Studies the paper reports (its own cases and the trials it cites), filtered. */
  studies: Array<Study>;
  /**
   * A study by id (study:...), with its outcomes; null when there is none. An id that is not of the
   * form study:<key> is refused (BAD_USER_INPUT naming id).
   */
  study?: Maybe<Study>;
  /** Typeahead: entities whose name, synonym, printed spelling or spelled-out form starts with prefix. */
  suggest: Array<Suggestion>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryCasesArgs = {
  filter?: InputMaybe<CaseFilter>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryCitationVerdictsArgs = {
  reference?: InputMaybe<Scalars['Int']['input']>;
  verdict?: InputMaybe<Verdict>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryConflictsArgs = {
  kind?: InputMaybe<ConflictKind>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EntityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryEntityArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryEvidenceItemArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryMechanismPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  kinds?: InputMaybe<Array<PathKind>>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  minLevel?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  sign?: InputMaybe<EffectSign>;
  through?: InputMaybe<Array<EntityKind>>;
  to: Scalars['ID']['input'];
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryNeighbourhoodArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  minLevel?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryOutcomesArgs = {
  filter?: InputMaybe<OutcomeFilter>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryPassageArgs = {
  context?: InputMaybe<Scalars['Int']['input']>;
  end: Scalars['Int']['input'];
  start: Scalars['Int']['input'];
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryPublicationArgs = {
  doi?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['Int']['input']>;
  pmid?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryPublicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchHitType>>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QuerySearchResultsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
  types?: InputMaybe<Array<SearchHitType>>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryStudiesArgs = {
  filter?: InputMaybe<StudyFilter>;
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryStudyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QuerySuggestArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix: Scalars['String']['input'];
};

/** A treatment a patient received. */
export type Regimen = {
  __typename?: 'Regimen';
  /** Its drugs with doses and schedules. */
  components: Array<RegimenComponent>;
  /** Cycles given, when stated. */
  cycles?: Maybe<Scalars['Int']['output']>;
  /** Regimen id (regimen:...). */
  id: Scalars['ID']['output'];
  /** Line of therapy, when stated. */
  line?: Maybe<Scalars['String']['output']>;
  /** Where the paper describes it. */
  loci: Array<Locus>;
  /** Regimen name as printed (e.g. SVD). */
  name: Scalars['String']['output'];
  /** Response to it, when stated. */
  response?: Maybe<Scalars['String']['output']>;
};

/** One drug of a regimen with its dose and schedule. */
export type RegimenComponent = {
  __typename?: 'RegimenComponent';
  /** Days given, as printed. */
  days?: Maybe<Scalars['String']['output']>;
  /** Dose, when stated. */
  dose?: Maybe<Scalars['Float']['output']>;
  /** The drug. */
  drug: Entity;
  /** Component id (<regimen id>:<position>). */
  id: Scalars['ID']['output'];
  /** Where the paper prints it. */
  loci: Array<Locus>;
  /** Schedule as printed. */
  schedule?: Maybe<Scalars['String']['output']>;
  /** Unit of the dose. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** How many hits one kind of record has. */
export type SearchFacet = {
  __typename?: 'SearchFacet';
  /** Number of hits of that kind (capped at 1000). */
  count: Scalars['Int']['output'];
  /** The kind of record. */
  type: SearchHitType;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matched text with whole matching words wrapped in <mark></mark> (HTML-escaped otherwise). */
  highlight: Scalars['String']['output'];
  /** Relevance (higher is better). */
  score: Scalars['Float']['output'];
  /** The record hit. */
  target: SearchTarget;
  /** A short human-readable name of the record (an entity's name, a reference's first author and year, ...). */
  title: Scalars['String']['output'];
  /** What the hit is; target is the record. */
  type: SearchHitType;
};

/** What a search hit points to. */
export type SearchHitType =
  /** A sentence of the paper that cites a reference. */
  | 'CITING_SENTENCE'
  /** A place where the paper gives two different values for the same fact. */
  | 'CONFLICT'
  /** An entity (name, synonym, description). */
  | 'ENTITY'
  /** One evidence item of a statement (its quote at one locus). */
  | 'EVIDENCE'
  /** One structured outcome of a study (measure, value, unit, arm). */
  | 'OUTCOME'
  /** A patient of the case series. */
  | 'PATIENT'
  /** One fact about a patient (Table 1 or the text). */
  | 'PATIENT_FACT'
  /** A reference of the paper (title, first author, journal, year, DOI, PMID). */
  | 'REFERENCE'
  /** A statement (its subject, predicate and object names). */
  | 'STATEMENT'
  /** A study or trial the paper reports numbers for. */
  | 'STUDY';

/** A search's hits with the counts per kind, the synonyms used and, when nothing matched, the nearest names. */
export type SearchResults = {
  __typename?: 'SearchResults';
  /** Synonyms from the graph the query was expanded with (normalized spellings). */
  expandedWith: Array<Scalars['String']['output']>;
  /** Hits per kind over the whole index (each count capped at 1000), largest first. */
  facets: Array<SearchFacet>;
  /** The best hits, best first. */
  hits: Array<SearchHit>;
  /** When nothing matched: entities whose names are nearest the query's words. */
  nearest: Array<Entity>;
};

/** What a search hit is. */
export type SearchTarget = Case | CaseFact | Conflict | Entity | Evidence | Locus | Outcome | Publication | Statement | Study;

/**
 * A subject, predicate and object with every qualifier the text gives (model 2, after INDRA and
 * CIViC). Identical statements are one record with all their evidence.
 */
export type Statement = {
  __typename?: 'Statement';
  /** The strongest level among its evidence (supporting or refuting): what lists sort and filter by. */
  bestLevel: EvidenceLevel;
  /** The Biolink predicate it maps to. */
  biolinkPredicate: Scalars['String']['output'];
  /** Every other condition the text states (a threshold, a dose, a model system, a mechanism). */
  conditions: Array<Condition>;
  /** Conflicts about this statement. */
  conflicts: Array<Conflict>;
  /** Diseases or populations the statement is said to hold in. */
  context: Array<Entity>;
  /** Its evidence items in reading order, filtered. */
  evidence: Array<Evidence>;
  /** How many evidence items it has. */
  evidenceCount: Scalars['Int']['output'];
  /** True when every evidence item is hedged. */
  hedged: Scalars['Boolean']['output'];
  /** Statement id (stmt:...), derived from its content. */
  id: Scalars['ID']['output'];
  /** True when the subject or object is a combination or sequence of drugs. */
  involvesCombination: Scalars['Boolean']['output'];
  /** What the subject acts on or relates to. */
  object: Entity;
  /** The state the object is in, when the text gives one. */
  objectState?: Maybe<EntityState>;
  /** What the statement says of subject and object. */
  predicate: Predicate;
  /** The publications its evidence cites. */
  references: Array<Publication>;
  /**
   * 0..1, from the evidence: support = 1 − Π(1 − wᵢ) over supporting items, refutation likewise
   * over refuting items, strength = support × (1 − refutation); wᵢ = level weight × 0.5 if hedged
   * × 0.6 under investigation / 0.5 proposed × 0.7 if the authors' inference.
   */
  strength: Scalars['Float']['output'];
  /** What the statement is about. */
  subject: Entity;
  /** The state the subject is in (mutated, overexpressed, nuclear, ...), when the text gives one. */
  subjectState?: Maybe<EntityState>;
  /** How many of them support it (the others refute it): 0 with evidence means the text only refutes it. */
  supportCount: Scalars['Int']['output'];
};


/**
 * A subject, predicate and object with every qualifier the text gives (model 2, after INDRA and
 * CIViC). Identical statements are one record with all their evidence.
 */
export type StatementEvidenceArgs = {
  direction?: InputMaybe<Direction>;
  hedged?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of statements (Relay connection). */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** The statements of this page. */
  edges: Array<StatementEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

/** A statement in a page. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  /** Pass as after to continue after this statement. */
  cursor: Scalars['String']['output'];
  /** The statement. */
  node: Statement;
};

/**
 * Filters on the statement itself (subject, predicate, context, strength of its best evidence) and
 * on its evidence (a statement matches when at least one of its evidence items does).
 */
export type StatementFilter = {
  /** Statements with evidence in this direction. */
  direction?: InputMaybe<Direction>;
  /** Statements said to hold in this disease or population. */
  disease?: InputMaybe<Scalars['ID']['input']>;
  /** Statements with this entity as subject or object. */
  entity?: InputMaybe<Scalars['ID']['input']>;
  /** Statements with evidence of this status. */
  epistemicStatus?: InputMaybe<EpistemicStatus>;
  /** Statements all of whose evidence is hedged (true), or with some unhedged evidence (false). */
  hedged?: InputMaybe<Scalars['Boolean']['input']>;
  /** With entity: also statements about combinations that contain it, marked by involvesCombination. */
  includeCombinations?: InputMaybe<Scalars['Boolean']['input']>;
  /** Statements with evidence that is the authors' own inference. */
  inference?: InputMaybe<Scalars['Boolean']['input']>;
  /** Statements whose subject or object is a combination or sequence of drugs. */
  involvesCombination?: InputMaybe<Scalars['Boolean']['input']>;
  /** Statements with evidence at this Biolink knowledge level. */
  knowledgeLevel?: InputMaybe<KnowledgeLevel>;
  /** Best evidence exactly at this level. */
  level?: InputMaybe<EvidenceLevel>;
  /** Best evidence at least this strong (A strongest). */
  minLevel?: InputMaybe<EvidenceLevel>;
  /** Statements with evidence from this setting. */
  modelSystem?: InputMaybe<ModelSystem>;
  /** Statements with negated (true) or non-negated (false) evidence. */
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Statements with this object. */
  object?: InputMaybe<Scalars['ID']['input']>;
  /** Statements with this predicate. */
  predicate?: InputMaybe<Predicate>;
  /** Statements with evidence of this provenance. */
  provenance?: InputMaybe<Provenance>;
  /** Statements with evidence citing this reference number. */
  reference?: InputMaybe<Scalars['Int']['input']>;
  /** Statements with this subject. */
  subject?: InputMaybe<Scalars['ID']['input']>;
};

/** A study the paper reports: its own case series or a cited trial. */
export type Study = {
  __typename?: 'Study';
  /** Design (trial, case series, ...). */
  design?: Maybe<Scalars['String']['output']>;
  /** Study id (study:...). */
  id: Scalars['ID']['output'];
  /** Drugs or therapies studied. */
  interventions: Array<Entity>;
  /** Where the paper describes it. */
  loci: Array<Locus>;
  /** Number of patients, when stated. */
  n?: Maybe<Scalars['Int']['output']>;
  /** Curator's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** Its outcomes, optionally of one measure. */
  outcomes: Array<Outcome>;
  /** Trial phase, when stated. */
  phase?: Maybe<Scalars['String']['output']>;
  /** The disease or population studied. */
  population?: Maybe<Entity>;
  /** The population as the text describes it. */
  populationDescription?: Maybe<Scalars['String']['output']>;
  /** The publication reporting it (null for the paper's own cases). */
  reference?: Maybe<Publication>;
  /** Title or short description. */
  title: Scalars['String']['output'];
};


/** A study the paper reports: its own case series or a cited trial. */
export type StudyOutcomesArgs = {
  measure?: InputMaybe<Scalars['String']['input']>;
};

/** Filters on studies (all given must hold). */
export type StudyFilter = {
  /** Studies in this disease (entity id). */
  disease?: InputMaybe<Scalars['ID']['input']>;
  /** Studies of this drug or therapy (entity id). */
  drug?: InputMaybe<Scalars['ID']['input']>;
  /** Studies reported by this reference number. */
  reference?: InputMaybe<Scalars['Int']['input']>;
};

/** A typeahead suggestion: a spelling that starts with the prefix and the entity it names. */
export type Suggestion = {
  __typename?: 'Suggestion';
  /** name, synonym, ocr, variant, case or spelled out. */
  correction: Scalars['String']['output'];
  /** The entity the spelling names. */
  entity: Entity;
  /** The spelling that matched the prefix. */
  text: Scalars['String']['output'];
};

/** Whether the paper represents a cited work faithfully. */
export type Verdict =
  /** The paper says something the cited work does not report. */
  | 'distorts'
  /** The paper says what the cited work reports. */
  | 'faithful'
  /** The cited work could not be checked. */
  | 'not_verifiable';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  SearchTarget:
    | ( CaseRow )
    | ( CaseFactRow )
    | ( ConflictRow )
    | ( EntityRow )
    | ( EvidenceRow )
    | ( LocusRow )
    | ( OutcomeRow )
    | ( PublicationRow )
    | ( StatementRow )
    | ( StudyRow )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgentType: AgentType;
  Alias: ResolverTypeWrapper<AliasRow>;
  BeforeAfter: ResolverTypeWrapper<Omit<BeforeAfter, 'after' | 'before'> & { after: ResolversTypes['CaseFact'], before: ResolversTypes['CaseFact'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Case: ResolverTypeWrapper<CaseRow>;
  CaseFact: ResolverTypeWrapper<CaseFactRow>;
  CaseFilter: CaseFilter;
  CitationVerdict: ResolverTypeWrapper<CitationVerdictRow>;
  Condition: ResolverTypeWrapper<ConditionRow>;
  ConditionKind: ConditionKind;
  Conflict: ResolverTypeWrapper<ConflictRow>;
  ConflictKind: ConflictKind;
  ConflictValue: ResolverTypeWrapper<ConflictValueRow>;
  Direction: Direction;
  DistortionAspect: DistortionAspect;
  EffectSign: EffectSign;
  Entity: ResolverTypeWrapper<EntityRow>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityFilter: EntityFilter;
  EntityKind: EntityKind;
  EntityState: EntityState;
  EpistemicStatus: EpistemicStatus;
  Epistemics: ResolverTypeWrapper<Epistemics>;
  Evidence: ResolverTypeWrapper<EvidenceRow>;
  EvidenceLevel: EvidenceLevel;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Identifier: ResolverTypeWrapper<Identifier>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InteractionType: InteractionType;
  KnowledgeLevel: KnowledgeLevel;
  Locus: ResolverTypeWrapper<LocusRow>;
  MechanismPath: ResolverTypeWrapper<MechanismPathRow>;
  ModelSystem: ModelSystem;
  NeighbourGroup: ResolverTypeWrapper<NeighbourGroupRow>;
  Neighbourhood: ResolverTypeWrapper<Omit<Neighbourhood, 'entity' | 'groups'> & { entity: ResolversTypes['Entity'], groups: Array<ResolversTypes['NeighbourGroup']> }>;
  Outcome: ResolverTypeWrapper<OutcomeRow>;
  OutcomeFilter: OutcomeFilter;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Passage: ResolverTypeWrapper<Passage>;
  PathKind: PathKind;
  PathStep: ResolverTypeWrapper<PathStepRow>;
  Predicate: Predicate;
  Provenance: Provenance;
  Publication: ResolverTypeWrapper<PublicationRow>;
  PublicationConnection: ResolverTypeWrapper<Omit<PublicationConnection, 'edges'> & { edges: Array<ResolversTypes['PublicationEdge']> }>;
  PublicationEdge: ResolverTypeWrapper<Omit<PublicationEdge, 'node'> & { node: ResolversTypes['Publication'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regimen: ResolverTypeWrapper<RegimenRow>;
  RegimenComponent: ResolverTypeWrapper<RegimenComponentRow>;
  SearchFacet: ResolverTypeWrapper<SearchFacet>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'target'> & { target: ResolversTypes['SearchTarget'] }>;
  SearchHitType: SearchHitType;
  SearchResults: ResolverTypeWrapper<SearchResultsRow>;
  SearchTarget: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchTarget']>;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFilter: StatementFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Study: ResolverTypeWrapper<StudyRow>;
  StudyFilter: StudyFilter;
  Suggestion: ResolverTypeWrapper<SuggestionRow>;
  Verdict: Verdict;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Alias: AliasRow;
  BeforeAfter: Omit<BeforeAfter, 'after' | 'before'> & { after: ResolversParentTypes['CaseFact'], before: ResolversParentTypes['CaseFact'] };
  Boolean: Scalars['Boolean']['output'];
  Case: CaseRow;
  CaseFact: CaseFactRow;
  CaseFilter: CaseFilter;
  CitationVerdict: CitationVerdictRow;
  Condition: ConditionRow;
  Conflict: ConflictRow;
  ConflictValue: ConflictValueRow;
  Entity: EntityRow;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityFilter: EntityFilter;
  Epistemics: Epistemics;
  Evidence: EvidenceRow;
  Float: Scalars['Float']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  Identifier: Identifier;
  Int: Scalars['Int']['output'];
  Locus: LocusRow;
  MechanismPath: MechanismPathRow;
  NeighbourGroup: NeighbourGroupRow;
  Neighbourhood: Omit<Neighbourhood, 'entity' | 'groups'> & { entity: ResolversParentTypes['Entity'], groups: Array<ResolversParentTypes['NeighbourGroup']> };
  Outcome: OutcomeRow;
  OutcomeFilter: OutcomeFilter;
  PageInfo: PageInfo;
  Passage: Passage;
  PathStep: PathStepRow;
  Publication: PublicationRow;
  PublicationConnection: Omit<PublicationConnection, 'edges'> & { edges: Array<ResolversParentTypes['PublicationEdge']> };
  PublicationEdge: Omit<PublicationEdge, 'node'> & { node: ResolversParentTypes['Publication'] };
  Query: Record<PropertyKey, never>;
  Regimen: RegimenRow;
  RegimenComponent: RegimenComponentRow;
  SearchFacet: SearchFacet;
  SearchHit: Omit<SearchHit, 'target'> & { target: ResolversParentTypes['SearchTarget'] };
  SearchResults: SearchResultsRow;
  SearchTarget: ResolversUnionTypes<ResolversParentTypes>['SearchTarget'];
  Statement: StatementRow;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFilter: StatementFilter;
  String: Scalars['String']['output'];
  Study: StudyRow;
  StudyFilter: StudyFilter;
  Suggestion: SuggestionRow;
};

export type AliasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  correctedTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loci?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType>;
  printed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BeforeAfterResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BeforeAfter'] = ResolversParentTypes['BeforeAfter']> = {
  after?: Resolver<ResolversTypes['CaseFact'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['CaseFact'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = {
  beforeAfter?: Resolver<Array<ResolversTypes['BeforeAfter']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['CaseFact']>, ParentType, ContextType, Partial<CaseFactsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mutations?: Resolver<Array<ResolversTypes['CaseFact']>, ParentType, ContextType>;
  regimens?: Resolver<Array<ResolversTypes['Regimen']>, ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CaseFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseFact'] = ResolversParentTypes['CaseFact']> = {
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loci?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  printed?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timepoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueNumber?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CitationVerdictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CitationVerdict'] = ResolversParentTypes['CitationVerdict']> = {
  aspect?: Resolver<Maybe<ResolversTypes['DistortionAspect']>, ParentType, ContextType>;
  citingSentence?: Resolver<ResolversTypes['Locus'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['Publication'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['Verdict'], ParentType, ContextType>;
};

export type ConditionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Condition'] = ResolversParentTypes['Condition']> = {
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConditionKind'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['CaseFact']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConflictKind'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['ConflictValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConflictValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictValue'] = ResolversParentTypes['ConflictValue']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loci?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  sourceBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['Alias']>, ParentType, ContextType>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifierNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['Identifier']>, ParentType, ContextType>;
  interaction?: Resolver<Maybe<ResolversTypes['InteractionType']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  loci?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partOf?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<EntityStatementsArgs, 'first'>>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  synonyms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  xrefs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EpistemicsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Epistemics'] = ResolversParentTypes['Epistemics']> = {
  hedgeCues?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  hedgeExemptReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hedged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inference?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  negated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EpistemicStatus'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  agentType?: Resolver<ResolversTypes['AgentType'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  epistemics?: Resolver<ResolversTypes['Epistemics'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  knowledgeLevel?: Resolver<ResolversTypes['KnowledgeLevel'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['EvidenceLevel'], ParentType, ContextType>;
  locus?: Resolver<ResolversTypes['Locus'], ParentType, ContextType>;
  modelSystem?: Resolver<ResolversTypes['ModelSystem'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Publication']>, ParentType, ContextType>;
  referencesReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  shownHere?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  singleDrugReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  publications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IdentifierResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Identifier'] = ResolversParentTypes['Identifier']> = {
  curie?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LocusResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Locus'] = ResolversParentTypes['Locus']> = {
  cites?: Resolver<Array<ResolversTypes['Publication']>, ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inContext?: Resolver<ResolversTypes['Passage'], ParentType, ContextType, RequireFields<LocusInContextArgs, 'context'>>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rowLabel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  table?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MechanismPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MechanismPath'] = ResolversParentTypes['MechanismPath']> = {
  effect?: Resolver<Maybe<ResolversTypes['EffectSign']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PathKind'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  sign?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
  weakestStep?: Resolver<ResolversTypes['PathStep'], ParentType, ContextType>;
};

export type NeighbourGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourGroup'] = ResolversParentTypes['NeighbourGroup']> = {
  direction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbours?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['Predicate'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeighbourhoodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['NeighbourGroup']>, ParentType, ContextType>;
};

export type OutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Outcome'] = ResolversParentTypes['Outcome']> = {
  arm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comparisonArm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  comparisonValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loci?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  significance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  study?: Resolver<ResolversTypes['Study'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valueHigh?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueLow?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueNumber?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PassageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['EvidenceLevel'], ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['Predicate'], ParentType, ContextType>;
  sign?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type PublicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Publication'] = ResolversParentTypes['Publication']> = {
  abstractFindings?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  citingSentences?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType, RequireFields<PublicationCitingSentencesArgs, 'first'>>;
  doi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstAuthor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  journal?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pmcid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pmid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PublicationStatementsArgs, 'first'>>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  studyKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdicts?: Resolver<Array<ResolversTypes['CitationVerdict']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PublicationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicationConnection'] = ResolversParentTypes['PublicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PublicationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublicationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PublicationEdge'] = ResolversParentTypes['PublicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Publication'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  case?: Resolver<Maybe<ResolversTypes['Case']>, ParentType, ContextType, RequireFields<QueryCaseArgs, 'id'>>;
  cases?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType, Partial<QueryCasesArgs>>;
  citationVerdicts?: Resolver<Array<ResolversTypes['CitationVerdict']>, ParentType, ContextType, Partial<QueryCitationVerdictsArgs>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType, Partial<QueryConflictsArgs>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, Partial<QueryEntityArgs>>;
  evidenceItem?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType, RequireFields<QueryEvidenceItemArgs, 'id'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  mechanismPaths?: Resolver<Array<ResolversTypes['MechanismPath']>, ParentType, ContextType, RequireFields<QueryMechanismPathsArgs, 'first' | 'from' | 'kinds' | 'maxHops' | 'to'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'first' | 'id'>>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType, Partial<QueryOutcomesArgs>>;
  passage?: Resolver<Maybe<ResolversTypes['Passage']>, ParentType, ContextType, RequireFields<QueryPassageArgs, 'context' | 'end' | 'start'>>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType, Partial<QueryPublicationArgs>>;
  publications?: Resolver<ResolversTypes['PublicationConnection'], ParentType, ContextType, RequireFields<QueryPublicationsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  searchResults?: Resolver<ResolversTypes['SearchResults'], ParentType, ContextType, RequireFields<QuerySearchResultsArgs, 'first' | 'query'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType, Partial<QueryStudiesArgs>>;
  study?: Resolver<Maybe<ResolversTypes['Study']>, ParentType, ContextType, RequireFields<QueryStudyArgs, 'id'>>;
  suggest?: Resolver<Array<ResolversTypes['Suggestion']>, ParentType, ContextType, RequireFields<QuerySuggestArgs, 'first' | 'prefix'>>;
};

export type RegimenResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Regimen'] = ResolversParentTypes['Regimen']> = {
  components?: Resolver<Array<ResolversTypes['RegimenComponent']>, ParentType, ContextType>;
  cycles?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  loci?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  response?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RegimenComponentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RegimenComponent'] = ResolversParentTypes['RegimenComponent']> = {
  days?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dose?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  drug?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  loci?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchFacetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchFacet'] = ResolversParentTypes['SearchFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SearchHitType'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  highlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['SearchTarget'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SearchHitType'], ParentType, ContextType>;
};

export type SearchResultsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResults'] = ResolversParentTypes['SearchResults']> = {
  expandedWith?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  facets?: Resolver<Array<ResolversTypes['SearchFacet']>, ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  nearest?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type SearchTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchTarget'] = ResolversParentTypes['SearchTarget']> = {
  __resolveType: TypeResolveFn<'Case' | 'CaseFact' | 'Conflict' | 'Entity' | 'Evidence' | 'Locus' | 'Outcome' | 'Publication' | 'Statement' | 'Study', ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  bestLevel?: Resolver<ResolversTypes['EvidenceLevel'], ParentType, ContextType>;
  biolinkPredicate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['Condition']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  context?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType, Partial<StatementEvidenceArgs>>;
  evidenceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hedged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involvesCombination?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  object?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  objectState?: Resolver<Maybe<ResolversTypes['EntityState']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['Predicate'], ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Publication']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  subjectState?: Resolver<Maybe<ResolversTypes['EntityState']>, ParentType, ContextType>;
  supportCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StudyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Study'] = ResolversParentTypes['Study']> = {
  design?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interventions?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  loci?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType>;
  n?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType, Partial<StudyOutcomesArgs>>;
  phase?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  populationDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Suggestion'] = ResolversParentTypes['Suggestion']> = {
  correction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Alias?: AliasResolvers<ContextType>;
  BeforeAfter?: BeforeAfterResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseFact?: CaseFactResolvers<ContextType>;
  CitationVerdict?: CitationVerdictResolvers<ContextType>;
  Condition?: ConditionResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  ConflictValue?: ConflictValueResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Epistemics?: EpistemicsResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Identifier?: IdentifierResolvers<ContextType>;
  Locus?: LocusResolvers<ContextType>;
  MechanismPath?: MechanismPathResolvers<ContextType>;
  NeighbourGroup?: NeighbourGroupResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Outcome?: OutcomeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Publication?: PublicationResolvers<ContextType>;
  PublicationConnection?: PublicationConnectionResolvers<ContextType>;
  PublicationEdge?: PublicationEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Regimen?: RegimenResolvers<ContextType>;
  RegimenComponent?: RegimenComponentResolvers<ContextType>;
  SearchFacet?: SearchFacetResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResults?: SearchResultsResolvers<ContextType>;
  SearchTarget?: SearchTargetResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Study?: StudyResolvers<ContextType>;
  Suggestion?: SuggestionResolvers<ContextType>;
};

