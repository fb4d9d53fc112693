import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, inject, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The Dockerfile's instructions, continuation lines joined, comments dropped. */
function dockerfile(): { op: string; args: string }[] {
  return readFileSync(path.join(ROOT, "Dockerfile"), "utf8")
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"))
    .map((line) => {
      const [op, ...rest] = line.split(/\s+/);
      return { op: op!.toUpperCase(), args: rest.join(" ") };
    });
}

/**
 * The image's file set without Docker: every COPY of the Dockerfile into a temporary WORKDIR, and
 * for `npm ci --omit=dev` the lock file's non-dev packages only (linked from this checkout's
 * node_modules), so a run-time import of a dev dependency or of a file the image lacks fails here.
 */
function stageImage(): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "image-"));
  const env: Record<string, string> = {};
  let workdir = "/";
  for (const { op, args } of dockerfile()) {
    if (op === "WORKDIR") workdir = args;
    if (op === "ENV") {
      const [key, ...value] = args.split("=");
      env[key!] = value.join("=");
    }
    if (op === "COPY") {
      const parts = args.split(/\s+/).filter((p) => !p.startsWith("--"));
      const dest = parts.pop()!;
      const target = path.join(dir, path.posix.resolve(workdir, dest));
      for (const src of parts) {
        const to = dest.endsWith("/") ? path.join(target, path.basename(src)) : target;
        mkdirSync(path.dirname(to), { recursive: true });
        cpSync(path.join(ROOT, src), to, { recursive: true });
      }
    }
  }
  const app = path.join(dir, workdir);
  const lock = JSON.parse(readFileSync(path.join(app, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean }>;
  };
  for (const [key, info] of Object.entries(lock.packages)) {
    // Top-level packages only; nested ones come along inside their parent's folder.
    if (!key.startsWith("node_modules/") || key.slice(13).includes("node_modules/") || info.dev) continue;
    const to = path.join(app, key);
    mkdirSync(path.dirname(to), { recursive: true });
    symlinkSync(path.join(ROOT, key), to);
  }
  return { dir: app, env };
}

const staged: string[] = [];
afterAll(() => {
  for (const dir of staged) rmSync(dir, { recursive: true, force: true });
});

it("the Dockerfile pins Node 20 (as engines says) by version and digest, has a HEALTHCHECK, and no stage needs neo4j/", () => {
  const ops = dockerfile();
  const from = ops.find((o) => o.op === "FROM")!.args;
  expect(from).toMatch(/^node:20\.\d+\.\d+-[a-z-]+@sha256:[0-9a-f]{64}$/);
  const engines = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).engines.node as string;
  const [, major, minor] = /(\d+)\.(\d+)/.exec(engines)!;
  const [, imageMajor, imageMinor] = /node:(\d+)\.(\d+)/.exec(from)!;
  expect(imageMajor).toBe(major);
  expect(Number(imageMinor)).toBeGreaterThanOrEqual(Number(minor));
  expect(ops.some((o) => o.op === "HEALTHCHECK")).toBe(true);
  const compose = readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8");
  // The same Neo4j patch release as the local launcher, pinned by digest.
  const launcher = /<neo4j\.version>([\d.]+)<\/neo4j\.version>/.exec(
    readFileSync(path.join(ROOT, "neo4j/launcher/pom.xml"), "utf8"),
  )![1]!;
  expect(compose).toMatch(/image: neo4j:(\d+\.\d+\.\d+)-community@sha256:[0-9a-f]{64}\n/);
  expect(/image: neo4j:([\d.]+)-community/.exec(compose)![1]).toBe(launcher);
});

it("the image's files start the server against NEO4J_URI, answer queries, and pass the HEALTHCHECK", async () => {
  const { dir, env } = stageImage();
  staged.push(path.dirname(dir));
  const child = spawn(process.execPath, ["--import", "tsx", "cli/start.ts"], {
    cwd: dir,
    env: {
      PATH: process.env.PATH!,
      HOME: os.tmpdir(),
      ...env,
      NEO4J_URI: inject("neo4jUri"),
      NEO4J_PASSWORD: inject("neo4jAuth").credentials,
      PORT: "0",
      RATE_LIMIT_PER_MINUTE: "0",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    const deadline = Date.now() + 90_000;
    while (!/ready at (http:\/\/\S+)\/graphql/.test(output)) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error(`staged image did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const base = /ready at (http:\/\/\S+)\/graphql/.exec(output)![1]!;
    const body = (await (
      await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ health { publications } }" }),
      })
    ).json()) as { data: { health: { publications: number } } };
    expect(body.data.health.publications).toBeGreaterThan(0);
    // The HEALTHCHECK's own command, run as Docker would.
    const check = dockerfile().find((o) => o.op === "HEALTHCHECK")!.args;
    const command = JSON.parse(check.slice(check.indexOf("CMD") + 3).trim()) as string[];
    const port = new URL(base).port;
    const probe = spawnSync(command[0] === "node" ? process.execPath : command[0]!, command.slice(1), {
      env: { ...process.env, PORT: port },
      timeout: 10_000,
    });
    expect(probe.status).toBe(0);
  } finally {
    child.kill("SIGTERM");
  }
  expect(await exited).toBe(0);
}, 120_000);
