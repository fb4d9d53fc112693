import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed, writeGraph } from "../../seed/load.ts";
import { watchDataVersion } from "../../server/dataVersion.ts";
import { dataVersion } from "../../store/meta.ts";
import type { Database } from "../../core/db/database.ts";
import { connect, seedBatchFailingAtTheEnd, testLog, until } from "./helpers.ts";

/**
 * The data version contract (schema/vocabulary.ts DATA_VERSION_LABEL): +1 per committed load
 * transaction. The corpus loader's bumps are checked in corpus.test.ts, on the corpus it loads.
 */
let db: Database;
const version = async () => (await dataVersion(db.forRequest("test"))).version;

beforeAll(async () => {
  db = connect();
  await loadSeed(db);
});
afterAll(async () => db?.close());

describe("data version", () => {
  it("a seed load adds exactly 1 and sets loadedAt to the load's time", async () => {
    const before = await dataVersion(db.forRequest("test"));
    const started = Date.now();
    await loadSeed(db);
    const after = await dataVersion(db.forRequest("test"));
    expect(after.version).toBe(before.version + 1);
    expect(Date.parse(after.loadedAt!)).toBeGreaterThanOrEqual(started - 1000);
    const nodes = await db.read<{ n: number }>("test", "MATCH (v:DataVersion) RETURN count(v) AS n");
    expect(nodes[0]!.n).toBe(1);
  });

  it("a load that fails half-way (rolled back) leaves the version as it was", async () => {
    const before = await version();
    await expect(writeGraph(db, seedBatchFailingAtTheEnd())).rejects.toThrow(/missing nodes/);
    expect(await version()).toBe(before);
  });

  it("the server's poller sees a load's new version within its interval, and stops", async () => {
    const watch = watchDataVersion(db, testLog, 50);
    try {
      await watch.ready;
      const seen: number[] = [];
      watch.onChange((v) => seen.push(v));
      const before = watch.current();
      expect(before).toBe(await version());
      await loadSeed(db);
      await until("the poller sees the load", async () => watch.current() === before! + 1, {
        timeoutMs: 5000,
      });
      expect(seen).toEqual([before! + 1]);
    } finally {
      watch.stop();
    }
    const stopped = watch.current();
    await loadSeed(db);
    await new Promise((r) => setTimeout(r, 200));
    expect(watch.current()).toBe(stopped);
  });
});
