import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { buildSchema, isEnumType } from "graphql";
import {
  AGENT_TYPES,
  CONDITION_KINDS,
  DISTORTION_ASPECTS,
  ENTITY_STATES,
  EPISTEMIC_STATUSES,
  INTERACTION_TYPES,
  KNOWLEDGE_LEVELS,
  VERDICTS,
  CONFLICT_KINDS,
  DIRECTIONS,
  ENTITY_KINDS,
  EVIDENCE_LEVELS,
  MODEL_SYSTEMS,
  PREDICATES,
  PROVENANCES,
  PATH_KINDS,
  EFFECT_SIGNS,
} from "../../schema/vocabulary.ts";

/** The GraphQL enums restate schema/vocabulary.ts; this fails the moment the two differ. */
const schema = buildSchema(readFileSync("schema/schema.graphql", "utf8"));
const VOCABULARY: Record<string, readonly string[]> = {
  EvidenceLevel: Object.keys(EVIDENCE_LEVELS),
  Predicate: Object.keys(PREDICATES),
  EntityKind: Object.keys(ENTITY_KINDS),
  Direction: DIRECTIONS,
  Provenance: PROVENANCES,
  ModelSystem: MODEL_SYSTEMS,
  ConflictKind: CONFLICT_KINDS,
  EntityState: Object.keys(ENTITY_STATES),
  ConditionKind: CONDITION_KINDS,
  EpistemicStatus: EPISTEMIC_STATUSES,
  KnowledgeLevel: KNOWLEDGE_LEVELS,
  AgentType: AGENT_TYPES,
  InteractionType: INTERACTION_TYPES,
  Verdict: VERDICTS,
  DistortionAspect: DISTORTION_ASPECTS,
  PathKind: PATH_KINDS,
  EffectSign: Object.keys(EFFECT_SIGNS),
};

describe("one vocabulary", () => {
  it.each(Object.entries(VOCABULARY))(
    "enum %s lists exactly the vocabulary's values, in its order",
    (name, values) => {
      const type = schema.getType(name);
      expect(isEnumType(type), `${name} is an enum of the schema`).toBe(true);
      if (!isEnumType(type)) return;
      expect(type.getValues().map((v) => v.name)).toEqual([...values]);
    },
  );

  it("every enum of the schema is either checked here or the API's own", () => {
    const apiOnly = new Set(["SearchHitType"]);
    const enums = Object.values(schema.getTypeMap())
      .filter((t) => isEnumType(t) && !t.name.startsWith("__"))
      .map((t) => t.name);
    expect(enums.filter((n) => !(n in VOCABULARY) && !apiOnly.has(n))).toEqual([]);
  });
});
