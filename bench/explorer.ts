/**
 * `npm run bench:explorer`: how fast the explorer opens a hub's neighbourhood on a synthetic
 * literature-scale graph. Loads a corpus (bench/synthetic.ts) into a fresh local Neo4j, serves the
 * API and explorer, and opens `#entity=<hub drug>` in Chromium: time from navigation to the graph
 * drawn and the panel written (first page, strongest statements first), then "show more".
 * Usage: npm run bench:explorer -- [--claims 100000] [--runs 5]
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { loadConfig } from "../core/config.ts";
import { Database } from "../core/db/database.ts";
import { startLocalNeo4j } from "../core/db/localNeo4j.ts";
import { createLogger } from "../core/logger.ts";
import { loadCorpus } from "../seed/corpus.ts";
import { createApp } from "../server/app.ts";
import { loadPaper } from "../server/paper.ts";
import { generateCorpus } from "./synthetic.ts";

const { values } = parseArgs({
  options: { claims: { type: "string", default: "100000" }, runs: { type: "string", default: "5" } },
});
const log = createLogger("silent");
/** What the explorer exposes on window (public/explorer.js). */
type ExplorerWindow = Window & { explorer: { cy: { nodes(): { length: number } }; layoutMs: number } };
const dir = mkdtempSync(path.join(os.tmpdir(), "bench-explorer-"));
const neo = await startLocalNeo4j({ dataDir: dir, heapMb: 4096, pageCacheMb: 2048 });
const db = new Database(neo.uri, neo.auth, {
  database: "neo4j",
  log,
  queryTimeoutMs: 600_000,
});
try {
  const corpus = generateCorpus({ claims: Number(values.claims) });
  const report = await loadCorpus(db, corpus);
  const hub = corpus.probes.hubDrug;
  const [count] = await db.read<{ n: number }>(
    "bench",
    "MATCH (s:Statement) WHERE s.subjectId = $hub OR s.objectId = $hub RETURN count(s) AS n",
    { hub },
  );
  console.log(
    `loaded ${values.claims} claims in ${(report.millis / 1000).toFixed(1)} s; hub ${hub}: ${count!.n} statements`,
  );
  const config = loadConfig({ ...process.env, LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "0" });
  const app = await createApp({ config, db, log, paper: loadPaper() });
  const base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
  const executablePath =
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync) ?? chromium.executablePath();
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(`${base}/`);
  await page.waitForSelector("#intro");
  const open = async (hash: string, done: () => boolean) => {
    const t0 = Date.now();
    await page.evaluate((h) => (location.hash = h), hash);
    await page.waitForFunction(done, null, { timeout: 60_000 });
    return Date.now() - t0;
  };
  const times: number[] = [];
  const more: number[] = [];
  for (let i = 0; i < Number(values.runs); i++) {
    await open(
      "#cases",
      () => !!document.querySelector(".case-hit") || document.querySelector("#results")?.textContent === "",
    );
    times.push(
      await open(`#entity=${hub}`, () => {
        const title = document.querySelector("#entity-title");
        return !!title && (window as unknown as ExplorerWindow).explorer.cy.nodes().length > 1;
      }),
    );
    console.log(`opened in ${times.at(-1)} ms`);
    const shown = await page.$$eval("#entity-statements li", (l) => l.length);
    const t0 = Date.now();
    await page.click("#show-more");
    try {
      await page.waitForFunction(
        (n) => document.querySelectorAll("#entity-statements li").length > n,
        shown,
        { timeout: 60_000 },
      );
      more.push(Date.now() - t0);
      console.log(`show more in ${more.at(-1)} ms`);
    } catch {
      console.log(
        `show more did not finish in 60 s; panel: ${(await page.textContent("#panel"))?.slice(0, 300)}`,
      );
    }
  }
  const layoutMs = await page.evaluate(() => (window as unknown as ExplorerWindow).explorer.layoutMs);
  const levels = await page.$$eval("#entity-statements .badge[class*=level-]", (b) =>
    b.map((x) => x.textContent),
  );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `hub neighbourhood opened (first page drawn): ms per run ${times.join(", ")}; median ${median(times)}`,
  );
  console.log(`show more: ms per run ${more.join(", ")}; median ${median(more)}; last layout ${layoutMs} ms`);
  console.log(`levels in order shown: ${levels.join("")}`);
  await page.screenshot({
    path: path.resolve(import.meta.dirname, "../artifacts/screenshots/explorer-hub-100k.png"),
  });
  await browser.close();
  await app.close();
} finally {
  await db.close();
  await neo.stop();
  rmSync(dir, { recursive: true, force: true });
}
