import { z } from "zod";
import {
  AGENT_TYPES,
  CONDITION_KINDS,
  DISTORTION_ASPECTS,
  ENTITY_STATE_NAMES,
  EPISTEMIC_STATUSES,
  INTERACTION_TYPES,
  KNOWLEDGE_LEVELS,
  VERDICTS,
  CONFLICT_KINDS,
  DIRECTIONS,
  ENTITY_KIND_NAMES,
  EVIDENCE_LEVELS,
  MODEL_SYSTEMS,
  PREDICATE_NAMES,
  PROVENANCES,
} from "../schema/vocabulary.ts";

/**
 * The shapes of the curated seed files (docs/seed-format.md). Objects are strict: a misspelt key
 * is an error, not a silently dropped field.
 */

const id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}:[A-Za-z0-9_.+\\-]+$`), `must look like "${prefix}:<key>"`);
const entityId = z.string().regex(/^[a-z_]+:[A-Za-z0-9_.+-]+$/, 'must look like "<kind>:<key>"');
/** A reference number of the citing paper; whether the paper has it is checked against its list. */
const refNumber = z.number().int().min(1);

export const TextLocus = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  quote: z.string().min(1),
});
export const CellLocus = z.strictObject({
  cell: z.string().regex(/^case[123]\.[a-z_]+$/, 'must look like "case1.<row>"'),
});
export const Locus = z.union([TextLocus, CellLocus]);
export type Locus = z.infer<typeof Locus>;
export type TextLocus = z.infer<typeof TextLocus>;
const loci = z.array(Locus).min(1, "at least one locus is required");

export const SourceFile = z.strictObject({
  paper: z.strictObject({
    id: id("pub"),
    title: z.string().nullable(),
    journal: z.string(),
    year: z.number().int(),
    doi: z.string(),
    file: z.string(),
  }),
  sections: z
    .array(z.strictObject({ name: z.string(), start: z.number().int(), end: z.number().int() }))
    .min(1),
});

export const PublicationsFile = z.array(
  z.strictObject({
    number: refNumber,
    id: id("pub"),
    identification: z.string(),
    title: z.string().nullable(),
    first_author: z.string().nullable(),
    year: z.number().int().nullable(),
    journal: z.string().nullable(),
    doi: z
      .string()
      .regex(/^10\.\d{4,9}\/\S+$/, "a DOI without doi: or https://doi.org/")
      .nullable(),
    pmid: z.string().regex(/^\d+$/, "PubMed id, digits only").nullable(),
    pmcid: z
      .string()
      .regex(/^PMC\d+$/, "PubMed Central id, PMC<digits>")
      .nullable()
      .optional(),
    study_kind: z.string().nullable().optional(),
    abstract_findings: z.string().nullable().optional(),
    note: z.string().nullable().optional(),
  }),
);

export const CitationsFile = z.array(TextLocus.extend({ id: id("cite"), refs: z.array(refNumber).min(1) }));

export const EntitiesFile = z.array(
  z.strictObject({
    id: entityId,
    kind: z.enum(ENTITY_KIND_NAMES as [string, ...string[]]),
    name: z.string().min(1),
    synonyms: z.array(z.string()).default([]),
    /** Standard identifiers, each with the public source where it was confirmed. */
    xrefs: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[A-Za-z]+:\S+$/, 'must be a CURIE "<PREFIX>:<local id>"'),
          source: z.string().min(10, "name the public source where the identifier was confirmed"),
        }),
      )
      .default([]),
    /** Why an identifier is missing or was left out (required when xrefs is empty). */
    xref_note: z.string().min(1).nullable().optional(),
    aliases: z
      .array(
        z.strictObject({
          printed: z.string().min(1),
          correction: z.enum(["ocr", "variant", "case"]),
          loci,
        }),
      )
      .default([]),
    description: z.string().nullable().optional(),
  }),
);

export const TherapiesFile = z.array(
  z.strictObject({
    id: id("therapy"),
    name: z.string().min(1),
    interaction: z.enum(INTERACTION_TYPES),
    components: z.array(entityId).min(2, "a therapy combines at least two components"),
    synonyms: z.array(z.string()).default([]),
    loci: z.array(Locus).default([]),
    description: z.string().nullable().optional(),
  }),
);

const statement = z.strictObject({
  subject: entityId,
  subject_state: z
    .enum(ENTITY_STATE_NAMES as [string, ...string[]])
    .nullable()
    .default(null),
  predicate: z.enum(PREDICATE_NAMES as [string, ...string[]]),
  object: entityId,
  object_state: z
    .enum(ENTITY_STATE_NAMES as [string, ...string[]])
    .nullable()
    .default(null),
  context: z.array(entityId).default([]),
  conditions: z
    .array(
      z.strictObject({
        kind: z.enum(CONDITION_KINDS),
        value: z.string().min(1),
        entity: entityId.nullable().optional(),
      }),
    )
    .default([]),
});

/** Evidence items, each with its statement inline; identical statements are merged on load. */
export const EvidenceFile = z.array(
  z.strictObject({
    id: id("ev"),
    statement,
    direction: z.enum(DIRECTIONS),
    level: z.enum(Object.keys(EVIDENCE_LEVELS) as [string, ...string[]]),
    model_system: z.enum(MODEL_SYSTEMS),
    provenance: z.enum(PROVENANCES),
    references: z.array(refNumber).default([]),
    references_reason: z.string().nullable().optional(),
    epistemics: z.strictObject({
      hedged: z.boolean(),
      hedge_cues: z.array(z.string()).default([]),
      hedge_exempt_reason: z.string().nullable().optional(),
      negated: z.boolean().default(false),
      status: z.enum(EPISTEMIC_STATUSES),
      inference: z.boolean().default(false),
    }),
    knowledge_level: z.enum(KNOWLEDGE_LEVELS),
    agent_type: z.enum(AGENT_TYPES).default("manual_agent"),
    locus: Locus,
    single_drug_reason: z.string().nullable().optional(),
    note: z.string().nullable().optional(),
  }),
);

/** For each citing sentence of an identified reference: does the paper represent it faithfully? */
export const VerdictsFile = z.array(
  z.strictObject({
    citation: id("cite"),
    reference: refNumber,
    verdict: z.enum(VERDICTS),
    aspect: z.enum(DISTORTION_ASPECTS).nullable().optional(),
    reason: z.string().min(1),
  }),
);

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const StudiesFile = z.array(
  z.strictObject({
    id: id("study"),
    title: z.string(),
    reference: refNumber.nullable(),
    design: z.string().nullable(),
    phase: z.string().nullable().optional(),
    population: z.strictObject({
      disease: entityId.nullable().optional(),
      description: z.string().nullable().optional(),
      n: z.number().int().nullable().optional(),
    }),
    interventions: z.array(entityId).default([]),
    loci,
    note: z.string().nullable().optional(),
    outcomes: z.array(
      z.strictObject({
        id: id("outcome"),
        measure: z.string().regex(/^[a-z_0-9]+$/, "must be snake_case"),
        value: scalar.nullable().optional(),
        value_low: z.number().nullable().optional(),
        value_high: z.number().nullable().optional(),
        unit: z.string().nullable().optional(),
        arm: z.string().nullable().optional(),
        comparison: z
          .object({ arm: z.string().nullable().optional(), value: scalar.nullable().optional() })
          .nullable()
          .optional(),
        significance: z.string().nullable().optional(),
        note: z.string().nullable().optional(),
        loci,
      }),
    ),
  }),
);

export const Table1File = z.strictObject({
  rows: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z_]+$/),
      label: z.string(),
      label_locus: TextLocus.optional(),
    }),
  ),
  cells: z.array(
    z.strictObject({
      cell: z.string().regex(/^case[123]\.[a-z_]+$/),
      printed: z.string(),
      spans: z.array(TextLocus).min(1),
    }),
  ),
  notes: z.array(z.strictObject({ note: z.string(), loci })).optional(),
});

const fact = z.strictObject({
  field: z.string().regex(/^[a-z][a-z0-9_]*$/, "must be snake_case"),
  value: scalar.nullable(),
  unit: z.string().nullable().optional(),
  timepoint: z.string().nullable().optional(),
  entity: entityId.nullable().optional(),
  printed: z.string().nullable().optional(),
  note: z.string().nullable().optional(),
  loci,
});

export const CasesFile = z.array(
  z.strictObject({
    id: id("case"),
    label: z.string(),
    facts: z.array(fact),
    mutations: z
      .array(
        z.strictObject({
          gene: entityId,
          timepoint: z.string().nullable().optional(),
          printed: z.string().nullable().optional(),
          loci,
        }),
      )
      .default([]),
    regimens: z
      .array(
        z.strictObject({
          id: id("regimen"),
          name: z.string(),
          line: z.string().nullable().optional(),
          cycles: z.number().int().nullable().optional(),
          components: z.array(
            z.strictObject({
              drug: entityId,
              dose: z.number().nullable().optional(),
              unit: z.string().nullable().optional(),
              schedule: z.string().nullable().optional(),
              days: z.string().nullable().optional(),
              loci,
            }),
          ),
          response: z.strictObject({ value: z.string(), loci }).nullable().optional(),
          loci,
        }),
      )
      .default([]),
  }),
);

export const ConflictsFile = z.array(
  z.strictObject({
    id: id("conflict"),
    subject: z.string(),
    field: z.string(),
    description: z.string().min(1),
    kind: z.enum(CONFLICT_KINDS),
    values: z
      .array(
        z.strictObject({
          value: scalar,
          /** A cited work's value has no locus in the paper: it names its source instead. */
          loci: z.array(Locus),
          source: z
            .strictObject({ reference: refNumber, basis: z.string().min(1) })
            .nullable()
            .optional(),
        }),
      )
      .min(2, "a conflict needs at least two values"),
  }),
);

export const SEED_FILES = {
  source: { file: "source.yaml", schema: SourceFile },
  publications: { file: "publications.yaml", schema: PublicationsFile },
  citations: { file: "citations.yaml", schema: CitationsFile },
  entities: { file: "entities.yaml", schema: EntitiesFile },
  therapies: { file: "therapies.yaml", schema: TherapiesFile },
  evidence: { file: "evidence.yaml", schema: EvidenceFile },
  verdicts: { file: "verdicts.yaml", schema: VerdictsFile },
  studies: { file: "studies.yaml", schema: StudiesFile },
  table1: { file: "table1.yaml", schema: Table1File },
  cases: { file: "cases.yaml", schema: CasesFile },
  conflicts: { file: "conflicts.yaml", schema: ConflictsFile },
} as const;

export type SeedKey = keyof typeof SEED_FILES;
export type SeedData = { [K in SeedKey]: z.infer<(typeof SEED_FILES)[K]["schema"]> };
