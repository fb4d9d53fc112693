/**
 * `npm run bench:explorer`: how fast the explorer opens a hub's neighbourhood on a synthetic
 * literature-scale graph. Loads a corpus (bench/synthetic.ts) into a local Neo4j, serves the API and
 * explorer, and opens `#entity=<hub drug>` in Chromium: time from navigation to the graph drawn and
 * the panel written (first page, strongest statements first), then "show more".
 *
 * Every run is a real open: the page is navigated away (about:blank) and loaded again at the hub's
 * link, so scripts boot, the API is asked and the graph is laid out each time. The first run after
 * the server is ready (/health/ready, which waits for the start-up warm-up unless WARMUP=off) is
 * reported as cold, the others as warm. Each run is broken down into page boot (DOMContentLoaded),
 * each GraphQL request as the browser saw it (server time plus a local round trip), and the layout;
 * afterwards the same requests are replayed without a browser to give the server-side time alone. The load average is printed: on a busy machine the
 * figures are the machine's, not the explorer's.
 *
 * Usage: npm run bench:explorer -- [--claims 100000] [--runs 5] [--data <dir>]
 *   --data keeps the database in <dir> and reuses it when it already holds the same corpus.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page, type Request } from "playwright-core";
import { loadConfig } from "../core/config.ts";
import { Database } from "../core/db/database.ts";
import { startLocalNeo4j } from "../core/db/localNeo4j.ts";
import { createLogger } from "../core/logger.ts";
import { loadCorpus } from "../seed/corpus.ts";
import { createApp } from "../server/app.ts";
import { loadPaper } from "../server/paper.ts";
import { generateCorpus } from "./synthetic.ts";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "100000" },
    runs: { type: "string", default: "5" },
    data: { type: "string" },
  },
});
const claims = Number(values.claims);
const runs = Math.max(2, Number(values.runs));
const log = createLogger("silent");
/** What the explorer exposes on window (public/explorer.js). */
type ExplorerWindow = Window & {
  explorer: {
    cy: { nodes(): { length: number }; edges(): { length: number } };
    layoutMs: number;
    layoutParts: { place: number; separate: number };
  };
};
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = values.data ? path.resolve(values.data) : mkdtempSync(path.join(os.tmpdir(), "bench-explorer-"));
mkdirSync(dir, { recursive: true });
const marker = path.join(dir, "bench-explorer.json");
// A busy machine starts the JVM slowly: wait for it rather than fail the run.
const neo = await startLocalNeo4j({ dataDir: dir, heapMb: 4096, pageCacheMb: 2048, timeoutMs: 900_000 });
const db = new Database(neo.uri, neo.auth, { database: "neo4j", log, queryTimeoutMs: 600_000 });

interface Run {
  totalMs: number;
  bootMs: number;
  requests: { name: string; ms: number }[];
  layoutMs: number;
  layoutParts?: string;
  nodes: number;
  edges: number;
}

/** The GraphQL requests a page makes while `action` runs, with their times as the browser saw them. */
async function withRequests<T>(page: Page, action: () => Promise<T>) {
  const seen: Request[] = [];
  const onRequest = (r: Request) => {
    if (r.url().endsWith("/graphql")) seen.push(r);
  };
  page.on("requestfinished", onRequest);
  try {
    const result = await action();
    return {
      result,
      requests: seen.map((r) => {
        const t = r.timing();
        const { query } = r.postDataJSON() as { query: string };
        // The first root field names the request (variable definitions hold no braces).
        const name = /\w+/.exec(query.slice(query.indexOf("{") + 1))?.[0] ?? "?";
        return { name, ms: Math.round(t.responseEnd - t.requestStart), body: r.postData()! };
      }),
    };
  } finally {
    page.off("requestfinished", onRequest);
  }
}

