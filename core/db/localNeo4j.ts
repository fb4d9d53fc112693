import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { install, paths } from "../../neo4j/install.mjs";

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop: () => Promise<void>;
}

const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:+ExitOnOutOfMemoryError",
  // Neo4j 5 reaches into JDK internals (off-heap page cache, direct buffers, reflection-based caches).
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-opens=java.base/java.net=ALL-UNNAMED",
  "-Dfile.encoding=UTF-8",
];
const STOP_GRACE_MS = 20_000;
const STDERR_LINES = 40;

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

/** Fails with "port N in use" before the JVM is spent on a port it cannot bind. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(error.code === "EADDRINUSE" ? `port ${port} in use` : `port ${port}: ${error.message}`),
      ),
    );
    server.listen(port, "127.0.0.1", () => server.close(() => resolve()));
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
  /** JVM heap and page cache; the defaults suit the paper's graph, benchmarks at scale pass more. */
  heapMb?: number;
  pageCacheMb?: number;
}): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  install({ log });
  const port = options.port ?? (await freePort());
  if (options.port !== undefined) await assertPortFree(port);
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const timeoutMs = options.timeoutMs ?? 120_000;
  const classpath = [paths.classes, path.join(paths.lib, "*")].join(path.delimiter);
  const started = Date.now();
  const child = spawn(
    "java",
    [
      "-Xms256m",
      `-Xmx${options.heapMb ?? 1024}m`,
      ...JVM_FLAGS,
      "-cp",
      classpath,
      "evidencegraph.Launcher",
      "--data-dir",
      dataDir,
      "--port",
      String(port),
      "--pagecache-mb",
      String(options.pageCacheMb ?? 64),
    ],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  // The launcher exits on stdin EOF; if it is already gone, writing/closing may raise EPIPE.
  child.stdin.on("error", () => {});
  // Belt and braces for a normal exit of this process: SIGTERM runs the launcher's clean shutdown.
  const killOnExit = () => child.kill("SIGTERM");
  process.on("exit", killOnExit);

  const stderr: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => {
    stderr.push(line);
    if (stderr.length > STDERR_LINES) stderr.shift();
  });
  const lastOutput = () =>
    stderr.length ? `\nLast JVM output:\n${stderr.join("\n")}` : " (the JVM printed nothing on stderr)";
  const exited = new Promise<number | string | null>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? signal)),
  );

  // EOF on stdin makes the launcher shut Neo4j down cleanly and exit; SIGKILL if it hangs.
  const terminate = async () => {
    child.stdin.end();
    const forced = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    await exited;
    clearTimeout(forced);
    process.off("exit", killOnExit);
  };

  let timer: NodeJS.Timeout | undefined;
  try {
    const uri = await new Promise<string>((resolve, reject) => {
      timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`Neo4j did not start within ${timeoutMs / 1000} s${lastOutput()}`));
      }, timeoutMs);
      // readline hands over whole lines only, so a URI split across chunks is never cut short.
      createInterface({ input: child.stdout }).on("line", (line) => {
        if (line.startsWith("NEO4J_READY ")) resolve(line.slice("NEO4J_READY ".length).trim());
        else if (line.startsWith("NEO4J_FAILED "))
          reject(new Error(`Neo4j failed to start: ${line.slice("NEO4J_FAILED ".length)}${lastOutput()}`));
      });
      child.once("error", (error) =>
        reject(new Error(`could not run java (is a Java 17+ JDK on PATH?): ${error.message}`)),
      );
      void exited.then((code) =>
        // Let stderr drain first so the message carries the JVM's last words.
        setImmediate(() => reject(new Error(`Neo4j exited (${code}) before it was ready${lastOutput()}`))),
      );
    });
    log(`local Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data: ${dataDir})`);

    let stopping: Promise<void> | undefined;
    return { uri, pid: child.pid!, stop: () => (stopping ??= terminate()) };
  } catch (error) {
    // No pid: java never started (spawn error), so there is nothing to stop and no 'exit' will come.
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) await terminate();
    process.off("exit", killOnExit);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
