/**
 * Soak: a realistic mix of the named operations at moderate concurrency for a fixed time against
 * the API. Reports requests, errors, p50/p99 latency, server and Neo4j RSS and the load average per
 * minute, and compares the first and last minute.
 *
 *   npm run soak -- --start --faults          the reproducible run in docs/soak.md: starts `npm start`
 *                                             (production, fresh data folder, free port), freezes its
 *                                             Neo4j for 20 s at 3 min, kills it at 6 min, stops it after
 *   npm run soak -- --url http://127.0.0.1:4000 [--pid <server pid>]   against a running server
 *   other options: --minutes 10 --concurrency 8 --freeze-at 180 --freeze-for 20 --kill-at 360 (s)
 *                  --timeout 60 (s per request) --out docs/soak.md --note "..."
 *
 * Errors are split in two: clear ones (an HTTP answer whose errors all carry SERVICE_UNAVAILABLE or
 * TIMEOUT, e.g. while Neo4j is frozen or restarting) and lost ones (no answer within the timeout, a
 * reset, or any other error code): a run passes when nothing is lost. Every successful answer is
 * also compared with the first successful answer of the same operation, so a database that comes
 * back with other data shows up as "changed answers".
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { published, rssMbOf, scheduleFaults, startServer, type FaultTimeline } from "./soakFaults.ts";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:4000" },
    start: { type: "boolean", default: false },
    faults: { type: "boolean", default: false },
    minutes: { type: "string", default: "10" },
    concurrency: { type: "string", default: "8" },
    "freeze-at": { type: "string", default: "180" },
    "freeze-for": { type: "string", default: "20" },
    "kill-at": { type: "string", default: "360" },
    timeout: { type: "string", default: "60" },
    pid: { type: "string" },
    out: { type: "string", default: "docs/soak.md" },
    note: { type: "string" },
  },
});
const minutes = Number(values.minutes);
const concurrency = Number(values.concurrency);
const requestTimeoutMs = Number(values.timeout) * 1000;
const dir = path.resolve(import.meta.dirname, "../queries");
const operations = readdirSync(dir)
  .filter((f) => f.endsWith(".graphql"))
  .sort()
  .map((f) => ({ name: path.basename(f, ".graphql"), query: readFileSync(path.join(dir, f), "utf8") }));

const stamp = (t: number) => new Date(t).toISOString();
const say = (line: string) => console.log(`${stamp(Date.now())} ${line}`);
if (values.faults && !values.start)
  throw new Error("--faults needs --start (it acts on the Neo4j npm start runs)");

const server = values.start ? await startServer(say) : undefined;
const url = server?.url ?? values.url!;
// The API's own pid never changes; the address file that names it is gone while Neo4j is down.
const apiPid = server ? published(server.dataDir)?.ownerPid : Number(values.pid) || undefined;
const serverPid = () => apiPid;
const neo4jPid = () => (server ? published(server.dataDir)?.jvmPid : undefined);

interface Minute {
  latencies: number[];
  errors: number;
  /** Errors that are not a clear SERVICE_UNAVAILABLE / TIMEOUT answer. */
  lost: number;
  maxMs: number;
  requests: number;
  rssMb: number | null;
  neo4jRssMb: number | null;
  load1: number;
}
const perMinute: Minute[] = [];
/** When each successful request was sent and answered, for "first success after" in the fault timeline. */
const successes: { sent: number; done: number }[] = [];
const lostReasons = new Map<string, number>();
const firstAnswer = new Map<string, string>();
let changedAnswers = 0;
/** Operations whose answer changed, with when (seconds into the run), to tell what changed and why. */
const changedOps = new Map<string, number[]>();
const started = Date.now();
const end = started + minutes * 60_000;
const faults = values.faults
  ? scheduleFaults({
      dataDir: server!.dataDir,
      t0: started,
      freezeAtMs: Number(values["freeze-at"]) * 1000,
      freezeForMs: Number(values["freeze-for"]) * 1000,
      killAtMs: Number(values["kill-at"]) * 1000,
      log: say,
    })
  : undefined;

const bucketAt = (t: number) =>
  (perMinute[Math.min(minutes - 1, Math.floor((t - started) / 60_000))] ??= {
    latencies: [],
    errors: 0,
    lost: 0,
    maxMs: 0,
    requests: 0,
    rssMb: null,
    neo4jRssMb: null,
    load1: 0,
  });

