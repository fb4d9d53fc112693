import { afterAll, describe, expect, it } from "vitest";
import { MECHANISM_QUESTIONS, type MechanismQuestion } from "../fixtures/mechanismQuestions.ts";
import { useSeededApi } from "./helpers.ts";

const { run } = useSeededApi();

const CLINICAL = new Set(["disease", "phenotype", "procedure"]);

async function ask(q: MechanismQuestion) {
  const { data, errors } = await run(
    `query($from: ID!, $to: ID!, $kinds: [PathKind!], $sign: EffectSign, $through: [EntityKind!]) {
       mechanismPaths(from: $from, to: $to, maxHops: 3, first: 3, kinds: $kinds, sign: $sign, through: $through) {
         kind effect sign explanation entities { id kind } steps { forward sign predicate } } }`,
    { from: q.from, to: q.to, kinds: q.kinds ?? null, sign: q.sign ?? null, through: q.through ?? null },
  );
  expect(errors).toBeUndefined();
  return data.mechanismPaths as any[];
}

/** Tallies for the report: how many questions have their expected path first, and in the top 3. */
const tally = { first: 0, top3: 0 };
afterAll(() => {
  console.log(
    `mechanism test set: ${tally.first}/${MECHANISM_QUESTIONS.length} expected path first, ` +
      `${tally.top3}/${MECHANISM_QUESTIONS.length} within the top 3`,
  );
});

describe("the mechanism test set (tests/fixtures/mechanismQuestions.ts)", () => {
  it("has at least 15 questions, each expected path made of the curated statements it names", async () => {
    expect(MECHANISM_QUESTIONS.length).toBeGreaterThanOrEqual(15);
    for (const q of MECHANISM_QUESTIONS) {
      expect(q.expected[0], q.question).toBe(q.from);
      expect(q.expected.at(-1), q.question).toBe(q.to);
      const links = new Set(q.expected.slice(1).map((to, i) => [q.expected[i], to].sort().join(" ")));
      for (const id of q.because) {
        const { data } = await run(
          `query($id: ID!) { evidenceItem(id: $id) { statement { subject { id } object { id } } } }`,
          {
            id,
          },
        );
        const s = data.evidenceItem?.statement;
        expect(s, `${id} exists`).toBeTruthy();
        expect(
          links.has([s.subject.id, s.object.id].sort().join(" ")),
          `${id} is a step of ${q.question}`,
        ).toBe(true);
      }
    }
  });

  it.each(MECHANISM_QUESTIONS.map((q) => [q.question, q] as const))("%s", async (_, q) => {
    const paths = await ask(q);
    const rank = paths.findIndex((p) => p.entities.map((e: any) => e.id).join() === q.expected.join()) + 1;
    if (rank === 1) tally.first++;
    if (rank >= 1 && rank <= 3) tally.top3++;
    const explain = paths.map((p, i) => `${i + 1}. ${p.explanation}`).join("\n");
    // The expected path first, or in the top three where the paper supports several.
    expect(rank, explain).toBeGreaterThanOrEqual(1);
    expect(rank, explain).toBeLessThanOrEqual(q.several ? 3 : 1);
    const found = paths[rank - 1];
    expect(found.effect, found.explanation).toBe(q.effect);
    // The sentence states the effect its signs compose to and names the weakest step.
    if (q.effect === "increases" || q.effect === "decreases")
      expect(found.explanation).toContain(
        `expected to ${q.effect === "increases" ? "increase" : "decrease"}`,
      );
    expect(found.explanation).toContain("weakest step:");
    const kinds = q.kinds ?? ["mechanism"];
    for (const p of paths) {
      expect(kinds).toContain(p.kind);
      // No mechanism passes through a disease, phenotype or procedure unless a question asks for one.
      if (p.kind === "mechanism") {
        expect(p.entities.slice(1, -1).filter((e: any) => CLINICAL.has(e.kind))).toEqual([]);
        expect(p.steps.every((s: any) => s.forward && s.sign !== null)).toBe(true);
      }
    }
  });
});
