import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRow, AliasRow, LocusRow, StatementRow, EvidenceRow, CitationVerdictRow, ConditionRow, PublicationRow, CaseRow, CaseFactRow, RegimenRow, RegimenComponentRow, StudyRow, OutcomeRow, ConflictRow, ConflictValueRow, MechanismPathRow, PathStepRow, NeighbourGroupRow } from '../../store/rows.ts';
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
  | 'manual_agent';

export type Alias = {
  __typename?: 'Alias';
  correctedTo: Scalars['String']['output'];
  /** name | synonym | ocr | variant | case */
  correction: Scalars['String']['output'];
  loci: Array<Locus>;
  printed: Scalars['String']['output'];
};

export type BeforeAfter = {
  __typename?: 'BeforeAfter';
  after: CaseFact;
  before: CaseFact;
  field: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
};

export type Case = {
  __typename?: 'Case';
  /** Values measured at two timepoints (blasts, spleen), side by side. */
  beforeAfter: Array<BeforeAfter>;
  conflicts: Array<Conflict>;
  facts: Array<CaseFact>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  mutations: Array<CaseFact>;
  regimens: Array<Regimen>;
  response?: Maybe<Scalars['String']['output']>;
};


export type CaseFactsArgs = {
  field?: InputMaybe<Scalars['String']['input']>;
};

export type CaseFact = {
  __typename?: 'CaseFact';
  conflicts: Array<Conflict>;
  entity?: Maybe<Entity>;
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  loci: Array<Locus>;
  note?: Maybe<Scalars['String']['output']>;
  printed?: Maybe<Scalars['String']['output']>;
  timepoint?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
  valueNumber?: Maybe<Scalars['Float']['output']>;
};

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
  citingSentence: Locus;
  id: Scalars['ID']['output'];
  /** One line: what the source reports against what the paper says. */
  reason: Scalars['String']['output'];
  reference: Publication;
  verdict: Verdict;
};

export type Condition = {
  __typename?: 'Condition';
  entity?: Maybe<Entity>;
  kind: ConditionKind;
  value: Scalars['String']['output'];
};

export type ConditionKind =
  | 'cell_type'
  | 'comparison'
  | 'disease_stage'
  | 'dose'
  | 'karyotype'
  | 'mechanism'
  | 'model_system'
  | 'mutation'
  | 'other'
  | 'population'
  | 'threshold'
  | 'timing';

export type Conflict = {
  __typename?: 'Conflict';
  description: Scalars['String']['output'];
  /** Case facts that carry one of the conflicting values. */
  facts: Array<CaseFact>;
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ConflictKind;
  subjectId: Scalars['ID']['output'];
  values: Array<ConflictValue>;
};

export type ConflictKind =
  | 'table_vs_table'
  | 'text_vs_cited_source'
  | 'text_vs_table'
  | 'text_vs_text';

export type ConflictValue = {
  __typename?: 'ConflictValue';
  /** Where the paper prints it; empty for a cited work's value, which names its source instead. */
  loci: Array<Locus>;
  /** The cited work this value comes from (text_vs_cited_source conflicts). */
  source?: Maybe<Publication>;
  /** What the cited work's value rests on (e.g. its public abstract). */
  sourceBasis?: Maybe<Scalars['String']['output']>;
  value: Scalars['String']['output'];
};

export type Direction =
  | 'refutes'
  | 'supports';

export type DistortionAspect =
  | 'direction'
  | 'drug'
  | 'mechanism'
  | 'numbers'
  | 'population'
  | 'significance';

export type Entity = {
  __typename?: 'Entity';
  aliases: Array<Alias>;
  /** Cases with a fact about this entity (a mutation, a drug given). */
  cases: Array<Case>;
  /** Biolink category. */
  category: Scalars['String']['output'];
  /** For a therapy: its components (drugs, drug classes or other therapies), in order. */
  components: Array<Entity>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** For a therapy (a combination or sequence): how its components interact. */
  interaction?: Maybe<InteractionType>;
  kind: EntityKind;
  /** Where the paper names it (therapies). */
  loci: Array<Locus>;
  name: Scalars['String']['output'];
  /** The therapies that contain this entity as a component. */
  partOf: Array<Entity>;
  statementCount: Scalars['Int']['output'];
  /** Statements where the entity is subject or object, strongest first. */
  statements: Array<Statement>;
  studies: Array<Study>;
  synonyms: Array<Scalars['String']['output']>;
  xrefs: Array<Scalars['String']['output']>;
};


