/**
 * The rows the query layer returns: a node's stored properties, with the fields the API reads
 * typed. Codegen maps the GraphQL types to these (codegen.ts `mappers`), so resolvers see them.
 */
import type {
  EPISTEMIC_STATUSES,
  EntityState,
  EvidenceLevel,
  INTERACTION_TYPES,
  PathKind,
  Predicate,
} from "../schema/vocabulary.ts";

export type Row = Record<string, unknown> & { id: string };

export type EntityRow = Row & {
  name: string;
  /** The name lower-cased at load: the entities page's sort key. */
  nameSort?: string | null;
  kind: string;
  synonyms?: string[] | null;
  xrefs?: string[] | null;
  /** Therapies only: how the components interact, and the components in order. */
  interaction?: (typeof INTERACTION_TYPES)[number] | null;
  componentIds?: string[] | null;
  /** Where each of xrefs was confirmed (same order). */
  xrefSources?: string[] | null;
  xrefNote?: string | null;
};
export type AliasRow = Row & { printed: string };
export type LocusRow = Row & {
  start: number;
  end: number;
  quote?: string | null;
  section?: string | null;
  dataset?: string | null;
};
export type StatementRow = Row & {
  subjectId: string;
  objectId: string;
  contextIds: string[];
  /** JSON of the statement's conditions ({kind, value, entity?}[]). */
  conditions: string;
  levelRank: number;
  bestLevel?: EvidenceLevel | null;
  strength: number;
  evidenceCount: number;
  /** Supporting evidence items (seed/graph.ts writes it with evidenceCount). */
  supportCount?: number | null;
  hedged: boolean;
  involvesCombination: boolean;
  /** Fetched with the statement by statementProjection: every statement list shows them. */
  subjectNode?: EntityRow | null;
  objectNode?: EntityRow | null;
};
export type EvidenceRow = Row & {
  statementId: string;
  provenance: string;
  level: EvidenceLevel;
  hedged: boolean;
  hedgeCues: string[];
  hedgeExemptReason?: string | null;
  negated: boolean;
  status: (typeof EPISTEMIC_STATUSES)[number];
  inference: boolean;
};
export type CitationVerdictRow = Row & { citationId: string; reference: number };
export type PublicationRow = Row & { number?: number | null };
export type CaseRow = Row;
export type CaseFactRow = Row & {
  caseId: string;
  field: string;
  timepoint?: string | null;
  valueNumber?: number | null;
  unit?: string | null;
};
export type RegimenRow = Row & { name: string; response?: string | null };
export type RegimenComponentRow = Row & { drugId: string };
export type StudyRow = Row & { reference?: number | null };
export type OutcomeRow = Row & { studyId: string; measure?: string | null };
export type ConflictRow = Row;
export type ConflictValueRow = Row;

export interface PathStepRow {
  fromId: string;
  toId: string;
  forward: boolean;
  predicate: Predicate;
  level: EvidenceLevel;
  strength: number;
  /** The step's factor in the path score: strength × (deg(from) × deg(to))^−0.4. */
  weight: number;
  /** +1, −1, 0 for a causal step walked forward (states folded in); null otherwise. */
  sign: number | null;
  /** The states of the strongest statement's subject and object. */
  subjectState: EntityState | null;
  objectState: EntityState | null;
  statementId: string;
  statementIds: string[];
}

export interface MechanismPathRow {
  entityIds: string[];
  /** The entities' properties, so an API can show them without another query. */
  entities: EntityRow[];
  steps: PathStepRow[];
  score: number;
  weakestStep: PathStepRow;
  kind: PathKind;
  /** The product of the step signs; null when any step is not causal. */
  sign: number | null;
  /** One sentence: the statements, the overall effect and the weakest step. */
  explanation: string;
}

export interface NeighbourGroupRow {
  predicate: Predicate;
  direction: "outgoing" | "incoming";
  /** Statements in the group (all of them; `statementIds` holds the first page). */
  totalCount: number;
  statementIds: string[];
  neighbourIds: string[];
}

export interface NeighbourhoodRow {
  entity: EntityRow;
  groups: NeighbourGroupRow[];
}

/** A statement's condition, parsed from its stored JSON; the entity, if any, is loaded on demand. */
export interface ConditionRow {
  kind: string;
  value: string;
  entityId: string | null;
}

/** What a hit is; each kind has its own full-text index (schema/constraints.ts). */
export type SearchIndex =
  | "ENTITY"
  | "STATEMENT"
  | "EVIDENCE"
  | "CITING_SENTENCE"
  | "REFERENCE"
  | "STUDY"
  | "OUTCOME"
  | "PATIENT"
  | "PATIENT_FACT"
  | "CONFLICT";

export type SearchRow = (
  | { type: "ENTITY"; node: EntityRow }
  | { type: "STATEMENT"; node: StatementRow }
  | { type: "EVIDENCE"; node: EvidenceRow }
  | { type: "CITING_SENTENCE"; node: LocusRow }
  | { type: "REFERENCE"; node: PublicationRow }
  | { type: "STUDY"; node: StudyRow }
  | { type: "OUTCOME"; node: OutcomeRow }
  | { type: "PATIENT"; node: CaseRow }
  | { type: "PATIENT_FACT"; node: CaseFactRow }
  | { type: "CONFLICT"; node: ConflictRow }
) & { score: number; synonyms: string[] };

export interface SuggestionRow {
  text: string;
  correction: string;
  entity: EntityRow;
}

/** A search results page: the parsed query and its hits; facets and nearest names are read on demand. */
export interface SearchResultsRow {
  query: {
    lucene: string;
    grams: string[];
    words: string[];
    cover: { expr: string; grams: string[] }[];
    stems: string[];
  };
  indexes: SearchIndex[];
  rows: SearchRow[];
}
