import { createHash } from "node:crypto";
import {
  CONDITION_KINDS,
  EPISTEMIC_STATUSES,
  EVIDENCE_LEVELS,
  HEDGE_CUES,
  type EvidenceLevel,
} from "../schema/vocabulary.ts";

/**
 * Statements and their evidence (evidence model 2, after INDRA and CIViC). A statement is a
 * subject, predicate and object with every qualifier the text gives; an evidence item is one
 * quote at one locus. Curated files list evidence items with their statement inline; identical
 * statements (same canonical key) become one record here, so duplicates cannot exist.
 */

export interface Condition {
  kind: (typeof CONDITION_KINDS)[number];
  value: string;
  entity?: string | null;
}

export interface StatementSpec {
  subject: string;
  subject_state?: string | null;
  predicate: string;
  object: string;
  object_state?: string | null;
  context: string[];
  conditions: Condition[];
}

export interface EvidenceSpec {
  id: string;
  statement: StatementSpec;
  direction: "supports" | "refutes";
  level: EvidenceLevel;
  epistemics: {
    hedged: boolean;
    negated: boolean;
    status: (typeof EPISTEMIC_STATUSES)[number];
    inference: boolean;
  };
}

/** Qualifiers in a fixed order, so two curators' spellings of one statement meet. */
export function statementKey(s: StatementSpec): string {
  const conditions = s.conditions
    .map(
      (c) =>
        `${c.kind}=${c.value.trim().replace(/\s+/g, " ").toLowerCase()}${c.entity ? `@${c.entity}` : ""}`,
    )
    .sort();
  return JSON.stringify([
    s.subject,
    s.subject_state ?? "",
    s.predicate,
    s.object,
    s.object_state ?? "",
    [...s.context].sort(),
    conditions,
  ]);
}

/** A readable, stable id: the triple, then a short hash of the whole key when qualifiers differ. */
export function statementId(s: StatementSpec, scope = ""): string {
  const local = (id: string) => id.slice(id.indexOf(":") + 1);
  const hash = createHash("sha1")
    .update(scope + statementKey(s))
    .digest("hex")
    .slice(0, 8);
  return `stmt:${local(s.subject)}.${s.predicate}.${local(s.object)}.${hash}`;
}

/**
 * How much one evidence item counts, 0..1: its level's weight, halved when the text hedges it,
 * and lowered when it reports an investigation rather than a finding, a proposal of the authors,
 * or their own inference. Level and epistemics are independent factors.
 */
export const EPISTEMIC_FACTORS = {
  hedged: 0.5,
  status: { reported: 1, under_investigation: 0.6, proposed: 0.5 },
  inference: 0.7,
} as const;

export function evidenceWeight(e: Pick<EvidenceSpec, "level" | "epistemics">): number {
  const ep = e.epistemics;
  return (
    EVIDENCE_LEVELS[e.level].weight *
    (ep.hedged ? EPISTEMIC_FACTORS.hedged : 1) *
    EPISTEMIC_FACTORS.status[ep.status] *
    (ep.inference ? EPISTEMIC_FACTORS.inference : 1)
  );
}

/**
 * Statement strength, INDRA-style: independent items of evidence each might be wrong, so the
 * support is 1 − Π(1 − wᵢ) over supporting items; refuting items are combined the same way and
 * discount it: strength = support × (1 − refutation). Rounded to 4 places so stored values and
 * recomputed ones compare equal.
 */
export function statementStrength(items: Pick<EvidenceSpec, "direction" | "level" | "epistemics">[]): number {
  let notSupported = 1;
  let notRefuted = 1;
  for (const e of items) {
    const w = evidenceWeight(e);
    if (e.direction === "supports") notSupported *= 1 - w;
    else notRefuted *= 1 - w;
  }
  return Math.round((1 - notSupported) * notRefuted * 10_000) / 10_000;
}

const cuePattern = new RegExp(`\\b(${HEDGE_CUES.map((c) => c.replace(/ /g, "\\s+")).join("|")})`, "i");

/** The first hedge cue in a quote ("may", "suggests", "rational to", ...), or null. */
export function hedgeCueIn(quote: string): string | null {
  return cuePattern.exec(quote)?.[1]?.toLowerCase().replace(/\s+/g, " ") ?? null;
}

export interface GroupedStatement<E extends { statement: StatementSpec }> {
  id: string;
  spec: StatementSpec;
  items: E[];
}

/**
 * Identical statements (same canonical key) become one, holding all their evidence in file
 * order. `scope` keeps the statements of different corpus papers apart ("" for the source paper).
 */
export function groupStatements<E extends { statement: StatementSpec }>(
  items: E[],
  scope = "",
): GroupedStatement<E>[] {
  const byKey = new Map<string, GroupedStatement<E>>();
  for (const item of items) {
    const key = statementKey(item.statement);
    let group = byKey.get(key);
    if (!group) {
      const id = statementId(item.statement, scope);
      byKey.set(key, (group = { id, spec: item.statement, items: [] }));
    }
    group.items.push(item);
  }
  return [...byKey.values()];
}
