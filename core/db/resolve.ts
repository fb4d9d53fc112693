import { existsSync, readFileSync } from "node:fs";
import neo4j, { type AuthToken } from "neo4j-driver";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
// Types only: the launcher client (and the installer it imports) is loaded when it is used, so a
// deployment with NEO4J_URI needs neither neo4j/ nor Java (the Docker image has neither).
import type { LocalNeo4j } from "./localNeo4j.ts";

/** Token for a server with auth disabled (a NEO4J_URI given without a password). */
export const NO_AUTH: AuthToken = { scheme: "none", principal: "", credentials: "" };

export type DatabaseState = "up" | "restarting" | "failed";

export interface ResolvedNeo4j {
  uri: string;
  auth: AuthToken;
  source: "env" | "testcontainers" | "launcher" | "attached";
  /** Stops the database if this process started it; a no-op otherwise. */
  stop: () => Promise<void>;
  /** "failed" once a supervised local Neo4j died and could not be restarted; always "up" otherwise. */
  state: () => DatabaseState;
  /** Called once when a supervised local Neo4j is given up on. */
  onFailed: (listener: () => void) => void;
}

/** How a launcher-started Neo4j is watched: restarted when it dies, up to `restarts` attempts each time. */
export interface Supervision {
  restarts: number;
  /** Milliseconds before restart attempt n (1-based); default 1 s, 2 s, 4 s ... */
  backoffMs?: (attempt: number) => number;
  /**
   * How long a restarted Neo4j may take to be ready; default 10 minutes. A killed JVM first recovers
   * its transaction logs, which can take much longer than a clean start on a busy machine; stopping
   * it half way throws that work away, and the next attempt starts over.
   */
  restartTimeoutMs?: number;
}

/** True when a Docker engine socket is reachable; checked without spawning anything. */
function dockerEngineAvailable(): boolean {
  if (process.env.DOCKER_HOST) return true;
  return existsSync("/var/run/docker.sock");
}

/** Heap and page cache of a launcher-started Neo4j (ignored for NEO4J_URI and Testcontainers). */
export interface LocalMemory {
  heapMb?: number;
  pageCacheMb?: number;
}

/**
 * The one resolution order used by the server, the seed command and the tests:
 * NEO4J_URI if set, else Testcontainers when a Docker engine answers, else the local jar launcher.
 */
export async function resolveNeo4j(
  config: Pick<Config, "NEO4J_URI" | "NEO4J_USER" | "NEO4J_PASSWORD">,
  options: {
    dataDir: string;
    log: Logger;
    memory?: LocalMemory;
    /** Only `npm start` supervises its Neo4j; seed, export and tests do not. */
    supervise?: Supervision;
    /** Use the Neo4j a running `npm start` published in the data folder (default true). */
    attach?: boolean;
  },
): Promise<ResolvedNeo4j> {
  const unsupervised = { state: (): DatabaseState => "up", onFailed: () => {} };
  if (config.NEO4J_URI) {
    const auth = config.NEO4J_PASSWORD ? neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD) : NO_AUTH;
    return { uri: config.NEO4J_URI, auth, source: "env", stop: async () => {}, ...unsupervised };
  }
  const local = await import("./localNeo4j.ts");
  if (options.attach ?? true) {
    const attached = await attachPublished(local, options.dataDir, options.log);
    if (attached) return { ...attached, source: "attached", stop: async () => {}, ...unsupervised };
  }
  if (dockerEngineAvailable()) {
    try {
      const { Neo4jContainer } = await import("@testcontainers/neo4j");
      options.log.info("starting Neo4j 5.26.30 with Testcontainers");
      const container = await new Neo4jContainer("neo4j:5.26.30-community")
        .withPassword("evidence-graph")
        .start();
      return {
        uri: container.getBoltUri(),
        auth: neo4j.auth.basic(container.getUsername(), container.getPassword()),
        source: "testcontainers",
        stop: async () => {
          await container.stop();
        },
        ...unsupervised,
      };
    } catch (error) {
      options.log.warn(
        { err: error },
        "Docker socket present but Testcontainers failed; using the local launcher",
      );
    }
  }
  options.log.info({ dataDir: options.dataDir }, "starting local Neo4j 5.26 from Maven Central jars");
  const start = (port?: number, timeoutMs?: number) =>
    local.startLocalNeo4j({
      dataDir: options.dataDir,
      port,
      timeoutMs,
      ...options.memory,
      log: (msg: string) => options.log.info(msg),
    });
  let current = await start();
  let state: DatabaseState = "up";
  let stopped = false;
  const failedListeners: (() => void)[] = [];

  /** Restarts a Neo4j that died on its own, on the same port and data folder; bounded attempts, each logged. */
  const watch = (running: LocalNeo4j) => {
    void running.exited.then(async (code) => {
      if (stopped || !options.supervise) return;
      state = "restarting";
      const {
        restarts,
        backoffMs = (n: number) => 1000 * 2 ** (n - 1),
        restartTimeoutMs = 600_000,
      } = options.supervise;
      options.log.error({ code, pid: running.pid }, "local Neo4j exited unexpectedly; restarting it");
      for (let attempt = 1; attempt <= restarts && !stopped; attempt++) {
        await new Promise((r) => setTimeout(r, backoffMs(attempt)));
        if (stopped) return;
        try {
          current = await start(running.port, restartTimeoutMs);
          state = "up";
          options.log.warn({ attempt, pid: current.pid }, "local Neo4j restarted with the same data");
          watch(current);
          return;
        } catch (error) {
          options.log.error({ err: error, attempt, of: restarts }, "local Neo4j restart failed");
        }
      }
      if (stopped) return;
      state = "failed";
      options.log.fatal({ restarts }, "local Neo4j could not be restarted; giving up");
      for (const listener of failedListeners) listener();
    });
  };
  watch(current);
  return {
    uri: current.uri,
    auth: neo4j.auth.basic(current.auth.principal, current.auth.credentials),
    source: "launcher",
    stop: async () => {
      stopped = true;
      await current.stop();
    },
    state: () => state,
    onFailed: (listener) => void failedListeners.push(listener),
  };
}

/** The Neo4j a running `npm start` published in this data folder, if it answers with its credentials. */
async function attachPublished(
  local: typeof import("./localNeo4j.ts"),
  dataDir: string,
  log: Logger,
): Promise<{ uri: string; auth: AuthToken } | undefined> {
  const published = local.readPublishedAddress(dataDir);
  if (!published) return undefined;
  const auth = neo4j.auth.basic(published.user, readFileSync(published.passwordFile, "utf8").trim());
  const driver = neo4j.driver(published.uri, auth, { connectionTimeout: 3000 });
  try {
    await driver.verifyConnectivity();
    log.info({ uri: published.uri, ownerPid: published.ownerPid }, "attached to the running local Neo4j");
    return { uri: published.uri, auth };
  } catch (error) {
    log.warn({ err: error }, "a published local Neo4j did not answer; starting one");
    return undefined;
  } finally {
    await driver.close();
  }
}
