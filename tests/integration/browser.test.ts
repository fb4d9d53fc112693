import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../server/app.ts";
import type { Database } from "../../core/db/database.ts";
import { loadPaper } from "../../server/paper.ts";
import { isSeeded, loadSeed } from "../../seed/load.ts";
import { connect, testConfig, testLog } from "./helpers.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../artifacts/screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let db: Database;
let app: Awaited<ReturnType<typeof createApp>>;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (.ci/run does)`);
  mkdirSync(ARTIFACTS, { recursive: true });
  db = connect();
  if (!(await isSeeded(db))) await loadSeed(db);
  app = await createApp({
    config: { ...testConfig, RATE_LIMIT_PER_MINUTE: 0 },
    db,
    log: testLog,
    paper: loadPaper(),
  });
  base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await db?.close();
});

const pageErrors: string[] = [];
afterEach(() => {
  const errors = pageErrors.splice(0);
  expect(errors, "errors thrown in the page").toEqual([]);
});

async function newPage(width = 1366, height = 850): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  // Offline by design: any request leaving the server is a bug (no CDN).
  // A script error fails the test that caused it, with its message.
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
    throw new Error(`request left the server: ${route.request().url()}`);
  });
  return page;
}

const nodeLabels = (page: Page) =>
  page.evaluate(() => (window as any).explorer.cy.nodes().map((n: any) => n.data("label")) as string[]);

describe("mechanism explorer", () => {
  it("searches selinexor, shows XPO1 in the graph, and opens the selinexor → XPO1 evidence", async () => {
    const page = await newPage();
    await page.goto(base + "/");
    await page.fill("#search", "selinexor");
    await page.press("#search", "Enter");
    await page.waitForSelector(".hit");
    await page.waitForFunction(() => (window as any).explorer.cy.nodes().length > 3);
    expect(await nodeLabels(page)).toContain("XPO1");
    expect(page.url()).toContain("#q=selinexor");
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-search-selinexor.png") });

    // Click the selinexor -> XPO1 edge on the canvas.
    const point = await page.evaluate(() => {
      // A point on one of the selinexor -> XPO1 "inhibits" edges that no node (or its label) covers;
      // re-run the layout if every candidate is covered.
      const cy = (window as any).explorer.cy;
      const box = cy.container().getBoundingClientRect();
      for (let attempt = 0; attempt < 10; attempt++) {
        const edges = cy
          .edges()
          .filter(
            (e: any) =>
              e.source().id() === "drug:selinexor" &&
              e.target().id() === "gene:XPO1" &&
              e.data("predicate") === "inhibits",
          );
        for (const edge of edges) {
          cy.fit(edge.connectedNodes(), 60);
          const a = edge.renderedSourceEndpoint();
          const b = edge.renderedTargetEndpoint();
          // Parallel statements are drawn as curves: their midpoint is on the edge, a straight
          // line between the endpoints is not.
          const candidates = [
            edge.renderedMidpoint(),
            ...[0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8].map((t) => ({
              x: a.x + (b.x - a.x) * t,
              y: a.y + (b.y - a.y) * t,
            })),
          ];
          for (const p of candidates) {
            const covered = cy.nodes().some((n: any) => {
              const r = n.renderedBoundingBox();
              return p.x > r.x1 - 4 && p.x < r.x2 + 4 && p.y > r.y1 - 4 && p.y < r.y2 + 4;
            });
            if (!covered) return { x: box.left + p.x, y: box.top + p.y };
          }
        }
        cy.layout({ name: "cose", animate: false, randomize: true }).run();
      }
      throw new Error("every selinexor -> XPO1 edge is covered by a node");
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector("#statement-title", { timeout: 5000 }).catch(async () => {
      await page.screenshot({ path: path.join(ARTIFACTS, "debug-click.png") });
      throw new Error(
        `no statement opened; hash ${await page.evaluate(() => location.hash)}; clicked ${JSON.stringify(point)}`,
      );
    });
    expect(await page.textContent("#statement-title")).toMatch(/selinexor inhibits XPO1/);
    const panel = (await page.textContent("#panel"))!;
    expect(panel).toMatch(/Selinexor .*XPO/);
    expect(await page.locator("#panel mark").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-selinexor-xpo1.png") });

    // A cited statement shows each evidence item with its references, number and title.
    const found = await db.read<{ id: string }>(
      "test",
      `MATCH (s:Statement {subjectId: 'drug:selinexor', objectId: 'drug:venetoclax', predicate: 'synergizes_with'})
       WHERE 35 IN s.references RETURN s.id AS id ORDER BY s.id LIMIT 1`,
    );
    await page.goto(base + `/#statement=${encodeURIComponent(found[0]!.id)}`);
    await page.waitForFunction(() =>
      document.querySelector("#statement-title")?.textContent?.includes("venetoclax"),
    );
    expect(await page.textContent("#statement-evidence")).toContain(
      "[35] Inhibition of XPO1 enhances cell death induced by ABT-199",
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-statement-reference-35.png") });

    // Hedged evidence looks different from evidence that is shown, and says which words hedge it.
    const hedged = await db.read<{ id: string }>(
      "test",
      `MATCH (s:Statement)-[:HAS_EVIDENCE]->(e:Evidence {hedged: true})
       WHERE s.objectId = 'gene:MCL1' OR s.subjectId = 'gene:MCL1' RETURN s.id AS id ORDER BY s.id LIMIT 1`,
    );
    await page.goto(base + `/#statement=${encodeURIComponent(hedged[0]!.id)}`);
    await page.waitForSelector("#statement-evidence .evidence.is-hedged");
    expect(await page.textContent("#statement-evidence .badge.hedged")).toMatch(/hedged: “may/);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-hedged-mcl1.png") });
    await page.close();
  });

  it("opens patient 2 and shows blasts 34% → 3% side by side", async () => {
    const page = await newPage();
    await page.goto(base + "/#case=case:2");
    await page.waitForSelector("#case-title");
    const blasts = page.locator('.ba[data-field="bm_blast_percent"]');
    await expect.poll(() => blasts.textContent()).toMatch(/34%.*→.*3%/s);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-patient-2.png"), fullPage: true });
    await page.close();
  });

  it("stays usable at phone width", async () => {
    const page = await newPage(390, 844);
    await page.goto(base + "/#entity=gene:MCL1");
    await page.waitForFunction(() => (window as any).explorer.cy.nodes().length > 1);
    expect(await page.isVisible("#search")).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-phone-mcl1.png"), fullPage: true });
    await page.close();
  });
});

describe("GraphQL IDE", () => {
  it("loads GraphiQL from local assets with the named operations and runs one", async () => {
    const page = await newPage();
    await page.goto(base + "/ide");
    await page.waitForSelector(".graphiql-container");
    await page.click(".graphiql-execute-button");
    await expect
      .poll(async () => (await page.locator(".result-window").textContent()) ?? "", { timeout: 15_000 })
      .toContain('"data"');
    const tabs = await page.locator(".graphiql-tab").count();
    expect(tabs).toBeGreaterThanOrEqual(11);
    await page.screenshot({ path: path.join(ARTIFACTS, "ide.png") });
    await page.close();
  });
});
