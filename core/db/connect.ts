import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { Database } from "./database.ts";
import { resolveNeo4j, type LocalMemory, type Supervision } from "./resolve.ts";

/**
 * Resolves Neo4j (see resolve.ts) and opens the Database on it: what the server, the seed and
 * export commands and the benchmarks all start with. `close` closes the driver, then stops a
 * Neo4j this process started.
 */
export async function connectNeo4j(
  config: Config,
  log: Logger,
  options: { dataDir?: string; queryTimeoutMs?: number; memory?: LocalMemory; supervise?: Supervision } = {},
) {
  const neo = await resolveNeo4j(config, {
    dataDir: options.dataDir ?? config.NEO4J_DATA_DIR,
    log,
    memory: options.memory,
    supervise: options.supervise,
  });
  const db = new Database(neo.uri, neo.auth, {
    database: config.NEO4J_DATABASE,
    log,
    queryTimeoutMs: options.queryTimeoutMs ?? config.QUERY_TIMEOUT_MS,
    maxConnectionPoolSize: config.NEO4J_MAX_POOL_SIZE,
    acquisitionTimeoutMs: config.NEO4J_ACQUISITION_TIMEOUT_MS,
  });
  return {
    db,
    neo,
    close: async () => {
      await db.close();
      await neo.stop();
    },
  };
}
