/**
 * Soak: a realistic mix of the named operations at moderate concurrency for a fixed time against
 * the running API. Reports errors, p50/p99 latency and server RSS per minute, and compares the first
 * and last minute. Usage: npm run soak -- [--url http://127.0.0.1:4000] [--minutes 10] [--concurrency 8]
 * [--note "what was done to the database during the run"]
 *
 * Errors are split in two: clear ones (an HTTP answer whose errors all carry SERVICE_UNAVAILABLE or
 * TIMEOUT, e.g. while Neo4j is frozen or restarting) and lost ones (no answer, a reset, or any other
 * error code): a run passes when nothing is lost.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:4000" },
    minutes: { type: "string", default: "10" },
    concurrency: { type: "string", default: "8" },
    pid: { type: "string" },
    out: { type: "string", default: "docs/soak.md" },
    note: { type: "string" },
  },
});
const minutes = Number(values.minutes);
const concurrency = Number(values.concurrency);
const dir = path.resolve(import.meta.dirname, "../queries");
const operations = readdirSync(dir)
  .filter((f) => f.endsWith(".graphql"))
  .map((f) => ({ name: path.basename(f, ".graphql"), query: readFileSync(path.join(dir, f), "utf8") }));

interface Minute {
  latencies: number[];
  errors: number;
  /** Errors that are not a clear SERVICE_UNAVAILABLE / TIMEOUT answer. */
  lost: number;
  maxMs: number;
  requests: number;
  rssMb: number | null;
}
const perMinute: Minute[] = [];
const started = Date.now();
const end = started + minutes * 60_000;

function rssOf(pid: string | undefined): number | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

async function worker(seed: number) {
  let i = seed;
  while (Date.now() < end) {
    const op = operations[i++ % operations.length]!;
    const minute = Math.floor((Date.now() - started) / 60_000);
    const bucket = (perMinute[minute] ??= {
      latencies: [],
      errors: 0,
      lost: 0,
      maxMs: 0,
      requests: 0,
      rssMb: null,
    });
    const t0 = performance.now();
    try {
      const res = await fetch(`${values.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: op.query, operationName: op.name }),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      if (!res.ok || body.errors) {
        bucket.errors += 1;
        const clear =
          body.errors?.length &&
          body.errors.every((e) => ["SERVICE_UNAVAILABLE", "TIMEOUT"].includes(e.extensions?.code ?? ""));
        if (!clear) bucket.lost += 1;
      }
    } catch {
      bucket.errors += 1;
      bucket.lost += 1;
    }
    const ms = performance.now() - t0;
    bucket.maxMs = Math.max(bucket.maxMs, ms);
    bucket.latencies.push(ms);
    bucket.requests += 1;
  }
}

const sampler = setInterval(() => {
  const minute = Math.floor((Date.now() - started) / 60_000);
  const bucket = perMinute[minute];
  if (bucket) bucket.rssMb = Math.max(bucket.rssMb ?? 0, rssOf(values.pid) ?? 0) || null;
}, 5000);
await Promise.all(Array.from({ length: concurrency }, (_, k) => worker(k)));
clearInterval(sampler);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const rows = perMinute.map((m, i) => ({
  minute: i + 1,
  requests: m.requests,
  errors: m.errors,
  lost: m.lost,
  p50_ms: +pct(m.latencies, 50).toFixed(1),
  p99_ms: +pct(m.latencies, 99).toFixed(1),
  max_ms: +m.maxMs.toFixed(0),
  rss_mb: m.rssMb,
}));
console.table(rows);
const first = rows[0]!;
const last = rows.at(-1)!;
const drift = (a: number | null, b: number | null) =>
  a && b ? `${(((b - a) / a) * 100).toFixed(1)}%` : "n/a";
const summary = `p99 first→last minute: ${first.p99_ms} → ${last.p99_ms} ms (${drift(first.p99_ms, last.p99_ms)}); RSS ${first.rss_mb} → ${last.rss_mb} MB (${drift(first.rss_mb, last.rss_mb)}); errors ${rows.reduce((a, r) => a + r.errors, 0)} of ${rows.reduce((a, r) => a + r.requests, 0)}, of which lost (no answer or unclear error) ${rows.reduce((a, r) => a + r.lost, 0)}`;
console.log(summary);
mkdirSync(path.dirname(path.resolve(values.out!)), { recursive: true });
writeFileSync(
  path.resolve(values.out!),
  `# Soak run\n\n${new Date().toISOString()} · ${minutes} min · concurrency ${concurrency} · ${operations.length} named operations in rotation · Node ${process.version}\n\n` +
    (values.note ? `${values.note}\n\n` : "") +
    `| minute | requests | errors | lost | p50 ms | p99 ms | max ms | server RSS MB |\n|---|---|---|---|---|---|---|---|\n` +
    rows
      .map(
        (r) =>
          `| ${r.minute} | ${r.requests} | ${r.errors} | ${r.lost} | ${r.p50_ms} | ${r.p99_ms} | ${r.max_ms} | ${r.rss_mb ?? "n/a"} |`,
      )
      .join("\n") +
    `\n\n${summary}\n`,
);
