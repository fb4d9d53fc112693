import { describe, expect, it } from "vitest";
import { buildSchema, getNamedType, parse, validate, specifiedRules, type GraphQLObjectType } from "graphql";
import { readFileSync } from "node:fs";
import { costWalkStats, limitRules } from "../../server/limits.ts";
import { decodeCursor, encodeCursor } from "../../server/resolvers/util.ts";
import { highlight, inflectionStems, parseQuery } from "../../server/resolvers/searchQuery.ts";
import { definedAbbreviations, greekVariants, normalizeTerm, stemWord, termKey } from "../../schema/terms.ts";
import { beforeAfter } from "../../server/resolvers/cases.ts";
import { assertLabel, assertRelType, PREDICATES } from "../../schema/vocabulary.ts";
import { SCHEMA_STATEMENTS } from "../../schema/constraints.ts";
import { loadConfig } from "../../core/config.ts";

const schema = buildSchema(readFileSync("schema/schema.graphql", "utf8"));
const rules = limitRules({ maxDepth: 6, maxAliases: 3, maxCost: 500, maxPageSize: 100 });
const check = (q: string) => validate(schema, parse(q), [...specifiedRules, ...rules]).map((e) => e.message);

describe("query limits", () => {
  it("accepts an ordinary query", () => {
    expect(check(`{ statements(first: 10) { edges { node { id subject { name } } } } }`)).toEqual([]);
  });
  it("counts depth through fragments", () => {
    const q = `{ statements { edges { node { ...F } } } } fragment F on Statement { subject { statements { object { statements { id } } } } }`;
    expect(check(q).join()).toMatch(/Query depth limit of 6 exceeded, found 8/);
  });
  it("counts aliases", () => {
    expect(
      check(`{ a: health { status } b: health { status } c: health { status } d: health { status } }`).join(),
    ).toMatch(/Aliases limit of 3 exceeded, found 4/);
  });
  it("multiplies cost by page size only for list fields", () => {
    expect(check(`{ statements(first: 100) { edges { node { id } } } }`)).toEqual([]);
    expect(check(`{ statements(first: 100) { edges { node { evidence { quote } } } } }`).join()).toMatch(
      /cost/,
    );
  });
  it("costs an omitted `first` at the schema's default page size", () => {
    const full = limitRules({ maxDepth: 12, maxAliases: 30, maxCost: 20000, maxPageSize: 100 });
    const checkFull = (q: string) =>
      validate(schema, parse(q), [...specifiedRules, ...full]).map((e) => e.message);
    // Entity's list of claims (found in the schema, whatever it is called) and its default page size.
    const entity = schema.getType("Entity") as GraphQLObjectType;
    const rel = Object.values(entity.getFields()).find(
      (f) =>
        f.args.some((a) => a.name === "first") &&
        "subject" in ((getNamedType(f.type) as GraphQLObjectType).getFields?.() ?? {}),
    )!.name;
    // entities 20 x claims 50 x claims 50: the nested query that returned 22 MB.
    const nested = `{ entities { edges { node { ${rel} { subject { ${rel} { subject { name } } } } } } } }`;
    expect(checkFull(nested).join()).toMatch(/Query cost \d+ exceeds the limit of 20000/);
    // The same shape with small pages is an ordinary query.
    expect(
      checkFull(
        `{ entities(first: 5) { edges { node { ${rel}(first: 5) { subject { ${rel}(first: 5) { id } } } } } } }`,
      ),
    ).toEqual([]);
  });
  it("checks fragments that each spread the next one twice in time linear in the document", () => {
    const doubling = (levels: number) => {
      let q = `query Q { ...F0 }\n`;
      for (let i = 0; i < levels; i++) q += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
      return parse(q + `fragment F${levels} on Query { __typename health { status } }`);
    };
    const visits = (levels: number) => {
      costWalkStats.selectionSets = 0;
      const started = performance.now();
      const errors = validate(schema, doubling(levels), [...specifiedRules, ...rules]);
      return { n: costWalkStats.selectionSets, ms: performance.now() - started, errors };
    };
    const at20 = visits(20);
    const at23 = visits(23);
    // Each fragment's selection set is walked once: 3 more levels are 3 more visits, not 8 times as many.
    expect(at23.n - at20.n).toBe(3);
    expect(at23.n).toBeLessThan(30);
    expect(at23.ms).toBeLessThan(500);
    // 2^23 instances of health { status }: the memoised cost still sees them all.
    expect(at23.errors.map((e) => e.message).join()).toMatch(/Query cost .* exceeds the limit of 500/);
  });
});

