import { loadConfig } from "../core/config.ts";
import { createLogger } from "../core/logger.ts";
import { connectNeo4j } from "../core/db/connect.ts";
import { createApp } from "../server/app.ts";
import { loadPaper } from "../server/paper.ts";
import { isSeeded, loadSeed } from "../seed/load.ts";

/** `npm start`: resolve Neo4j (starting a local one if none is configured), seed it if empty, serve. */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  // A local Neo4j that dies is restarted with the same data (NEO4J_RESTARTS attempts); if it cannot
  // be, the API exits 1 so that whatever runs it can act.
  const { db, neo, close } = await connectNeo4j(config, log, {
    supervise: { restarts: config.NEO4J_RESTARTS },
  });
  const running: { app?: Awaited<ReturnType<typeof createApp>> } = {};
  let stopping = false;
  const shutdown = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    log.info({ reason }, "shutting down");
    await running.app?.close();
    await close();
    log.info("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown("SIGINT", 0));
  process.on("SIGTERM", () => void shutdown("SIGTERM", 0));
  neo.onFailed(() => void shutdown("the local Neo4j could not be restarted", 1));

  if (!(await isSeeded(db))) {
    log.info("database has no seed data; loading seed/data");
    const report = await loadSeed(db);
    log.info({ nodes: report.nodes, relationships: report.relationships, ms: report.millis }, "seed loaded");
  }
  running.app = await createApp({
    config,
    db,
    log,
    paper: loadPaper(),
    isLive: () => neo.state() !== "failed",
  });
  const port = await running.app.listen(config.PORT, config.HOST);
  // Ready (and /health/ready 200) once the start-up warm-up has run: see server/warmup.ts.
  await running.app.warmedUp();
  log.info({ url: `http://${config.HOST}:${port}/graphql`, neo4j: neo.source }, "evidence graph API ready");
  console.log(
    `Evidence graph API ready at http://${config.HOST}:${port}/graphql (Neo4j: ${neo.source} ${neo.uri})`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
