import { describe, expect, it } from "vitest";
import { brokenSeed } from "../fixtures/brokenSeed.ts";
import { buildGraph, type GraphBatch } from "../../seed/graph.ts";
import { SeedValidationError, validateSeed } from "../../seed/validate.ts";
import { EVIDENCE_LEVELS, LABELS, PREDICATES, REL_TYPES } from "../../schema/vocabulary.ts";
import { statementId, statementKey, statementStrength } from "../../seed/evidence.ts";

const seed = validateSeed();

describe("seed validation (no database)", () => {
  it("accepts the curated seed", () => {
    expect(seed.data.evidence.length).toBeGreaterThan(100);
    expect(seed.data.entities.length).toBeGreaterThan(20);
  });

  const cases: [string, string, (d: any) => void, RegExp][] = [
    [
      "a missing field",
      "evidence.yaml",
      (d) => delete d[0].statement.predicate,
      /evidence\.yaml:\d+: 0\.statement\.predicate/,
    ],
    [
      "an unknown reference number",
      "evidence.yaml",
      (d) => (d.find((c: any) => c.references.length).references = [99]),
      /evidence\.yaml.*references\.0: (Too big|.*37)/,
    ],
    [
      "a hedge cue in the quote of an item not marked hedged",
      "evidence.yaml",
      (d) => {
        const item = d.find((e: any) => e.epistemics.hedged && /\bmay\b/.test(e.locus.quote));
        item.epistemics.hedged = false;
        item.epistemics.hedge_exempt_reason = null;
      },
      /evidence\.yaml:\d+: \d+\.epistemics\.hedged: the quote says "may": mark the item hedged/,
    ],
    [
      "a regimen's result stated of a single drug without a reason",
      "evidence.yaml",
      (d) => {
        const item = d.find(
          (e: any) => e.statement.subject === "therapy:svd" && /combin/i.test(e.locus.quote),
        );
        item.statement.subject = "drug:selinexor";
      },
      /evidence\.yaml:\d+: \d+\.statement\.subject: the quote names a combination or regimen but the subject is a single drug/,
    ],
    [
      "references borrowed from another sentence",
      "evidence.yaml",
      (d) => {
        const item = d.find((e: any) => e.references.length === 0 && !e.references_reason);
        item.references = [35];
        item.provenance = "cited";
      },
      /evidence\.yaml:\d+: \d+\.references: references \[35\] differ from the quote's own citation markers \[\]/,
    ],
    [
      "a negated item that supports its statement",
      "evidence.yaml",
      (d) => (d.find((e: any) => e.epistemics.negated).direction = "supports"),
      /evidence\.yaml:\d+: \d+\.direction: a negated item refutes its statement/,
    ],
    [
      "a missing verdict on a citing sentence of an identified reference",
      "verdicts.yaml",
      (d) => d.splice(0, 1),
      /verdicts\.yaml:1: \(root\): no verdict for cite:[a-z0-9-]+ citing identified reference \d+/,
    ],
    [
      "a verdict on a reference the sentence does not cite",
      "verdicts.yaml",
      (d) => (d[0].reference = d[0].reference === 35 ? 36 : 35),
      /verdicts\.yaml:\d+: 0\.reference: cite:[a-z0-9-]+ does not cite reference 3[56]/,
    ],
    [
      "an unknown reference in citations",
      "citations.yaml",
      (d) => (d[0].refs = [36, 36.5]),
      /citations\.yaml.*refs\.1/,
    ],
    [
      "an unknown entity id",
      "evidence.yaml",
      (d) => (d[0].statement.object = "gene:NOPE1"),
      /evidence\.yaml:\d+: 0\.statement\.object: unknown entity id "gene:NOPE1"/,
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
      "an identifier under a prefix the Bioregistry list here does not hold",
      "entities.yaml",
      (d) => (d.find((e: any) => e.id === "gene:XPO1").xrefs[0].id = "ENSEMBL:XPO1"),
      /entities\.yaml:\d+: \d+\.xrefs\.0\.id: unknown identifier prefix "ENSEMBL"/,
    ],
    [
      "an identifier on the wrong kind of entity",
      "entities.yaml",
      (d) => (d.find((e: any) => e.id === "drug:venetoclax").xrefs[0].id = "HGNC:990"),
      /entities\.yaml:\d+: \d+\.xrefs\.0\.id: HGNC does not identify a drug/,
    ],
    [
      "a malformed identifier",
      "entities.yaml",
      (d) => (d.find((e: any) => e.id === "disease:aml").xrefs[0].id = "MONDO:18874"),
      /entities\.yaml:\d+: \d+\.xrefs\.0\.id: "MONDO:18874" is not a well-formed MONDO id/,
    ],
    [
      "one identifier on two entities",
      "entities.yaml",
      (d) => (d.find((e: any) => e.id === "disease:mds").xrefs[0].id = "MONDO:0018874"),
      /entities\.yaml:\d+: \d+\.xrefs\.0\.id: "MONDO:0018874" already identifies disease:mds/,
    ],
    [
      "an identifier without its source",
      "entities.yaml",
      (d) => (d.find((e: any) => e.id === "gene:XPO1").xrefs[0].source = ""),
      /entities\.yaml:\d+: \d+\.xrefs\.0\.source: name the public source/,
    ],
    [
      "an entity without identifiers and without a note saying why",
      "entities.yaml",
      (d) => (d.find((e: any) => e.id === "drug:eltanexor").xref_note = null),
      /entities\.yaml:\d+: \d+\.xref_note: an entity without identifiers needs a note/,
    ],
    [
      "a misspelt key",
      "evidence.yaml",
      (d) => {
        d[0].referneces = d[0].references;
        delete d[0].references;
      },
      /evidence\.yaml:\d+: 0: Unrecognized key: "referneces"/,
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

  it("makes one Statement per distinct statement and one Evidence node per item", () => {
    const statements = nodes("Statement");
    const evidence = nodes("Evidence");
    expect(evidence.map((e) => e.id).sort()).toEqual(seed.data.evidence.map((e) => e.id).sort());
    const keys = new Set(seed.data.evidence.map((e) => statementKey(e.statement)));
    expect(statements.length).toBe(keys.size);
    expect(statements.length).toBeLessThan(evidence.length);
    // No two statements share subject, predicate, object and qualifiers.
    const seen = new Set(
      statements.map((s) =>
        JSON.stringify([
          s.props.subjectId,
          s.props.subjectState,
          s.props.predicate,
          s.props.objectId,
          s.props.objectState,
          s.props.contextIds,
          s.props.conditions,
        ]),
      ),
    );
    expect(seen.size).toBe(statements.length);
    for (const e of evidence) {
      const level = e.props.level as keyof typeof EVIDENCE_LEVELS;
      expect(e.props.levelRank, e.id).toBe(EVIDENCE_LEVELS[level].rank);
    }
  });

  it("gives each statement the strength of its evidence by the one formula, and its evidence count", () => {
    const byStatement = new Map<string, typeof seed.data.evidence>();
    for (const e of seed.data.evidence) {
      const id = statementId(e.statement);
      byStatement.set(id, [...(byStatement.get(id) ?? []), e]);
    }
    const merged = nodes("Statement").filter((s) => Number(s.props.evidenceCount) > 1);
    expect(merged.length).toBeGreaterThan(3);
    for (const s of nodes("Statement")) {
      const items = byStatement.get(s.id)!;
      expect(s.props.evidenceCount, s.id).toBe(items.length);
      expect(s.props.strength, s.id).toBe(statementStrength(items as never));
    }
  });

  it("links each statement to its subject and object, and adds the direct entity edge of its predicate", () => {
    const subject = new Map(rels("SUBJECT", "Statement").map((r) => [r.from, r.to]));
    const object = new Map(rels("OBJECT", "Statement").map((r) => [r.from, r.to]));
    for (const e of seed.data.evidence) {
      const id = statementId(e.statement);
      expect(subject.get(id)).toBe(e.statement.subject);
      expect(object.get(id)).toBe(e.statement.object);
      const edge = rels(PREDICATES[e.statement.predicate as keyof typeof PREDICATES].rel).find(
        (r) => r.props.statementId === id,
      );
      expect(edge, id).toMatchObject({ from: e.statement.subject, to: e.statement.object });
    }
  });

  it("states a combination's result of the therapy, which holds its components", () => {
    const parts = rels("HAS_PART")
      .filter((r) => r.from === "therapy:svd")
      .map((r) => r.to);
    expect(parts.sort()).toEqual(["drug:decitabine", "drug:selinexor", "drug:venetoclax"]);
    const svdResults = nodes("Statement").filter((s) => s.props.subjectId === "therapy:svd");
    expect(svdResults.length).toBeGreaterThan(3);
    expect(svdResults.every((s) => s.props.involvesCombination === true)).toBe(true);
  });

  it("states every fact in a locus node of the batch, each distinct span once", () => {
    const loci = nodes("Locus").map((l) => l.id);
    expect(new Set(loci).size).toBe(loci.length);
    const known = new Set(loci);
    const stated = rels("STATED_IN");
    expect(stated.length).toBeGreaterThan(seed.data.evidence.length);
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

describe("statement strength (no database)", () => {
  const item = (level: "A" | "B" | "C" | "D" | "E", direction: "supports" | "refutes", hedged = false) => ({
    level,
    direction,
    epistemics: { hedged, negated: false, status: "reported" as const, inference: false },
  });
  it("is a level's weight for one unhedged item, half of it when hedged", () => {
    expect(statementStrength([item("C", "supports")])).toBe(0.6);
    expect(statementStrength([item("C", "supports", true)])).toBe(0.3);
  });
  it("grows with independent support and is discounted by refutation", () => {
    expect(statementStrength([item("D", "supports"), item("D", "supports")])).toBe(0.64);
    expect(statementStrength([item("C", "supports"), item("E", "refutes")])).toBe(0.48);
    expect(statementStrength([item("B", "refutes")])).toBe(0);
  });
});
