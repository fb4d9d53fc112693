import { describe, expect, it } from "vitest";
import { buildSchema, parse, validate, specifiedRules } from "graphql";
import { readFileSync } from "node:fs";
import { limitRules } from "../../server/limits.ts";
import { decodeCursor, encodeCursor, highlight, luceneQuery } from "../../server/resolvers/util.ts";
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
    expect(check(q).join()).toMatch(/depth 8 exceeds the limit of 6/);
  });
  it("counts aliases", () => {
    expect(
      check(`{ a: health { status } b: health { status } c: health { status } d: health { status } }`).join(),
    ).toMatch(/4 aliases/);
  });
  it("multiplies cost by page size only for list fields", () => {
    expect(check(`{ statements(first: 100) { edges { node { id } } } }`)).toEqual([]);
    expect(check(`{ statements(first: 100) { edges { node { evidence { quote } } } } }`).join()).toMatch(
      /cost/,
    );
  });
});

describe("cursors, search text and highlights", () => {
  it("round-trips a cursor and rejects a forged one", () => {
    expect(decodeCursor("after", encodeCursor([5, "stmt:x"]), 2)).toEqual([5, "stmt:x"]);
    expect(() => decodeCursor("after", "garbage", 2)).toThrow(/after/);
    expect(() => decodeCursor("after", encodeCursor([1]), 2)).toThrow(/after/);
  });
  it("builds a Lucene query from words only, so Lucene syntax cannot be injected", () => {
    expect(luceneQuery("query", "nuclear export")).toBe(
      'name:"nuclear export"^6 OR "nuclear export"^3 OR (nuclear* AND export*)',
    );
    expect(luceneQuery("query", 'p53) OR *:* "')).toBe('name:"p53 or"^6 OR "p53 or"^3 OR (p53* AND or*)');
    expect(() => luceneQuery("query", "()*")).toThrow(/query/);
  });
  it("marks matches and escapes HTML", () => {
    expect(highlight("XPO1 is a <major> nuclear export protein", "nuclear export")).toBe(
      "XPO1 is a &lt;major&gt; <mark>nuclear</mark> <mark>export</mark> protein",
    );
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
