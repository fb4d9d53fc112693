import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../../core/config.ts";
import { createLogger } from "../../core/logger.ts";
import { resolveNeo4j, type ResolvedNeo4j } from "../../core/db/resolve.ts";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jAuth: { scheme: string; principal: string; credentials: string };
    neo4jSource: string;
  }
}

let neo: ResolvedNeo4j | undefined;
let dataDir: string | undefined;

/**
 * Starts the one Neo4j the integration tests share (same resolution order as the server, with a
 * throwaway data directory). If it cannot start, this throws and every integration test fails.
 */
export async function setup(project: TestProject) {
  const config = loadConfig({ ...process.env, LOG_LEVEL: "warn" });
  dataDir = mkdtempSync(path.join(os.tmpdir(), "evidence-graph-test-"));
  neo = await resolveNeo4j(config, { dataDir, log: createLogger("warn") });
  project.provide("neo4jUri", neo.uri);
  project.provide("neo4jAuth", neo.auth as never);
  project.provide("neo4jSource", neo.source);
}

export async function teardown() {
  await neo?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