try {
  const corpus = generateCorpus({ claims });
  const reuse = existsSync(marker) && JSON.parse(readFileSync(marker, "utf8")).claims === claims;
  if (reuse) console.log(`reusing the ${claims}-claim graph in ${dir}`);
  else {
    const report = await loadCorpus(db, corpus);
    writeFileSync(marker, JSON.stringify({ claims }));
    console.log(`loaded ${claims} claims in ${(report.millis / 1000).toFixed(1)} s`);
  }
  const hub = corpus.probes.hubDrug;
  const [count] = await db.read<{ n: number }>(
    "bench",
    "MATCH (s:Statement) WHERE s.subjectId = $hub OR s.objectId = $hub RETURN count(s) AS n",
    { hub },
  );
  console.log(`hub ${hub}: ${count!.n} statements; load average ${load()}`);

  const config = loadConfig({ ...process.env, LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "0" });
  const app = await createApp({ config, db, log, paper: loadPaper() });
  const base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
  // The first user arrives once the server reports ready, as behind a load balancer: readiness
  // waits for the start-up warm-up (server/warmup.ts; WARMUP=off in the environment skips it).
  const listened = Date.now();
  while ((await fetch(`${base}/health/ready`)).status !== 200) await new Promise((r) => setTimeout(r, 50));
  console.log(`ready ${Date.now() - listened} ms after listen (warm-up ${config.WARMUP})`);
  const executablePath =
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync) ?? chromium.executablePath();
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });

  const opens: Run[] = [];
  const more: Run[] = [];
  let replay: { name: string; body: string }[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto("about:blank");
    const t0 = Date.now();
    const { requests } = await withRequests(page, async () => {
      await page.goto(`${base}/#entity=${encodeURIComponent(hub)}`);
      await page.waitForFunction(
        () =>
          !!document.querySelector("#entity-title") &&
          (window as unknown as ExplorerWindow).explorer.cy.nodes().length > 1,
        null,
        { timeout: 120_000 },
      );
    });
    const totalMs = Date.now() - t0;
    if (i === 0) replay = requests;
    const state = await page.evaluate(() => {
      const x = (window as unknown as ExplorerWindow).explorer;
      const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
      return {
        layoutMs: x.layoutMs,
        layoutParts: `${x.layoutParts.place} placing + ${x.layoutParts.separate} separating`,
        nodes: x.cy.nodes().length,
        edges: x.cy.edges().length,
        bootMs: Math.round(nav.domContentLoadedEventEnd),
      };
    });
    opens.push({ totalMs, requests, ...state });
    const r = opens.at(-1)!;
    console.log(
      `${i === 0 ? "cold" : "warm"} open ${totalMs} ms: boot ${r.bootMs}, requests ${r.requests
        .map((q) => `${q.name} ${q.ms}`)
        .join(
          ", ",
        )}, layout ${r.layoutMs} ms (${r.layoutParts}) of ${r.nodes} nodes/${r.edges} edges; load ${load()}`,
    );

    const shown = await page.$$eval("#entity-statements li", (l) => l.length);
    const t1 = Date.now();
    try {
      const { requests: moreRequests } = await withRequests(page, async () => {
        await page.click("#show-more");
        await page.waitForFunction(
          (n) => document.querySelectorAll("#entity-statements li").length > n,
          shown,
          { timeout: 60_000 },
        );
      });
      const m = await page.evaluate(() => {
        const x = (window as unknown as ExplorerWindow).explorer;
        return { layoutMs: x.layoutMs, nodes: x.cy.nodes().length, edges: x.cy.edges().length };
      });
      more.push({ totalMs: Date.now() - t1, bootMs: 0, requests: moreRequests, ...m });
      const q = more.at(-1)!;
      console.log(
        `  show more ${q.totalMs} ms: requests ${q.requests.map((x) => `${x.name} ${x.ms}`).join(", ")}, layout ${q.layoutMs} ms of ${q.nodes} nodes/${q.edges} edges`,
      );
    } catch {
      console.log(
        `  show more did not finish in 60 s; panel: ${(await page.textContent("#panel"))?.slice(0, 300)}`,
      );
    }
  }
  const levels = await page.$$eval("#entity-statements .badge[class*=level-]", (b) =>
    b.map((x) => x.textContent),
  );
  await page.screenshot({
    path: path.resolve(import.meta.dirname, "../artifacts/screenshots/explorer-hub-100k.png"),
  });
  await browser.close();

  // The open's requests again, without a browser: the server's own time (warm).
  const serverMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    for (const q of replay) {
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", "apollo-require-preflight": "true" },
        body: q.body,
      });
      const body = (await res.json()) as { errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
    }
    serverMs.push(Math.round(performance.now() - t));
  }
  await app.close();

  const warm = opens.slice(1);
  console.log(`\nhub neighbourhood (${claims} claims, hub ${hub} with ${count!.n} statements):`);
  console.log(`  cold open (first after server start): ${opens[0]!.totalMs} ms`);
  console.log(
    `  warm open: ms per run ${warm.map((r) => r.totalMs).join(", ")}; median ${median(warm.map((r) => r.totalMs))}`,
  );
  console.log(
    `  warm parts (medians): boot ${median(warm.map((r) => r.bootMs))} ms, requests ${median(
      warm.map((r) => r.requests.reduce((s, q) => s + q.ms, 0)),
    )} ms in ${warm[0]!.requests.length} round trip(s), layout ${median(warm.map((r) => r.layoutMs))} ms`,
  );
  console.log(
    `  server alone (the open's ${replay.length} request(s) replayed, warm): median ${median(serverMs)} ms`,
  );
  if (more.length)
    console.log(
      `  show more: ms per run ${more.map((r) => r.totalMs).join(", ")}; median ${median(more.map((r) => r.totalMs))}`,
    );
  console.log(`  levels in order shown: ${levels.join("")}`);
  console.log(`  load average (1, 5, 15 min): ${load()} on ${os.cpus().length} cores`);
} finally {
  await db.close();
  await neo.stop();
  if (!values.data) rmSync(dir, { recursive: true, force: true });
}
