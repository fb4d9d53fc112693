import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Params } from "../../core/db/database.ts";
import { isSeeded, loadSeed } from "../../seed/load.ts";
import { createStore } from "../../store/index.ts";
import { connect } from "./helpers.ts";

/**
 * No lookup by key reads a whole label: each lookup's Cypher, as the store sends it, is planned
 * by Neo4j (EXPLAIN) on the seeded graph and its plan must hold no label or all-nodes scan. A
 * predicate on a computed value (toLower(p.doi) = ...) or an OR of keys brings the scan back.
 */
let db: Database;
beforeAll(async () => {
  db = connect();
  if (!(await isSeeded(db))) await loadSeed(db);
}, 300_000);
afterAll(async () => db?.close());

/** The Cypher a store call sends (it reads nothing: every read answers no rows). */
async function cypherOf(call: (store: ReturnType<typeof createStore>) => Promise<unknown>) {
  const sent: { text: string; params: Params }[] = [];
  const store = createStore({
    read: async (text: string, params: Params = {}) => {
      sent.push({ text, params });
      return [];
    },
  } as never);
  await call(store).catch(() => {});
  return sent;
}

interface Plan {
  operatorType: string;
  children: Plan[];
}
const operators = (plan: Plan): string[] => [plan.operatorType, ...plan.children.flatMap(operators)];

async function planOf(text: string, params: Params): Promise<string[]> {
  const session = db.driver.session({ defaultAccessMode: "READ" });
  try {
    const result = await session.run(`EXPLAIN ${text}`, params);
    return operators(result.summary.plan as unknown as Plan);
  } finally {
    await session.close();
  }
}

const LOOKUPS: [string, (store: ReturnType<typeof createStore>) => Promise<unknown>][] = [
  ["publication by id", (s) => s.publications.find({ id: "pub:ref1" })],
  ["publication by number", (s) => s.publications.find({ number: 12 })],
  ["publication by DOI", (s) => s.publications.find({ doi: "10.3389/FONC.2024.1477697" })],
  ["publication by PMID", (s) => s.publications.find({ pmid: "12345" })],
  ["a publication's citing sentences", (s) => s.publications.citingLoci("pub:ref1", 20)],
  ["a publication's citing statements", (s) => s.publications.citingStatements("pub:ref1", 20)],
  ["entity by id", (s) => s.entities.byId("gene:XPO1")],
  ["entity by name", (s) => s.entities.byName("XPO1")],
  // HGNC:12825 is XPO1's HGNC id (seed/data/entities.yaml).
  ["entity by standard identifier (CURIE)", (s) => s.entities.byXref("HGNC:12825")],
  ["an entity's statements", (s) => s.entities.statementsOf("gene:XPO1", 20)],
  ["statement by id", (s) => s.statements.byId("stmt:x")],
  ["entities page", (s) => s.entities.list(null, { after: null, size: 20, count: false })],
  [
    "entities page after a cursor",
    (s) => s.entities.list(null, { after: ["xpo1", "gene:XPO1"], size: 20, count: false }),
  ],
  [
    "entities page of one kind after a cursor",
    (s) => s.entities.list({ kind: "gene" }, { after: ["xpo1", "gene:XPO1"], size: 20, count: false }),
  ],
];

describe("lookup plans", () => {
  it.each(LOOKUPS)("%s: no label scan", async (_name, call) => {
    const sent = await cypherOf(call);
    expect(sent.length).toBeGreaterThan(0);
    for (const { text, params } of sent) {
      const ops = await planOf(text, params);
      expect(
        ops.filter((op) => /NodeByLabelScan|AllNodesScan/.test(op)),
        `${text}\n${ops.join(" ")}`,
      ).toEqual([]);
    }
  });

  it("the entities page reads its index in order: no sort of the entities", async () => {
    for (const filter of [null, { kind: "gene" }]) {
      const [page] = await cypherOf((s) =>
        s.entities.list(filter, { after: ["xpo1", "gene:XPO1"], size: 20, count: false }),
      );
      const ops = await planOf(page!.text, page!.params);
      expect(
        ops.filter((op) => /^Sort|^Top/.test(op)),
        ops.join(" "),
      ).toEqual([]);
    }
  });
});
