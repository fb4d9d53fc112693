import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../core/config.ts";
import { createLogger } from "../core/logger.ts";
import { connectNeo4j } from "../core/db/connect.ts";
import { isSeeded, loadSeed } from "../seed/load.ts";
import { exportKgx, writeKgx } from "../seed/kgx.ts";

/** `npm run export -- --format kgx [--out export/kgx]`: the graph as KGX TSV and JSON Lines. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { format: { type: "string", default: "kgx" }, out: { type: "string", default: "export/kgx" } },
  });
  if (values.format !== "kgx")
    throw new Error(`--format: unknown format "${values.format}" (supported: kgx)`);
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const { db, close } = await connectNeo4j(config, log, { queryTimeoutMs: 600_000 });
  try {
    if (!(await isSeeded(db))) await loadSeed(db);
    const data = await exportKgx(db);
    const files = writeKgx(path.resolve(values.out!), data);
    console.log(`KGX: ${data.nodes.length} nodes, ${data.edges.length} edges`);
    for (const f of files) console.log(`  ${path.relative(process.cwd(), f)}`);
  } finally {
    await close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
