import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { install, paths } from "../../neo4j/install.mjs";

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop: () => Promise<void>;
}

const JVM_FLAGS = [
  "-Xms256m",
  "-Xmx1g",
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-opens=java.base/java.net=ALL-UNNAMED",
  "-Dfile.encoding=UTF-8",
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Neo4j 5.26 community from its Maven Central jars (installing them on first use) and
 * resolves once Bolt answers. The JVM reads our stdin and stops when it closes, so it never
 * outlives this process, however this process ends.
 */
export async function startLocalNeo4j(options: {
  dataDir: string;
  port?: number;
  timeoutMs?: number;
  log?: (message: string) => void;
}): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  install({ quiet: false });
  const port = options.port ?? (await freePort());
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const classpath = [paths.classes, path.join(paths.lib, "*")].join(path.delimiter);
  const started = Date.now();
  const child = spawn(
    "java",
    [...JVM_FLAGS, "-cp", classpath, "evidencegraph.Launcher", "--data-dir", dataDir, "--port", String(port)],
    {
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);

  const stderr: string[] = [];
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr.push(...chunk.split("\n").filter(Boolean));
    if (stderr.length > 40) stderr.splice(0, stderr.length - 40);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const uri = await new Promise<string>((resolve, reject) => {
    const timeoutMs = options.timeoutMs ?? 120_000;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(`Neo4j did not start within ${timeoutMs / 1000} s. Last JVM output:\n${stderr.join("\n")}`),
      );
    }, timeoutMs);
    let buffered = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      for (const line of buffered.split("\n")) {
        if (line.startsWith("NEO4J_READY ")) {
          clearTimeout(timer);
          resolve(line.slice("NEO4J_READY ".length).trim());
        } else if (line.startsWith("NEO4J_FAILED ")) {
          clearTimeout(timer);
          reject(new Error(`Neo4j failed to start: ${line.slice("NEO4J_FAILED ".length)}`));
        }
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new Error(`could not run java: ${error.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `Neo4j exited with code ${code} before it was ready. Last JVM output:\n${stderr.join("\n")}`,
        ),
      );
    });
  }).catch(async (error: unknown) => {
    process.off("exit", killOnExit);
    throw error;
  });
  log(`local Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${dataDir})`);

  let stopping: Promise<void> | undefined;
  return {
    uri,
    pid: child.pid!,
    stop: () =>
      (stopping ??= (async () => {
        child.stdin.end(); // EOF: the launcher shuts Neo4j down cleanly and exits
        const forced = setTimeout(() => child.kill("SIGKILL"), 20_000);
        await exited;
        clearTimeout(forced);
        process.off("exit", killOnExit);
      })()),
  };
}
