import { describe, expect, it } from "vitest";
import { PREDICATES, statementSign, type Predicate } from "../../schema/vocabulary.ts";
import { comparePaths, explainPath, pathKind, pathSign } from "../../store/paths.ts";
import type { PathStepRow } from "../../store/rows.ts";

describe("signs", () => {
  it("every causal predicate has a sign of −1, 0 or +1; only non-causal predicates are symmetric", () => {
    for (const [name, p] of Object.entries(PREDICATES)) {
      expect([-1, 0, 1, null], name).toContain(p.sign);
      if (p.symmetric) expect(p.sign, `${name} is symmetric, so not causal`).toBeNull();
    }
    // Direction of effect as the paper uses them.
    expect(PREDICATES.inhibits.sign).toBe(-1);
    expect(PREDICATES.decreases_amount_of.sign).toBe(-1);
    expect(PREDICATES.increases_nuclear_localization_of.sign).toBe(1);
    expect(PREDICATES.associated_with_resistance_to.sign).toBe(1);
    expect(PREDICATES.treats.sign).toBe(-1);
    expect(PREDICATES.synergizes_with.symmetric).toBe(true);
    expect(PREDICATES.associated_with.symmetric).toBe(true);
  });

  it("folds the ends' states into a statement's sign", () => {
    // "Inhibition of XPO1 causes nuclear accumulation of p53": XPO1 decreases nuclear p53.
    expect(statementSign("increases_nuclear_localization_of", "inhibited", "nuclear")).toBe(-1);
    // "XPO1 inhibition blocks NF-kB": XPO1 supports NF-kB signalling.
    expect(statementSign("decreases_activity_of", "inhibited", null)).toBe(1);
    // "XPO1 causes p53 loss of function": XPO1 decreases p53.
    expect(statementSign("causes", null, "loss_of_function")).toBe(-1);
    expect(statementSign("associated_with_resistance_to", "overexpressed", null)).toBe(1);
    // A mutation has no direction: causal, sign undetermined (and never −0).
    expect(Object.is(statementSign("inhibits", "mutated", null), 0)).toBe(true);
    expect(statementSign("associated_with", "inhibited", null)).toBeNull();
  });

  it("composes signs along a path; a non-causal step leaves the path unsigned", () => {
    expect(pathSign([{ sign: -1 }, { sign: 1 }])).toBe(-1);
    expect(pathSign([{ sign: -1 }, { sign: -1 }])).toBe(1);
    expect(Object.is(pathSign([{ sign: -1 }, { sign: 0 }]), 0)).toBe(true);
    expect(pathSign([{ sign: -1 }, { sign: null }])).toBeNull();
  });
});

describe("kinds and ranking", () => {
  it("labels a path through a clinical entity a co-indication, a causal forward path a mechanism", () => {
    expect(
      pathKind(
        ["gene"],
        [
          { forward: true, sign: -1 },
          { forward: true, sign: 1 },
        ],
      ),
    ).toBe("mechanism");
    expect(
      pathKind(
        ["disease"],
        [
          { forward: true, sign: -1 },
          { forward: true, sign: 1 },
        ],
      ),
    ).toBe("co_indication");
    expect(
      pathKind(
        ["phenotype"],
        [
          { forward: true, sign: 1 },
          { forward: false, sign: null },
        ],
      ),
    ).toBe("co_indication");
    expect(
      pathKind(
        ["gene"],
        [
          { forward: true, sign: -1 },
          { forward: false, sign: null },
        ],
      ),
    ).toBe("association");
    expect(pathKind([], [{ forward: true, sign: null }])).toBe("association");
  });

  it("ranks by score, then fewer steps, then fewer backward steps, then ids", () => {
    const p = (score: number, steps: number, backward: number, key: string) => ({
      score,
      steps,
      backward,
      key,
    });
    const sorted = [
      p(0.1, 2, 0, "b"),
      p(0.2, 3, 1, "z"),
      p(0.1, 1, 0, "z"),
      p(0.1, 2, 1, "a"),
      p(0.1, 2, 0, "a"),
    ]
      .sort(comparePaths)
      .map((x) => `${x.score}/${x.steps}/${x.backward}/${x.key}`);
    expect(sorted).toEqual(["0.2/3/1/z", "0.1/1/0/z", "0.1/2/0/a", "0.1/2/0/b", "0.1/2/1/a"]);
  });
});

describe("explanations", () => {
  const step = (
    fromId: string,
    toId: string,
    predicate: Predicate,
    over: Partial<PathStepRow> = {},
  ): PathStepRow => ({
    fromId,
    toId,
    forward: true,
    predicate,
    level: "E",
    strength: 0.2,
    weight: 0.01,
    sign: PREDICATES[predicate].sign,
    subjectState: null,
    objectState: null,
    statementId: `${fromId}-${toId}`,
    statementIds: [`${fromId}-${toId}`],
    ...over,
  });
  const entities = [
    { id: "drug:selinexor", name: "selinexor", kind: "drug" },
    { id: "gene:MCL1", name: "MCL1", kind: "gene" },
    { id: "drug:venetoclax", name: "venetoclax", kind: "drug" },
    { id: "disease:mds", name: "MDS", kind: "disease" },
  ];

  it("states the statements, the composed effect and the weakest step in one sentence", () => {
    const steps = [
      step("drug:selinexor", "gene:MCL1", "decreases_amount_of"),
      step("gene:MCL1", "drug:venetoclax", "associated_with_resistance_to", {
        strength: 0.1,
        subjectState: "overexpressed",
      }),
    ];
    const text = explainPath({
      entityIds: ["drug:selinexor", "gene:MCL1", "drug:venetoclax"],
      entities,
      steps,
      score: 0.001,
      weakestStep: steps[1]!,
      kind: "mechanism",
      sign: -1,
    });
    expect(text).toBe(
      "Selinexor decreases amount of MCL1; MCL1 (overexpressed) is associated with resistance to venetoclax: " +
        "so selinexor is expected to decrease resistance to venetoclax " +
        "(weakest step: MCL1 → venetoclax, is associated with resistance to, strength 0.1, level E).",
    );
    expect(text.split(". ").length).toBe(1);
  });

  it("says a co-indication is not a mechanism and marks the step walked backwards", () => {
    const steps = [
      step("drug:selinexor", "disease:mds", "treats"),
      step("disease:mds", "drug:venetoclax", "studied_to_treat", { forward: false, sign: null }),
    ];
    const text = explainPath({
      entityIds: ["drug:selinexor", "disease:mds", "drug:venetoclax"],
      entities,
      steps,
      score: 0.001,
      weakestStep: steps[0]!,
      kind: "co_indication",
      sign: null,
    });
    expect(text).toContain("venetoclax is studied to treat MDS (walked from MDS against its direction)");
    expect(text).toContain("a co-indication through MDS, not a mechanism");
  });
});
