import { loadConfig } from "../core/config.ts";
import { createLogger } from "../core/logger.ts";
import { connectNeo4j } from "../core/db/connect.ts";
import { loadSeed } from "../seed/load.ts";
import { SeedValidationError } from "../seed/validate.ts";

/** `npm run seed`: validate every seed file, then load the graph into the configured Neo4j. */
async function main(): Promise<number> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const { db, close } = await connectNeo4j(config, log, { queryTimeoutMs: 600_000 });
  try {
    const report = await loadSeed(db, { progress: (m) => process.stderr.write(`  ${m}\n`) });
    console.log(`Loaded in ${report.millis} ms`);
    console.table(report.nodes);
    console.table(report.relationships);
    return 0;
  } catch (error) {
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
