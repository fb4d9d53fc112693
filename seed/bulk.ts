/**
 * Bulk first load: Neo4j's own importer (`neo4j-admin database import full`, run by the launcher
 * from the Maven jars) writes the store directly, an order of magnitude faster than transactions.
 * Flow: validate everything -> build the same rows the transactional loader writes, in the same
 * order -> fold them into the final graph (merges of shared nodes replayed as Cypher would) and
 * stream CSV files into a temporary folder -> import into the stopped data folder -> start Neo4j
 * -> create the schema (constraints, indexes, full-text) and wait for it -> bump the data version.
 * Only for a FIRST load into an empty database; incremental loads stay transactional (load.ts).
 */
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import os from "node:os";
import neo4j from "neo4j-driver";
import path from "node:path";
import { Database } from "../core/db/database.ts";
import {
  readPublishedAddress,
  runLocalImport,
  startLocalNeo4j,
  storeDirectory,
  type LocalNeo4j,
} from "../core/db/localNeo4j.ts";
import { createLogger, type Logger } from "../core/logger.ts";
import { KEYED_LABELS } from "../schema/constraints.ts";
import { assertLabel, assertRelType } from "../schema/vocabulary.ts";
import { corpusChunks, validateCorpus, type Corpus, type CorpusChunk } from "./corpus.ts";
import { buildGraph, type GraphBatch } from "./graph.ts";
import { applySchema, bumpDataVersion } from "./load.ts";
import { validateSeed, DEFAULT_PAPER, DEFAULT_SEED_DIR } from "./validate.ts";

/** The property types the Cypher loader stores (seed/load.ts `integers`), as import header types. */
type PropType = "string" | "long" | "double" | "boolean" | "string[]" | "long[]" | "double[]" | "boolean[]";

/** Between array elements: a control character no text of ours holds (checked per value). */
const ARRAY_DELIMITER = "\u001f";
/**
 * The importer skips empty arrays (its CSV parser treats them as absent), while Cypher stores
 * them: nodes holding some carry their names in this temporary property, and Cypher sets them
 * to [] after the import (setEmptyArrays).
 */
const EMPTY_ARRAYS = "bulkEmptyArrays";
/** Rows buffered per file before one write. */
const FLUSH_BYTES = 1 << 20;

export class BulkLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BulkLoadError";
  }
}

export interface BulkReport {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  papers: number;
  evidence: number;
  validateMillis: number;
  /** Building the rows, folding shared nodes and writing the CSV files. */
  buildMillis: number;
  importMillis: number;
  /** Starting Neo4j on the imported store. */
  startMillis: number;
  /** Setting the empty lists the importer cannot write (see EMPTY_ARRAYS). */
  emptyArraysMillis: number;
  /** Creating constraints and indexes and waiting until they are populated and online. */
  schemaMillis: number;
  /** Everything, validation included. */
  millis: number;
}

/**
 * The type a value is stored with by the Cypher loader; null for a value that is not stored,
 * undefined for one no property can hold. (The rows are built per paper by our own code, so one
 * shape repeats thousands of times: the hot path makes no closures and checks each value once.)
 */
function typeOf(value: unknown): PropType | null | undefined {
  if (value == null) return null;
  switch (typeof value) {
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    // Safe integers go to Neo4j as integers (load.ts `integers`), other numbers as floats.
    case "number":
      return Number.isSafeInteger(value) ? "long" : "double";
  }
  if (Array.isArray(value)) {
    // An empty list is stored as an empty array; its element type is invisible to Cypher.
    if (value.length === 0) return "string[]";
    let long = false;
    let double = false;
    let other: PropType | null | undefined;
    for (const v of value as unknown[]) {
      const t = typeOf(v);
      if (t === "long") long = true;
      else if (t === "double") double = true;
      else if (other === undefined || other === t) other = t;
      else return undefined;
    }
    if (other === undefined) return double ? "double[]" : "long[]";
    if (!long && !double && other && !other.endsWith("[]")) return `${other}[]` as PropType;
  }
  return undefined;
}

function badValue(at: At, key: string, value: unknown): never {
  throw new BulkLoadError(
    `${describe(at)}, property ${key}: a value of type ${typeof value} cannot be stored as a property`,
  );
}

/** Where a value comes from, for an error message (formatted only when one is raised). */
interface At {
  what: string;
  id: string;
}
const describe = (at: At) => `${at.what} ${at.id}`;

