/**
 * `npm run bench`: the API at literature scale. For each scale it generates a synthetic corpus,
 * measures ingest (our loader vs a plain UNWIND ... CREATE of the same rows, each into a fresh
 * local Neo4j), then latency of five operations through our API, raw Cypher and an API generated
 * by @neo4j/graphql, throughput with autocannon, Cypher round-trips and the servers' peak RSS.
 * Prints one table and writes docs/benchmarks.md.
 * Usage: npm run bench -- [--scales 10000,100000,1000000] [--runs 200] [--duration 8] [--out docs/benchmarks.md]
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import neo4j, { type Driver } from "neo4j-driver";
import { startLocalNeo4j, type LocalNeo4j } from "../core/db/localNeo4j.ts";
import { SCHEMA_STATEMENTS } from "../schema/constraints.ts";
import { assertLabel, assertRelType } from "../schema/vocabulary.ts";
import { loadCorpus } from "../seed/corpus.ts";
import { appendBatch, buildGraph, buildVocabulary } from "../seed/graph.ts";
import { EntitiesFile } from "../seed/model.ts";
import { validatePaper } from "../seed/validate.ts";
import { Database, useTcpNoDelay } from "../core/db/database.ts";
import { createLogger } from "../core/logger.ts";

import { generateCorpus, type SyntheticCorpus } from "./synthetic.ts";
import { OPERATION_NAMES, operations, type OperationName } from "./literatureOps.ts";
import { NEO4J_GRAPHQL_OPERATIONS } from "./neo4jGraphql.ts";

const { values } = parseArgs({
  options: {
    scales: { type: "string", default: "10000,100000,1000000" },
    runs: { type: "string", default: "200" },
    duration: { type: "string", default: "8" },
    concurrency: { type: "string", default: "1,8,32" },
    out: { type: "string", default: "docs/benchmarks.md" },
    seed: { type: "string", default: "1" },
  },
});
const scales = values.scales.split(",").map(Number);
const runs = Number(values.runs);
const duration = Number(values.duration);
const concurrencies = values.concurrency.split(",").map(Number);
const ROOT = path.resolve(import.meta.dirname, "..");
const log = createLogger("silent");
const MEMORY = { heapMb: 4096, pageCacheMb: 2048 };
/** Per operation and API, so a slow operation at 1M evidence items does not take the bench hours. */
const BUDGET_MS = 20_000;
const WARMUP_ROUNDS = 30;
const OPEN = "<!-- bench:results -->";
const CLOSE = "<!-- /bench:results -->";
// Every Bolt client here (baseline, raw Cypher) gets what the API's own driver gets.
useTcpNoDelay();

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const ms = (x: number) => +x.toFixed(2);

