import { describe, expect, it, vi } from "vitest";
import type { LocalNeo4j } from "../../core/db/localNeo4j.ts";

// The supervisor in resolve.ts, with the launcher replaced by a fake whose JVMs die on demand.
const calls: { port?: number; timeoutMs?: number }[] = [];
const deaths: ((code: string) => void)[] = [];
vi.mock("../../core/db/localNeo4j.ts", () => ({
  readPublishedAddress: () => undefined,
  startLocalNeo4j: async (options: { port?: number; timeoutMs?: number }) => {
    calls.push({ port: options.port, timeoutMs: options.timeoutMs });
    const exited = new Promise<string>((resolve) => deaths.push(resolve));
    const jvm: LocalNeo4j = {
      uri: "bolt://127.0.0.1:7999",
      pid: 1000 + calls.length,
      port: 7999,
      auth: { scheme: "basic", principal: "neo4j", credentials: "x" },
      exited,
      stop: async () => {},
    };
    return jvm;
  },
}));

const { resolveNeo4j } = await import("../../core/db/resolve.ts");
const silent = { info() {}, warn() {}, error() {}, fatal() {} } as never;

describe("the supervised local Neo4j", () => {
  it("restarts a JVM that died on the same port, allowing crash recovery far longer than a clean start", async () => {
    const neo = await resolveNeo4j(
      { NEO4J_USER: "neo4j" },
      { dataDir: "/nonexistent", log: silent, attach: false, supervise: { restarts: 2, backoffMs: () => 1 } },
    );
    expect(calls).toEqual([{ port: undefined, timeoutMs: undefined }]);
    deaths[0]!("SIGKILL");
    await vi.waitFor(() => expect(calls.length).toBe(2));
    // A killed JVM replays its transaction logs before it answers; the clean-start timeout (120 s)
    // stopped it half way in the soak, and every later attempt started the recovery over.
    expect(calls[1]!.port).toBe(7999);
    expect(calls[1]!.timeoutMs).toBeGreaterThanOrEqual(600_000);
    await vi.waitFor(() => expect(neo.state()).toBe("up"));
    await neo.stop();
  });
});
