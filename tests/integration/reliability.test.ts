import { mkdtempSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../core/config.ts";
import { Database } from "../../core/db/database.ts";
import { startLocalNeo4j, type LocalNeo4j } from "../../core/db/localNeo4j.ts";
import { NO_AUTH } from "../../core/db/resolve.ts";
import { createLogger } from "../../core/logger.ts";
import { loadPaper } from "../../server/paper.ts";
import { isSeeded, loadSeed } from "../../seed/load.ts";
import { connect } from "./helpers.ts";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const gql = (base: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });

describe("Neo4j outage", () => {
  let neo: LocalNeo4j;
  let port: number;
  let dataDir: string;
  let app: Awaited<ReturnType<typeof createApp>>;
  let db: Database;
  let base: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "outage-"));
    port = await freePort();
    neo = await startLocalNeo4j({ dataDir, port });
    const config = loadConfig({ LOG_LEVEL: "silent" });
    const log = createLogger("silent");
    db = new Database(neo.uri, NO_AUTH, { database: "neo4j", log, queryTimeoutMs: 5000 });
    app = await createApp({ config, db, log, paper: loadPaper() });
    base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await db?.close();
    await neo?.stop();
  });

  it("fails fast with SERVICE_UNAVAILABLE, reports not ready while live, and recovers by itself", async () => {
    const first = await (await gql(base, "{ health { status } }")).json();
    expect(first, JSON.stringify(first)).toHaveProperty("data.health.status", "ok");

    await neo.stop();
    const started = Date.now();
    const down = await (await gql(base, "{ health { status } }")).json();
    const elapsed = Date.now() - started;
    expect(down.errors[0].extensions.code).toBe("SERVICE_UNAVAILABLE");
    expect(JSON.stringify(down)).not.toMatch(/bolt|neo4j:\/\/|Neo\.|stack/i);
    expect(elapsed).toBeLessThan(10_000);
    expect((await fetch(`${base}/health/ready`)).status).toBe(503);
    expect((await fetch(`${base}/health/live`)).status).toBe(200);

    neo = await startLocalNeo4j({ dataDir, port });
    const deadline = Date.now() + 60_000;
    let body: any;
    do {
      body = await (await gql(base, "{ health { status } }")).json();
    } while (
      body.errors &&
      Date.now() < deadline &&
      (await new Promise((r) => setTimeout(r, 500))) === undefined
    );
    expect(body.data?.health.status).toBe("ok");
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
  }, 180_000);
});

describe("HTTP hardening", () => {
  let app: Awaited<ReturnType<typeof createApp>>;
  let db: Database;
  let base: string;
  const logged: string[] = [];

  beforeAll(async () => {
    db = connect();
    const config = loadConfig({
      LOG_LEVEL: "info",
      NODE_ENV: "production",
      RATE_LIMIT_PER_MINUTE: "20",
      NEO4J_PASSWORD: "s3cret-pw",
    });
    const { pino } = await import("pino");
    const log = pino({ level: "info" }, { write: (line: string) => void logged.push(line) });
    app = await createApp({ config, db, log, paper: loadPaper() });
    base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it("refuses batched requests", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify([{ query: "{ health { status } }" }, { query: "{ health { status } }" }]),
    });
    expect(res.status).toBe(400);
  });

  it("blocks CSRF-prone GET requests without a preflight header", async () => {
    const res = await fetch(`${base}/graphql?query=${encodeURIComponent("{ health { status } }")}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });

  it("turns off introspection and field suggestions in production", async () => {
    const intro = await (await gql(base, "{ __schema { types { name } } }")).json();
    expect(intro.errors[0].message).toMatch(/introspection/i);
    const typo = await (await gql(base, '{ entty(id: "x") { id } }')).json();
    expect(typo.errors[0].message).not.toMatch(/Did you mean/);
  });

  it("refuses oversized bodies and malformed JSON", async () => {
    const big = await gql(base, `{ health { status } } # ${"x".repeat(300_000)}`);
    expect(big.status).toBe(413);
    const bad = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(bad.status).toBe(400);
  });

  it("rate-limits a client with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await gql(base, "{ health { status } }")).status);
    expect(statuses).toContain(429);
    const limited = await gql(base, "{ health { status } }");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("never writes the password into the logs", () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join("\n")).not.toContain("s3cret-pw");
  });
});

describe("graceful shutdown", () => {
  it("lets a request that is in flight when shutdown begins finish, refuses new ones, and closes after it", async () => {
    const db = connect();
    if (!(await isSeeded(db))) await loadSeed(db);
    // The request named Held stops inside its first database read until the test releases it:
    // shutdown then provably begins while it is in flight.
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held: Database = Object.create(db, {
      forRequest: {
        value: (operation?: string) => {
          const inner = db.forRequest(operation);
          return {
            get operation() {
              return inner.operation;
            },
            set operation(name: string) {
              inner.operation = name;
            },
            get roundTrips() {
              return inner.roundTrips;
            },
            async read(cypher: string, params?: Record<string, unknown>) {
              if (inner.operation === "Held") {
                entered();
                await gate;
              }
              return inner.read(cypher, params);
            },
          };
        },
      },
    });
    const config = loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "0" });
    const app = await createApp({ config, db: held, log: createLogger("silent"), paper: loadPaper() });
    const base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
    const inFlight = fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query Held { entity(id: "gene:XPO1") { id name statements(first: 3) { id } } }`,
      }),
    });
    await inside;
    let closed = false;
    const closing = app.close().then(() => void (closed = true));
    const refused = await gql(base, "{ health { status } }").then(
      (r) => r.status,
      () => "connection refused",
    );
    expect([503, "connection refused"]).toContain(refused);
    // Shutdown waits for the held request: it has not finished closing.
    await new Promise((r) => setImmediate(r));
    expect(closed).toBe(false);
    release();
    const response = await inFlight;
    const body = await response.json();
    await closing;
    await db.close();
    expect(closed).toBe(true);
    expect(response.status).toBe(200);
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data.entity).toMatchObject({ id: "gene:XPO1" });
    expect(body.data.entity.statements.length).toBeGreaterThan(0);
  });
});
