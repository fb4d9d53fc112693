import neo4j from "neo4j-driver";
import type { Database } from "../server/db/database.ts";
import { SCHEMA_STATEMENTS, KEYED_LABELS } from "../schema/constraints.ts";
import { assertLabel, assertRelType } from "../schema/vocabulary.ts";
import { buildGraph, DATASET, type GraphBatch, type NodeGroup } from "./graph.ts";
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

type Run = Parameters<Parameters<Database["writeTransaction"]>[1]>[0];

/** Cypher for one node group; the label is allowlisted, the rows are parameters. */
function nodeStatement(group: NodeGroup): string {
  const labels = `${assertLabel(group.label)}${group.extraLabel ? `:${assertLabel(group.extraLabel)}` : ""}`;
  switch (group.mode) {
    case "create":
      return `UNWIND $rows AS row CREATE (n:${labels}) SET n = row.props`;
    case "merge":
      return `UNWIND $rows AS row MERGE (n:${assertLabel(group.label)} {id: row.id}) SET n:${labels}, n += row.props`;
    case "reference":
      return `UNWIND $rows AS row MERGE (n:${labels} {id: row.id}) ON CREATE SET n = row.props`;
  }
}

/** Writes every node group, then every relationship group, inside the caller's transaction. */
async function writeBatch(
  run: Run,
  batch: GraphBatch,
  report: LoadReport,
  progress: (msg: string) => void,
): Promise<void> {
  for (const group of batch.nodes.values()) {
    const statement = nodeStatement(group);
    for (const rows of chunks(group.rows)) await run(statement, { rows: integers(rows) });
    const name = group.extraLabel ?? group.label;
    report.nodes[name] = (report.nodes[name] ?? 0) + group.rows.length;
    progress(`nodes ${name} (${group.mode}): ${group.rows.length}`);
  }
  for (const group of batch.rels.values()) {
    const type = assertRelType(group.type);
    const from = assertLabel(group.from);
    const to = assertLabel(group.to);
    const write = group.mode === "merge" ? "MERGE" : "CREATE";
    let written = 0;
    for (const rows of chunks(group.rows)) {
      const result = await run(
        `UNWIND $rows AS row
         MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
         ${write} (a)-[r:${type}]->(b) SET r = row.props
         RETURN count(r) AS written`,
        { rows: integers(rows) },
      );
      written += Number(result.records[0]?.get("written") ?? 0);
    }
    if (written !== group.rows.length) {
      throw new Error(
        `${type} ${from}->${to}: ${group.rows.length - written} relationship(s) point at missing nodes`,
      );
    }
    report.relationships[type] = (report.relationships[type] ?? 0) + written;
    progress(`relationships ${type} (${from}->${to}): ${written}`);
  }
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
  const report: LoadReport = { nodes: {}, relationships: {}, millis: 0 };
  await db.writeTransaction("seed", async (run) => {
    for (const label of KEYED_LABELS) {
      await run(`MATCH (n:${assertLabel(label)}) WHERE n.dataset = $dataset DETACH DELETE n`, { dataset });
    }
    await writeBatch(run, batch, report, options.progress ?? (() => {}));
  });
  report.millis = Date.now() - started;
  return report;
}

/** Labels a corpus shares between its papers: merged by id, never deleted with one paper. */
export const SHARED_LABELS = new Set(["Entity", "Alias", "Publication"]);

/**
 * Writes the batches of several corpus papers in one transaction, replacing what those papers
 * (datasets) wrote before: their own nodes, and the direct entity edges of their claims. Shared
 * nodes are merged, so other papers' links to them survive.
 */
export async function writeCorpusChunk(
  db: Database,
  batch: GraphBatch,
  datasets: string[],
  report: LoadReport,
  progress: (msg: string) => void = () => {},
): Promise<void> {
  await db.writeTransaction("seed-corpus", async (run) => {
    await run(
      `UNWIND $datasets AS ds
       MATCH (c:Claim {dataset: ds})
       MATCH (:Entity {id: c.subjectId})-[r]->(:Entity {id: c.objectId}) WHERE r.claimId = c.id
       DELETE r`,
      { datasets },
    );
    for (const label of KEYED_LABELS.filter((l) => !SHARED_LABELS.has(l))) {
      await run(`UNWIND $datasets AS ds MATCH (n:${assertLabel(label)} {dataset: ds}) DETACH DELETE n`, {
        datasets,
      });
    }
    await writeBatch(run, batch, report, progress);
  });
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
