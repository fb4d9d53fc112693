import { mkdtempSync, readFileSync, statSync } from "node:fs";
import neo4j from "neo4j-driver";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/app.ts";
import { loadConfig } from "../../core/config.ts";
import { Database } from "../../core/db/database.ts";
import { PASSWORD_FILE, startLocalNeo4j, type LocalNeo4j } from "../../core/db/localNeo4j.ts";
import { NO_AUTH } from "../../core/db/resolve.ts";
import { createLogger } from "../../core/logger.ts";
import { loadPaper } from "../../server/paper.ts";
import { isSeeded, loadSeed } from "../../seed/load.ts";
import { connect, until } from "./helpers.ts";

// The tests below that use the shared Neo4j need the seed; loading it (about a minute on a busy
// machine) happens here, under the hook timeout, not inside a test's own 60 s.
beforeAll(async () => {
  const db = connect();
  if (!(await isSeeded(db))) await loadSeed(db);
  await db.close();
}, 300_000);

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
    db = new Database(neo.uri, neo.auth, { database: "neo4j", log, queryTimeoutMs: 5000 });
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

  it("runs its Neo4j with authentication on and the password in a file only its owner can read", async () => {
    const file = path.join(dataDir, PASSWORD_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8").trim()).toBe(neo.auth.credentials);
    expect(neo.auth.credentials.length).toBeGreaterThanOrEqual(24);
    for (const auth of [NO_AUTH, neo4j.auth.basic("neo4j", "neo4j"), neo4j.auth.basic("neo4j", "wrong")]) {
      const driver = neo4j.driver(neo.uri, auth);
      const error = await driver.executeQuery("RETURN 1").catch((e: unknown) => e);
      await driver.close();
      expect(String((error as { code?: string }).code)).toMatch(
        /Security|Unauthorized|AuthenticationRateLimit/,
      );
    }
  });

  it("answers SERVICE_UNAVAILABLE within a bounded time while Neo4j is frozen, pool exhausted, and recovers", async () => {
    // A client-side deadline of 2.5 s, a pool of 3 and a 1 s acquisition timeout, on the frozen JVM.
    const log = createLogger("silent");
    const frozenDb = new Database(neo.uri, neo.auth, {
      database: "neo4j",
      log,
      queryTimeoutMs: 1000,
      deadlineMs: 2500,
      maxConnectionPoolSize: 3,
      acquisitionTimeoutMs: 1000,
    });
    const config = loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "0" });
    const frozenApp = await createApp({ config, db: frozenDb, log, paper: loadPaper() });
    const frozenBase = `http://127.0.0.1:${await frozenApp.listen(0, "127.0.0.1")}`;
    const warm = await (await gql(frozenBase, "{ health { status } }")).json();
    expect(warm).toHaveProperty("data.health.status", "ok");
    process.kill(neo.pid, "SIGSTOP");
    try {
      const started = Date.now();
      // Twice the pool: the first three wait on the frozen JVM until the deadline, the rest for a connection.
      const answers = await Promise.all(
        Array.from({ length: 6 }, async () => {
          const body = await (await gql(frozenBase, "{ health { status } }")).json();
          return { code: body.errors?.[0]?.extensions?.code, ms: Date.now() - started };
        }),
      );
      expect(answers.map((a) => a.code)).toEqual(Array(6).fill("SERVICE_UNAVAILABLE"));
      // Bounded by the deadline and the acquisition timeout, not by how long Neo4j stays frozen.
      expect(Math.max(...answers.map((a) => a.ms))).toBeLessThan(10_000);
      const probeStarted = Date.now();
      const ready = await fetch(`${frozenBase}/health/ready`);
      expect(ready.status).toBe(503);
      expect(Date.now() - probeStarted).toBeLessThan(1500);
      expect((await fetch(`${frozenBase}/health/live`)).status).toBe(200);
    } finally {
      process.kill(neo.pid, "SIGCONT");
    }
    const deadline = Date.now() + 60_000;
    let body: any;
    do {
      body = await (await gql(frozenBase, "{ health { status } }")).json();
    } while (
      body.errors &&
      Date.now() < deadline &&
      (await new Promise((r) => setTimeout(r, 500))) === undefined
    );
    expect(body.data?.health.status).toBe("ok");
    await frozenApp.close();
    await frozenDb.close();
  }, 120_000);
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

  it("gives a persisted query with a wrong hash a client error code, not an internal error", async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "{ health { status } }",
        extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
      }),
    });
    const body = await res.json();
    expect(res.status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(logged.join("\n")).not.toMatch(/"level":50.*sha does not match/);
  });

  it("masks variable coercion errors in production: no suggestions, no enum values", async () => {
    const post = (query: string, variables: unknown) =>
      fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
    const enumBody = await post(
      "query($l: EvidenceLevel) { statements(filter: { minLevel: $l }) { totalCount } }",
      {
        l: "Z",
      },
    );
    const fieldBody = await post("query($f: StatementFilter) { statements(filter: $f) { totalCount } }", {
      f: { entty: "gene:XPO1" },
    });
    for (const body of [enumBody, fieldBody]) {
      expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(body.errors[0].message).toMatch(/^Variable "\$\w+" has an invalid value\.$/);
      expect(JSON.stringify(body)).not.toMatch(
        /Did you mean|EvidenceLevel|StatementFilter|"entity"|\bA\b.*\bB\b/,
      );
    }
  });

  it("cuts echoed input in error messages to a short prefix", async () => {
    const long = "x".repeat(100_000);
    const body = await (await gql(base, `{ statements(first: "${long}") { totalCount } }`)).json();
    expect(body.errors[0].message).toMatch(/^Int cannot represent non-integer value: "x{32}…"$/);
    const text = JSON.stringify(body.errors);
    expect(text.length).toBeLessThan(1000);
    expect(text).not.toContain("x".repeat(40));
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

describe("shutdown under keep-alive load", () => {
  it("answers every request that reached the server (200, or 503 with Connection: close); resets none", async () => {
    const db = connect();
    const config = loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "0" });
    const app = await createApp({ config, db, log: createLogger("silent"), paper: loadPaper() });
    const port = await app.listen(0, "127.0.0.1");
    // Server side: every request the HTTP server parsed must be answered in full.
    const server = { received: 0, answered: 0 };
    app.server.on("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
      server.received += 1;
      res.on("finish", () => (server.answered += 1));
    });
    let shutdownBegan = false;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 40 });
    const outcomes = { ok: 0, unavailable: 0, refused: 0, badClose: 0, failed: [] as string[] };
    const body = JSON.stringify({ query: "{ health { status } }" });
    const post = () =>
      new Promise<void>((resolve) => {
        const req = http.request(
          {
            host: "127.0.0.1",
            port,
            path: "/graphql",
            method: "POST",
            agent,
            headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
          },
          (res) => {
            res.resume();
            res.on("end", () => {
              if (res.statusCode === 200) outcomes.ok += 1;
              else if (res.statusCode === 503) {
                outcomes.unavailable += 1;
                if (res.headers.connection !== "close") outcomes.badClose += 1;
              } else outcomes.failed.push(`status ${res.statusCode}`);
              resolve();
            });
          },
        );
        req.on("error", (error: NodeJS.ErrnoException) => {
          // Refused: the request never reached the server (it had stopped listening). A new
          // connection opened after shutdown began can also be reset while it still waits in the
          // kernel's accept queue, when the listening socket closes: it never reached the server
          // either (the server-side count below shows every request it parsed was answered). A
          // reused keep-alive connection must never fail.
          if (error.code === "ECONNREFUSED") outcomes.refused += 1;
          else if (shutdownBegan && !req.reusedSocket && error.code === "ECONNRESET") outcomes.refused += 1;
          else outcomes.failed.push(error.code ?? error.message);
          resolve();
        });
        req.end(body);
      });
    let stop = false;
    const clients = Array.from({ length: 40 }, async () => {
      while (!stop) {
        const refusedBefore = outcomes.refused;
        await post();
        if (outcomes.refused > refusedBefore) return;
      }
    });
    // Shutdown begins once every client holds a keep-alive connection that has served a request.
    await until("40 requests answered", async () => outcomes.ok >= 40, { timeoutMs: 30_000 });
    const okBeforeShutdown = outcomes.ok;
    shutdownBegan = true;
    await app.close();
    stop = true;
    await Promise.all(clients);
    agent.destroy();
    await db.close();
    expect(okBeforeShutdown).toBeGreaterThanOrEqual(40);
    expect(outcomes.failed).toEqual([]);
    expect(outcomes.badClose).toBe(0);
    expect(server.answered).toBe(server.received);
    expect(outcomes.ok + outcomes.unavailable).toBe(server.received);
  }, 60_000);
});

