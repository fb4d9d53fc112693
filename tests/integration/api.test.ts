import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useSeededApi } from "./helpers.ts";

const QUERY_DIR = path.resolve(import.meta.dirname, "../../queries");
const { run, paper } = useSeededApi();

const quoteOf = (l: { quote: string }) => l.quote.replace(/\s+/g, " ");

/** What each named operation must return; a file without an entry here fails the suite. */
const expectations: Record<string, (data: any) => void> = {
  SelinexorToVenetoclaxResistance(data) {
    const paths = data.mechanismPaths;
    expect(paths.length).toBeGreaterThan(0);
    const viaMcl1 = paths.find((p: any) => p.entities.some((e: any) => e.id === "gene:MCL1"));
    expect(viaMcl1, "a path through MCL-1").toBeDefined();
    expect(viaMcl1.steps.length).toBeGreaterThan(0);
    for (const step of viaMcl1.steps) {
      expect(step.claim.loci.length).toBeGreaterThan(0);
      for (const l of step.claim.loci) expect(paper.text.slice(l.start, l.end)).toBe(l.quote);
    }
    const mclStep = viaMcl1.steps.find((s: any) => s.from.id === "gene:MCL1" || s.to.id === "gene:MCL1");
    expect(mclStep.claim.references.map((r: any) => r.number)).toContain(35);
    expect(viaMcl1.weakestStep.level).toMatch(/^[A-E]$/);
    // Scores, their order and the exact top k are checked against a brute-force oracle in paths.test.ts.
  },
  Mcl1Evidence(data) {
    expect(data.entity.id).toBe("gene:MCL1");
    const refs = new Set(data.entity.claims.flatMap((c: any) => c.references.map((r: any) => r.number)));
    for (const n of [33, 34, 35]) expect(refs.has(n), `reference ${n}`).toBe(true);
    const quotes = data.entity.claims.flatMap((c: any) => c.loci.map(quoteOf)).join(" ");
    expect(quotes).toContain("venetoclax resistance may be related to increased MCL-");
    expect(quotes).toContain("down-regulation of MCL-1 (35)");
  },
  Reference35(data) {
    const p = data.publication;
    expect(p.number).toBe(35);
    expect(p.title).toBe(
      "Inhibition of XPO1 enhances cell death induced by ABT-199 in acute myeloid leukaemia via Mcl-1",
    );
    expect(p.doi).toBeNull();
    expect(p.citingSentences).toHaveLength(2);
    for (const s of p.citingSentences) {
      expect(s.section).toBe("Discussion");
      expect(s.quote).toContain("(35)");
    }
    expect(p.claims.length).toBeGreaterThanOrEqual(2);
    expect(
      p.claims.some((c: any) => c.object.name === "venetoclax" && c.predicate === "synergizes_with"),
    ).toBe(true);
  },
  Tp53Patients(data) {
    expect(data.cases.map((c: any) => c.id)).toEqual(["case:2", "case:3"]);
    const p2 = data.cases[0];
    const blasts = p2.beforeAfter.find((b: any) => b.field.includes("blast"));
    expect([blasts.before.valueNumber, blasts.after.valueNumber]).toEqual([34, 3]);
    expect(p2.regimens.some((r: any) => r.components.some((c: any) => c.drug.name === "selinexor"))).toBe(
      true,
    );
  },
  HmaFailureOutcomes(data) {
    const outcomes = data.studies.flatMap((s: any) =>
      s.outcomes.map((o: any) => ({ ...o, ref: s.reference?.number })),
    );
    const rigosertib = outcomes.filter((o: any) => o.ref === 5 && o.measure === "median_overall_survival");
    expect(rigosertib.map((o: any) => Number(o.value))).toContain(8.2);
    expect(outcomes.some((o: any) => o.ref === 12 && Number(o.value) === 8.5)).toBe(true);
    expect(outcomes.some((o: any) => o.ref === 18 && Number(o.value) === 44)).toBe(true);
    expect(outcomes.length).toBeGreaterThan(3);
    for (const o of outcomes) expect(o.loci.length).toBeGreaterThan(0);
  },
  AllConflicts(data) {
    expect(data.conflicts.length).toBeGreaterThanOrEqual(5);
    const age = data.conflicts.find((c: any) => c.subjectId === "case:1" && c.field.includes("age"));
    expect(age.values.map((v: any) => v.value).sort()).toEqual(["35", "36"]);
    expect(age.values.flatMap((v: any) => v.loci.map((l: any) => l.kind)).sort()).toEqual([
      "table_cell",
      "text",
    ]);
    for (const c of data.conflicts) expect(c.values.length).toBeGreaterThanOrEqual(2);
  },
  SearchNuclearExport(data) {
    const hits = data.search;
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.some((h: any) => h.type === "ENTITY" && h.target.id === "process:nuclear_export")).toBe(true);
    expect(hits.some((h: any) => h.type === "CITING_SENTENCE")).toBe(true);
    for (const h of hits) expect(h.highlight).toMatch(/<mark>(nuclear|export)/i);
  },
  EntityByPrintedSpelling(data) {
    expect(data.entity.id).toBe("gene:ASXL1");
    const ocr = data.entity.aliases.find((a: any) => a.printed === "ASXLI");
    expect(ocr.correction).toBe("ocr");
    expect(ocr.loci.length).toBeGreaterThan(0);
    expect(data.entity.cases.map((c: any) => c.label).length).toBeGreaterThanOrEqual(2);
  },
  StrongestClaims(data) {
    const levels = data.claims.edges.map((e: any) => e.node.level);
    expect(levels).toEqual([...levels].sort());
    expect(data.claims.totalCount).toBeGreaterThan(40);
    expect(data.claims.pageInfo.hasNextPage).toBe(true);
  },
  Xpo1Neighbourhood(data) {
    const neighbours = data.neighbourhood.groups.flatMap((g: any) => g.neighbours.map((n: any) => n.id));
    expect(neighbours).toContain("drug:selinexor");
    expect(neighbours).toContain("gene:TP53");
  },
  PatientTwo(data) {
    const c = data.case;
    expect(c.label).toBe("Patient 2");
    const blasts = c.beforeAfter.find((b: any) => b.field.includes("blast"));
    expect([blasts.before.valueNumber, blasts.after.valueNumber]).toEqual([34, 3]);
    expect(c.facts.length).toBeGreaterThan(5);
    for (const f of c.facts) expect(f.loci.length).toBeGreaterThan(0);
    expect(c.facts.some((f: any) => f.conflicts.length > 0)).toBe(true);
  },
};

