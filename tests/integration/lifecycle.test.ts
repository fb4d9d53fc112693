import { spawn, spawnSync, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

function launcherPids(dataDir: string): number[] {
  try {
    return execFileSync("pgrep", ["-f", `evidencegraph.Launcher.*${dataDir}`], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Runs the README's start command (cli/start.ts) on its own data directory and waits until it serves. */
async function start(dataDir: string, port: number, extra: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NEO4J_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: "info",
    ...extra,
  };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, ["--import", "tsx", "cli/start.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const state = { output: "" };
  child.stdout.on("data", (d) => (state.output += d));
  child.stderr.on("data", (d) => (state.output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const deadline = Date.now() + 150_000;
  while (!state.output.includes("API ready")) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill("SIGKILL");
      throw new Error(`server did not start:\n${state.output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { child, exited, state };
}

it("the start command serves data from its own Neo4j, and Ctrl-C leaves no Neo4j JVM behind", async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "evidence-graph-start-"));
  const port = await freePort();
  const { child, exited, state } = await start(dataDir, port);
  expect(state.output).toContain("loading seed/data");
  try {
    expect(launcherPids(dataDir).length).toBe(1);
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ publication(number: 18) { title } health { publications } }` }),
    });
    const body = (await response.json()) as {
      data: { publication: { title: string }; health: { publications: number } };
    };
    expect(body.data.health.publications).toBe(38);
    expect(body.data.publication.title).toMatch(/clofarabine plus cytarabine/);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    expect(ready.status).toBe(200);

    // Authentication on, with the data folder's password in a file only its owner can read; the
    // Bolt address is published beside it for seed and export.
    expect(statSync(path.join(dataDir, "neo4j-password")).mode & 0o777).toBe(0o600);
    const published = JSON.parse(readFileSync(path.join(dataDir, "neo4j-bolt.json"), "utf8"));
    expect(published.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    expect(statSync(path.join(dataDir, "neo4j-bolt.json")).mode & 0o777).toBe(0o600);

    // export attaches to this Neo4j instead of starting a second one on the same store.
    const out = mkdtempSync(path.join(os.tmpdir(), "export-attached-"));
    const env: Record<string, string | undefined> = {
      ...process.env,
      NEO4J_DATA_DIR: dataDir,
      LOG_LEVEL: "info",
    };
    delete env.NEO4J_URI;
    const exported = spawnSync(process.execPath, ["--import", "tsx", "cli/export.ts", "--out", out], {
      cwd: ROOT,
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stderr).toContain("attached to the running local Neo4j");
    expect(readdirSync(out).length).toBeGreaterThan(0);
    expect(launcherPids(dataDir).length).toBe(1);

    // The Neo4j it started dies: it is restarted with the same data, and the API serves again.
    const [jvm] = launcherPids(dataDir);
    process.kill(jvm!, "SIGKILL");
    const restartDeadline = Date.now() + 120_000;
    while (!state.output.includes("local Neo4j restarted with the same data")) {
      if (Date.now() > restartDeadline) throw new Error(`Neo4j was not restarted:\n${state.output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    let after: any;
    const queryDeadline = Date.now() + 30_000;
    do {
      after = await (
        await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ health { publications } }" }),
        })
      ).json();
    } while (
      after.errors &&
      Date.now() < queryDeadline &&
      (await new Promise((r) => setTimeout(r, 250))) === undefined
    );
    expect(after.data.health.publications).toBe(38);
    expect(launcherPids(dataDir)).not.toContain(jvm);
    expect(launcherPids(dataDir).length).toBe(1);
    expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
  } finally {
    child.kill("SIGINT");
    expect(await exited).toBe(0);
  }
  // The JVM exits within seconds of its parent.
  const deadline = Date.now() + 30_000;
  while (launcherPids(dataDir).length > 0 && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 250));
  expect(launcherPids(dataDir)).toEqual([]);

  // SIGTERM on a restart: the data written by the first run is all there, so nothing is re-seeded.
  const again = await start(dataDir, port);
  try {
    expect(again.state.output).not.toContain("loading seed/data");
    const body = (await (
      await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ statements(first: 1) { totalCount } }" }),
      })
    ).json()) as { data: { statements: { totalCount: number } } };
    expect(body.data.statements.totalCount).toBeGreaterThan(100);
  } finally {
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
  }

  // With no restarts allowed, a dead Neo4j makes the API exit non-zero, so a supervisor can act.
  const last = await start(dataDir, port, { NEO4J_RESTARTS: "0" });
  const [jvm] = launcherPids(dataDir);
  process.kill(jvm!, "SIGKILL");
  const code = await Promise.race([
    last.exited,
    new Promise((r) => setTimeout(() => r("still running"), 60_000)),
  ]);
  if (code === "still running") last.child.kill("SIGKILL");
  expect(code).toBe(1);
  expect(last.state.output).toContain("local Neo4j could not be restarted");
}, 420_000);
