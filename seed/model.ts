import { z } from "zod";
import {
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
    doi: z.string().nullable(),
    pmid: z.string().nullable(),
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
    xrefs: z.record(z.string(), z.string()).nullable().default({}),
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

export const ClaimsFile = z.array(
  z.strictObject({
    id: id("claim"),
    subject: entityId,
    predicate: z.enum(PREDICATE_NAMES as [string, ...string[]]),
    object: entityId,
    context: z
      .object({ disease: entityId.nullable().optional(), cell_type: z.string().nullable().optional() })
      .nullable()
      .optional(),
    direction: z.enum(DIRECTIONS),
    level: z.enum(Object.keys(EVIDENCE_LEVELS) as [string, ...string[]]),
    model_system: z.enum(MODEL_SYSTEMS),
    provenance: z.enum(PROVENANCES),
    references: z.array(refNumber).default([]),
    loci,
    confidence_note: z.string().nullable().optional(),
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
    values: z.array(z.strictObject({ value: scalar, loci })).min(2, "a conflict needs at least two values"),
  }),
);

export const SEED_FILES = {
  source: { file: "source.yaml", schema: SourceFile },
  publications: { file: "publications.yaml", schema: PublicationsFile },
  citations: { file: "citations.yaml", schema: CitationsFile },
  entities: { file: "entities.yaml", schema: EntitiesFile },
  claims: { file: "claims.yaml", schema: ClaimsFile },
  studies: { file: "studies.yaml", schema: StudiesFile },
  table1: { file: "table1.yaml", schema: Table1File },
  cases: { file: "cases.yaml", schema: CasesFile },
  conflicts: { file: "conflicts.yaml", schema: ConflictsFile },
} as const;

export type SeedKey = keyof typeof SEED_FILES;
export type SeedData = { [K in SeedKey]: z.infer<(typeof SEED_FILES)[K]["schema"]> };
