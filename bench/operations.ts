/**
 * Latency of every named operation in queries/ on the seeded graph, through the HTTP API:
 * median and p95 of repeated runs after a warm-up, and the Cypher round-trips each costs.
 * Usage: npm run bench:operations -- [--runs 30] [--warmup 50]   (starts a local Neo4j unless NEO4J_URI is set)
 */
import { readdirSync, readFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../server/app.ts";
import { loadConfig } from "../core/config.ts";
import { connectNeo4j } from "../core/db/connect.ts";
import { createLogger } from "../core/logger.ts";
import { loadPaper } from "../server/paper.ts";
import { isSeeded, loadSeed } from "../seed/load.ts";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "30" }, warmup: { type: "string", default: "50" } },
});
const runs = Number(values.runs);
const warmupRounds = Number(values.warmup);
const config = { ...loadConfig({ ...process.env, LOG_LEVEL: "silent" }), RATE_LIMIT_PER_MINUTE: 0 };
const log = createLogger("silent");
const { db, neo, close } = await connectNeo4j(config, log, {
  dataDir: mkdtempSync(path.join(os.tmpdir(), "bench-ops-")),
});
try {
  if (!(await isSeeded(db))) await loadSeed(db);
  const app = await createApp({ config, db, log, paper: loadPaper() });
  const url = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}/graphql`;
  const dir = path.resolve(import.meta.dirname, "../queries");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort();
  const post = (query: string) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
  // Neo4j's JIT needs a few thousand queries before latencies settle (RETURN 1: ~5 ms cold, ~0.6 ms warm).
  for (let round = 0; round < warmupRounds; round++) {
    for (const file of files) await (await post(readFileSync(path.join(dir, file), "utf8"))).json();
  }
  const rows = [];
  for (const file of files) {
    const query = readFileSync(path.join(dir, file), "utf8");
    const times: number[] = [];
    let roundTrips = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const res = await post(query);
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`${file}: ${JSON.stringify(body.errors)}`);
      times.push(performance.now() - t0);
      roundTrips = Number(res.headers.get("x-cypher-round-trips"));
    }
    times.sort((a, b) => a - b);
    rows.push({
      operation: path.basename(file, ".graphql"),
      median_ms: +times[Math.floor(times.length / 2)]!.toFixed(1),
      p95_ms: +times[Math.floor(times.length * 0.95)]!.toFixed(1),
      cypher_round_trips: roundTrips,
    });
  }
  console.log(
    `${runs} runs each after ${warmupRounds} warm-up rounds of all operations; Neo4j ${neo.source}; Node ${process.version}`,
  );
  console.table(rows);
  await app.close();
} finally {
  await close();
}