function lose(reason: string) {
  lostReasons.set(reason, (lostReasons.get(reason) ?? 0) + 1);
}

async function worker(seed: number) {
  let i = seed;
  while (Date.now() < end) {
    const op = operations[i++ % operations.length]!;
    // A request counts in the minute it was sent, however long it took.
    const sent = Date.now();
    const bucket = bucketAt(sent);
    const t0 = performance.now();
    try {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: op.query, operationName: op.name }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      const text = await res.text();
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
      if (!res.ok || body.errors) {
        bucket.errors += 1;
        const codes = body.errors?.map((e) => e.extensions?.code ?? "no code") ?? [];
        const clear =
          codes.length > 0 && codes.every((code) => code === "SERVICE_UNAVAILABLE" || code === "TIMEOUT");
        if (!clear) {
          bucket.lost += 1;
          lose(`${op.name}: HTTP ${res.status} ${[...new Set(codes)].join(",")}`);
        }
      } else {
        successes.push({ sent, done: Date.now() });
        const hash = createHash("sha256").update(text).digest("hex");
        const first = firstAnswer.get(op.name);
        if (first === undefined) firstAnswer.set(op.name, hash);
        else if (first !== hash) {
          changedAnswers += 1;
          changedOps.set(op.name, [...(changedOps.get(op.name) ?? []), Math.round((sent - started) / 1000)]);
        }
      }
    } catch (error) {
      bucket.errors += 1;
      bucket.lost += 1;
      const e = error as Error & { cause?: { code?: string } };
      lose(`${op.name}: ${e.name} ${e.cause?.code ?? e.message}`);
    }
    const ms = performance.now() - t0;
    bucket.maxMs = Math.max(bucket.maxMs, ms);
    bucket.latencies.push(ms);
    bucket.requests += 1;
  }
}

const sampler = setInterval(() => {
  if (Date.now() >= end) return;
  const bucket = bucketAt(Date.now());
  const max = (a: number | null, b: number | null) => (b === null ? a : Math.max(a ?? 0, b));
  bucket.rssMb = max(bucket.rssMb, rssMbOf(serverPid()));
  bucket.neo4jRssMb = max(bucket.neo4jRssMb, rssMbOf(neo4jPid()));
  bucket.load1 = Math.max(bucket.load1, os.loadavg()[0]!);
}, 5000);
const loadBefore = os.loadavg();
await Promise.all(Array.from({ length: concurrency }, (_, k) => worker(k)));
clearInterval(sampler);
faults?.cancel();
const loadAfter = os.loadavg();
const exitCode = server ? await server.stop() : undefined;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const rows = perMinute.map((m, i) => ({
  minute: i + 1,
  requests: m.requests,
  clear: m.errors - m.lost,
  lost: m.lost,
  p50_ms: +pct(m.latencies, 50).toFixed(1),
  p99_ms: +pct(m.latencies, 99).toFixed(1),
  max_ms: +m.maxMs.toFixed(0),
  rss_mb: m.rssMb,
  neo4j_rss_mb: m.neo4jRssMb,
  load1: +m.load1.toFixed(2),
}));
console.table(rows);
const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
const first = rows[0]!;
const last = rows.at(-1)!;
const drift = (a: number | null, b: number | null) =>
  a && b ? `${(((b - a) / a) * 100).toFixed(1)}%` : "n/a";
const totalLost = sum((r) => r.lost);
const summary =
  `requests ${sum((r) => r.requests)}; clear errors (SERVICE_UNAVAILABLE/TIMEOUT) ${sum((r) => r.clear)}; ` +
  `**lost ${totalLost}**; successful answers that differ from the first answer of their operation: ${changedAnswers}` +
  (changedOps.size
    ? ` (${[...changedOps].map(([name, at]) => `${name} sent at ${at.join(", ")} s`).join("; ")})`
    : "") +
  `\n\n` +
  `Memory, first → last minute: server RSS ${first.rss_mb} → ${last.rss_mb} MB (${drift(first.rss_mb, last.rss_mb)}); ` +
  `Neo4j RSS ${first.neo4j_rss_mb ?? "n/a"} → ${last.neo4j_rss_mb ?? "n/a"} MB (${drift(first.neo4j_rss_mb, last.neo4j_rss_mb)}). ` +
  `p99 first → last minute: ${first.p99_ms} → ${last.p99_ms} ms.`;

