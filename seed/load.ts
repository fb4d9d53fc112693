import neo4j from "neo4j-driver";
import type { Database } from "../server/db/database.ts";
import { SCHEMA_STATEMENTS, KEYED_LABELS } from "../schema/constraints.ts";
import { assertLabel, assertRelType } from "../schema/vocabulary.ts";
import { buildGraph, DATASET, type GraphBatch } from "./graph.ts";
import { validateSeed, DEFAULT_SEED_DIR, DEFAULT_PAPER } from "./validate.ts";

const BATCH_SIZE = 1000;

export interface LoadReport {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  millis: number;
}

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.write("schema", statement);
  await db.write("schema", "CALL db.awaitIndexes(120)");
}

/** Whole numbers are stored as Neo4j integers (JavaScript would send them as floats). */
function integers(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(integers);
  if (value && typeof value === "object" && !neo4j.isInt(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integers(v)]));
  }
  return value;
}

function chunks<T>(rows: T[], size = BATCH_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Writes a graph batch in ONE transaction: the dataset's previous nodes are removed and the new
 * ones created, so a load is atomic (a failure rolls everything back) and idempotent (a second
 * load of the same files leaves the same graph).
 */
export async function writeGraph(
  db: Database,
  batch: GraphBatch,
  options: { dataset?: string; progress?: (msg: string) => void } = {},
): Promise<LoadReport> {
  const started = Date.now();
  const dataset = options.dataset ?? DATASET;
  const progress = options.progress ?? (() => {});
  const report: LoadReport = { nodes: {}, relationships: {}, millis: 0 };
  await db.writeTransaction("seed", async (run) => {
    for (const label of KEYED_LABELS) {
      await run(`MATCH (n:${assertLabel(label)}) WHERE n.dataset = $dataset DETACH DELETE n`, { dataset });
    }
    for (const [key, group] of batch.nodes) {
      const label = assertLabel(key.split(":")[0]!);
      const extra = group.extraLabel ? `:${assertLabel(group.extraLabel)}` : "";
      for (const rows of chunks(group.rows)) {
        await run(`UNWIND $rows AS row CREATE (n:${label}${extra}) SET n = row.props`, {
          rows: integers(rows),
        });
      }
      report.nodes[group.extraLabel ?? label] =
        (report.nodes[group.extraLabel ?? label] ?? 0) + group.rows.length;
      progress(`nodes ${key}: ${group.rows.length}`);
    }
    for (const group of batch.rels.values()) {
      const type = assertRelType(group.type);
      const from = assertLabel(group.from);
      const to = assertLabel(group.to);
      let created = 0;
      for (const rows of chunks(group.rows)) {
        const result = await run(
          `UNWIND $rows AS row
           MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
           CREATE (a)-[r:${type}]->(b) SET r = row.props
           RETURN count(r) AS created`,
          { rows: integers(rows) },
        );
        created += Number(result.records[0]?.get("created") ?? 0);
      }
      if (created !== group.rows.length) {
        throw new Error(
          `${type} ${from}->${to}: ${group.rows.length - created} relationship(s) point at missing nodes`,
        );
      }
      report.relationships[type] = (report.relationships[type] ?? 0) + created;
      progress(`relationships ${type} (${from}->${to}): ${created}`);
    }
  });
  report.millis = Date.now() - started;
  return report;
}

/** Validates every seed file, then writes the whole graph; nothing is written if validation fails. */
export async function loadSeed(
  db: Database,
  options: { seedDir?: string; paperPath?: string; progress?: (msg: string) => void } = {},
): Promise<LoadReport> {
  const seed = validateSeed(options.seedDir ?? DEFAULT_SEED_DIR, options.paperPath ?? DEFAULT_PAPER);
  const batch = buildGraph(seed);
  await applySchema(db);
  return writeGraph(db, batch, { progress: options.progress });
}

/** True when the source paper has been loaded. */
export async function isSeeded(db: Database): Promise<boolean> {
  const rows = await db.read<{ n: number }>(
    "seed-check",
    "MATCH (p:Publication {id: 'pub:source'}) RETURN count(p) AS n",
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** Counts per label and relationship type over the whole database, for reports and tests. */
export async function graphCounts(
  db: Database,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const labels = await db.read<{ label: string; n: number }>(
    "counts",
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label",
  );
  const rels = await db.read<{ type: string; n: number }>(
    "counts",
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type",
  );
  return {
    nodes: Object.fromEntries(labels.map((r) => [r.label, r.n])),
    relationships: Object.fromEntries(rels.map((r) => [r.type, r.n])),
  };
}
