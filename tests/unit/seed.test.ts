import { describe, expect, it } from "vitest";
import { brokenSeed } from "../fixtures/brokenSeed.ts";
import { buildGraph, type GraphBatch } from "../../seed/graph.ts";
import { SeedValidationError, validateSeed } from "../../seed/validate.ts";
import { EVIDENCE_LEVELS, LABELS, PREDICATES, REL_TYPES } from "../../schema/vocabulary.ts";

const seed = validateSeed();

describe("seed validation (no database)", () => {
  it("accepts the curated seed", () => {
    expect(seed.data.claims.length).toBeGreaterThan(50);
    expect(seed.data.entities.length).toBeGreaterThan(20);
  });

  const cases: [string, string, (d: any) => void, RegExp][] = [
    ["a missing field", "claims.yaml", (d) => delete d[0].predicate, /claims\.yaml:\d+: 0\.predicate/],
    [
      "an unknown reference number",
      "claims.yaml",
      (d) => (d.find((c: any) => c.references.length).references = [99]),
      /claims\.yaml.*references\.0: (Too big|.*37)/,
    ],
    [
      "an unknown reference in citations",
      "citations.yaml",
      (d) => (d[0].refs = [36, 36.5]),
      /citations\.yaml.*refs\.1/,
    ],
    [
      "an unknown entity id",
      "claims.yaml",
      (d) => (d[0].object = "gene:NOPE1"),
      /claims\.yaml:\d+: 0\.object: unknown entity id "gene:NOPE1"/,
    ],
    [
      "offsets that do not match the text",
      "citations.yaml",
      (d) => (d[0].start += 1),
      /citations\.yaml:\d+: 0\.quote: quote does not match paper\.txt/,
    ],
    [
      "an unknown table cell",
      "cases.yaml",
      (d) => (d[0].facts[0].loci = [{ cell: "case1.no_such_row" }]),
      /cases\.yaml.*unknown Table 1 cell/,
    ],
    [
      "a misspelt key",
      "claims.yaml",
      (d) => {
        d[0].referneces = d[0].references;
        delete d[0].references;
      },
      /claims\.yaml:\d+: 0: Unrecognized key: "referneces"/,
    ],
  ];
  it.each(cases)("rejects %s, naming file, line and field", (_what, file, mutate, message) => {
    const dir = brokenSeed(file, mutate);
    let error: unknown;
    try {
      validateSeed(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(message);
  });
});

describe("graph building (no database)", () => {
  const batch: GraphBatch = buildGraph(seed);
  const nodes = (label: string) =>
    [...batch.nodes.values()].filter((g) => g.label === label).flatMap((g) => g.rows);
  const rels = (type: string, from?: string) =>
    [...batch.rels.values()]
      .filter((g) => g.type === type && (!from || g.from === from))
      .flatMap((g) => g.rows);

  it("writes only allowlisted labels and relationship types", () => {
    for (const g of batch.nodes.values()) expect(LABELS.has(g.label), g.label).toBe(true);
    for (const g of batch.rels.values()) expect(REL_TYPES.has(g.type), g.type).toBe(true);
  });

  it("makes one Claim node per curated claim, ranked by its level", () => {
    const claims = nodes("Claim");
    expect(claims.map((c) => c.id).sort()).toEqual(seed.data.claims.map((c) => c.id).sort());
    for (const c of claims) {
      const level = c.props.level as keyof typeof EVIDENCE_LEVELS;
      expect(c.props.levelRank, c.id).toBe(EVIDENCE_LEVELS[level].rank);
    }
  });

  it("links each claim to its subject and object, and adds the direct entity edge of its predicate", () => {
    const subject = new Map(rels("SUBJECT", "Claim").map((r) => [r.from, r.to]));
    const object = new Map(rels("OBJECT", "Claim").map((r) => [r.from, r.to]));
    for (const c of seed.data.claims) {
      expect(subject.get(c.id)).toBe(c.subject);
      expect(object.get(c.id)).toBe(c.object);
      const edge = rels(PREDICATES[c.predicate as keyof typeof PREDICATES].rel).find(
        (r) => r.props.claimId === c.id,
      );
      expect(edge, c.id).toMatchObject({ from: c.subject, to: c.object });
    }
  });

  it("states every fact in a locus node of the batch, each distinct span once", () => {
    const loci = nodes("Locus").map((l) => l.id);
    expect(new Set(loci).size).toBe(loci.length);
    const known = new Set(loci);
    const stated = rels("STATED_IN");
    expect(stated.length).toBeGreaterThan(seed.data.claims.length);
    expect(stated.filter((r) => !known.has(r.to))).toEqual([]);
  });

  it("keeps text loci equal to the paper at their offsets", () => {
    const text = nodes("Locus").filter((l) => l.props.kind === "text");
    expect(text.length).toBeGreaterThan(100);
    expect(
      text.filter((l) => seed.paper.slice(Number(l.props.start), Number(l.props.end)) !== l.props.quote),
    ).toEqual([]);
  });

  it("is deterministic: building twice gives the same batch", () => {
    const again = buildGraph(seed);
    expect([...again.nodes.entries()]).toEqual([...batch.nodes.entries()]);
    expect([...again.rels.entries()]).toEqual([...batch.rels.entries()]);
  });
});
