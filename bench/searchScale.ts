/**
 * `npm run bench:search`: the literature bench's `search` operation alone (bench/literatureOps.ts),
 * through the API over HTTP, on a synthetic corpus (bench/synthetic.ts) loaded by the bench's own
 * code path (seed/corpus.ts loadCorpus), with Neo4j's PROFILE of the query it runs. For checking
 * search latency at 10k-100k claims without the whole `npm run bench`.
 * Usage: npm run bench:search -- [--claims 100000] [--runs 200] [--dir .neo4j-data/search-100000]
 * With --dir, a database already loaded with the same corpus is reused (the schema is re-applied,
 * so a changed index is rebuilt); without it, a temporary one is loaded and removed.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../core/config.ts";
import { Database } from "../core/db/database.ts";
import { startLocalNeo4j } from "../core/db/localNeo4j.ts";
import { createLogger } from "../core/logger.ts";
import { applySchema } from "../seed/load.ts";
import { loadCorpus } from "../seed/corpus.ts";
import { createApp } from "../server/app.ts";
import { loadPaper } from "../server/paper.ts";
import { parseQuery } from "../server/resolvers/searchQuery.ts";
import { searchQueries } from "../store/search.ts";
import { generateCorpus } from "./synthetic.ts";
import { operations } from "./literatureOps.ts";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "100000" },
    runs: { type: "string", default: "200" },
    dir: { type: "string" },
    query: { type: "string" },
  },
});
const claims = Number(values.claims);
const log = createLogger("silent");
const dir = values.dir ? path.resolve(values.dir) : mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
const marker = path.join(dir, "bench-search-claims");
const neo = await startLocalNeo4j({ dataDir: dir, heapMb: 4096, pageCacheMb: 2048, timeoutMs: 900_000 });
const db = new Database(neo.uri, neo.auth, { database: "neo4j", log, queryTimeoutMs: 600_000 });
const corpus = generateCorpus({ claims, seed: 1 });
try {
  if (existsSync(marker) && readFileSync(marker, "utf8").trim() === String(claims)) {
    await applySchema(db);
    console.log(`reusing ${claims} claims in ${dir}`);
  } else {
    const report = await loadCorpus(db, corpus);
    writeFileSync(marker, String(claims));
    console.log(`loaded ${claims} claims in ${(report.millis / 1000).toFixed(1)} s`);
  }
  await db.write("bench", "CALL db.awaitIndexes(600)");
  const op = operations(corpus.probes).search;
  const variables = values.query ? { q: values.query } : op.variables;
  const config = loadConfig({ ...process.env, LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "0" });
  const app = await createApp({ config, db, log, paper: loadPaper() });
  const url = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}/graphql`;
  const post = async () => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: op.graphql, variables }),
    });
    const body = (await res.json()) as { errors?: unknown; data?: { search: unknown[] } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!.search.length;
  };
  // The raw Cypher of the same operation (one full-text index, no tiers), interleaved with ours,
  // as a yardstick for a machine whose load varies between runs.
  const raw = () => op.raw(db.driver);
  for (let i = 0; i < 30; i++) {
    await post();
    await raw();
  }
  const times: number[] = [];
  const rawTimes: number[] = [];
  let n = 0;
  for (let i = 0; i < Number(values.runs); i++) {
    let t0 = performance.now();
    n = await post();
    times.push(performance.now() - t0);
    t0 = performance.now();
    await raw();
    rawTimes.push(performance.now() - t0);
  }
  const pct = (list: number[], p: number) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(list.length * p))]!;
  console.log(
    `search "${variables.q}" (${n} hits) at ${claims} claims: p50 ${pct(times, 0.5).toFixed(2)} ms, ` +
      `p95 ${pct(times, 0.95).toFixed(2)} ms (${times.length} runs); raw Cypher p50 ` +
      `${pct(rawTimes, 0.5).toFixed(2)} ms; ours/raw ${(pct(times, 0.5) / pct(rawTimes, 0.5)).toFixed(2)}`,
  );

  // PROFILE of the one Cypher query the operation runs, captured from the store.
  let captured: { cypher: string; params: Record<string, unknown> } | undefined;
  const parsed = parseQuery("query", String(variables.q));
  await searchQueries({
    read: async (cypher: string, params?: Record<string, unknown>) => {
      captured = { cypher, params: params ?? {} };
      return [];
    },
  } as never).search(parsed, ["STATEMENT"], 10);
  const session = db.driver.session({ defaultAccessMode: "READ" });
  try {
    const result = await session.run(`PROFILE ${captured!.cypher}`, captured!.params);
    const rows: string[] = [];
    const walk = (p: typeof result.summary.profile, depth: number) => {
      if (!p) return;
      rows.push(`${"  ".repeat(depth)}${p.operatorType}  rows=${p.rows} dbHits=${p.dbHits}`);
      for (const c of p.children) walk(c, depth + 1);
    };
    walk(result.summary.profile, 0);
    console.log(`lucene: ${parsed.lucene}\nPROFILE:\n${rows.join("\n")}`);
  } finally {
    await session.close();
  }
  await app.close();
} finally {
  await db.close();
  await neo.stop();
  if (!values.dir) rmSync(dir, { recursive: true, force: true });
}