function csvString(s: string, at: At): string {
  if (s.includes(ARRAY_DELIMITER))
    throw new BulkLoadError(
      `${describe(at)}: text holds the control character U+001F, which the bulk files reserve`,
    );
  return `"${s.replaceAll('"', '""')}"`;
}

function csvValue(value: unknown, type: PropType, at: At): string {
  switch (type) {
    case "string":
      return csvString(value as string, at);
    case "long":
    case "double":
    case "boolean":
      return String(value);
    default: {
      const list = value as unknown[];
      return type === "string[]"
        ? csvString(list.join(ARRAY_DELIMITER), at)
        : `"${list.map(String).join(ARRAY_DELIMITER)}"`;
    }
  }
}

/** One CSV file of the import: rows of one shape (labels or type, and property types). */
class CsvFile {
  private buffer = "";
  private readonly fd: number;
  rows = 0;
  multiline = false;
  constructor(
    readonly file: string,
    header: string,
  ) {
    this.fd = openSync(file, "w");
    this.buffer = header + "\n";
  }
  write(line: string) {
    if (!this.multiline && (line.includes("\n") || line.includes("\r"))) this.multiline = true;
    this.buffer += line + "\n";
    this.rows += 1;
    if (this.buffer.length >= FLUSH_BYTES) this.flush();
  }
  flush() {
    if (this.buffer) writeSync(this.fd, this.buffer);
    this.buffer = "";
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

interface Shape {
  /** The stored properties in file column order (sorted by name), with their import types. */
  props: [string, PropType][];
  file?: CsvFile;
}

/** Writes node and relationship rows into CSV files grouped by shape, one header each. */
class CsvWriter {
  /** By "kind|labels or type|property:type,..." in the row's own key order: no sort per row. */
  private readonly shapes = new Map<string, Shape>();
  private readonly files: { kind: "nodes" | "relationships"; file: CsvFile }[] = [];
  private counter = 0;
  readonly nodeCounts: Record<string, number> = {};
  readonly relCounts: Record<string, number> = {};
  /** Per label: the combinations of empty array properties written (see EMPTY_ARRAYS). */
  readonly emptyArrays = new Map<string, Set<string>>();
  constructor(readonly dir: string) {}

  private shape(kind: "nodes" | "relationships", prefix: string, props: Record<string, unknown>, at: At) {
    let key = `${kind}|${prefix}`;
    for (const k in props) {
      const type = typeOf(props[k]);
      if (type === undefined) badValue(at, k, props[k]);
      if (type) key += `|${k}:${type}`;
    }
    let shape = this.shapes.get(key);
    if (!shape) {
      const typed: [string, PropType][] = [];
      for (const k of Object.keys(props).sort()) {
        const type = typeOf(props[k]);
        if (type) typed.push([k, type]);
      }
      shape = { props: typed };
      this.shapes.set(key, shape);
    }
    return shape;
  }

  private open(kind: "nodes" | "relationships", shape: Shape, header: string[]): CsvFile {
    const file = new CsvFile(path.join(this.dir, `${kind}-${++this.counter}.csv`), header.join(","));
    shape.file = file;
    this.files.push({ kind, file });
    return file;
  }

  node(group: string, labels: string[], props: Record<string, unknown>) {
    const { id, ...rest } = props;
    const at: At = { what: labels.join(":"), id: String(id) };
    if (typeof id !== "string") throw new BulkLoadError(`${describe(at)}: a node needs a string id`);
    let empty: string[] | undefined;
    for (const k in rest) {
      const v = rest[k];
      if (Array.isArray(v) && v.length === 0) (empty ??= []).push(k);
    }
    if (empty) {
      empty.sort();
      for (const k of empty) delete rest[k];
      rest[EMPTY_ARRAYS] = empty.join(",");
      const combos = this.emptyArrays.get(group) ?? this.emptyArrays.set(group, new Set()).get(group)!;
      combos.add(rest[EMPTY_ARRAYS] as string);
    }
    const labelList = labels.join(ARRAY_DELIMITER);
    const shape = this.shape("nodes", labelList, rest, at);
    const file =
      shape.file ??
      this.open("nodes", shape, [`id:ID(${group})`, ":LABEL", ...shape.props.map(([k, t]) => `${k}:${t}`)]);
    let line = `${csvString(id, at)},${labelList}`;
    for (const [k, t] of shape.props) line += `,${csvValue(rest[k], t, at)}`;
    file.write(line);
    for (const label of labels) this.nodeCounts[label] = (this.nodeCounts[label] ?? 0) + 1;
  }

  rel(type: string, from: string, to: string, fromId: string, toId: string, props: Record<string, unknown>) {
    const at: At = { what: type, id: `${fromId} -> ${toId}` };
    for (const k in props) {
      const v = props[k];
      if (Array.isArray(v) && v.length === 0)
        throw new BulkLoadError(
          `${describe(at)}, property ${k}: the bulk path cannot store an empty list on a relationship`,
        );
    }
    const shape = this.shape("relationships", `${type}|${from}|${to}`, props, at);
    const file =
      shape.file ??
      this.open("relationships", shape, [
        `:START_ID(${from})`,
        `:END_ID(${to})`,
        ":TYPE",
        ...shape.props.map(([k, t]) => `${k}:${t}`),
      ]);
    let line = `${csvString(fromId, at)},${csvString(toId, at)},${type}`;
    for (const [k, t] of shape.props) line += `,${csvValue(props[k], t, at)}`;
    file.write(line);
    this.relCounts[type] = (this.relCounts[type] ?? 0) + 1;
  }

  /** The importer's arguments for the files written. */
  close(): string[] {
    const args: string[] = [];
    const multiline: string[] = [];
    for (const { kind, file } of this.files) {
      file.close();
      args.push(`--${kind}=${file.file}`);
      if (file.multiline) multiline.push(file.file);
    }
    // Only files with line breaks inside quoted text get the slower multi-line parser.
    if (multiline.length)
      args.push("--multiline-fields-format=v2", `--multiline-fields=${multiline.join(",")}`);
    return args;
  }
}

interface SharedNode {
  group: string;
  labels: Set<string>;
  props: Record<string, unknown>;
}

/**
 * Replays the transactional loader's writes (seed/load.ts writeBatch) on rows instead of a
 * database, chunk by chunk in the same order: `create` nodes and relationships go straight to
 * the files; `merge` (SET n += props: a null removes) and `reference` (created if missing, never
 * overwritten) nodes and `merge` relationships (one per pair, SET r = props) are folded in memory
 * and written at the end. Errors the Cypher loader would raise (a duplicate id, a relationship to
 * a missing node) are raised here too, before the importer runs.
 */
class GraphFold {
  /** Ids present per key label (and extra label), in the order the Cypher loader would see them. */
  private readonly present = new Map<string, Set<string>>();
  private readonly created = new Map<string, Set<string>>();
  private readonly shared = new Map<string, Map<string, SharedNode>>();
  private readonly sharedRels = new Map<
    string,
    { type: string; from: string; to: string; fromId: string; toId: string; props: Record<string, unknown> }
  >();
  constructor(private readonly out: CsvWriter) {}

  private ids(map: Map<string, Set<string>>, label: string) {
    return map.get(label) ?? map.set(label, new Set()).get(label)!;
  }

  add(batch: GraphBatch) {
    for (const group of batch.nodes.values()) {
      const label = assertLabel(group.label);
      if (!(KEYED_LABELS as readonly string[]).includes(label))
        throw new BulkLoadError(`node group ${label}: only labels with an id constraint can be bulk loaded`);
      const labels = group.extraLabel ? [label, assertLabel(group.extraLabel)] : [label];
      const created = this.ids(this.created, label);
      const shared = this.shared.get(label) ?? this.shared.set(label, new Map()).get(label)!;
      for (const row of group.rows) {
        if (created.has(row.id))
          throw new BulkLoadError(
            `${labels.join(":")} "${row.id}": the id is used twice (the transactional loader would violate ${label}'s id constraint)`,
          );
        if (group.mode === "create") {
          if (shared.has(row.id))
            throw new BulkLoadError(
              `${labels.join(":")} "${row.id}": created after it was merged as a shared node`,
            );
          created.add(row.id);
          this.out.node(label, labels, row.props);
        } else {
          let node = shared.get(row.id);
          if (!node) {
            node = { group: label, labels: new Set(labels), props: {} };
            shared.set(row.id, node);
            if (group.mode === "reference") {
              for (const [k, v] of Object.entries(row.props)) if (v != null) node.props[k] = v;
            } else node.props.id = row.id;
          }
          if (group.mode === "merge") {
            labels.forEach((l) => node.labels.add(l));
            for (const [k, v] of Object.entries(row.props)) {
              if (v == null) delete node.props[k];
              else node.props[k] = v;
            }
          }
        }
        for (const l of labels) this.ids(this.present, l).add(row.id);
      }
    }
    for (const group of batch.rels.values()) {
      const type = assertRelType(group.type);
      for (const end of [group.from, group.to])
        if (!(KEYED_LABELS as readonly string[]).includes(end))
          throw new BulkLoadError(`relationship group ${type}: ${end} has no id constraint to match on`);
      const from = this.ids(this.present, group.from);
      const to = this.ids(this.present, group.to);
      for (const row of group.rows) {
        if (!from.has(row.from) || !to.has(row.to))
          throw new BulkLoadError(
            `${type} ${group.from} "${row.from}" -> ${group.to} "${row.to}": points at a missing node`,
          );
        if (group.mode === "create") this.out.rel(type, group.from, group.to, row.from, row.to, row.props);
        else {
          const key = `${type}|${group.from}|${row.from}|${group.to}|${row.to}`;
          this.sharedRels.set(key, {
            type,
            from: group.from,
            to: group.to,
            fromId: row.from,
            toId: row.to,
            props: row.props,
          });
        }
      }
    }
  }

  finish() {
    for (const nodes of this.shared.values())
      for (const node of nodes.values()) this.out.node(node.group, [...node.labels], node.props);
    for (const r of this.sharedRels.values()) this.out.rel(r.type, r.from, r.to, r.fromId, r.toId, r.props);
  }
}

/** Refuses, naming the problem, unless `dataDir` holds no database yet (or an empty one). */
async function assertFirstLoad(
  dataDir: string,
  memory: { heapMb?: number; pageCacheMb?: number },
): Promise<boolean> {
  const running = readPublishedAddress(dataDir);
  if (running)
    throw new BulkLoadError(
      `a Neo4j (pid ${running.jvmPid}) is running on ${dataDir}: the bulk importer writes a stopped store; stop it first, or load incrementally with the transactional loader`,
    );
  if (!existsSync(storeDirectory(dataDir))) return false;
  // A store exists: only an empty one (e.g. a server started once) may be replaced.
  const neo = await startLocalNeo4j({ dataDir, ...memory, timeoutMs: 600_000 });
  const db = openDatabase(neo);
  try {
    const rows = await db.read<{ n: number }>("bulk-check", "MATCH (n) RETURN count(n) AS n");
    const n = rows[0]?.n ?? 0;
    if (n > 0)
      throw new BulkLoadError(
        `the database in ${dataDir} is not empty (${n} nodes): the bulk path is only for a first load into an empty database; load incrementally with the transactional loader (npm run seed without --bulk) or use a new data folder`,
      );
  } finally {
    await db.close();
    await neo.stop();
  }
  return true;
}

function openDatabase(neo: LocalNeo4j, log?: Logger): Database {
  return new Database(neo.uri, neo.auth, {
    database: "neo4j",
    log: log ?? createLogger("silent"),
    queryTimeoutMs: 3_600_000,
  });
}

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Sets the empty arrays the importer skipped, per label and combination, in batches. */
async function setEmptyArrays(neo: LocalNeo4j, emptyArrays: Map<string, Set<string>>): Promise<void> {
  const driver = neo4j.driver(neo.uri, neo.auth);
  const session = driver.session({ database: "neo4j" });
  try {
    for (const [label, combos] of emptyArrays)
      for (const combo of combos) {
        const names = combo.split(",");
        // Names come from our own rows, but they end up in Cypher text: only plain identifiers.
        for (const name of names)
          if (!PROPERTY_NAME.test(name))
            throw new BulkLoadError(`${label}.${name}: not a plain property name`);
        await session.run(
          `MATCH (n:${assertLabel(label)}) WHERE n.${EMPTY_ARRAYS} = $combo
           CALL (n) { SET ${names.map((k) => `n.${k} = []`).join(", ")} REMOVE n.${EMPTY_ARRAYS} }
           IN TRANSACTIONS OF 50000 ROWS`,
          { combo },
        );
      }
  } finally {
    await session.close();
    await driver.close();
  }
}

export interface BulkOptions {
  /** The stopped local Neo4j data folder (neo4j_home of the launcher) to import into. */
  dataDir: string;
  heapMb?: number;
  pageCacheMb?: number;
  /** Off-heap memory the importer may use (its --max-off-heap-memory), e.g. "2G". */
  importMemory?: string;
  progress?: (msg: string) => void;
  log?: Logger;
}

export interface BulkResult {
  report: BulkReport;
  /** Neo4j running on the loaded store, schema online; the caller stops it. */
  neo: LocalNeo4j;
  db: Database;
}

/** Validated chunks -> CSV -> import -> start -> schema -> data version. */
async function bulkLoad(
  validate: () => { chunks: Iterable<CorpusChunk>; papers: number; evidence: number },
  options: BulkOptions,
): Promise<BulkResult> {
  const progress = options.progress ?? (() => {});
  const started = Date.now();
  const memory = { heapMb: options.heapMb, pageCacheMb: options.pageCacheMb };
  const source = validate(); // throws SeedValidationError before anything is written
  const validateMillis = Date.now() - started;
  progress(`validated ${source.papers} paper(s) in ${validateMillis} ms`);
  const overwrite = await assertFirstLoad(options.dataDir, memory);

  const t1 = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), "bulk-import-"));
  try {
    const writer = new CsvWriter(dir);
    const fold = new GraphFold(writer);
    for (const chunk of source.chunks) fold.add(chunk.batch);
    fold.finish();
    const args = writer.close();
    const buildMillis = Date.now() - t1;
    progress(`built rows and wrote ${args.length} files in ${buildMillis} ms`);

    const t2 = Date.now();
    await runLocalImport({
      dataDir: options.dataDir,
      heapMb: 1024,
      // The database first: --multiline-fields takes a list and would swallow a name after it.
      args: [
        "neo4j",
        "--verbose",
        "--id-type=string",
        `--array-delimiter=U+001F`,
        `--max-off-heap-memory=${options.importMemory ?? "2G"}`,
        `--report-file=${path.join(dir, "import.report")}`,
        ...(overwrite ? ["--overwrite-destination=true"] : []),
        ...args,
      ],
    });
    const importMillis = Date.now() - t2;
    progress(`imported in ${importMillis} ms`);

    const t3 = Date.now();
    const neo = await startLocalNeo4j({ dataDir: options.dataDir, ...memory, timeoutMs: 600_000 });
    const db = openDatabase(neo, options.log);
    const startMillis = Date.now() - t3;
    try {
      const tArrays = Date.now();
      await setEmptyArrays(neo, writer.emptyArrays);
      const emptyArraysMillis = Date.now() - tArrays;
      progress(`empty arrays set in ${emptyArraysMillis} ms`);
      const t4 = Date.now();
      await applySchema(db);
      const schemaMillis = Date.now() - t4;
      progress(`started in ${startMillis} ms; schema online in ${schemaMillis} ms`);
      // The data version contract (seed/load.ts): the bulk load counts as one completed load.
      await db.writeTransaction("data-version", (run) => bumpDataVersion(run));
      return {
        report: {
          nodes: writer.nodeCounts,
          relationships: writer.relCounts,
          papers: source.papers,
          evidence: source.evidence,
          validateMillis,
          buildMillis,
          importMillis,
          startMillis,
          emptyArraysMillis,
          schemaMillis,
          millis: Date.now() - started,
        },
        neo,
        db,
      };
    } catch (error) {
      await db.close();
      await neo.stop();
      throw error;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bulk first load of a corpus: the graph loadCorpus (default chunking) would write. */
export function bulkLoadCorpus(
  corpus: Corpus,
  options: BulkOptions & { evidencePerTransaction?: number },
): Promise<BulkResult> {
  return bulkLoad(() => {
    const validated = validateCorpus(corpus);
    return {
      chunks: corpusChunks(validated, options.evidencePerTransaction),
      papers: validated.papers.length,
      evidence: validated.papers.reduce((n, p) => n + p.data.evidence.length, 0),
    };
  }, options);
}

/** Bulk first load of the curated seed (seed/data + the source paper): the graph loadSeed writes. */
export function bulkLoadSeed(
  options: BulkOptions & { seedDir?: string; paperPath?: string },
): Promise<BulkResult> {
  return bulkLoad(() => {
    const seed = validateSeed(options.seedDir ?? DEFAULT_SEED_DIR, options.paperPath ?? DEFAULT_PAPER);
    return {
      chunks: [{ batch: buildGraph(seed), datasets: [], evidence: seed.data.evidence.length }],
      papers: 1,
      evidence: seed.data.evidence.length,
    };
  }, options);
}