export type EntityStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type EntityConnection = {
  __typename?: 'EntityConnection';
  edges: Array<EntityEdge>;
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type EntityEdge = {
  __typename?: 'EntityEdge';
  cursor: Scalars['String']['output'];
  node: Entity;
};

export type EntityFilter = {
  kind?: InputMaybe<EntityKind>;
  /** Case-insensitive substring of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

export type EntityKind =
  | 'disease'
  | 'drug'
  | 'drug_class'
  | 'gene'
  | 'gene_family'
  | 'phenotype'
  | 'procedure'
  | 'process'
  | 'protein_complex'
  /** A combination or sequence of drugs. */
  | 'therapy';

/** The state an entity is in within a statement (Biolink form-or-variant and aspect qualifiers). */
export type EntityState =
  | 'abnormal_function'
  | 'activated'
  | 'cytoplasmic'
  | 'expression'
  | 'inhibited'
  | 'loss_of_function'
  | 'mrna_transport'
  | 'mutated'
  | 'nuclear'
  | 'overexpressed';

export type EpistemicStatus =
  /** A suggestion or hypothesis of the authors. */
  | 'proposed'
  /** Stated as a finding. */
  | 'reported'
  /** Being investigated or tried; no result stated. */
  | 'under_investigation';

export type Epistemics = {
  __typename?: 'Epistemics';
  /** The hedge words as printed in the quote. */
  hedgeCues: Array<Scalars['String']['output']>;
  hedgeExemptReason?: Maybe<Scalars['String']['output']>;
  hedged: Scalars['Boolean']['output'];
  /** The authors' own inference from other findings. */
  inference: Scalars['Boolean']['output'];
  negated: Scalars['Boolean']['output'];
  status: EpistemicStatus;
};

/** One quote at one locus, with its own level, provenance, references and epistemics. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Biolink agent_type: manual_agent for hand-curated items. */
  agentType: AgentType;
  direction: Direction;
  epistemics: Epistemics;
  id: Scalars['ID']['output'];
  /** Biolink knowledge_level. */
  knowledgeLevel: KnowledgeLevel;
  level: EvidenceLevel;
  locus: Locus;
  modelSystem: ModelSystem;
  note?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  quote: Scalars['String']['output'];
  /** The citation markers of the quote's own sentence. */
  references: Array<Publication>;
  /** Why the references differ from the sentence's own marker, when they do. */
  referencesReason?: Maybe<Scalars['String']['output']>;
  shownHere: Scalars['Boolean']['output'];
  singleDrugReason?: Maybe<Scalars['String']['output']>;
  statement: Statement;
  /** How much this item counts toward its statement's strength (0..1). */
  weight: Scalars['Float']['output'];
};

export type EvidenceLevel =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E';

export type Health = {
  __typename?: 'Health';
  publications: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

/** CIViC therapy interaction types. */
export type InteractionType =
  | 'combination'
  | 'sequential'
  | 'substitutes';

/** Biolink knowledge_level. */
export type KnowledgeLevel =
  | 'knowledge_assertion'
  | 'not_provided'
  | 'observation'
  | 'prediction'
  | 'statistical_association';

/** Where a fact is printed: a span of paper.txt or a Table 1 cell. */
export type Locus = {
  __typename?: 'Locus';
  /** References cited by this sentence (citing sentences only). */
  cites: Array<Publication>;
  column?: Maybe<Scalars['String']['output']>;
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** The quote with `context` characters either side. */
  inContext: Passage;
  kind: Scalars['String']['output'];
  /** Exactly the text at those offsets (for a table cell, the printed cell text). */
  quote: Scalars['String']['output'];
  row?: Maybe<Scalars['String']['output']>;
  rowLabel?: Maybe<Scalars['String']['output']>;
  section: Scalars['String']['output'];
  /** Character offsets into paper.txt (code points, end exclusive); for a table cell, its first and last span. */
  start: Scalars['Int']['output'];
  table?: Maybe<Scalars['String']['output']>;
};


/** Where a fact is printed: a span of paper.txt or a Table 1 cell. */
export type LocusInContextArgs = {
  context?: InputMaybe<Scalars['Int']['input']>;
};

export type MechanismPath = {
  __typename?: 'MechanismPath';
  entities: Array<Entity>;
  /** Product of the step strengths (1 is strongest). */
  score: Scalars['Float']['output'];
  steps: Array<PathStep>;
  weakestStep: PathStep;
};

export type ModelSystem =
  | 'cell_line'
  | 'guideline'
  | 'human_case'
  | 'not_stated'
  | 'pdx'
  | 'phase_1'
  | 'phase_2'
  | 'phase_3'
  | 'primary_patient_cells'
  | 'retrospective'
  | 'review'
  | 'xenograft';

export type NeighbourGroup = {
  __typename?: 'NeighbourGroup';
  /** outgoing: the entity is the subject; incoming: the object. */
  direction: Scalars['String']['output'];
  neighbours: Array<Entity>;
  predicate: Predicate;
  statements: Array<Statement>;
};

export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  entity: Entity;
  groups: Array<NeighbourGroup>;
};

export type Outcome = {
  __typename?: 'Outcome';
  arm?: Maybe<Scalars['String']['output']>;
  comparisonArm?: Maybe<Scalars['String']['output']>;
  comparisonValue?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  loci: Array<Locus>;
  measure: Scalars['String']['output'];
  note?: Maybe<Scalars['String']['output']>;
  significance?: Maybe<Scalars['String']['output']>;
  study: Study;
  unit?: Maybe<Scalars['String']['output']>;
  value?: Maybe<Scalars['String']['output']>;
  valueHigh?: Maybe<Scalars['Float']['output']>;
  valueLow?: Maybe<Scalars['Float']['output']>;
  valueNumber?: Maybe<Scalars['Float']['output']>;
};

export type OutcomeFilter = {
  disease?: InputMaybe<Scalars['ID']['input']>;
  drug?: InputMaybe<Scalars['ID']['input']>;
  measure?: InputMaybe<Scalars['String']['input']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Passage = {
  __typename?: 'Passage';
  after: Scalars['String']['output'];
  before: Scalars['String']['output'];
  end: Scalars['Int']['output'];
  section: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type PathStep = {
  __typename?: 'PathStep';
  /** Whether the statement runs from -> to (forward) or to -> from (reverse). */
  forward: Scalars['Boolean']['output'];
  from: Entity;
  level: EvidenceLevel;
  predicate: Predicate;
  /** The strongest statement for this hop. */
  statement: Statement;
  /** Every statement linking the two entities with this predicate. */
  statements: Array<Statement>;
  strength: Scalars['Float']['output'];
  to: Entity;
};

export type Predicate =
  | 'activates'
  | 'active_against'
  | 'ameliorates'
  | 'associated_with'
  | 'associated_with_resistance_to'
  | 'biomarker_for'
  | 'causes'
  | 'contributes_to'
  | 'decreases_activity_of'
  | 'decreases_amount_of'
  | 'decreases_expression_of'
  | 'exports_from_nucleus'
  | 'has_adverse_event'
  | 'in_clinical_trials_for'
  | 'increases_activity_of'
  | 'increases_amount_of'
  | 'increases_expression_of'
  | 'increases_nuclear_localization_of'
  | 'inhibits'
  | 'overexpressed_in'
  | 'participates_in'
  | 'prevents'
  | 'prognostic_for'
  | 'regulates'
  | 'studied_to_treat'
  | 'synergizes_with'
  | 'target_for'
  | 'treats';

export type Provenance =
  /** The paper states it without a citation. */
  | 'asserted'
  /** A reference of the paper backs it. */
  | 'cited'
  /** The paper's own three cases show it. */
  | 'shown_here';

export type Publication = {
  __typename?: 'Publication';
  abstractFindings?: Maybe<Scalars['String']['output']>;
  /** Sentences citing this publication, in reading order (a much cited paper has thousands). */
  citingSentences: Array<Locus>;
  doi?: Maybe<Scalars['String']['output']>;
  firstAuthor?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** How the reference was identified (its bibliographic facts are null when unknown). */
  identification: Scalars['String']['output'];
  journal?: Maybe<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** Reference number in the source paper; null for the source paper itself. */
  number?: Maybe<Scalars['Int']['output']>;
  pmid?: Maybe<Scalars['String']['output']>;
  /** Statements backed by this publication, strongest first. */
  statements: Array<Statement>;
  studies: Array<Study>;
  studyKind?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  /** Verdicts on whether the paper represents this publication faithfully, per citing sentence. */
  verdicts: Array<CitationVerdict>;
  year?: Maybe<Scalars['Int']['output']>;
};


export type PublicationCitingSentencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PublicationStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PublicationConnection = {
  __typename?: 'PublicationConnection';
  edges: Array<PublicationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PublicationEdge = {
  __typename?: 'PublicationEdge';
  cursor: Scalars['String']['output'];
  node: Publication;
};

/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type Query = {
  __typename?: 'Query';
  case?: Maybe<Case>;
  cases: Array<Case>;
  /** Whether the paper represents each identified reference faithfully, per citing sentence. */
  citationVerdicts: Array<CitationVerdict>;
  /** Places where the paper gives two different values for the same fact. */
  conflicts: Array<Conflict>;
  /** Entities, filtered, sorted by name; keyset-paginated. */
  entities: EntityConnection;
  /** An entity by id, or by any name, synonym or printed (OCR) spelling, case-insensitive. */
  entity?: Maybe<Entity>;
  /** One evidence item by id (ev:...). */
  evidenceItem?: Maybe<Evidence>;
  /** Liveness of the API and a count read from Neo4j. */
  health: Health;
  /**
   * Paths from one entity to another through statements, up to maxHops statements long, ranked by
   * path score (product of step strengths, each a statement's strength); each path names its weakest step.
   */
  mechanismPaths: Array<MechanismPath>;
  /** Statements touching an entity, grouped by predicate and direction. */
  neighbourhood?: Maybe<Neighbourhood>;
  outcomes: Array<Outcome>;
  /** Text around a span of the paper, for showing a quote in context. */
  passage?: Maybe<Passage>;
  /** A reference of the paper by number, DOI, PMID or id (pub:source is the paper itself). */
  publication?: Maybe<Publication>;
  publications: PublicationConnection;
  /** One full-text search across entities, statements and citing sentences, best score first. */
  search: Array<SearchHit>;
  /** A statement by id (stmt:...). */
  statement?: Maybe<Statement>;
  /** Statements, strongest evidence first (best supporting level A before E, then id); keyset-paginated. */
  statements: StatementConnection;
  studies: Array<Study>;
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
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  minLevel?: InputMaybe<EvidenceLevel>;
  predicates?: InputMaybe<Array<Predicate>>;
  to: Scalars['ID']['input'];
};


/**
 * The literature evidence graph of one clinical paper (Frontiers in Oncology 2024,
 * doi 10.3389/fonc.2024.1477697) and the works it cites. Every fact points to its locus:
 * a span of the paper's text (character offsets) or a Table 1 cell.
 */
export type QueryNeighbourhoodArgs = {
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

export type Regimen = {
  __typename?: 'Regimen';
  components: Array<RegimenComponent>;
  cycles?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  line?: Maybe<Scalars['String']['output']>;
  loci: Array<Locus>;
  name: Scalars['String']['output'];
  response?: Maybe<Scalars['String']['output']>;
};

export type RegimenComponent = {
  __typename?: 'RegimenComponent';
  days?: Maybe<Scalars['String']['output']>;
  dose?: Maybe<Scalars['Float']['output']>;
  drug: Entity;
  loci: Array<Locus>;
  schedule?: Maybe<Scalars['String']['output']>;
  unit?: Maybe<Scalars['String']['output']>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** The matched text with matches wrapped in <mark></mark>. */
  highlight: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  target: SearchTarget;
  type: SearchHitType;
};

export type SearchHitType =
  | 'CITING_SENTENCE'
  | 'ENTITY'
  | 'STATEMENT';

export type SearchTarget = Entity | Locus | Statement;

/**
 * A subject, predicate and object with every qualifier the text gives (model 2, after INDRA and
 * CIViC). Identical statements are one record with all their evidence.
 */
export type Statement = {
  __typename?: 'Statement';
  /** The strongest level among its evidence (supporting or refuting): what lists sort and filter by. */
  bestLevel: EvidenceLevel;
  biolinkPredicate: Scalars['String']['output'];
  /** Every other condition the text states (a threshold, a dose, a model system, a mechanism). */
  conditions: Array<Condition>;
  conflicts: Array<Conflict>;
  /** Diseases or populations the statement is said to hold in. */
  context: Array<Entity>;
  evidence: Array<Evidence>;
  evidenceCount: Scalars['Int']['output'];
  /** True when every evidence item is hedged. */
  hedged: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** True when the subject or object is a combination or sequence of drugs. */
  involvesCombination: Scalars['Boolean']['output'];
  object: Entity;
  objectState?: Maybe<EntityState>;
  predicate: Predicate;
  references: Array<Publication>;
  /**
   * 0..1, from the evidence: support = 1 − Π(1 − wᵢ) over supporting items, refutation likewise
   * over refuting items, strength = support × (1 − refutation); wᵢ = level weight × 0.5 if hedged
   * × 0.6 under investigation / 0.5 proposed × 0.7 if the authors' inference.
   */
  strength: Scalars['Float']['output'];
  subject: Entity;
  /** The state the subject is in (mutated, overexpressed, nuclear, ...), when the text gives one. */
  subjectState?: Maybe<EntityState>;
};


/**
 * A subject, predicate and object with every qualifier the text gives (model 2, after INDRA and
 * CIViC). Identical statements are one record with all their evidence.
 */
export type StatementEvidenceArgs = {
  direction?: InputMaybe<Direction>;
  hedged?: InputMaybe<Scalars['Boolean']['input']>;
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  /** Computed only when selected. */
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

/**
 * Filters on the statement itself (subject, predicate, context, strength of its best evidence) and
 * on its evidence (a statement matches when at least one of its evidence items does).
 */
export type StatementFilter = {
  direction?: InputMaybe<Direction>;
  /** Statements said to hold in this disease or population. */
  disease?: InputMaybe<Scalars['ID']['input']>;
  /** Statements with this entity as subject or object. */
  entity?: InputMaybe<Scalars['ID']['input']>;
  epistemicStatus?: InputMaybe<EpistemicStatus>;
  /** Statements all of whose evidence is hedged (true), or with some unhedged evidence (false). */
  hedged?: InputMaybe<Scalars['Boolean']['input']>;
  /** With entity: also statements about combinations that contain it, marked by involvesCombination. */
  includeCombinations?: InputMaybe<Scalars['Boolean']['input']>;
  /** Statements with evidence that is the authors' own inference. */
  inference?: InputMaybe<Scalars['Boolean']['input']>;
  /** Statements whose subject or object is a combination or sequence of drugs. */
  involvesCombination?: InputMaybe<Scalars['Boolean']['input']>;
  knowledgeLevel?: InputMaybe<KnowledgeLevel>;
  /** Best evidence exactly at this level. */
  level?: InputMaybe<EvidenceLevel>;
  /** Best evidence at least this strong (A strongest). */
  minLevel?: InputMaybe<EvidenceLevel>;
  modelSystem?: InputMaybe<ModelSystem>;
  negated?: InputMaybe<Scalars['Boolean']['input']>;
  object?: InputMaybe<Scalars['ID']['input']>;
  predicate?: InputMaybe<Predicate>;
  provenance?: InputMaybe<Provenance>;
  /** Statements with evidence citing this reference number. */
  reference?: InputMaybe<Scalars['Int']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
};

export type Study = {
  __typename?: 'Study';
  design?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  interventions: Array<Entity>;
  loci: Array<Locus>;
  n?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  outcomes: Array<Outcome>;
  phase?: Maybe<Scalars['String']['output']>;
  population?: Maybe<Entity>;
  populationDescription?: Maybe<Scalars['String']['output']>;
  reference?: Maybe<Publication>;
  title: Scalars['String']['output'];
};


export type StudyOutcomesArgs = {
  measure?: InputMaybe<Scalars['String']['input']>;
};

export type StudyFilter = {
  disease?: InputMaybe<Scalars['ID']['input']>;
  drug?: InputMaybe<Scalars['ID']['input']>;
  reference?: InputMaybe<Scalars['Int']['input']>;
};

export type Verdict =
  | 'distorts'
  | 'faithful'
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
    | ( EntityRow )
    | ( LocusRow )
    | ( StatementRow )
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
  PathStep: ResolverTypeWrapper<PathStepRow>;
  Predicate: Predicate;
  Provenance: Provenance;
  Publication: ResolverTypeWrapper<PublicationRow>;
  PublicationConnection: ResolverTypeWrapper<Omit<PublicationConnection, 'edges'> & { edges: Array<ResolversTypes['PublicationEdge']> }>;
  PublicationEdge: ResolverTypeWrapper<Omit<PublicationEdge, 'node'> & { node: ResolversTypes['Publication'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Regimen: ResolverTypeWrapper<RegimenRow>;
  RegimenComponent: ResolverTypeWrapper<RegimenComponentRow>;
  SearchHit: ResolverTypeWrapper<Omit<SearchHit, 'target'> & { target: ResolversTypes['SearchTarget'] }>;
  SearchHitType: SearchHitType;
  SearchTarget: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchTarget']>;
  Statement: ResolverTypeWrapper<StatementRow>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFilter: StatementFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Study: ResolverTypeWrapper<StudyRow>;
  StudyFilter: StudyFilter;
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
  SearchHit: Omit<SearchHit, 'target'> & { target: ResolversParentTypes['SearchTarget'] };
  SearchTarget: ResolversUnionTypes<ResolversParentTypes>['SearchTarget'];
  Statement: StatementRow;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFilter: StatementFilter;
  String: Scalars['String']['output'];
  Study: StudyRow;
  StudyFilter: StudyFilter;
};

export type AliasResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Alias'] = ResolversParentTypes['Alias']> = {
  correctedTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
};

export type CaseFactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseFact'] = ResolversParentTypes['CaseFact']> = {
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
};

export type ConflictValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ConflictValue'] = ResolversParentTypes['ConflictValue']> = {
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
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  publications?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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
  entities?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
  weakestStep?: Resolver<ResolversTypes['PathStep'], ParentType, ContextType>;
};

export type NeighbourGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourGroup'] = ResolversParentTypes['NeighbourGroup']> = {
  direction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbours?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  predicate?: Resolver<ResolversTypes['Predicate'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
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
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
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
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  strength?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
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
  pmid?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PublicationStatementsArgs, 'first'>>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType>;
  studyKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verdicts?: Resolver<Array<ResolversTypes['CitationVerdict']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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
  mechanismPaths?: Resolver<Array<ResolversTypes['MechanismPath']>, ParentType, ContextType, RequireFields<QueryMechanismPathsArgs, 'first' | 'from' | 'maxHops' | 'to'>>;
  neighbourhood?: Resolver<Maybe<ResolversTypes['Neighbourhood']>, ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'id'>>;
  outcomes?: Resolver<Array<ResolversTypes['Outcome']>, ParentType, ContextType, Partial<QueryOutcomesArgs>>;
  passage?: Resolver<Maybe<ResolversTypes['Passage']>, ParentType, ContextType, RequireFields<QueryPassageArgs, 'context' | 'end' | 'start'>>;
  publication?: Resolver<Maybe<ResolversTypes['Publication']>, ParentType, ContextType, Partial<QueryPublicationArgs>>;
  publications?: Resolver<ResolversTypes['PublicationConnection'], ParentType, ContextType, RequireFields<QueryPublicationsArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  studies?: Resolver<Array<ResolversTypes['Study']>, ParentType, ContextType, Partial<QueryStudiesArgs>>;
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
  loci?: Resolver<Array<ResolversTypes['Locus']>, ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  highlight?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['SearchTarget'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['SearchHitType'], ParentType, ContextType>;
};

export type SearchTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchTarget'] = ResolversParentTypes['SearchTarget']> = {
  __resolveType: TypeResolveFn<'Entity' | 'Locus' | 'Statement', ParentType, ContextType>;
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
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchTarget?: SearchTargetResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  Study?: StudyResolvers<ContextType>;
};

