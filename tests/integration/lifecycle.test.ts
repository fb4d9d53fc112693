import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
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
async function start(dataDir: string, port: number) {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NEO4J_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: "info",
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
}, 300_000);
