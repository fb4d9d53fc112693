import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadConfig } from "../core/config.ts";
import { createLogger } from "../core/logger.ts";
import { connectNeo4j } from "../core/db/connect.ts";
import { loadCorpus, type Corpus } from "../seed/corpus.ts";
import { loadSeed } from "../seed/load.ts";
import { SeedValidationError } from "../seed/validate.ts";

/**
 * `npm run seed`: validate every seed file, then load the graph into the configured Neo4j.
 * `-- --corpus FILE`: a corpus (JSON: {name, entities, papers}, docs/seed-format.md) instead.
 * `-- --bulk`: a FIRST load with Neo4j's bulk importer into the local data folder (NEO4J_DATA_DIR,
 * no Neo4j running on it, database absent or empty); it refuses anything else. Incremental loads
 * stay transactional (without --bulk).
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { bulk: { type: "boolean", default: false }, corpus: { type: "string" } },
  });
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const progress = (m: string) => process.stderr.write(`  ${m}\n`);
  const corpus = values.corpus ? (JSON.parse(readFileSync(values.corpus, "utf8")) as Corpus) : undefined;
  try {
    if (values.bulk) {
      // Loaded only here: the bulk path needs the local launcher (neo4j/, Java), which the Docker
      // image (NEO4J_URI only) does not have.
      const { BulkLoadError, bulkLoadCorpus, bulkLoadSeed } = await import("../seed/bulk.ts");
      if (config.NEO4J_URI)
        throw new BulkLoadError(
          "--bulk writes the store of the local Neo4j (NEO4J_DATA_DIR) and cannot load into NEO4J_URI; unset it, or load without --bulk",
        );
      const options = { dataDir: config.NEO4J_DATA_DIR, log, progress };
      const { report, neo, db } = corpus
        ? await bulkLoadCorpus(corpus, options)
        : await bulkLoadSeed(options);
      await db.close();
      await neo.stop();
      console.log(`Bulk loaded into ${config.NEO4J_DATA_DIR} in ${report.millis} ms`);
      console.table(report.nodes);
      console.table(report.relationships);
      return 0;
    }
    const { db, close } = await connectNeo4j(config, log, { queryTimeoutMs: 600_000 });
    try {
      const report = corpus ? await loadCorpus(db, corpus, { progress }) : await loadSeed(db, { progress });
      console.log(`Loaded in ${report.millis} ms`);
      console.table(report.nodes);
      console.table(report.relationships);
      return 0;
    } finally {
      await close();
    }
  } catch (error) {
    if (error instanceof SeedValidationError || (error as Error).name === "BulkLoadError") {
      console.error((error as Error).message);
      return 1;
    }
    throw error;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