describe("liveness", () => {
  it("turns /health/live to 503 once the process can no longer serve", async () => {
    const db = connect();
    let live = true;
    const config = loadConfig({ LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "0" });
    const app = await createApp({
      config,
      db,
      log: createLogger("silent"),
      paper: loadPaper(),
      isLive: () => live,
    });
    const base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
    try {
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      live = false;
      expect((await fetch(`${base}/health/live`)).status).toBe(503);
    } finally {
      await app.close();
      await db.close();
    }
  });
});

describe("response cap", () => {
  it("answers RESPONSE_TOO_LARGE instead of sending a body over MAX_RESPONSE_BYTES", async () => {
    const db = connect();
    if (!(await isSeeded(db))) await loadSeed(db);
    const config = loadConfig({
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_MINUTE: "0",
      MAX_RESPONSE_BYTES: "2048",
    });
    const app = await createApp({ config, db, log: createLogger("silent"), paper: loadPaper() });
    const base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
    try {
      const big = await gql(base, "{ publications(first: 40) { edges { node { id title } } } }");
      const text = await big.text();
      expect(Buffer.byteLength(text)).toBeLessThan(2048);
      expect(JSON.parse(text).errors[0].extensions.code).toBe("RESPONSE_TOO_LARGE");
      const small = await (await gql(base, "{ publications(first: 2) { edges { node { id } } } }")).json();
      expect(small.data.publications.edges).toHaveLength(2);
    } finally {
      await app.close();
      await db.close();
    }
  });
});