/** Starts a fresh local Neo4j in its own temporary directory, removed again by `stop`. */
async function freshNeo4j(name: string): Promise<LocalNeo4j & { driver: Driver; db: Database }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bench-${name}-`));
  const neo = await startLocalNeo4j({ dataDir: dir, ...MEMORY });
  const driver = neo4j.driver(neo.uri, neo.auth, {
    disableLosslessIntegers: true,
  });
  const db = new Database(neo.uri, neo.auth, {
    database: "neo4j",
    log,
    queryTimeoutMs: 600_000,
  });
  return {
    ...neo,
    driver,
    db,
    stop: async () => {
      await driver.close();
      await db.close();
      await neo.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The baseline: the loader's own rows (built before the clock starts), written with plain UNWIND ... CREATE. */
async function plainIngest(corpus: SyntheticCorpus, driver: Driver): Promise<number> {
  const ids = new Set((corpus.entities as { id: string }[]).map((e) => e.id));
  const names = new Map((corpus.entities as { id: string; name: string }[]).map((e) => [e.id, e.name]));
  const batch = buildVocabulary(EntitiesFile.parse(corpus.entities), "plain");
  for (const [i, paper] of corpus.papers.entries()) {
    const seed = validatePaper(paper.seed, paper.text, `paper ${i}`, ids);
    const dataset = seed.data.source.paper.id;
    appendBatch(
      batch,
      buildGraph(seed, {
        dataset,
        locusPrefix: `${dataset.slice(4)}:`,
        sharedPublications: true,
        entityNames: names,
      }),
    );
  }
  // Shared publications appear once per citing paper in the rows; a plain CREATE needs them once.
  const publications = new Map<string, { id: string; props: Record<string, unknown> }>();
  for (const group of batch.nodes.values())
    if (group.label === "Publication") {
      for (const row of group.rows)
        if (group.mode !== "reference" || !publications.has(row.id)) publications.set(row.id, row);
      group.rows = [];
    }
  batch.nodes.set("Publication::plain", {
    label: "Publication",
    mode: "create",
    rows: [...publications.values()],
  });

  const session = driver.session();
  try {
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run("CALL db.awaitIndexes(300)");
    const started = performance.now();
    for (const group of batch.nodes.values()) {
      const labels = `${assertLabel(group.label)}${group.extraLabel ? `:${assertLabel(group.extraLabel)}` : ""}`;
      for (let i = 0; i < group.rows.length; i += 1000)
        await session.run(`UNWIND $rows AS row CREATE (n:${labels}) SET n = row.props`, {
          rows: group.rows.slice(i, i + 1000),
        });
    }
    for (const group of batch.rels.values()) {
      for (let i = 0; i < group.rows.length; i += 1000)
        await session.run(
          `UNWIND $rows AS row MATCH (a:${assertLabel(group.from)} {id: row.from}) MATCH (b:${assertLabel(group.to)} {id: row.to})
           CREATE (a)-[r:${assertRelType(group.type)}]->(b) SET r = row.props`,
          { rows: group.rows.slice(i, i + 1000) },
        );
    }
    return performance.now() - started;
  } finally {
    await session.close();
  }
}

interface Child {
  url: string;
  process: ChildProcess;
  peakRssMb: () => number;
  stop: () => Promise<void>;
}

/** Starts a server in its own Node process so its memory is its own; resolves with its URL. */
async function startChild(script: string, env: Record<string, string>, ready: RegExp): Promise<Child> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stderr: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (l) => stderr.push(l));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${script} did not start:\n${stderr.join("\n")}`)),
      120_000,
    );
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const m = ready.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`${script} exited ${code}:\n${stderr.join("\n")}`)));
  });
  return {
    url,
    process: child,
    peakRssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
      return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A keep-alive HTTP client with no more per-request work than autocannon's, for both APIs. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
async function post(url: string, query: string, variables: Record<string, unknown>) {
  const payload = JSON.stringify({ query, variables });
  const { status, headers, text } = await new Promise<{
    status: number;
    headers: http.IncomingHttpHeaders;
    text: string;
  }>((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (status !== 200 || body.errors) throw new Error(`${url}: ${status} ${text.slice(0, 500)}`);
  return { body, roundTrips: Number(headers["x-cypher-round-trips"] ?? NaN) };
}

/** Sequential timings: `runs` of them, or fewer (at least 10) when they would exceed the budget. */
async function time(runsN: number, fn: () => Promise<unknown>) {
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runsN; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
    if (i >= 9 && performance.now() - started > BUDGET_MS) break;
  }
  times.sort((a, b) => a - b);
  return {
    n: times.length,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
  };
}

async function throughput(
  url: string,
  requests: { query: string; variables: Record<string, unknown> }[],
  connections: number,
) {
  const result = await autocannon({
    url,
    method: "POST",
    headers: { "content-type": "application/json" },
    connections,
    duration,
    requests: requests.map((r) => ({ body: JSON.stringify(r) })),
  });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

type Row = Record<string, string | number>;
const results: { scale: number; rows: Row[] }[] = [];

for (const scale of scales) {
  const rows: Row[] = [];
  const add = (metric: string, value: number | string, unit = "") => {
    rows.push({ metric, value: typeof value === "number" ? ms(value) : value, unit });
    console.log(`[${scale}] ${metric}: ${typeof value === "number" ? ms(value) : value} ${unit}`);
  };
  const corpus = generateCorpus({ claims: scale, seed: Number(values.seed) });
  add("papers", corpus.papers.length);
  add("entities", (corpus.entities as unknown[]).length);

  // Ingest: the plain baseline and our loader, each into a fresh database.
  const plain = await freshNeo4j(`plain-${scale}`);
  const plainMs = await plainIngest(corpus, plain.driver);
  await plain.stop();
  const neo = await freshNeo4j(`corpus-${scale}`);
  const report = await loadCorpus(neo.db, corpus);
  // Rates per evidence item: one per former claim, so they compare with runs on the claims model.
  add("ingest, plain UNWIND CREATE", (scale / plainMs) * 1000, "evidence/s");
  add("ingest, our loader (validate + build + write)", (scale / report.millis) * 1000, "evidence/s");
  add("ingest ratio loader/plain", plainMs / report.millis, "×");
  add("of which validation", report.validateMillis, "ms");

  const probes = corpus.probes;
  const ops = operations(probes);
  const counts = await neo.driver.executeQuery(
    `CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
     CALL () { MATCH (s:Statement {subjectId: $hub}) RETURN count(s) AS hubDrugStatements }
     RETURN statements, hubDrugStatements`,
    { hub: probes.hubDrug },
  );
  add("statements", counts.records[0]!.get("statements"));
  add("statements with the hub drug as subject", counts.records[0]!.get("hubDrugStatements"));

  const ours = await startChild(
    "cli/start.ts",
    {
      NEO4J_URI: neo.uri,
      NEO4J_PASSWORD: neo.auth.credentials,
      PORT: "0",
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_MINUTE: "0",
      NODE_ENV: "production",
      // Raw Cypher and @neo4j/graphql run without a timeout; ours gets one long enough that the
      // same slow query (paths at 1M evidence items) is timed on all three sides instead of cut at 10 s.
      QUERY_TIMEOUT_MS: "300000",
    },
    /ready at (http:\/\/\S+\/graphql)/,
  );
  const theirs = await startChild(
    "bench/neo4jGraphqlServer.ts",
    { NEO4J_URI: neo.uri, NEO4J_PASSWORD: neo.auth.credentials },
    /ready at (http:\/\/\S+)/,
  );
  try {
    // Warm-up: Neo4j's JIT and query caches settle after a few thousand queries; an operation
    // that takes over a second gets three rounds.
    const slow = new Set<OperationName>();
    for (let i = 0; i < WARMUP_ROUNDS; i++)
      for (const name of OPERATION_NAMES) {
        if (i >= 3 && slow.has(name)) continue;
        const op = ops[name];
        await post(ours.url, op.graphql, op.variables);
        await op.raw(neo.driver);
        const t0 = performance.now();
        await post(theirs.url, NEO4J_GRAPHQL_OPERATIONS[name], op.neo4jGraphqlVariables);
        if (performance.now() - t0 > 1000) slow.add(name);
      }
    for (const name of OPERATION_NAMES) {
      const op = ops[name];
      try {
        await measure(name, op);
      } catch (error) {
        // One failing operation is reported in its row; the others are still measured.
        add(`${name} failed`, String((error as Error).message).slice(0, 200));
      }
    }
    async function measure(name: OperationName, op: (typeof ops)[OperationName]) {
      const api = await time(runs, () => post(ours.url, op.graphql, op.variables));
      const raw = await time(runs, () => op.raw(neo.driver));
      const gen = await time(runs, () =>
        post(theirs.url, NEO4J_GRAPHQL_OPERATIONS[name], op.neo4jGraphqlVariables),
      );
      const { roundTrips } = await post(ours.url, op.graphql, op.variables);
      add(`${name} samples ours / raw / @neo4j/graphql`, `${api.n} / ${raw.n} / ${gen.n}`);
      add(`${name} p50/p95/p99 ours`, `${ms(api.p50)} / ${ms(api.p95)} / ${ms(api.p99)}`, "ms");
      add(`${name} p50/p95/p99 raw Cypher`, `${ms(raw.p50)} / ${ms(raw.p95)} / ${ms(raw.p99)}`, "ms");
      add(`${name} p50/p95/p99 @neo4j/graphql`, `${ms(gen.p50)} / ${ms(gen.p95)} / ${ms(gen.p99)}`, "ms");
      add(`${name} p50 ours/raw`, api.p50 / raw.p50, "×");
      add(`${name} p50 ours/@neo4j/graphql`, api.p50 / gen.p50, "×");
      add(`${name} Cypher round-trips per request (ours)`, roundTrips);
    }
    const mix = (which: "ours" | "theirs") =>
      OPERATION_NAMES.map((name) => ({
        query: which === "ours" ? ops[name].graphql : NEO4J_GRAPHQL_OPERATIONS[name],
        variables: which === "ours" ? ops[name].variables : ops[name].neo4jGraphqlVariables,
      }));
    for (const c of concurrencies) {
      const a = await throughput(ours.url, mix("ours"), c);
      const b = await throughput(theirs.url, mix("theirs"), c);
      add(`throughput c=${c} ours (req/s, p99 ms, errors)`, `${ms(a.rps)}, ${a.p99}, ${a.errors}`);
      add(`throughput c=${c} @neo4j/graphql (req/s, p99 ms, errors)`, `${ms(b.rps)}, ${b.p99}, ${b.errors}`);
      add(`throughput c=${c} ratio ours/@neo4j/graphql`, a.rps / b.rps, "×");
    }
    add("peak RSS ours", ours.peakRssMb(), "MB");
    add("peak RSS @neo4j/graphql server", theirs.peakRssMb(), "MB");
  } finally {
    await ours.stop();
    await theirs.stop();
    await neo.stop();
  }
  results.push({ scale, rows });
  writeResults();
}

console.log(`wrote ${values.out}`);

/**
 * Prints the table (a row per metric, a column per scale) and replaces the section between
 * `<!-- bench:results -->` and `<!-- /bench:results -->` in the output file, keeping the prose
 * around it. Called after every scale, so a run stopped at 1M still leaves the smaller scales.
 */
function writeResults(): string {
  const metrics = [...new Set(results.flatMap((r) => r.rows.map((x) => `${x.metric}|${x.unit}`)))];
  const table = metrics.map((key) => {
    const [metric, unit] = key.split("|");
    const row: Row = { metric: metric!, unit: unit! };
    for (const r of results)
      row[`${r.scale} evidence items`] = r.rows.find((x) => `${x.metric}|${x.unit}` === key)?.value ?? "";
    return row;
  });
  console.table(table);

  const header = ["metric", "unit", ...results.map((r) => `${r.scale.toLocaleString("en")} evidence items`)];
  const markdown = [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...table.map((row) => `| ${Object.values(row).join(" | ")} |`),
  ].join("\n");
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const machine = `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}`;
  const done = results.map((r) => r.scale.toLocaleString("en")).join(", ");
  const missing = scales.filter((s) => !results.some((r) => r.scale === s));
  const generated = `${OPEN}
<!-- written by npm run bench; edits here are overwritten -->

Run of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC at commit ${commit()}, scales ${done} evidence items${missing.length ? ` (not reached: ${missing.map((s) => s.toLocaleString("en")).join(", ")})` : ""}.
Machine: ${machine}. Node ${process.version}; Neo4j 5.26 community (local launcher, heap ${MEMORY.heapMb} MB, page cache ${MEMORY.pageCacheMb} MB); @neo4j/graphql ${readVersion("@neo4j/graphql")}; neo4j-driver ${readVersion("neo4j-driver")}; autocannon ${readVersion("autocannon")}.
Latency: up to ${runs} sequential requests per operation and API (fewer, at least 10, past ${BUDGET_MS / 1000} s) after ${WARMUP_ROUNDS} warm-up rounds (3 for an operation slower than 1 s). Throughput: autocannon, ${duration} s per run, the five operations in rotation.

${markdown}
${CLOSE}`;
  const outPath = path.resolve(ROOT, values.out);
  let doc: string;
  try {
    doc = readFileSync(outPath, "utf8");
  } catch {
    doc = `# Benchmarks\n\n${OPEN}\n${CLOSE}\n`;
  }
  const start = doc.indexOf(OPEN);
  const end = doc.indexOf(CLOSE);
  doc =
    start >= 0 && end > start
      ? doc.slice(0, start) + generated + doc.slice(end + CLOSE.length)
      : `${doc}\n${generated}\n`;
  writeFileSync(outPath, doc);
  return outPath;
}

function commit(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
    // The results file itself changes with every scale written; any other change makes the run dirty.
    const out = path.relative(ROOT, path.resolve(ROOT, values.out));
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT })
      .toString()
      .split("\n")
      .filter((line) => line.trim() && line.slice(3) !== out)
      .join("\n");
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return "unknown";
  }
}

function readVersion(pkg: string): string {
  return (
    JSON.parse(readFileSync(path.join(ROOT, "node_modules", pkg, "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
}
