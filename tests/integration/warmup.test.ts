import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../core/config.ts";
import { Database } from "../../core/db/database.ts";
import { createApp } from "../../server/app.ts";
import { loadPaper } from "../../server/paper.ts";
import { isSeeded, loadSeed } from "../../seed/load.ts";
import { statementListQuery } from "../../store/statements.ts";
import { testConfig } from "./helpers.ts";

/**
 * The start-up warm-up (server/warmup.ts): it issues the explorer's neighbourhood statements for the
 * most connected entity before readiness, and a failing one is logged, not thrown.
 */
const seen: { operation: string; cypher: string; params: Record<string, unknown> }[] = [];
const logged: { level: number; msg: string }[] = [];
let db: Database;

async function logger() {
  const { pino } = await import("pino");
  return pino({ level: "info" }, { write: (line: string) => void logged.push(JSON.parse(line)) });
}

beforeAll(async () => {
  db = new Database(inject("neo4jUri"), inject("neo4jAuth") as never, {
    database: testConfig.NEO4J_DATABASE,
    log: await logger(),
    queryTimeoutMs: 120_000,
    onStatement: ({ operation, cypher, params }) => void seen.push({ operation, cypher, params }),
  });
  if (!(await isSeeded(db))) await loadSeed(db);
}, 300_000);
afterAll(async () => {
  await db?.close();
});

const config = loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "0" });

describe("start-up warm-up", () => {
  it("opens the most connected entity's neighbourhood with the store's page query before readiness", async () => {
    const [top] = await db.read<{ id: string }>(
      "test",
      `MATCH (s:Statement)-[:SUBJECT|OBJECT]->(e:Entity) RETURN e.id AS id, count(s) AS n ORDER BY n DESC, id LIMIT 1`,
    );
    seen.length = 0;
    const app = await createApp({ config, db, log: await logger(), paper: loadPaper() });
    const base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
    try {
      await app.warmedUp();
      expect((await fetch(`${base}/health/ready`)).status).toBe(200);
      const warm = seen.filter((s) => s.operation === "warm-up" || s.operation === "Neighbourhood");
      // The explorer's page of a hub: the same statement text the store builds for any entity filter.
      const page = statementListQuery({ entity: top!.id }, { size: 40, after: null, count: false }).page;
      const issued = warm.find((s) => s.cypher === page.text);
      expect(issued, warm.map((s) => s.cypher).join("\n---\n")).toBeDefined();
      expect(issued!.params).toMatchObject({ entity: top!.id, limit: 41 });
      expect(warm.some((s) => /MATCH \(n:Entity \{id: id\}\)/.test(s.cypher))).toBe(true);
      expect(logged.some((l) => l.msg === "warm-up done")).toBe(true);
    } finally {
      await app.close();
    }
  });

  it("logs a failed warm-up as a warning, does not throw, and the server still becomes ready", async () => {
    const failing: Database = Object.create(db, {
      forRequest: {
        value: (operation?: string) => {
          const inner = db.forRequest(operation);
          return Object.assign(Object.create(inner), {
            read: async (cypher: string, params?: Record<string, unknown>) => {
              if (/warm-?up/i.test(inner.operation)) throw new Error("injected warm-up failure");
              return inner.read(cypher, params);
            },
          });
        },
      },
    });
    logged.length = 0;
    const app = await createApp({ config, db: failing, log: await logger(), paper: loadPaper() });
    const base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
    try {
      await app.warmedUp();
      const warning = logged.find((l) => l.msg.startsWith("warm-up") && l.level === 40);
      expect(warning, JSON.stringify(logged)).toBeDefined();
      expect(JSON.stringify(warning)).toContain("injected warm-up failure");
      expect((await fetch(`${base}/health/ready`)).status).toBe(200);
      const res = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ health { status } }" }),
      });
      expect(((await res.json()) as { data: unknown }).data).toEqual({ health: { status: "ok" } });
    } finally {
      await app.close();
    }
  });
});