describe("cursors, search text and highlights", () => {
  it("round-trips a cursor and rejects a forged one", () => {
    expect(decodeCursor("after", encodeCursor([5, "stmt:x"]), 2)).toEqual([5, "stmt:x"]);
    expect(() => decodeCursor("after", "garbage", 2)).toThrow(/after/);
    expect(() => decodeCursor("after", encodeCursor([1]), 2)).toThrow(/after/);
  });
  it("refuses a cursor by its shape: nested, oversized or of the wrong types", () => {
    const nested = Buffer.from("[".repeat(5000) + "]".repeat(5000)).toString("base64url");
    expect(() => decodeCursor("after", nested, 2)).toThrow(/not a cursor/);
    const deepPair = Buffer.from(`[${"[".repeat(100)}1${"]".repeat(100)}, "x"]`).toString("base64url");
    expect(() => decodeCursor("after", deepPair, 2)).toThrow(/not a cursor/);
    expect(() => decodeCursor("after", encodeCursor([{ a: 1 }, "x"]), 2)).toThrow(/not a cursor/);
    expect(() => decodeCursor("after", encodeCursor([1, "x".repeat(1000)]), 2)).toThrow(/not a cursor/);
    expect(() => decodeCursor("after", encodeCursor([1, "x"]) + "!", 2)).toThrow(/not a cursor/);
  });
  it("builds a Lucene query from words only, so Lucene syntax cannot be injected", () => {
    const q = parseQuery("query", 'p53) OR *:* "');
    expect(q.lucene).not.toContain("*:*");
    expect(q.lucene).not.toContain('"p53)');
    expect(q.words).toEqual(["p53"]);
    expect(q.lucene.match(/"[^"]*"/g)).toEqual(['"p53 or"', '"p53 or"']);
    expect(() => parseQuery("query", "()*")).toThrow(/query/);
  });
  it("ranks in tiers: phrase, every word, any word, then typos and prefixes; questions lose their question words", () => {
    const q = parseQuery("query", "What treats HMA refractory MDS?");
    expect(q.words).toEqual(["treats", "hma", "refractory", "mds"]);
    expect(q.lucene).toContain('"what treats hma refractory mds"^6');
    // The every-word tier is completed in the database with synonyms; here it is one entry per word.
    expect(q.cover.map((c) => c.expr)).toEqual(["treats", "hma", "refractory", "mds"]);
    expect(q.cover[1]!.grams).toContain(termKey("HMA-refractory MDS"));
    expect(q.cover[0]!.grams).not.toContain(termKey("HMA-refractory MDS"));
    expect(parseQuery("query", "selinexor").cover).toEqual([]);
    expect(q.lucene).toContain("(treats hma refractory mds) OR");
    expect(q.lucene).toContain('"treats hma"^2 OR "hma refractory"^2 OR "refractory mds"^2');
    expect(q.lucene).toContain("refractory~2");
    expect(parseQuery("query", "synergy").lucene).toContain("syner*");
    expect(q.grams).toContain(termKey("HMA-refractory MDS"));
  });
  it("adds the stems of a word's inflections that Porter stemming does not reach, and no prefix for identifiers", () => {
    // Porter indexes "died" as "di" and keeps "die" as "die".
    expect(inflectionStems("die")).toContain(stemWord("died"));
    expect(inflectionStems("spleen")).toEqual([]);
    expect(inflectionStems("p53")).toEqual([]);
    const q = parseQuery("query", "why did patient 2 die");
    expect(q.words).toEqual(["patient", "2", "die"]);
    expect(q.lucene).toContain(`(patient 2 die ${stemWord("died")})`);
    expect(q.cover.find((c) => c.expr.startsWith("(die"))?.expr).toBe(`(die OR ${stemWord("died")})`);
    expect(highlight("the patient died of relapse", q)).toBe(
      "the <mark>patient</mark> <mark>died</mark> of relapse",
    );
    expect(parseQuery("query", "SYNG00050").lucene).not.toContain("*");
    expect(parseQuery("query", "synergy").lucene).toContain("syner*");
  });
  it("marks whole words by stem, never parts of words, and escapes HTML", () => {
    const mark = (text: string, query: string, synonyms: string[] = []) =>
      highlight(text, parseQuery("query", query), synonyms);
    expect(mark("XPO1 is a <major> nuclear export protein", "nuclear export")).toBe(
      "XPO1 is a &lt;major&gt; <mark>nuclear</mark> <mark>export</mark> protein",
    );
    expect(mark("inflammation and TP53", "nf p53")).toBe("inflammation and TP53");
    expect(mark("selinexor synergizes; synergistic effects", "synergy")).toBe(
      "selinexor <mark>synergizes</mark>; <mark>synergistic</mark> effects",
    );
    expect(mark("patients treated with decitabine", "treats")).toBe(
      "patients <mark>treated</mark> with decitabine",
    );
    expect(mark("In phase III trials", "phase 3", ["phase iii"])).toBe(
      "In <mark>phase</mark> <mark>III</mark> trials",
    );
    expect(mark("venetoclax and selinexor", "venetoclx")).toBe("<mark>venetoclax</mark> and selinexor");
  });
  it("spells Greek letters out and finds the abbreviations a text defines", () => {
    expect(normalizeTerm("NF-\nkB")).toBe("nf kb");
    expect(greekVariants("NF-κB")).toEqual(["nf kappab", "nf kappa b", "nf kb"]);
    expect(definedAbbreviations("patients refractory to hypomethylating agents (HMAs) (2).")).toEqual([
      ["HMAs", "hypomethylating agents"],
    ]);
    expect(definedAbbreviations("the regimen (SVD) and survival (12)")).toEqual([]);
  });
});

describe("before/after values", () => {
  it("pairs the latest value before SVD with the value after it", () => {
    const facts = [
      { id: "1", field: "bm_blast_percent", valueNumber: 8, timepoint: "diagnosis", unit: "%" },
      { id: "2", field: "bm_blast_percent", valueNumber: 34, timepoint: "progression", unit: "%" },
      { id: "3", field: "bm_blast_percent", valueNumber: 3, timepoint: "after_svd", unit: "%" },
    ];
    const [pair] = beforeAfter(facts);
    expect([pair!.before.valueNumber, pair!.after.valueNumber]).toEqual([34, 3]);
  });
});

describe("allowlists and schema DDL", () => {
  it("refuses labels and relationship types outside the vocabulary", () => {
    expect(assertLabel("Statement")).toBe("Statement");
    expect(() => assertLabel("Claim")).toThrow(/allowlist/);
    expect(() => assertLabel("Statement) DETACH DELETE (n")).toThrow(/allowlist/);
    expect(() => assertRelType("CITES]->() DELETE")).toThrow(/allowlist/);
    for (const p of Object.values(PREDICATES)) expect(p.rel).toMatch(/^[A-Z_]+$/);
  });
  it("makes every schema statement idempotent", () => {
    for (const s of SCHEMA_STATEMENTS) expect(s).toMatch(/IF NOT EXISTS/);
  });
});

describe("configuration", () => {
  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ PORT: "http" })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_URI: "http://x" })).toThrow(/NEO4J_URI: must be a bolt/);
  });
});
