import neo4j, { type QueryResult } from "neo4j-driver";
import type { Database } from "../core/db/database.ts";
import { SCHEMA_STATEMENTS, KEYED_LABELS, fulltextIndexes } from "../schema/constraints.ts";
import {
  DATA_VERSION_ID,
  DATA_VERSION_LABEL,
  DATASET,
  assertLabel,
  assertRelType,
} from "../schema/vocabulary.ts";
import { buildGraph, type GraphBatch, type NodeGroup, type RelGroup } from "./graph.ts";
import { validateSeed, DEFAULT_SEED_DIR, DEFAULT_PAPER } from "./validate.ts";

const BATCH_SIZE = 1000;
/** Statements sent ahead of the first unanswered one, within a transaction. */
const IN_FLIGHT = 3;

export interface LoadReport {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  millis: number;
}

/**
 * Full-text indexes whose analyzer, label or properties differ from schema/constraints.ts. Neo4j
 * cannot alter an index, and CREATE ... IF NOT EXISTS keeps an old one by name, so these are
 * dropped and re-created (the re-created index fills from the data already in the database).
 */
export async function staleFulltextIndexes(db: Database): Promise<string[]> {
  const rows = await db.read<{ name: string; labels: string[]; properties: string[]; analyzer: string }>(
    "schema",
    `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
     RETURN name, labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
  );
  const wanted = new Map(fulltextIndexes().map((ix) => [ix.name, ix]));
  return rows
    .filter((row) => {
      const ix = wanted.get(row.name);
      return (
        ix != null &&
        (row.analyzer !== ix.analyzer ||
          row.labels.join() !== ix.label ||
          row.properties.join() !== ix.properties.join())
      );
    })
    .map((row) => wanted.get(row.name)!.name);
}

/** Creates constraints and indexes (idempotent) and waits until they are online. */
export async function applySchema(db: Database): Promise<void> {
  for (const name of await staleFulltextIndexes(db)) await db.write("schema", `DROP INDEX ${name}`);
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

export type Run = Parameters<Parameters<Database["writeTransaction"]>[1]>[0];

/**
 * The data version contract: every transaction that changes the data also adds 1 to the one
 * (:DataVersion {id: "graph"}) node's `version` and sets `loadedAt`, inside that same transaction,
 * so a reader that sees the new data sees the new version and a rolled-back load bumps nothing.
 * Call it last in the transaction: the node's write lock (which serialises concurrent loads' bumps)
 * is then held only until the commit. Returns the new version.
 */
export async function bumpDataVersion(run: Run): Promise<number> {
  const result = await run(
    `MERGE (v:${DATA_VERSION_LABEL} {id: $id})
     SET v.version = coalesce(v.version, 0) + 1, v.loadedAt = datetime()
     RETURN v.version AS version`,
    { id: DATA_VERSION_ID },
  );
  return Number(result.records[0]!.get("version"));
}

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

/**
 * Writes every node group, then every relationship group, inside the caller's transaction.
 * Statements are pipelined (up to IN_FLIGHT sent before the first answers): Neo4j executes one
 * while this process encodes the next, which on two cores is most of the time spent.
 */
async function writeBatch(
  run: Run,
  batch: GraphBatch,
  report: LoadReport,
  progress: (msg: string) => void,
): Promise<void> {
  const inFlight: Promise<unknown>[] = [];
  const send = async (statement: string, rows: unknown[], done?: (r: QueryResult) => void) => {
    if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
    const sent = run(statement, { rows: integers(rows) }).then(done);
    sent.catch(() => {}); // a failure surfaces where it is awaited; the rest are abandoned with the transaction
    inFlight.push(sent);
  };
  const drain = async () => {
    while (inFlight.length) await inFlight.shift();
  };
  const t0 = Date.now();
  for (const group of batch.nodes.values()) {
    const statement = nodeStatement(group);
    for (const rows of chunks(group.rows)) await send(statement, rows);
    const name = group.extraLabel ?? group.label;
    report.nodes[name] = (report.nodes[name] ?? 0) + group.rows.length;
    progress(`nodes ${name} (${group.mode}): ${group.rows.length} sent`);
  }
  // Relationships MATCH the nodes written above; a transaction runs its statements in order.
  const written = new Map<RelGroup, number>();
  for (const group of batch.rels.values()) {
    const statement = `UNWIND $rows AS row
       MATCH (a:${assertLabel(group.from)} {id: row.from}) MATCH (b:${assertLabel(group.to)} {id: row.to})
       ${group.mode === "merge" ? "MERGE" : "CREATE"} (a)-[r:${assertRelType(group.type)}]->(b) SET r = row.props
       RETURN count(r) AS written`;
    written.set(group, 0);
    for (const rows of chunks(group.rows))
      await send(statement, rows, (result) =>
        written.set(group, written.get(group)! + Number(result.records[0]?.get("written") ?? 0)),
      );
    progress(`relationships ${group.type} (${group.from}->${group.to}): ${group.rows.length} sent`);
  }
  await drain();
  progress(`nodes and relationships written in ${Date.now() - t0} ms`);
  for (const [group, count] of written) {
    if (count !== group.rows.length) {
      throw new Error(
        `${group.type} ${group.from}->${group.to}: ${group.rows.length - count} relationship(s) point at missing nodes`,
      );
    }
    report.relationships[group.type] = (report.relationships[group.type] ?? 0) + count;
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
    await bumpDataVersion(run);
  });
  report.millis = Date.now() - started;
  return report;
}

/** Labels a corpus shares between its papers: merged by id, never deleted with one paper. */
export const SHARED_LABELS = new Set(["Entity", "Alias", "Publication"]);

/**
 * Writes the batches of several corpus papers in one transaction, replacing what those papers
 * (datasets) wrote before: their own nodes, and the direct entity edges of their statements. Shared
 * nodes are merged, so other papers' links to them survive.
 */
export async function writeCorpusChunk(
  db: Database,
  batch: GraphBatch,
  datasets: string[],
  report: LoadReport,
  progress: (msg: string) => void = () => {},
): Promise<void> {
  const t0 = Date.now();
  let written = 0;
  await db.writeTransaction("seed-corpus", async (run) => {
    // Every record of a paper has a locus, so a paper with no Locus has nothing to replace.
    const present = await run(
      "UNWIND $datasets AS ds MATCH (l:Locus {dataset: ds}) RETURN collect(DISTINCT ds) AS present",
      { datasets },
    );
    datasets = present.records[0]?.get("present") ?? [];
    await run(
      // Expand-into between the statement's two entities reads the smaller side's relationships,
      // not all of a hub's.
      `UNWIND $datasets AS ds
       MATCH (c:Statement {dataset: ds})-[:SUBJECT]->(s:Entity), (c)-[:OBJECT]->(o:Entity)
       MATCH (s)-[r]->(o) WHERE r.statementId = c.id
       DELETE r`,
      { datasets },
    );
    for (const label of KEYED_LABELS.filter((l) => !SHARED_LABELS.has(l))) {
      await run(`UNWIND $datasets AS ds MATCH (n:${assertLabel(label)} {dataset: ds}) DETACH DELETE n`, {
        datasets,
      });
    }
    // Merged entities (a corpus's vocabulary) keep their nodes, but their Xref index must follow
    // their xrefs as they are now: drop their XREF_OF links and any Xref left pointing at nothing;
    // writeBatch then merges the current ones, so a CURIE removed from an entity finds it no more.
    const merged = [...batch.nodes.values()]
      .filter((g) => g.label === "Entity" && g.mode === "merge")
      .flatMap((g) => g.rows.map((r) => r.id));
    if (merged.length > 0)
      await run(
        `UNWIND $ids AS id MATCH (:Entity {id: id})<-[r:XREF_OF]-(x:Xref)
         DELETE r
         WITH DISTINCT x WHERE NOT (x)-[:XREF_OF]->()
         DELETE x`,
        { ids: merged },
      );
    progress(`delete previous rows: ${datasets.length} in ${Date.now() - t0} ms`);
    await writeBatch(run, batch, report, progress);
    await bumpDataVersion(run);
    written = Date.now();
  });
  progress(`commit: ${datasets.length} in ${Date.now() - written} ms`);
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
