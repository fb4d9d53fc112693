/**
 * Latency of every named operation in queries/ on the seeded graph, through the HTTP API:
 * median and p95 of repeated runs, and the Cypher round-trips each costs.
 * Usage: npm run bench:operations -- [--runs 30]   (starts a local Neo4j unless NEO4J_URI is set)
 */
import { readdirSync, readFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createApp } from "../server/app.ts";
import { loadConfig } from "../server/config.ts";
import { connectNeo4j } from "../server/db/connect.ts";
import { createLogger } from "../server/logger.ts";
import { loadPaper } from "../server/paper.ts";
import { isSeeded, loadSeed } from "../seed/load.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "30" } } });
const runs = Number(values.runs);
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
  const rows = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()) {
    const query = readFileSync(path.join(dir, file), "utf8");
    const times: number[] = [];
    let roundTrips = 0;
    for (let i = 0; i < runs + 3; i++) {
      const t0 = performance.now();
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`${file}: ${JSON.stringify(body.errors)}`);
      if (i >= 3) times.push(performance.now() - t0); // the first runs warm caches and the JIT
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
  console.log(`${runs} runs each after 3 warm-up runs; Neo4j ${neo.source}; Node ${process.version}`);
  console.table(rows);
  await app.close();
} finally {
  await close();
}
