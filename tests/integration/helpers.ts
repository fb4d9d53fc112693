import { inject } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/logger.ts";
import { Database } from "../../server/db/database.ts";

export const testConfig = loadConfig({ ...process.env, LOG_LEVEL: "silent", NODE_ENV: "test" });
export const testLog = createLogger("silent");

/** A Database on the shared test Neo4j. */
export function connect(): Database {
  return new Database(inject("neo4jUri"), inject("neo4jAuth") as never, {
    database: testConfig.NEO4J_DATABASE,
    log: testLog,
    queryTimeoutMs: 120_000,
  });
}
