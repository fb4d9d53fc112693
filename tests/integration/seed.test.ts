import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenSeed } from "../fixtures/brokenSeed.ts";
import { parse } from "yaml";
import { graphCounts, loadSeed, writeGraph } from "../../seed/load.ts";
import { DEFAULT_PAPER, DEFAULT_SEED_DIR, SeedValidationError } from "../../seed/validate.ts";
import type { Database } from "../../core/db/database.ts";
import { connect, seedBatchFailingAtTheEnd } from "./helpers.ts";

const paper = readFileSync(DEFAULT_PAPER, "utf8");
let db: Database;

beforeAll(async () => {
  db = connect();
  await loadSeed(db);
});
afterAll(async () => db?.close());

describe("loci", () => {
  it("every stored text quote equals paper.txt at its offsets", async () => {
    const loci = await db.read<{ id: string; start: number; end: number; quote: string; kind: string }>(
      "test",
      "MATCH (l:Locus) RETURN l.id AS id, l.start AS start, l.end AS end, l.quote AS quote, l.kind AS kind",
    );
    expect(loci.length).toBeGreaterThan(200);
    const mismatched = loci
      .filter((l) => l.kind === "text")
      .filter((l) => paper.slice(l.start, l.end) !== l.quote)
      .map((l) => l.id);
    expect(mismatched).toEqual([]);
  });

  it("every table-cell locus names a real Table 1 row and column, and its spans are the printed text", async () => {
    const table = parse(readFileSync(path.join(DEFAULT_SEED_DIR, "table1.yaml"), "utf8")) as {
      rows: { id: string; label: string }[];
      cells: { cell: string; spans: { start: number; end: number }[] }[];
    };
    const rowIds = new Set(table.rows.map((r) => r.id));
    // Every row label is printed inside the Table 1 region of the paper.
    const region = paper.slice(
      paper.indexOf("TABLE 1"),
      paper.indexOf("hematological toxicity. Self-improvement was achieved without\nspecial"),
    );
    for (const r of table.rows) expect(region.replace(/\s+/g, " ")).toContain(r.label.replace(/\s+/g, " "));
    const cells = await db.read<{ row: string; column: string; spans: string; quote: string }>(
      "test",
      "MATCH (l:Locus {kind: 'table_cell'}) RETURN l.row AS row, l.column AS column, l.spans AS spans, l.quote AS quote",
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(rowIds.has(c.row), `row ${c.row}`).toBe(true);
      expect(["case1", "case2", "case3"]).toContain(c.column);
      const spans = JSON.parse(c.spans) as [number, number][];
      expect(spans.map(([s, e]) => paper.slice(s, e)).join(" ")).toBe(c.quote);
    }
  });
});

describe("citations", () => {
  /** An extraction independent of the seed: citation markers like (1), (4, 5), (22-24). */
  function markers(): { start: number; end: number; refs: number[] }[] {
    const out = [];
    // Not preceded by a letter or digit: Table 1's karyotypes print add(5), del(6) and the like.
    for (const m of paper.matchAll(/(?<![\p{L}\p{N}])\((\d{1,2}(?:\s*[,\-–]\s*\d{1,2})*)\)/gu)) {
      const refs: number[] = [];
      for (const part of m[1]!.split(/\s*,\s*/)) {
        const [a, b] = part.split(/\s*[-–]\s*/).map(Number);
        for (let n = a!; n <= (b ?? a!); n++) refs.push(n);
      }
      out.push({ start: m.index!, end: m.index! + m[0].length, refs });
    }
    return out;
  }

  it("the reference numbers with citing sentences are exactly those cited in paper.txt", async () => {
    const found = new Set(markers().flatMap((m) => m.refs));
    const rows = await db.read<{ n: number }>(
      "test",
      "MATCH (:Locus)-[:CITES]->(p:Publication) RETURN DISTINCT p.number AS n ORDER BY n",
    );
    expect(rows.map((r) => r.n)).toEqual([...found].sort((a, b) => a - b));
    expect(found.size).toBe(37);
  });

  it("each citing sentence cites exactly the markers inside it, and every marker lies in one", async () => {
    const sentences = await db.read<{ start: number; end: number; refs: number[] }>(
      "test",
      `MATCH (l:Locus)-[:CITES]->(p:Publication) WITH l, collect(p.number) AS refs
       RETURN l.start AS start, l.end AS end, refs ORDER BY start`,
    );
    const all = markers();
    expect(sentences.length).toBeGreaterThan(20);
    expect(all.length).toBeGreaterThan(20);
    for (const s of sentences) {
      const inside = all.filter((m) => m.start >= s.start && m.end <= s.end).flatMap((m) => m.refs);
      expect(
        [...new Set(inside)].sort((a, b) => a - b),
        paper.slice(s.start, s.end),
      ).toEqual([...s.refs].sort((a, b) => a - b));
      // A sentence: starts with a capital (or the case's pronoun) and ends with its full stop.
      expect(paper.slice(s.end - 1, s.end)).toBe(".");
    }
    for (const m of all) {
      expect(
        sentences.some((s) => m.start >= s.start && m.end <= s.end),
        `marker at ${m.start}`,
      ).toBe(true);
    }
  });
});

describe("loader", () => {
  it("loading twice gives identical counts", async () => {
    const before = await graphCounts(db);
    await loadSeed(db);
    expect(await graphCounts(db)).toEqual(before);
  });

  it("the Xref index holds exactly the entities' xrefs, each linked to its entity alone", async () => {
    const pairs = async (cypher: string) =>
      (await db.read<{ x: string; e: string }>("test", cypher)).map((r) => `${r.x} ${r.e}`);
    const fromLists = await pairs("MATCH (e:Entity) UNWIND e.xrefs AS x RETURN x, e.id AS e ORDER BY x, e");
    expect(fromLists.length).toBeGreaterThan(10);
    expect(
      await pairs("MATCH (x:Xref)-[:XREF_OF]->(e:Entity) RETURN x.id AS x, e.id AS e ORDER BY x, e"),
    ).toEqual(fromLists);
    // No Xref without an entity, and an Xref is no entity.
    expect(
      await pairs("MATCH (x:Xref) WHERE NOT (x)-[:XREF_OF]->() OR x:Entity RETURN x.id AS x, '' AS e"),
    ).toEqual([]);
  });

  // Each kind of invalid file is rejected with file, line and field in tests/unit/seed.test.ts;
  // here, that a rejected load writes nothing.
  it("rejects an invalid seed and leaves the database unchanged", async () => {
    const before = await graphCounts(db);
    const dir = brokenSeed("evidence.yaml", (d) => (d[0].statement.object = "gene:NOPE1"));
    const error = await loadSeed(db, { seedDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(
      /evidence\.yaml:\d+: 0\.statement\.object: unknown entity id "gene:NOPE1"/,
    );
    expect(await graphCounts(db)).toEqual(before);
  });

  it("is atomic: a write that fails half-way leaves the database as it was", async () => {
    const before = await graphCounts(db);
    await expect(writeGraph(db, seedBatchFailingAtTheEnd())).rejects.toThrow(/missing nodes/);
    expect(await graphCounts(db)).toEqual(before);
  });
});
