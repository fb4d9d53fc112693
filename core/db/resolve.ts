import { existsSync } from "node:fs";
import neo4j, { type AuthToken } from "neo4j-driver";

/** Token for a server with auth disabled (the loopback-only local launcher). */
export const NO_AUTH: AuthToken = { scheme: "none", principal: "", credentials: "" };
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { startLocalNeo4j } from "./localNeo4j.ts";

export interface ResolvedNeo4j {
  uri: string;
  auth: AuthToken;
  source: "env" | "testcontainers" | "launcher";
  /** Stops the database if this process started it; a no-op otherwise. */
  stop: () => Promise<void>;
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
  options: { dataDir: string; log: Logger; memory?: LocalMemory },
): Promise<ResolvedNeo4j> {
  if (config.NEO4J_URI) {
    const auth = config.NEO4J_PASSWORD ? neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD) : NO_AUTH;
    return { uri: config.NEO4J_URI, auth, source: "env", stop: async () => {} };
  }
  if (dockerEngineAvailable()) {
    try {
      const { Neo4jContainer } = await import("@testcontainers/neo4j");
      options.log.info("starting Neo4j 5.26 with Testcontainers");
      const container = await new Neo4jContainer("neo4j:5.26-community")
        .withPassword("evidence-graph")
        .start();
      return {
        uri: container.getBoltUri(),
        auth: neo4j.auth.basic(container.getUsername(), container.getPassword()),
        source: "testcontainers",
        stop: async () => {
          await container.stop();
        },
      };
    } catch (error) {
      options.log.warn(
        { err: error },
        "Docker socket present but Testcontainers failed; using the local launcher",
      );
    }
  }
  options.log.info({ dataDir: options.dataDir }, "starting local Neo4j 5.26 from Maven Central jars");
  const local = await startLocalNeo4j({
    dataDir: options.dataDir,
    ...options.memory,
    log: (msg: string) => options.log.info(msg),
  });
  return { uri: local.uri, auth: NO_AUTH, source: "launcher", stop: local.stop };
}
