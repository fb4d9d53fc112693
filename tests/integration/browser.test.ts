import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../server/app.ts";
import type { Database } from "../../core/db/database.ts";
import { loadPaper } from "../../server/paper.ts";
import { isSeeded, loadSeed } from "../../seed/load.ts";
import { connect, testConfig, testLog } from "./helpers.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../artifacts/screenshots");
const require = createRequire(import.meta.url);

/**
 * A Chromium to drive: CHROMIUM_PATH, else a system Chromium, else Playwright's own build (downloaded
 * here when the network allows). Only when none works does the run stop, naming the one command.
 */
function findChromium(): string {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`);
  }
  const system = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find(
    existsSync,
  );
  if (system) return system;
  if (existsSync(chromium.executablePath())) return chromium.executablePath();
  try {
    execFileSync(process.execPath, [require.resolve("playwright-core/cli.js"), "install", "chromium"], {
      stdio: "inherit",
      timeout: 600_000,
    });
  } catch {
    // Reported below with the command to run.
  }
  if (existsSync(chromium.executablePath())) return chromium.executablePath();
  throw new Error(
    "No Chromium found and none could be downloaded: run `npx playwright-core install chromium`",
  );
}

let db: Database;
let app: Awaited<ReturnType<typeof createApp>>;
let browser: Browser;
let base: string;

beforeAll(async () => {
  const executablePath = findChromium();
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
    executablePath,
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
  const page = await browser.newPage({
    viewport: { width, height },
    permissions: ["clipboard-read", "clipboard-write"],
  });
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
            // Cytoscape's own hit test (model coordinates) says which element a click there would
            // reach: crossing edges of a crowded neighbourhood can lie on top of this one.
            const reached = cy
              .renderer()
              .findNearestElement(
                (p.x - cy.pan().x) / cy.zoom(),
                (p.y - cy.pan().y) / cy.zoom(),
                true,
                false,
              );
            if (!covered && reached?.id() === edge.id()) return { x: box.left + p.x, y: box.top + p.y };
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

  it("shows mechanism paths with their explanation next to the drawing, and other kinds only when asked", async () => {
    const page = await newPage();
    await page.goto(base + "/#paths=drug:selinexor..drug:venetoclax&hops=2");
    await page.waitForSelector("#paths .path");
    const first = page.locator("#paths .path").first();
    expect(await first.locator(".path-kind").textContent()).toBe("mechanism");
    expect(await first.textContent()).toMatch(/MCL-?1/);
    expect(await first.locator(".explanation").textContent()).toMatch(
      /selinexor is expected to decrease resistance to venetoclax \(weakest step: /i,
    );
    // The drawing holds the path's entities.
    expect(await nodeLabels(page)).toEqual(expect.arrayContaining(["MCL1"]));
    const kinds = await page.locator("#paths .path-kind").allTextContents();
    expect(new Set(kinds)).toEqual(new Set(["mechanism"]));
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-paths-selinexor-venetoclax.png") });
    // Asked for every kind, the co-indications and associations appear, labelled.
    await page.selectOption("#path-kind", "all");
    await page.click("#path-form button[type=submit]");
    await expect
      .poll(async () => new Set(await page.locator("#paths .path-kind").allTextContents()))
      .toEqual(new Set(["mechanism", "co-indication", "association"]));
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

  it("opens an entity by its standard identifier and links each identifier to its registry page", async () => {
    const page = await newPage();
    // HGNC:6943 is MCL1's HGNC id (seed/data/entities.yaml); the explorer resolves it like a local id.
    await page.goto(base + "/#entity=HGNC:6943");
    await page.waitForSelector("#panel .identifiers a");
    expect(await page.textContent("#panel h2")).toBe("MCL1");
    const links = await page.$$eval("#panel .identifiers a", (as) =>
      as.map((a) => ({ text: a.textContent, href: a.getAttribute("href") })),
    );
    expect(links).toEqual([{ text: "HGNC:6943", href: "https://bioregistry.io/HGNC:6943" }]);
    await page.close();
  });

  it("takes From and To as names through typeahead (synonyms and printed spellings), never ids", async () => {
    const page = await newPage();
    await page.goto(base + "/#paths=drug:eltanexor..drug:venetoclax&hops=2");
    await page.waitForSelector("#path-form:not([hidden])");
    // A shared link's ids are shown as names.
    await expect.poll(() => page.inputValue("#path-from")).toBe("eltanexor");
    expect(await page.inputValue("#path-to")).toBe("venetoclax");

    // From: a synonym (KPT-330) offers selinexor; picked with the mouse.
    await page.fill("#path-from", "");
    await page.locator("#path-from").pressSequentially("kpt-3");
    await page.click('#path-from-suggest li[data-id="drug:selinexor"]');
    expect(await page.inputValue("#path-from")).toBe("selinexor");

    // To: the printed spelling "MCL-1" offers MCL1; picked with the keyboard.
    await page.fill("#path-to", "");
    await page.locator("#path-to").pressSequentially("mcl-");
    await page.waitForSelector('#path-to-suggest li[data-id="gene:MCL1"]');
    const options = await page
      .locator("#path-to-suggest li")
      .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id));
    for (let i = 0; i <= options.indexOf("gene:MCL1"); i++) await page.press("#path-to", "ArrowDown");
    await page.press("#path-to", "Enter");
    expect(await page.inputValue("#path-to")).toBe("MCL1");
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-path-typeahead.png") });

    await page.click('#path-form button[type="submit"]');
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes("drug:selinexor..gene:MCL1"));
    await page.waitForFunction(() => document.querySelector("#paths .path")?.textContent?.includes("MCL1"));
    expect(await page.textContent("#paths .path")).toMatch(/selinexor → MCL1/);
    expect(await page.inputValue("#path-from")).toBe("selinexor");
    await page.close();
  });

  it("search box: typeahead opens an entity; a search shows facets and whole-word marks", async () => {
    const page = await newPage();
    await page.goto(base + "/");
    await page.locator("#search").pressSequentially("NF-k");
    await page.click('#search-suggest li[data-id="protein_complex:NFKB"]');
    await page.waitForFunction(() => location.hash === "#entity=protein_complex%3ANFKB");
    await page.fill("#search", "rigosertib phase 3");
    await page.press("#search", "Enter");
    await page.waitForSelector(".hit");
    expect(await page.textContent("#results .facets")).toMatch(/\d+ statements?\b/);
    const marks = await page.locator("#results mark").allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(["rigosertib", "iii"]));
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

/** Waits for the graph of a view to be drawn (the layout runs before the panel is written). */
async function openGraph(page: Page, hash: string, title: string) {
  await page.goto(`${base}/#${hash}`);
  await page.waitForSelector(title, { timeout: 20_000 });
  await page.waitForFunction(() => (window as any).explorer.cy.nodes().length > 1, null, { timeout: 20_000 });
}