describe("named operations in queries/", () => {
  const files = readdirSync(QUERY_DIR).filter((f) => f.endsWith(".graphql"));
  it("has an expectation for every file", () => {
    expect(files.map((f) => path.basename(f, ".graphql")).sort()).toEqual(Object.keys(expectations).sort());
  });
  for (const file of files) {
    it(`${file} returns the expected facts`, async () => {
      const { data, errors } = await run(readFileSync(path.join(QUERY_DIR, file), "utf8"));
      expect(errors).toBeUndefined();
      expectations[path.basename(file, ".graphql")]!(data);
    });
  }
});

describe("lookups and pagination", () => {
  it("finds an entity by an OCR spelling, case-insensitively", async () => {
    const { data } = await run(
      `{ a: entity(name: "xpoi") { id } b: entity(name: "NF-xB") { id } c: entity(name: "E2AF1") { id } }`,
    );
    expect([data.a?.id, data.b?.id, data.c?.id]).toEqual(["gene:XPO1", "protein_complex:NFKB", "gene:U2AF1"]);
  });

  it("walks every claim with keyset cursors, strongest first, without repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const { data, errors }: any = await run(
        `query($after: String) { claims(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id level } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      total = data.claims.totalCount;
      seen.push(...data.claims.edges.map((e: any) => e.node.id));
      if (!data.claims.pageInfo.hasNextPage) break;
      after = data.claims.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  it("computes totalCount only when selected", async () => {
    const without = await run(`{ claims(first: 5) { edges { node { id } } } }`);
    const withCount = await run(`{ claims(first: 5) { totalCount edges { node { id } } } }`);
    expect(withCount.roundTrips).toBe(without.roundTrips + 1);
  });

  it("filters claims by reference and level", async () => {
    const { data } = await run(
      `{ claims(first: 50, filter: { reference: 35 }) { edges { node { id references { number } } } } }`,
    );
    expect(data.claims.edges.length).toBeGreaterThan(0);
    for (const e of data.claims.edges) expect(e.node.references.map((r: any) => r.number)).toContain(35);
    const b = await run(`{
      atLeastB: claims(first: 100, filter: { minLevel: B }) { totalCount edges { node { level } } }
      a: claims(first: 1, filter: { level: A }) { totalCount }
      b: claims(first: 1, filter: { level: B }) { totalCount }
      all: claims(first: 1) { totalCount }
    }`);
    const { atLeastB, a, b: onlyB, all } = b.data;
    // Non-empty, only A and B, all of them (page and count agree), and something was filtered out.
    expect(atLeastB.edges.length).toBeGreaterThan(0);
    for (const e of atLeastB.edges) expect(["A", "B"]).toContain(e.node.level);
    expect(atLeastB.totalCount).toBe(a.totalCount + onlyB.totalCount);
    expect(atLeastB.edges.length).toBe(Math.min(100, atLeastB.totalCount));
    expect(atLeastB.totalCount).toBeLessThan(all.totalCount);
  });

  it("filters cases by karyotype feature and by response, reading text and Table 1 facts", async () => {
    const { data } = await run(`{
      complex: cases(filter: { karyotype: "complex" }) { id }
      del17p: cases(filter: { karyotype: "17p" }) { id }
      cri: cases(filter: { response: "CRi" }) { id }
      cr: cases(filter: { response: "CR" }) { id }
      asxl1: cases(filter: { mutation: "ASXLI" }) { id }
    }`);
    expect(data.complex.map((c: any) => c.id)).toEqual(["case:2"]);
    expect(data.del17p.map((c: any) => c.id)).toEqual(["case:2"]);
    expect(data.cri.map((c: any) => c.id)).toEqual(["case:3"]);
    expect(data.cr.map((c: any) => c.id)).toEqual(["case:1", "case:2", "case:3"]);
    expect(data.asxl1.map((c: any) => c.id)).toEqual(["case:1", "case:3"]);
  });

  it("lists outcomes by measure and studies by drug", async () => {
    const { data } = await run(`{
      os: outcomes(filter: { measure: "median_overall_survival" }) { value study { reference { number } } }
      sel: studies(filter: { drug: "drug:selinexor" }) { id reference { number } }
    }`);
    expect(data.os.map((o: any) => o.study.reference?.number)).toEqual(expect.arrayContaining([5, 12, 18]));
    expect(data.sel.map((s: any) => s.reference?.number ?? null)).toEqual(expect.arrayContaining([12, null]));
  });

  it("looks up a reference by PMID and by DOI", async () => {
    const { data } = await run(
      `{ a: publication(pmid: "26968357") { number } b: publication(doi: "10.1186/s13045-019-0803-9") { number } }`,
    );
    expect([data.a.number, data.b.number]).toEqual([5, 36]);
  });
});

describe("round-trips are bounded by the query, not by the number of items", () => {
  const doc = `query($first: Int) { claims(first: $first) { edges { node {
    id subject { name aliases { printed } } object { name } references { number citingSentences { quote } }
    loci { quote inContext { before } } conflicts { id } } } } }`;
  it("a list of 1 and a list of 50 cost the same number of Cypher queries", async () => {
    const one = await run(doc, { first: 1 });
    const fifty = await run(doc, { first: 50 });
    expect(one.errors).toBeUndefined();
    expect(fifty.data.claims.edges).toHaveLength(50);
    expect(fifty.roundTrips).toBe(one.roundTrips);
  });
});

describe("errors and limits", () => {
  it("rejects a page size above the cap, naming the argument", async () => {
    const { errors } = await run(`{ claims(first: 5000) { edges { node { id } } } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/"first".*at most 100/);
  });

  it("rejects a cursor it did not issue", async () => {
    const { errors } = await run(`{ claims(after: "bogus") { edges { node { id } } } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });

  it("rejects unknown entities in a path query", async () => {
    const { errors } = await run(`{ mechanismPaths(from: "drug:nope", to: "gene:XPO1") { score } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "from" });
  });

  it("limits depth", async () => {
    const deep = `{ claims { edges { node { subject { claims { object { claims { subject { claims { object { claims { subject { claims { id } } } } } } } } } } } } } }`;
    const { errors } = await run(deep);
    // Apollo reports every validation-rule failure as GRAPHQL_VALIDATION_FAILED.
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.[0]?.message).toMatch(/depth 14 exceeds the limit of 12/);
  });

  it("limits aliases", async () => {
    const many = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: health { status }`).join(" ")} }`;
    const { errors } = await run(many);
    expect(errors?.[0]?.message).toMatch(/aliases/);
  });

  it("limits cost", async () => {
    const costly = `{ claims(first: 100) { edges { node { subject { claims(first: 100) { references { citingSentences { quote } } } } } } } }`;
    const { errors } = await run(costly);
    expect(errors?.[0]?.message).toMatch(/cost/);
  });

  it("treats injection attempts in string arguments as plain values", async () => {
    const evil = `x' }) MATCH (n) DETACH DELETE n //`;
    const { data, errors } = await run(
      `query($n: String!) { entity(name: $n) { id } search(query: $n) { type } }`,
      { n: evil },
    );
    expect(errors).toBeUndefined();
    expect(data.entity).toBeNull();
    const { data: after } = await run(`{ health { publications } }`);
    expect(after.health.publications).toBe(38);
  });
});
