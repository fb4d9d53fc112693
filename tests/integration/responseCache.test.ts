import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../core/config.ts";
import type { Database } from "../../core/db/database.ts";
import { createApp } from "../../server/app.ts";
import { loadPaper } from "../../server/paper.ts";
import { bumpDataVersion, isSeeded, loadSeed } from "../../seed/load.ts";
import { connect, testLog, until } from "./helpers.ts";

/**
 * The response cache (server/responseCache.ts), seen as a client sees it: the x-cypher-round-trips
 * header counts the Neo4j queries a response cost, so 0 means it came from the cache.
 */
let db: Database;
let app: Awaited<ReturnType<typeof createApp>>;
let base: string;

beforeAll(async () => {
  db = connect();
  if (!(await isSeeded(db))) await loadSeed(db);
  const config = loadConfig({ LOG_LEVEL: "silent", DATA_VERSION_POLL_MS: "50", RATE_LIMIT_PER_MINUTE: "0" });
  app = await createApp({ config, db, log: testLog, paper: loadPaper() });
  await app.dataVersion.ready;
  base = `http://127.0.0.1:${await app.listen(0, "127.0.0.1")}`;
}, 300_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

async function post(body: Record<string, unknown>) {
  const res = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return {
    json,
    roundTrips: Number(res.headers.get("x-cypher-round-trips")),
    version: res.headers.get("x-data-version"),
    age: res.headers.get("age"),
  };
}

const ENTITY = `query Lookup($name: String!) { entity(name: $name) { id name kind synonyms xrefs } }`;

describe("response cache", () => {
  it("serves a second identical request from the cache: same answer, no Neo4j query", async () => {
    const first = await post({ query: ENTITY, variables: { name: "XPO1" } });
    expect(first.json.errors).toBeUndefined();
    expect(first.roundTrips).toBeGreaterThan(0);
    const second = await post({ query: ENTITY, variables: { name: "XPO1" } });
    expect(second.json).toEqual(first.json);
    expect(second.roundTrips).toBe(0);
    expect(second.age).not.toBeNull();
  });

  it("keeps different variables apart", async () => {
    await post({ query: ENTITY, variables: { name: "XPO1" } });
    const other = await post({ query: ENTITY, variables: { name: "venetoclax" } });
    expect(other.roundTrips).toBeGreaterThan(0);
    expect(JSON.stringify(other.json)).not.toEqual(
      JSON.stringify((await post({ query: ENTITY, variables: { name: "XPO1" } })).json),
    );
  });

  it("a new data version (what every load commits) makes the next request read Neo4j again", async () => {
    await post({ query: ENTITY, variables: { name: "XPO1" } });
    expect((await post({ query: ENTITY, variables: { name: "XPO1" } })).roundTrips).toBe(0);
    const before = app.dataVersion.current()!;
    await db.writeTransaction("test-bump", bumpDataVersion);
    await until("the server sees the new version", async () => app.dataVersion.current() === before + 1, {
      timeoutMs: 5000,
    });
    const after = await post({ query: ENTITY, variables: { name: "XPO1" } });
    expect(after.version).toBe(String(before + 1));
    expect(after.roundTrips).toBeGreaterThan(0);
    expect((await post({ query: ENTITY, variables: { name: "XPO1" } })).roundTrips).toBe(0);
  });

  it("never caches a response with errors (nor the partial data next to them)", async () => {
    // The entity field reads Neo4j and succeeds; the publication field fails its argument check.
    const query = `{ entity(name: "XPO1") { id } publication(id: "pub:source", number: 3) { id } }`;
    const first = await post({ query });
    expect(first.json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(first.roundTrips).toBeGreaterThan(0);
    const second = await post({ query });
    expect(second.json.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(second.roundTrips).toBe(first.roundTrips);
  });

  it("shares entries between a persisted-query request and the same document sent in full", async () => {
    const query = `query Citing($id: ID!) { publication(id: $id) { id title citingSentences(first: 3) { quote } } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const persisted = { extensions: { persistedQuery: { version: 1, sha256Hash } } };
    const variables = { id: "pub:ref1" };
    const full = await post({ query, variables, ...persisted });
    expect(full.json.errors).toBeUndefined();
    expect(full.roundTrips).toBeGreaterThan(0);
    const byHash = await post({ variables, ...persisted });
    expect(byHash.json).toEqual(full.json);
    expect(byHash.roundTrips).toBe(0);
  });

  it("does not cache the health probe, which must ask Neo4j every time", async () => {
    await post({ query: "{ health { status publications } }" });
    expect((await post({ query: "{ health { status publications } }" })).roundTrips).toBe(1);
  });

  it("RESPONSE_CACHE=off reads Neo4j for every request", async () => {
    const config = loadConfig({ LOG_LEVEL: "silent", RESPONSE_CACHE: "off", RATE_LIMIT_PER_MINUTE: "0" });
    const off = await createApp({ config, db, log: testLog, paper: loadPaper() });
    try {
      await off.dataVersion.ready;
      const url = `http://127.0.0.1:${await off.listen(0, "127.0.0.1")}/graphql`;
      const trips = async () =>
        Number(
          (
            await fetch(url, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: ENTITY, variables: { name: "XPO1" } }),
            })
          ).headers.get("x-cypher-round-trips"),
        );
      expect(await trips()).toBeGreaterThan(0);
      expect(await trips()).toBeGreaterThan(0);
    } finally {
      await off.close();
    }
  });
});