const since = (t: number | undefined) => (t === undefined ? "n/a" : `${((t - started) / 1000).toFixed(1)} s`);
/** The first successful answer to a request sent after `t` (answers to requests in flight at `t` do not count). */
const firstSuccessAfter = (t: number | undefined) =>
  t === undefined ? undefined : successes.find((s) => s.sent > t)?.done;
const answeredWhileFrozen = (tl: FaultTimeline) =>
  successes.filter((s) => tl.frozenAt && tl.resumedAt && s.done > tl.frozenAt && s.done < tl.resumedAt)
    .length;
const timelineRows = (tl: FaultTimeline): [string, number | undefined, string][] => [
  ["soak started", started, ""],
  [
    "Neo4j frozen (SIGSTOP)",
    tl.frozenAt,
    `JVM pid ${tl.frozenPid}; successful answers while frozen: ${answeredWhileFrozen(tl)}`,
  ],
  ["Neo4j resumed (SIGCONT)", tl.resumedAt, ""],
  ["first success sent after resume", firstSuccessAfter(tl.resumedAt), "answered at"],
  ["Neo4j killed (SIGKILL)", tl.killedAt, `JVM pid ${tl.killedPid}`],
  [
    "Neo4j restarted by the supervisor (its new JVM ready)",
    tl.restartedAt,
    tl.restartedPid ? `JVM pid ${tl.restartedPid}` : "not restarted before the end",
  ],
  ["first success sent after the kill", firstSuccessAfter(tl.killedAt), "answered at"],
  ["soak ended", end, ""],
];
const timeline = faults
  ? `## Fault timeline\n\n| event | at (UTC) | since start | |\n|---|---|---|---|\n` +
    timelineRows(faults.timeline)
      .map(([what, t, note]) => `| ${what} | ${t === undefined ? "n/a" : stamp(t)} | ${since(t)} | ${note} |`)
      .join("\n") +
    "\n\n"
  : "";
const lostList = lostReasons.size
  ? `## Lost requests by cause\n\n${[...lostReasons].map(([why, n]) => `- ${n} × ${why}`).join("\n")}\n\n`
  : "";
console.log(summary);
console.log(timeline + lostList);
const command = values.start
  ? `npm run soak -- --start${values.faults ? " --faults" : ""} --minutes ${minutes} --concurrency ${concurrency}`
  : `npm run soak -- --url ${url}`;
mkdirSync(path.dirname(path.resolve(values.out!)), { recursive: true });
writeFileSync(
  path.resolve(values.out!),
  `# Soak run\n\nReproduce: \`${command}\`` +
    (values.start
      ? ` (starts \`npm start\` with NODE_ENV=production, a fresh data folder, a free port and RATE_LIMIT_PER_MINUTE=0, ` +
        `and stops it at the end${values.faults ? `; freezes its Neo4j JVM with SIGSTOP at ${values["freeze-at"]} s for ${values["freeze-for"]} s and SIGKILLs it at ${values["kill-at"]} s` : ""}).`
      : ".") +
    `\n\n${stamp(started)} · ${minutes} min · concurrency ${concurrency} · ${operations.length} named operations in rotation (queries/) · ` +
    `Node ${process.version} · ${os.cpus().length} cores · load average (1/5/15 min) before ${loadBefore.map((x) => x.toFixed(2)).join(" / ")}, ` +
    `after ${loadAfter.map((x) => x.toFixed(2)).join(" / ")}` +
    (exitCode !== undefined ? ` · server exit code after SIGTERM ${exitCode}` : "") +
    `\n\n` +
    (values.note ? `${values.note}\n\n` : "") +
    `| minute | requests | clear errors | lost | p50 ms | p99 ms | max ms | server RSS MB | Neo4j RSS MB | load (1 min, max) |\n|---|---|---|---|---|---|---|---|---|---|\n` +
    rows
      .map(
        (r) =>
          `| ${r.minute} | ${r.requests} | ${r.clear} | ${r.lost} | ${r.p50_ms} | ${r.p99_ms} | ${r.max_ms} | ${r.rss_mb ?? "n/a"} | ${r.neo4j_rss_mb ?? "n/a"} | ${r.load1} |`,
      )
      .join("\n") +
    `\n\n${summary}\n\n${timeline}${lostList}`,
);
process.exit(totalLost === 0 ? 0 : 1);
