import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { exportKgx, readKgxJsonl, readKgxTsv, writeKgx } from "../../seed/kgx.ts";
import { isSeeded, loadSeed } from "../../seed/load.ts";
import type { Database } from "../../core/db/database.ts";
import { connect } from "./helpers.ts";

let db: Database;
beforeAll(async () => {
  db = connect();
  if (!(await isSeeded(db))) await loadSeed(db);
});
afterAll(async () => db?.close());

it("exports KGX that loads back into Neo4j with the same node and edge counts", async () => {
  const data = await exportKgx(db);
  const dir = mkdtempSync(path.join(os.tmpdir(), "kgx-"));
  writeKgx(dir, data);

  const statements = (await db.read<{ n: number }>("test", "MATCH (c:Statement) RETURN count(c) AS n"))[0]!.n;
  expect(statements).toBeGreaterThan(100);
  expect(data.edges).toHaveLength(statements);
  for (const e of data.edges) {
    expect(e.predicate).toMatch(/^biolink:/);
    expect(e.supporting_text.length).toBeGreaterThan(0);
    expect(e.publications[0]).toBe("doi:10.3389/fonc.2024.1477697");
    expect(["knowledge_assertion", "observation", "prediction", "statistical_association"]).toContain(
      e.knowledge_level,
    );
    expect(e.agent_type).toBe("manual_agent");
  }
  // Negated only where every evidence item refutes: the rigosertib phase III result, not the many that support.
  const negated = data.edges.filter((e) => e.negated);
  expect(negated.length).toBeGreaterThan(0);
  expect(negated.length).toBeLessThan(data.edges.length / 5);
  // A hedged-only statement is exported as a prediction.
  expect(data.edges.some((e) => e.knowledge_level === "prediction")).toBe(true);

  for (const [nodesFile, edgesFile, read] of [
    ["nodes.tsv", "edges.tsv", readKgxTsv],
    ["nodes.jsonl", "edges.jsonl", readKgxJsonl],
  ] as const) {
    const nodes = read(path.join(dir, nodesFile));
    const edges = read(path.join(dir, edgesFile));
    // Load into a scratch label inside one transaction that is rolled back, so the graph is untouched.
    const counts = await db
      .writeTransaction("kgx-roundtrip", async (run) => {
        await run("UNWIND $nodes AS n CREATE (:KgxRoundTrip {id: n.id, category: n.category})", { nodes });
        const created = await run(
          `UNWIND $edges AS e
           MATCH (s:KgxRoundTrip {id: e.subject}) MATCH (o:KgxRoundTrip {id: e.object})
           CREATE (s)-[r:KGX_EDGE {id: e.id, predicate: e.predicate}]->(o) RETURN count(r) AS n`,
          { edges },
        );
        const n = await run("MATCH (n:KgxRoundTrip) RETURN count(n) AS n");
        throw Object.assign(new Error("rollback"), {
          counts: { nodes: n.records[0]!.get("n"), edges: created.records[0]!.get("n") },
        });
      })
      .catch((e: { counts?: { nodes: number; edges: number } }) => e.counts);
    expect(counts, nodesFile).toEqual({ nodes: data.nodes.length, edges: data.edges.length });
  }
  const left = await db.read<{ n: number }>("test", "MATCH (n:KgxRoundTrip) RETURN count(n) AS n");
  expect(left[0]!.n).toBe(0);
});
