import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/synthetic.ts";
import { Database } from "../../core/db/database.ts";
import { startLocalNeo4j, storeDirectory } from "../../core/db/localNeo4j.ts";
import { bulkLoadCorpus, type BulkReport } from "../../seed/bulk.ts";
import { loadCorpus } from "../../seed/corpus.ts";
import { SeedValidationError } from "../../seed/validate.ts";
import { testLog } from "./helpers.ts";

/**
 * The bulk first load (Neo4j's importer) must leave the graph the transactional loader leaves:
 * the same corpus goes through both, each into its own fresh Neo4j, and every node and
 * relationship with every property (name, Cypher type, value) is compared.
 */
const corpus = generateCorpus({ claims: 2000, seed: 11 });
const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bulk-test-"));
  dirs.push(dir);
  return dir;
};

interface Snapshot {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  rows: string[];
  hash: string;
  dataVersion: { version: unknown; versionType: string; loadedAtType: string }[];
  indexes: string[];
}

/** A value with its Cypher type, so 1 (INTEGER) and 1.0 (FLOAT) or [] of any kind never compare equal. */
function canonical(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (typeof value === "number") return `float:${value}`;
  if (Array.isArray(value)) return value.map(canonical);
  return value;
}

async function snapshot(driver: Driver): Promise<Snapshot> {
  const q = async (cypher: string) => (await driver.executeQuery(cypher, {}, { database: "neo4j" })).records;
  const props = (v: string) => `[k IN keys(${v}) | [k, valueType(${v}[k]), ${v}[k]]]`;
  const rows: string[] = [];
  for (const r of await q(
    `MATCH (n) WHERE NOT n:DataVersion RETURN n.id AS id, labels(n) AS labels, ${props("n")} AS props`,
  )) {
    const labels = (r.get("labels") as string[]).sort();
    const p = (r.get("props") as [string, string, unknown][]).sort((a, b) => a[0].localeCompare(b[0]));
    rows.push(JSON.stringify(["node", r.get("id"), labels, p.map(([k, t, v]) => [k, t, canonical(v)])]));
  }
  for (const r of await q(
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, ${props("r")} AS props`,
  )) {
    const p = (r.get("props") as [string, string, unknown][]).sort((x, y) => x[0].localeCompare(y[0]));
    rows.push(
      JSON.stringify([
        "rel",
        r.get("type"),
        r.get("a"),
        r.get("b"),
        p.map(([k, t, v]) => [k, t, canonical(v)]),
      ]),
    );
  }
  rows.sort();
  const count = async (cypher: string) =>
    Object.fromEntries((await q(cypher)).map((r) => [r.get(0) as string, Number(r.get(1))]));
  return {
    nodes: await count("MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) ORDER BY l"),
    relationships: await count("MATCH ()-[r]->() RETURN type(r), count(*) ORDER BY type(r)"),
    rows,
    hash: createHash("sha256").update(rows.join("\n")).digest("hex"),
    dataVersion: (
      await q(
        `MATCH (v:DataVersion) RETURN v.version AS version, valueType(v.version) AS versionType, valueType(v.loadedAt) AS loadedAtType`,
      )
    ).map((r) => ({
      version: Number(r.get("version")),
      versionType: r.get("versionType") as string,
      loadedAtType: r.get("loadedAtType") as string,
    })),
    indexes: (await q("SHOW INDEXES YIELD name, state RETURN name + ':' + state ORDER BY name")).map(
      (r) => r.get(0) as string,
    ),
  };
}

let transactional: Snapshot;
let bulk: Snapshot;
let report: BulkReport;
let transactionalDir: string;

beforeAll(async () => {
  transactionalDir = freshDir();
  const neo = await startLocalNeo4j({ dataDir: transactionalDir, timeoutMs: 600_000 });
  const db = new Database(neo.uri, neo.auth, { database: "neo4j", log: testLog, queryTimeoutMs: 120_000 });
  const driver = neo4j.driver(neo.uri, neo.auth);
  try {
    await loadCorpus(db, corpus);
    transactional = await snapshot(driver);
  } finally {
    await driver.close();
    await db.close();
    await neo.stop();
  }
  const result = await bulkLoadCorpus(corpus, { dataDir: freshDir(), log: testLog, importMemory: "512M" });
  report = result.report;
  const driver2 = neo4j.driver(result.neo.uri, result.neo.auth);
  try {
    bulk = await snapshot(driver2);
  } finally {
    await driver2.close();
    await result.db.close();
    await result.neo.stop();
  }
}, 900_000);

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("bulk first load", () => {
  it("writes the same nodes per label and relationships per type as the transactional loader", () => {
    const { DataVersion: _a, ...bulkNodes } = bulk.nodes;
    const { DataVersion: _b, ...txNodes } = transactional.nodes;
    expect(bulkNodes).toEqual(txNodes);
    expect(bulk.relationships).toEqual(transactional.relationships);
    expect(txNodes.Evidence).toBe(2000);
    expect(report.evidence).toBe(2000);
  });

  it("writes every property of every node and relationship with the same type and value", () => {
    const missing = transactional.rows.filter((r) => !bulk.rows.includes(r));
    const extra = bulk.rows.filter((r) => !transactional.rows.includes(r));
    // The differing rows themselves, so a failure says which property went wrong.
    expect({ missing: missing.slice(0, 3), extra: extra.slice(0, 3) }).toEqual({ missing: [], extra: [] });
    expect(bulk.hash).toBe(transactional.hash);
  });

  it("creates the same schema, online, and writes the data version", () => {
    expect(bulk.indexes).toEqual(transactional.indexes);
    expect(bulk.indexes.every((ix) => ix.endsWith(":ONLINE"))).toBe(true);
    expect(bulk.dataVersion).toEqual([
      { version: 1, versionType: "INTEGER NOT NULL", loadedAtType: "ZONED DATETIME NOT NULL" },
    ]);
  });

  it("refuses a database that is not empty, naming the problem", async () => {
    await expect(bulkLoadCorpus(corpus, { dataDir: transactionalDir, log: testLog })).rejects.toThrow(
      /is not empty \(\d+ nodes\): the bulk path is only for a first load into an empty database/,
    );
  }, 300_000);

  it("writes nothing when validation fails, and names the paper and field", async () => {
    const broken = structuredClone(corpus);
    (broken.papers[3]!.seed.evidence as { level: string }[])[0]!.level = "Z";
    const dir = freshDir();
    const error = await bulkLoadCorpus(broken, { dataDir: dir, log: testLog }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(
      /paper 3 \(pub:syn\.0000003\) evidence: 0\.level: Invalid option/,
    );
    expect(existsSync(storeDirectory(dir))).toBe(false);
  });
});
