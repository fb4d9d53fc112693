// Smoke test for the jar-based Neo4j: install, start, Bolt + full-text (Lucene) query, stop, no JVM left.
// Run with: npx tsx cli/neo4jSmoke.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { startLocalNeo4j } from "../core/db/localNeo4j.ts";
import { install } from "../neo4j/install.mjs";

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

let t = Date.now();
install({ log: (msg) => console.log(msg) });
const installTime = seconds(t);

const dataDir = mkdtempSync(path.join(os.tmpdir(), "neo4j-smoke-"));
t = Date.now();
const server = await startLocalNeo4j({ dataDir, log: (msg) => console.log(msg) });
const startTime = seconds(t);

const driver = neo4j.driver(server.uri, server.auth); // the data folder's generated password
try {
  const one = await driver.executeQuery("RETURN 1 AS one");
  if (one.records[0]?.get("one").toNumber() !== 1) throw new Error("RETURN 1 did not return 1");

  await driver.executeQuery("CREATE FULLTEXT INDEX t IF NOT EXISTS FOR (n:X) ON EACH [n.name]");
  await driver.executeQuery("CALL db.awaitIndexes(60)");
  await driver.executeQuery("CREATE (:X {name: 'venetoclax resistance'}), (:X {name: 'azacitidine'})");
  // Full-text indexes are eventually consistent; poll briefly until the refresh shows the node.
  let hits: string[] = [];
  for (let i = 0; i < 50 && hits.length === 0; i++) {
    const res = await driver.executeQuery(
      "CALL db.index.fulltext.queryNodes('t', 'venetoclax') YIELD node RETURN node.name AS name",
    );
    hits = res.records.map((r) => r.get("name") as string);
    if (hits.length === 0) await new Promise((r) => setTimeout(r, 100));
  }
  if (hits.join() !== "venetoclax resistance")
    throw new Error(`full-text query returned ${JSON.stringify(hits)}`);
  console.log(`full-text query ok: ${JSON.stringify(hits)}`);
} finally {
  await driver.close();
  t = Date.now();
  await server.stop();
  console.log(`stopped in ${seconds(t)}`);
  rmSync(dataDir, { recursive: true, force: true });
}

// Our JVM must be gone; pgrep also reports any other launcher JVM left on this machine.
let alive = true;
try {
  process.kill(server.pid, 0);
} catch {
  alive = false;
}
if (alive) throw new Error(`launcher JVM ${server.pid} still running after stop()`);
let others = "";
try {
  others = execFileSync("pgrep", ["-f", "evidencegraph.Launcher"], { encoding: "utf8" }).trim();
} catch {
  // pgrep exits 1 when nothing matches
}
console.log(`pgrep -f evidencegraph.Launcher: ${others ? others.replace(/\n/g, " ") : "none"}`);
console.log(`smoke ok: install ${installTime}, JVM start -> ready ${startTime}, JVM ${server.pid} gone`);
