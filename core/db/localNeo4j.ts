import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { install, paths } from "../../neo4j/install.mjs";

export interface LocalNeo4j {
  uri: string;
  pid: number;
  port: number;
  /** User neo4j with the data folder's password (see ensurePassword). */
  auth: { scheme: "basic"; principal: string; credentials: string };
  /** Resolves when the JVM exits, for any reason (stop() included); with its exit code or signal. */
  exited: Promise<number | string | null>;
  stop: () => Promise<void>;
}

/** The file in a data folder that holds its Neo4j password (mode 0600). */
export const PASSWORD_FILE = "neo4j-password";
/** The file in a data folder where a running launcher publishes its Bolt address (mode 0600). */
export const ADDRESS_FILE = "neo4j-bolt.json";

export interface PublishedAddress {
  uri: string;
  /** The Node process that owns the launcher; the address is stale once it is gone. */
  ownerPid: number;
  jvmPid: number;
  user: string;
  passwordFile: string;
}

/**
 * The data folder's Neo4j password: generated once (24 random bytes) into a file only its owner
 * can read, then reused by every start, seed, export and test on that folder.
 */
export function ensurePassword(dataDir: string): { file: string; password: string } {
  const file = path.join(path.resolve(dataDir), PASSWORD_FILE);
  try {
    writeFileSync(file, randomBytes(24).toString("base64url") + "\n", { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // A copy or an old umask may have widened it: the password is for the owner's eyes only.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  return { file, password: readFileSync(file, "utf8").trim() };
}

/** The address a running launcher published in `dataDir`, if its owner process is still alive. */
export function readPublishedAddress(dataDir: string): PublishedAddress | undefined {
  try {
    const published = JSON.parse(
      readFileSync(path.join(path.resolve(dataDir), ADDRESS_FILE), "utf8"),
    ) as PublishedAddress;
    process.kill(published.ownerPid, 0);
    process.kill(published.jvmPid, 0);
    return published;
  } catch {
    return undefined;
  }
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

/** A TCP port the OS reports free on loopback (also used by the soak to place its server). */
export async function freePort(): Promise<number> {
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
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = ensurePassword(dataDir);
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
      "--password-file",
      secret.file,
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

  const addressFile = path.join(dataDir, ADDRESS_FILE);
  const unpublish = () => {
    try {
      const published = JSON.parse(readFileSync(addressFile, "utf8")) as PublishedAddress;
      if (published.jvmPid === child.pid) rmSync(addressFile, { force: true });
    } catch {
      // nothing published, or already gone
    }
  };
  void exited.then(unpublish);

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

    // seed and export find this Neo4j here and attach to it instead of starting a second one.
    const published: PublishedAddress = {
      uri,
      ownerPid: process.pid,
      jvmPid: child.pid!,
      user: "neo4j",
      passwordFile: secret.file,
    };
    writeFileSync(addressFile, JSON.stringify(published) + "\n", { mode: 0o600 });

    let stopping: Promise<void> | undefined;
    return {
      uri,
      pid: child.pid!,
      port,
      auth: { scheme: "basic", principal: "neo4j", credentials: secret.password },
      exited,
      stop: () => (stopping ??= terminate()),
    };
  } catch (error) {
    // No pid: java never started (spawn error), so there is nothing to stop and no 'exit' will come.
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) await terminate();
    process.off("exit", killOnExit);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Where the launcher keeps the default database's store inside a data folder (DIR is neo4j_home). */
export function storeDirectory(dataDir: string, database = "neo4j"): string {
  return path.join(path.resolve(dataDir), "data", "databases", database);
}

/**
 * Runs Neo4j's own bulk importer (`neo4j-admin database import full`: the AdminTool of the same
 * Maven jars, on the launcher's classpath) into `dataDir`'s store, while no Neo4j runs on it. The
 * data folder is neo4j_home, as for the launcher, so the store lands where the launcher reads it.
 * (AdminTool is run directly rather than through Launcher.java so the launcher's build, shared by
 * every checkout, does not change.) `args` are the importer's options. Resolves with its output;
 * rejects with its last lines when it fails.
 */
export async function runLocalImport(options: {
  dataDir: string;
  args: string[];
  heapMb?: number;
  log?: (message: string) => void;
}): Promise<string> {
  install({ log: options.log ?? (() => {}) });
  const dataDir = path.resolve(options.dataDir);
  // No neo4j.conf: the importer takes the defaults the launcher's server uses (data/ under home).
  const confDir = path.join(dataDir, "conf");
  mkdirSync(confDir, { recursive: true, mode: 0o700 });
  const classpath = [paths.classes, path.join(paths.lib, "*")].join(path.delimiter);
  const child = spawn(
    "java",
    [
      `-Xmx${options.heapMb ?? 1024}m`,
      ...JVM_FLAGS,
      "-cp",
      classpath,
      "org.neo4j.cli.AdminTool",
      "database",
      "import",
      "full",
      ...options.args,
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NEO4J_HOME: dataDir, NEO4J_CONF: confDir } },
  );
  const killOnExit = () => child.kill("SIGTERM");
  process.on("exit", killOnExit);
  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 200) output.shift();
  };
  createInterface({ input: child.stderr }).on("line", keep);
  createInterface({ input: child.stdout }).on("line", keep);
  const code = await new Promise<number | string | null>((resolve, reject) => {
    child.once("error", (error) =>
      reject(new Error(`could not run java (is a Java 17+ JDK on PATH?): ${error.message}`)),
    );
    child.once("close", (c, signal) => resolve(c ?? signal));
  }).finally(() => process.off("exit", killOnExit));
  if (code !== 0) {
    throw new Error(
      `Neo4j import into ${dataDir} failed (exit ${code}); last importer output:\n${output.slice(-40).join("\n")}`,
    );
  }
  return output.join("\n");
}
