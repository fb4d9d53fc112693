import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { useSeededApi } from "./helpers.ts";
import { validateSeed } from "../../seed/validate.ts";

const QUERY_DIR = path.resolve(import.meta.dirname, "../../queries");
const { run, paper } = useSeededApi();

/** The seed as curated (seed/data/*.yaml): what a lookup must return, read from the source, not retyped. */
const seed = validateSeed().data;

const quoteOf = (l: { quote: string }) => l.quote.replace(/\s+/g, " ");

/** What each named operation must return; a file without an entry here fails the suite. */
const expectations: Record<string, (data: any) => void> = {
  SelinexorToVenetoclaxResistance(data) {
    const paths = data.mechanismPaths;
    expect(paths.length).toBeGreaterThan(0);
    // The mechanism the paper argues for comes first: selinexor lowers MCL-1, MCL-1 drives resistance.
    const viaMcl1 = paths[0];
    expect(viaMcl1.entities.map((e: any) => e.id)).toEqual([
      "drug:selinexor",
      "gene:MCL1",
      "drug:venetoclax",
    ]);
    expect(viaMcl1.kind).toBe("mechanism");
    expect(viaMcl1.effect).toBe("decreases");
    expect(viaMcl1.explanation).toMatch(/selinexor is expected to decrease resistance to venetoclax/i);
    expect(viaMcl1.steps.map((s: any) => s.sign)).toEqual([-1, 1]);
    // Every path is a mechanism: none passes through a disease or phenotype.
    for (const p of paths) expect(p.kind).toBe("mechanism");
    expect(viaMcl1.steps.length).toBeGreaterThan(0);
    for (const step of viaMcl1.steps) {
      expect(step.statement.evidence.length).toBeGreaterThan(0);
      for (const e of step.statement.evidence)
        expect(paper.text.slice(e.locus.start, e.locus.end)).toBe(e.locus.quote);
      // A step's strength is its statement's, rolled up from the evidence.
      expect(step.strength).toBe(step.statement.strength);
    }
    const mclStep = viaMcl1.steps.find((s: any) => s.from.id === "gene:MCL1" || s.to.id === "gene:MCL1");
    const mclRefs = mclStep.statement.evidence.flatMap((e: any) => e.references.map((r: any) => r.number));
    expect(mclRefs).toContain(35);
    expect(viaMcl1.weakestStep.level).toMatch(/^[A-E]$/);
    // Scores, their order and the exact top k are checked against a brute-force oracle in paths.test.ts.
  },
  WhatDecreasesVenetoclaxResistance(data) {
    const paths = data.mechanismPaths;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p.effect).toBe("decreases");
      // The overall sign is the product of the step signs.
      expect(p.steps.reduce((x: number, s: any) => x * s.sign, 1)).toBe(-1);
      expect(p.explanation).toContain("weakest step:");
    }
    expect(paths[0].entities.map((e: any) => e.id)).toContain("gene:MCL1");
  },
  DrugGeneDrugMetapath(data) {
    const paths = data.mechanismPaths;
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p.entities.map((e: any) => e.kind)).toEqual(["drug", "gene", "drug"]);
    expect(paths[0].entities[1].id).toBe("gene:MCL1");
  },
  SelinexorVenetoclaxCoIndication(data) {
    const paths = data.mechanismPaths;
    const kinds = new Set(paths.map((p: any) => p.kind));
    expect([...kinds].sort()).toEqual(["association", "co_indication"]);
    for (const p of paths) {
      const clinical = p.entities
        .slice(1, -1)
        .some((e: any) => ["disease", "phenotype", "procedure"].includes(e.kind));
      expect(p.kind === "co_indication").toBe(clinical);
      // Neither kind states a causal effect.
      expect(p.effect).toBeNull();
    }
    // Two drugs for the same disease: one arm walked against its statement's direction, and marked.
    const shared = paths.find((p: any) => p.kind === "co_indication" && p.steps.some((s: any) => !s.forward));
    expect(shared, "a co-indication walked back from venetoclax").toBeDefined();
    expect(shared.explanation).toMatch(/against its direction/);
    // The synergy is symmetric: an association, not a mechanism.
    expect(
      paths.some((p: any) => p.kind === "association" && p.steps[0].predicate === "synergizes_with"),
    ).toBe(true);
  },
  Mcl1Evidence(data) {
    expect(data.entity.id).toBe("gene:MCL1");
    const evidence = data.entity.statements.flatMap((s: any) => s.evidence);
    expect(evidence.length).toBeGreaterThan(2);
    const refs = new Set(evidence.flatMap((e: any) => e.references.map((r: any) => r.number)));
    expect(refs.has(35)).toBe(true);
    // 33 and 34 are cited by the sentence before, about venetoclax-based regimens: never borrowed.
    expect(refs.has(33) || refs.has(34)).toBe(false);
    const quotes = evidence.map((e: any) => quoteOf(e.locus)).join(" ");
    expect(quotes).toContain("venetoclax resistance may be related to increased MCL-");
    expect(quotes).toContain("which reduces MCL- 1 through the inhibition of its mRNA transport");
    // "may be related" is kept as a hedge on its evidence.
    const mayBe = evidence.find((e: any) =>
      quoteOf(e.locus).includes("venetoclax resistance may be related"),
    );
    expect(mayBe.epistemics.hedged).toBe(true);
    for (const e of evidence) expect(paper.text.slice(e.locus.start, e.locus.end)).toBe(e.locus.quote);
  },
  Reference35(data) {
    const p = data.publication;
    expect(p.number).toBe(35);
    expect(p.title).toBe(
      "Inhibition of XPO1 enhances cell death induced by ABT-199 in acute myeloid leukaemia via Mcl-1",
    );
    // DOI, PMID and PMCID from the article's PMC record (seed/source/references.json).
    expect([p.doi, p.pmid]).toEqual(["10.1111/jcmm.13886", "30596398"]);
    expect(p.citingSentences).toHaveLength(2);
    for (const s of p.citingSentences) {
      expect(s.section).toBe("Discussion");
      expect(s.quote).toContain("(35)");
    }
    expect(p.statements.length).toBeGreaterThanOrEqual(2);
    expect(
      p.statements.some((c: any) => c.object.name === "venetoclax" && c.predicate === "synergizes_with"),
    ).toBe(true);
    // Both citing sentences of reference 35 carry a verdict.
    expect(p.verdicts.map((v: any) => v.citingSentence.start).sort()).toEqual(
      p.citingSentences.map((s: any) => s.start).sort(),
    );
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
    // "nucleocytoplasmic transport" is the paper's printed spelling of nuclear export (entities.yaml),
    // so search expands to it and highlights it.
    for (const h of hits) expect(h.highlight).toMatch(/<mark>(nuclear|export|nucleocytoplasmic)/i);
  },
  EntityByPrintedSpelling(data) {
    expect(data.entity.id).toBe("gene:ASXL1");
    const ocr = data.entity.aliases.find((a: any) => a.printed === "ASXLI");
    expect(ocr.correction).toBe("ocr");
    expect(ocr.loci.length).toBeGreaterThan(0);
    expect(data.entity.cases.map((c: any) => c.label).length).toBeGreaterThanOrEqual(2);
  },
  StrongestStatements(data) {
    const levels = data.statements.edges.map((e: any) => e.node.bestLevel);
    expect(levels.length).toBe(10);
    expect(levels).toEqual([...levels].sort());
    expect(data.statements.totalCount).toBeGreaterThan(100);
    expect(data.statements.pageInfo.hasNextPage).toBe(true);
  },
  VenetoclaxCombinations(data) {
    const nodes = data.statements.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    expect(data.statements.totalCount).toBe(nodes.length);
    const therapies = new Set(nodes.map((n: any) => n.subject.id));
    for (const t of ["therapy:svd", "therapy:aza_ven"]) expect(therapies.has(t), t).toBe(true);
    for (const n of nodes) {
      expect(n.involvesCombination).toBe(true);
      const ends = [n.subject, n.object].filter((e: any) => e.kind === "therapy");
      expect(ends.length).toBeGreaterThan(0);
    }
    // The one failed cycle of azacitidine + venetoclax is stated of the combination, refuting.
    const azaVen = nodes.filter((n: any) => n.subject.id === "therapy:aza_ven");
    expect(azaVen.some((n: any) => n.evidence.some((e: any) => e.direction === "refutes"))).toBe(true);
    const svd = nodes.find((n: any) => n.subject.id === "therapy:svd");
    expect(svd.subject.components.map((c: any) => c.id).sort()).toEqual([
      "drug:decitabine",
      "drug:selinexor",
      "drug:venetoclax",
    ]);
  },
  HedgedMcl1Statements(data) {
    const nodes = data.statements.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect([n.subject.id, n.object.id]).toContain("gene:MCL1");
      expect(n.evidence.length).toBeGreaterThan(0);
      for (const e of n.evidence) {
        expect(e.epistemics.hedged).toBe(true);
        expect(e.epistemics.hedgeCues.length).toBeGreaterThan(0);
        for (const cue of e.epistemics.hedgeCues)
          expect(e.quote.replace(/\s+/g, " ").toLowerCase()).toContain(
            cue.replace(/\s+/g, " ").toLowerCase(),
          );
      }
    }
  },
  MisstatedSources(data) {
    expect(data.citationVerdicts.length).toBeGreaterThan(0);
    for (const v of data.citationVerdicts) {
      expect(v.verdict).toBe("distorts");
      expect(v.aspect).not.toBeNull();
      expect(v.reference.title).not.toBeNull();
    }
    // Reference 14: the paper turns around which drug enhanced which.
    expect(
      data.citationVerdicts.some((v: any) => v.reference.number === 14 && v.aspect === "direction"),
    ).toBe(true);
    expect(data.conflicts.length).toBeGreaterThanOrEqual(data.citationVerdicts.length);
    for (const c of data.conflicts) {
      const paperSide = c.values.filter((v: any) => v.loci.length > 0);
      const sourceSide = c.values.filter((v: any) => v.source != null);
      expect(paperSide.length, c.id).toBeGreaterThan(0);
      expect(sourceSide.length, c.id).toBeGreaterThan(0);
      for (const v of paperSide)
        for (const l of v.loci) expect(paper.text.slice(l.start, l.end)).toBe(l.quote);
    }
  },
  Xpo1Neighbourhood(data) {
    const neighbours = data.neighbourhood.groups.flatMap((g: any) => g.neighbours.map((n: any) => n.id));
    expect(neighbours).toContain("drug:selinexor");
    expect(neighbours).toContain("gene:TP53");
    for (const g of data.neighbourhood.groups) {
      expect(g.statements.length).toBe(Math.min(20, g.totalCount));
      expect(g.neighbours.length).toBeLessThanOrEqual(g.statements.length);
    }
  },
  SvdCaseSeriesStudy(data) {
    const curated = seed.studies.find((s) => s.id === "study:svd-case-series")!;
    const st = data.study;
    expect(st).toMatchObject({
      id: curated.id,
      title: curated.title,
      design: curated.design,
      reference: null,
    });
    expect(st.n).toBe(curated.population?.n);
    expect(st.interventions.map((e: any) => e.id).sort()).toEqual([...curated.interventions].sort());
    // Every outcome the curators recorded, with its printed value.
    const byId = new Map(curated.outcomes.map((o) => [o.id, o]));
    expect(st.outcomes.map((o: any) => o.id).sort()).toEqual([...byId.keys()].sort());
    for (const o of st.outcomes) {
      const value = byId.get(o.id)!.value;
      expect(o.value, o.id).toBe(value == null ? null : String(value));
    }
    expect(st.outcomes.some((o: any) => o.measure === "complete_response")).toBe(true);
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

  it("finds an entity by a standard identifier as well as by its local id", async () => {
    const { data, errors } = await run(`{
      gene: entity(id: "HGNC:12825") { id identifiers { curie prefix url source } }
      lower: entity(id: "hgnc:12825") { id }
      disease: entity(id: "MONDO:0018881") { id xrefs }
      second: entity(id: "DOID:0050908") { id }
      drug: entity(id: "DRUGBANK:DB11942") { id xrefs identifierNote }
      local: entity(id: "gene:XPO1") { id }
      unknown: entity(id: "HGNC:99999") { id }
    }`);
    expect(errors).toBeUndefined();
    expect([data.gene.id, data.lower.id, data.local.id]).toEqual(["gene:XPO1", "gene:XPO1", "gene:XPO1"]);
    expect(data.gene.identifiers).toEqual([
      {
        curie: "HGNC:12825",
        prefix: "HGNC",
        url: "https://bioregistry.io/HGNC:12825",
        source: expect.stringContaining("HGNC:12825"),
      },
    ]);
    expect([data.disease.id, data.second.id]).toEqual(["disease:mds", "disease:mds"]);
    expect(data.disease.xrefs).toEqual(["MONDO:0018881", "DOID:0050908", "NCIT:C3247"]);
    // Selinexor's CHEBI id was seen only on a Wikipedia mirror: left out, and the note says so.
    expect(data.drug).toMatchObject({ id: "drug:selinexor", xrefs: ["DRUGBANK:DB11942"] });
    expect(data.drug.identifierNote).toMatch(/Wikipedia/);
    expect(data.unknown).toBeNull();
  });

  it("looks up a study by id: null when there is none, BAD_USER_INPUT naming id when it is not a study id", async () => {
    const { data, errors } = await run(`{
      known: study(id: "study:prebet-aza-failure") { id title outcomes { id } }
      unknown: study(id: "study:no-such-study") { id }
    }`);
    expect(errors).toBeUndefined();
    const curated = seed.studies.find((s) => s.id === "study:prebet-aza-failure")!;
    expect(data.known.title).toBe(curated.title);
    expect(data.known.outcomes.map((o: any) => o.id).sort()).toEqual(
      curated.outcomes.map((o) => o.id).sort(),
    );
    expect(data.unknown).toBeNull();
    for (const bad of ["", "drug:selinexor", "study:", "study:x y"]) {
      const res = await run(`query($id: ID!) { study(id: $id) { id } }`, { id: bad });
      expect(res.errors?.[0]?.extensions, JSON.stringify(bad)).toMatchObject({
        code: "BAD_USER_INPUT",
        argument: "id",
      });
      expect(res.errors?.[0]?.message).toMatch(/study:<key>/);
    }
  });

  it("neighbourhood: each group's strongest statements, limited in the database, with the group's total", async () => {
    const { data, errors } = await run(`{
      neighbourhood(id: "drug:selinexor", first: 2) {
        groups { predicate direction totalCount statements { id subject { id } object { id } } neighbours { id } }
      }
    }`);
    expect(errors).toBeUndefined();
    const groups = data.neighbourhood.groups;
    // The named example has groups larger than the page: otherwise this checks nothing.
    expect(groups.some((g: any) => g.totalCount > 2)).toBe(true);
    for (const g of groups) {
      const end = g.direction === "outgoing" ? "subject" : "object";
      // The same group read as a statements list: its order (strongest first) and its count.
      const list = await run(
        `query($f: StatementFilter) { statements(filter: $f, first: 2) { totalCount edges { node { id } } } }`,
        { f: { [end]: "drug:selinexor", predicate: g.predicate } },
      );
      const key = `${g.predicate} ${g.direction}`;
      expect(g.totalCount, key).toBe(list.data.statements.totalCount);
      expect(
        g.statements.map((c: any) => c.id),
        key,
      ).toEqual(list.data.statements.edges.map((e: any) => e.node.id));
      const others = g.statements.map((c: any) => c[end === "subject" ? "object" : "subject"].id);
      expect(
        g.neighbours.map((n: any) => n.id),
        key,
      ).toEqual([...new Set(others)]);
    }
  });

  it("a statement's stored supportCount is the number of its supporting evidence items", async () => {
    let after: string | null = null;
    let seen = 0;
    do {
      const { data, errors } = await run(
        `query($after: String) { statements(first: 50, after: $after) {
          pageInfo { hasNextPage endCursor } edges { node { id evidenceCount supportCount evidence { direction } } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      for (const { node } of data.statements.edges) {
        expect(node.supportCount, node.id).toBe(
          node.evidence.filter((e: any) => e.direction === "supports").length,
        );
        expect(node.evidenceCount, node.id).toBe(node.evidence.length);
        seen++;
      }
      after = data.statements.pageInfo.hasNextPage ? data.statements.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toBeGreaterThan(50);
  });

  it("fills Relay PageInfo: start and end cursors, previous and next pages", async () => {
    const q = `query($after: String) { entities(first: 3, after: $after) {
      pageInfo { hasPreviousPage hasNextPage startCursor endCursor } edges { cursor node { id } } } }`;
    const first = (await run(q)).data.entities;
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(first.pageInfo.startCursor).toBe(first.edges[0].cursor);
    expect(first.pageInfo.endCursor).toBe(first.edges[2].cursor);
    const second = (await run(q, { after: first.pageInfo.endCursor })).data.entities;
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.pageInfo.startCursor).toBe(second.edges[0].cursor);
    expect(second.edges[0].node.id).not.toBe(first.edges[2].node.id);
  });

  it("walks every statement with keyset cursors, strongest first, without repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const { data, errors }: any = await run(
        `query($after: String) { statements(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id bestLevel } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      total = data.statements.totalCount;
      seen.push(...data.statements.edges.map((e: any) => e.node.id));
      if (!data.statements.pageInfo.hasNextPage) break;
      after = data.statements.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(total);
  });

  it("computes totalCount only when selected", async () => {
    const without = await run(`{ statements(first: 5) { edges { node { id } } } }`);
    const withCount = await run(`{ statements(first: 5) { totalCount edges { node { id } } } }`);
    expect(withCount.roundTrips).toBe(without.roundTrips + 1);
  });

  it("filters statements by reference and level", async () => {
    const { data } = await run(
      `{ statements(first: 50, filter: { reference: 35 }) { edges { node { id references { number } } } } }`,
    );
    expect(data.statements.edges.length).toBeGreaterThan(0);
    for (const e of data.statements.edges) expect(e.node.references.map((r: any) => r.number)).toContain(35);
    const b = await run(`{
      atLeastB: statements(first: 100, filter: { minLevel: B }) { totalCount edges { node { bestLevel } } }
      a: statements(first: 1, filter: { level: A }) { totalCount }
      b: statements(first: 1, filter: { level: B }) { totalCount }
      all: statements(first: 1) { totalCount }
    }`);
    const { atLeastB, a, b: onlyB, all } = b.data;
    // Non-empty, only A and B, all of them (page and count agree), and something was filtered out.
    expect(atLeastB.edges.length).toBeGreaterThan(0);
    for (const e of atLeastB.edges) expect(["A", "B"]).toContain(e.node.bestLevel);
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
  const doc = `query($first: Int) { statements(first: $first) { edges { node {
    id subject { name aliases { printed } } object { name } references { number citingSentences(first: 3) { quote } }
    evidence { quote references { number } locus { quote inContext { before } } } conflicts { id } } } } }`;
  it("a list of 1 and a list of 50 cost the same number of Cypher queries", async () => {
    const one = await run(doc, { first: 1 });
    const fifty = await run(doc, { first: 50 });
    expect(one.errors).toBeUndefined();
    expect(fifty.data.statements.edges).toHaveLength(50);
    expect(fifty.roundTrips).toBe(one.roundTrips);
  });
});

describe("errors and limits", () => {
  it("rejects a page size above the cap, naming the argument", async () => {
    const { errors } = await run(`{ statements(first: 5000) { edges { node { id } } } }`);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/"first".*at most 100/);
  });

  it("rejects a cursor it did not issue", async () => {
    const { errors } = await run(`{ statements(after: "bogus") { edges { node { id } } } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
  });

  it("rejects a metapath longer than the hop limit, naming the argument", async () => {
    const { errors } = await run(
      `{ mechanismPaths(from: "drug:selinexor", to: "gene:XPO1", through: [gene, gene, gene, gene]) { score } }`,
    );
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "through" });
  });

  it("rejects unknown entities in a path query", async () => {
    const { errors } = await run(`{ mechanismPaths(from: "drug:nope", to: "gene:XPO1") { score } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "from" });
  });

  it("limits depth", async () => {
    const deep = `{ statements { edges { node { subject { statements { object { statements { subject { statements { object { statements { subject { statements { id } } } } } } } } } } } } } }`;
    const { errors } = await run(deep);
    // Apollo reports every validation-rule failure as GRAPHQL_VALIDATION_FAILED.
    expect(errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(errors?.[0]?.message).toMatch(/Query depth limit of 12 exceeded, found 14/);
  });

  it("limits aliases", async () => {
    const many = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: health { status }`).join(" ")} }`;
    const { errors } = await run(many);
    expect(errors?.[0]?.message).toMatch(/Aliases limit of 30 exceeded, found 40/);
  });

  it("limits cost", async () => {
    const costly = `{ statements(first: 100) { edges { node { subject { statements(first: 100) { references { citingSentences { quote } } } } } } } }`;
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