/**
 * Rendered boxes of every node label and node body; returns each pair that overlaps (a label over
 * another label, or over any node's body).
 */
const labelOverlaps = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as any).explorer.cy;
    const boxes = cy.nodes().map((n: any) => ({
      id: n.id() as string,
      label: n.renderedBoundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      }),
      body: n.renderedBoundingBox({
        includeNodes: true,
        includeEdges: false,
        includeLabels: false,
        includeOverlays: false,
      }),
    }));
    const hit = (a: any, b: any) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const out: string[] = [];
    for (const a of boxes) {
      if (!(a.label.w > 0)) out.push(`${a.id} has no rendered label`);
      for (const b of boxes) {
        if (a.id < b.id && hit(a.label, b.label)) out.push(`label ${a.id} over label ${b.id}`);
        if (a.id !== b.id && hit(a.label, b.body)) out.push(`label ${a.id} over node ${b.id}`);
      }
    }
    return { count: boxes.length, overlaps: out };
  });

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (c !== "\r") field += c;
  }
  return rows;
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document)).violations);
  return (violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe("explorer 2: layouts, views, take-aways, accessibility", () => {
  const NAMED_GRAPHS = [
    {
      hash: "paths=drug:selinexor..drug:venetoclax&hops=3",
      title: ".path",
      shot: "path-selinexor-venetoclax",
    },
    { hash: "entity=drug:selinexor", title: "#entity-title", shot: "neighbourhood-selinexor" },
    { hash: "entity=gene:XPO1", title: "#entity-title", shot: "neighbourhood-xpo1" },
    { hash: "entity=gene:MCL1", title: "#entity-title", shot: "neighbourhood-mcl1" },
    { hash: "entity=drug:venetoclax", title: "#entity-title", shot: "neighbourhood-venetoclax" },
  ];

  it("draws the named path and neighbourhood views with no label over another label or a node", async () => {
    const page = await newPage(1400, 1000);
    for (const view of NAMED_GRAPHS) {
      await openGraph(page, view.hash, view.title);
      const { count, overlaps } = await labelOverlaps(page);
      expect(count, view.hash).toBeGreaterThan(2);
      expect(overlaps, view.hash).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `explorer-${view.shot}.png`) });
      await page.goto("about:blank");
    }
    await page.close();
  });

  it("lays a path out left to right, one column per hop, from the start entity to the end entity", async () => {
    const page = await newPage(1400, 1000);
    await openGraph(page, "paths=drug:selinexor..drug:venetoclax&hops=3", ".path");
    const { mechanismPaths } = await graphql<{ mechanismPaths: { entities: { id: string }[] }[] }>(`
      {
        mechanismPaths(from: "drug:selinexor", to: "drug:venetoclax", maxHops: 3, first: 10) {
          entities {
            id
          }
        }
      }
    `);
    expect(mechanismPaths.some((p) => p.entities.length > 2)).toBe(true);
    const x = await page.evaluate(() =>
      Object.fromEntries((window as any).explorer.cy.nodes().map((n: any) => [n.id(), n.position("x")])),
    );
    for (const p of mechanismPaths) {
      const xs = p.entities.map((e) => x[e.id]);
      // Each hop moves right, unless an entity sits in an earlier column because another path reaches it sooner.
      expect(xs[0], p.entities.map((e) => e.id).join(" > ")).toBeLessThan(Math.min(...xs.slice(1)));
      expect(xs.at(-1)).toBeGreaterThan(Math.max(...xs.slice(0, -1)));
    }
    await page.close();
  });

  it("pages a neighbourhood strongest first, with show more working from the keyboard", async () => {
    const page = await newPage();
    await openGraph(page, "entity=drug:selinexor&page=10", "#entity-title");
    const { statements } = await graphql<{
      statements: { edges: { node: { id: string } }[]; totalCount: number };
    }>(`
      {
        statements(filter: { entity: "drug:selinexor" }, first: 20) {
          edges {
            node {
              id
            }
          }
          totalCount
        }
      }
    `);
    expect(statements.totalCount).toBeGreaterThan(20);
    const listed = () =>
      page.$$eval("#entity-statements a", (as) => as.map((a) => decodeURIComponent(a.getAttribute("href")!)));
    expect(await listed()).toEqual(statements.edges.slice(0, 10).map((e) => `#statement=${e.node.id}`));
    // Tab to "Show more" and press Enter.
    for (let i = 0; i < 80 && !(await page.evaluate(() => document.activeElement?.id === "show-more")); i++)
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect
      .poll(listed, { timeout: 15_000 })
      .toEqual(statements.edges.map((e) => `#statement=${e.node.id}`));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBeTruthy();
    // Enter on the focused statement opens it.
    await page.keyboard.press("Enter");
    await page.waitForSelector("#statement-title");
    expect(decodeURIComponent(page.url())).toContain(`#statement=${statements.edges[10]!.node.id}`);
    await page.close();
  });

  it("shows a statement about a combination with its components, and negated evidence marked", async () => {
    const page = await newPage();
    const [combo] = await db.read<{ id: string; parts: string[] }>(
      "test",
      `MATCH (s:Statement)-[:SUBJECT]->(t:Therapy)-[:HAS_PART]->(p) WITH s, collect(p.id) AS parts
       RETURN s.id AS id, parts ORDER BY s.id LIMIT 1`,
    );
    await openGraph(page, `statement=${encodeURIComponent(combo!.id)}`, "#statement-title");
    expect(await page.textContent("#panel")).toMatch(/is a combination of/);
    const drawn = await page.evaluate(() =>
      (window as any).explorer.cy.edges('[predicate = "has_part"]').map((e: any) => e.target().id()),
    );
    expect(drawn.sort()).toEqual([...combo!.parts].sort());
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-statement-combination.png") });

    const [negated] = await db.read<{ id: string }>(
      "test",
      `MATCH (s:Statement)-[:HAS_EVIDENCE]->(:Evidence {negated: true}) RETURN s.id AS id ORDER BY s.id LIMIT 1`,
    );
    await page.goto(`${base}/#statement=${encodeURIComponent(negated!.id)}`);
    await page.waitForSelector("#statement-evidence .evidence.is-negated .badge.negated");
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-statement-negated.png") });
    await page.close();
  });

  it("shows a reference with its record, each citing sentence in context and its verdict", async () => {
    const page = await newPage();
    const { publication } = await graphql<{
      publication: {
        title: string;
        citingSentences: { id: string }[];
        verdicts: { verdict: string; reason: string; citingSentence: { id: string } }[];
      };
    }>(`
      {
        publication(number: 14) {
          title
          citingSentences {
            id
          }
          verdicts {
            verdict
            reason
            citingSentence {
              id
            }
          }
        }
      }
    `);
    expect(publication.verdicts.some((v) => v.verdict === "distorts")).toBe(true);
    await page.goto(`${base}/#reference=14`);
    await page.waitForSelector("#reference-title");
    expect(await page.textContent("#reference-title")).toContain(publication.title);
    const cited = page.locator("#reference-citations .citation");
    expect(await cited.count()).toBe(publication.citingSentences.length);
    for (const [i, s] of publication.citingSentences.entries()) {
      const v = publication.verdicts.find((x) => x.citingSentence.id === s.id);
      const text = await cited.nth(i).textContent();
      expect(await cited.nth(i).locator("mark").count()).toBe(1);
      if (v) expect(text).toContain(v.reason);
    }
    expect(await page.locator(".verdict-distorts").count()).toBe(
      publication.verdicts.filter((v) => v.verdict === "distorts").length,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-reference-14.png"), fullPage: true });
    await page.close();
  });

  it("shows a study with its outcomes", async () => {
    const page = await newPage();
    const { studies } = await graphql<{
      studies: { id: string; title: string; outcomes: { measure: string }[] }[];
    }>(`
      {
        studies {
          id
          title
          outcomes {
            measure
          }
        }
      }
    `);
    const study = studies.find((s) => s.outcomes.length >= 3)!;
    await page.goto(`${base}/#study=${encodeURIComponent(study.id)}`);
    await page.waitForSelector("#study-title");
    expect(await page.textContent("#study-title")).toBe(study.title);
    expect(await page.locator("#study-outcomes tbody tr").count()).toBe(study.outcomes.length);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-study.png"), fullPage: true });
    await page.close();
  });

  it("shows each patient with the values Table 1 and the text disagree on, and no placeholder", async () => {
    const page = await newPage();
    const { cases } = await graphql<{
      cases: { id: string; facts: { value: string; loci: { kind: string }[] }[] }[];
    }>(`
      {
        cases {
          id
          facts(field: "response") {
            value
            loci {
              kind
            }
          }
        }
      }
    `);
    for (const c of cases) {
      await page.goto(`${base}/#case=${c.id}`);
      await page.waitForFunction(
        (id) => document.querySelector("#case-title")?.textContent?.endsWith(id.split(":")[1]!),
        c.id,
      );
      const panel = (await page.textContent("#panel"))!;
      // Every response value is shown, the table's beside the text's, and the disagreement is named.
      const values = [...new Set(c.facts.map((f) => f.value))];
      expect(values.length).toBeGreaterThan(1);
      for (const v of values) expect(panel).toContain(v);
      expect(panel).toMatch(/text and Table 1 disagree/);
      expect(panel).not.toMatch(/\?|–|undefined|null/);
      // Mutations are listed per panel, each naming its timepoint.
      const panels = await page.$$eval("#case-mutations li", (lis) => lis.map((li) => li.textContent ?? ""));
      for (const p of panels)
        expect(
          new Set(
            p
              .split(/[:,]/)
              .slice(1)
              .map((g) => g.trim()),
          ).size,
        ).toBe(p.split(/[:,]/).length - 1);
      await page.screenshot({
        path: path.join(ARTIFACTS, `explorer-patient-${c.id.split(":")[1]}-full.png`),
        fullPage: true,
      });
    }
    const list = (await page.textContent("#results"))!;
    expect(list).not.toMatch(/\?|–/);
    await page.close();
  });

  it("exports the graph as SVG and PNG, the evidence as CSV matching the API, and copies the permalink", async () => {
    const page = await newPage();
    await openGraph(page, "entity=gene:MCL1", "#entity-title");
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
      return readFileSync((await download.path())!);
    };
    const svg = (await save("#export-svg")).toString("utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        root: doc.documentElement.nodeName,
        error: doc.querySelector("parsererror")?.textContent ?? null,
        text: doc.documentElement.textContent,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe("svg");
    for (const label of await nodeLabels(page)) expect(parsed.text).toContain(label);
    const png = await save("#export-png");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");

    const rows = parseCsv((await save("#export-csv")).toString("utf8"));
    const [header, ...body] = rows;
    const col = (name: string) => header!.indexOf(name);
    const inView = await page.evaluate(() =>
      (window as any).explorer.cy.edges().flatMap((e: any) => e.data("statements")),
    );
    expect(new Set(body.map((r) => r[col("statement_id")]))).toEqual(new Set(inView));
    for (const id of inView) {
      const { statement } = await graphql<{
        statement: {
          evidence: {
            id: string;
            level: string;
            quote: string;
            references: { number: number }[];
            epistemics: { hedged: boolean; negated: boolean };
          }[];
        };
      }>(
        `
          query ($id: ID!) {
            statement(id: $id) {
              evidence {
                id
                level
                quote
                references {
                  number
                }
                epistemics {
                  hedged
                  negated
                }
              }
            }
          }
        `,
        { id },
      );
      const mine = body.filter((r) => r[col("statement_id")] === id);
      expect(mine.map((r) => r[col("evidence_id")])).toEqual(statement.evidence.map((e) => e.id));
      statement.evidence.forEach((e, i) => {
        const r = mine[i]!;
        expect(r[col("level")]).toBe(e.level);
        expect(r[col("quote")]).toBe(e.quote);
        expect(r[col("references")]).toBe(e.references.map((x) => x.number).join("; "));
        expect(r[col("hedged")]).toBe(String(e.epistemics.hedged));
        expect(r[col("negated")]).toBe(String(e.epistemics.negated));
        expect(r[col("locus")]).toBeTruthy();
      });
    }

    await page.click("#copy-link");
    await expect.poll(() => page.textContent("#export-status")).toMatch(/copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-exports.png") });
    await page.close();
  });

  it("explores a mechanism path with the keyboard only: into the graph, along the path, open a statement and an entity, out", async () => {
    const page = await newPage(1400, 1000);
    await page.goto(`${base}/`);
    await page.waitForSelector("#intro");
    // Any pointer input would make this test meaningless: count it (keyboard activation fires none).
    await page.evaluate(() => {
      (window as any).pointerEvents = 0;
      for (const t of ["pointerdown", "mousedown", "touchstart", "wheel"])
        addEventListener(t, () => (window as any).pointerEvents++, true);
    });
    const focused = (sel: string) => page.evaluate((s) => !!document.activeElement?.matches(s), sel);
    const tabTo = async (sel: string) => {
      for (let i = 0; i < 80; i++) {
        if (await focused(sel)) return;
        await page.keyboard.press("Tab");
      }
      throw new Error(`Tab never reached ${sel}`);
    };
    const status = async () => (await page.textContent("#graph-status")) ?? "";
    /** What the user sees selected: the highlighted element's id, and whether it is inside the canvas. */
    const selection = () =>
      page.evaluate(() => {
        const cy = (window as any).explorer.cy;
        const el = cy.$(".kbd");
        const node = el.nodes()[0];
        const edge = el.edges()[0];
        const box = node?.renderedBoundingBox({ includeLabels: false });
        const c = cy.container();
        return {
          node: node?.id() as string | undefined,
          edge: edge?.id() as string | undefined,
          x: node?.position("x") as number | undefined,
          inView: !!box && box.x1 >= 0 && box.y1 >= 0 && box.x2 <= c.clientWidth && box.y2 <= c.clientHeight,
          ring: node?.style("border-color") as string | undefined,
        };
      });

    // The Paths link, then three hops instead of two and every kind of path, then Find paths: all from the keyboard.
    await tabTo('header nav a[href^="#paths="]');
    await page.keyboard.press("Enter");
    await page.waitForSelector("#paths .path");
    await tabTo("#path-hops");
    await page.keyboard.press("ArrowDown");
    expect(await page.inputValue("#path-hops")).toBe("3");
    await tabTo("#path-kind");
    await page.keyboard.press("End");
    expect(await page.inputValue("#path-kind")).toBe("all");
    await tabTo("#path-form button[type=submit]");
    // The list is rewritten after the new paths are drawn: mark the old one to wait for that.
    await page.evaluate(() => ((document.querySelector("#paths .path") as any).stale = true));
    await page.keyboard.press("Enter");
    const { mechanismPaths } = await graphql<{
      mechanismPaths: { entities: { id: string; name: string }[]; steps: { statement: { id: string } }[] }[];
    }>(`
      {
        mechanismPaths(
          from: "drug:selinexor"
          to: "drug:venetoclax"
          maxHops: 3
          first: 10
          kinds: [mechanism, co_indication, association]
        ) {
          entities {
            id
            name
          }
          steps {
            statement {
              id
            }
          }
        }
      }
    `);
    const onPaths = [...new Set(mechanismPaths.flatMap((p) => p.entities.map((e) => e.id)))];
    await page.waitForFunction(
      (ids) =>
        location.hash.includes("hops=3&kind=all") &&
        !(document.querySelector("#paths .path") as any)?.stale &&
        ids.every((id) => (window as any).explorer.cy.$id(id).length),
      onPaths,
    );
    const nodeCount = await page.evaluate(() => (window as any).explorer.cy.nodes().length);
    expect(nodeCount).toBeGreaterThanOrEqual(3);

    // Into the graph: the path's start is selected first and announced.
    await tabTo("#graph");
    expect(await status()).toMatch(/^selinexor, drug: entity 1 of \d+/);
    // Arrow right visits every entity once, column by column from start (left) to end (right).
    const visited: { node: string; x: number }[] = [];
    for (let i = 0; i < nodeCount; i++) {
      const sel = await selection();
      expect(sel.inView, `${sel.node} is in view`).toBe(true);
      expect(sel.ring).toBe("rgb(227,116,0)");
      const label = await page.evaluate((id) => (window as any).explorer.cy.$id(id).data("label"), sel.node);
      expect(await status()).toContain(`${label}`);
      expect(await status()).toContain(`entity ${i + 1} of ${nodeCount}`);
      visited.push({ node: sel.node!, x: sel.x! });
      await page.keyboard.press("ArrowRight");
    }
    expect(new Set(visited.map((v) => v.node)).size).toBe(nodeCount);
    expect(visited[0]!.node).toBe("drug:selinexor");
    for (let i = 1; i < visited.length; i++)
      expect(visited[i]!.x + 1).toBeGreaterThanOrEqual(visited[i - 1]!.x);
    expect((await selection()).node).toBe("drug:selinexor");

    // The best path's last step: select its middle entity, step to that statement with ], open it.
    const best = mechanismPaths.find((p) => p.entities.length === 3)!;
    const middle = best.entities[1]!;
    const lastStep = best.steps[1]!.statement.id;
    for (let i = 0; i < nodeCount && (await selection()).node !== middle.id; i++)
      await page.keyboard.press("ArrowRight");
    const quoted = middle.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    expect(await status()).toMatch(new RegExp(`^${quoted}`));
    for (let i = 0; i < 40 && (await selection()).edge !== lastStep; i++) await page.keyboard.press("]");
    expect((await selection()).edge).toBe(lastStep);
    expect(await status()).toMatch(/statement \d+ of \d+ of .*Enter opens its evidence/);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#statement-title");
    expect(decodeURIComponent(page.url())).toContain(`#statement=${lastStep}`);
    const { statement } = await graphql<{ statement: { evidence: { id: string }[] } }>(
      `
        query ($id: ID!) {
          statement(id: $id) {
            evidence {
              id
            }
          }
        }
      `,
      { id: lastStep },
    );
    expect(await page.locator("#statement-evidence .evidence").count()).toBe(statement.evidence.length);
    expect(await focused("#graph")).toBe(true);

    // Back to the middle entity and open its neighbourhood; the new graph is announced from its entity.
    await page.keyboard.press("Home");
    for (let i = 0; i < nodeCount && (await selection()).node !== middle.id; i++)
      await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.waitForFunction(
      (name) => document.querySelector("#entity-title")?.textContent === name,
      middle.name,
    );
    expect(decodeURIComponent(page.url())).toContain(`#entity=${middle.id}`);
    await expect.poll(status).toMatch(new RegExp(`^${quoted}, [a-z ]+: entity 1 of \\d+`));
    expect((await selection()).node).toBe(middle.id);
    expect(await axeViolations(page)).toEqual([]);

    // Escape drops the selection and leaves the graph for the details panel.
    await page.keyboard.press("Escape");
    expect(await focused("#panel")).toBe(true);
    expect((await selection()).node).toBeUndefined();
    expect(await page.evaluate(() => (window as any).pointerEvents)).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-keyboard-path.png") });
    await page.close();
  });

  it("has no serious or critical axe-core violation on any view", async () => {
    const page = await newPage();
    const views = [
      { hash: "", wait: "#intro" },
      { hash: "q=selinexor", wait: ".hit" },
      { hash: "entity=gene:XPO1", wait: "#entity-title" },
      { hash: "paths=drug:selinexor..drug:venetoclax&hops=3", wait: ".path" },
      { hash: "statement=", wait: "#statement-title" },
      { hash: "reference=14", wait: "#reference-title" },
      { hash: "study=study:svd-case-series", wait: "#study-title" },
      { hash: "case=case:1", wait: "#case-title" },
      { hash: "cases", wait: ".case-hit" },
      { hash: "conflicts", wait: ".conflict" },
    ];
    const [{ id }] = (await db.read<{ id: string }>(
      "test",
      `MATCH (s:Statement {subjectId: 'drug:selinexor', objectId: 'gene:XPO1'}) RETURN s.id AS id ORDER BY s.id LIMIT 1`,
    )) as [{ id: string }];
    const found: string[] = [];
    for (const v of views) {
      await page.goto("about:blank");
      await page.goto(`${base}/#${v.hash === "statement=" ? `statement=${encodeURIComponent(id)}` : v.hash}`);
      await page.waitForSelector(v.wait, { timeout: 20_000 });
      found.push(...(await axeViolations(page)).map((x) => `${v.hash || "home"}: ${x}`));
    }
    expect(found).toEqual([]);
    await page.close();
  });
});
