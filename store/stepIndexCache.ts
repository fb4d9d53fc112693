import { PREDICATES, assertRelType, type Predicate } from "../schema/vocabulary.ts";
import type { Reader } from "./base.ts";
import { dataVersion } from "./meta.ts";
import { StepIndexBuilder, type EdgeRow, type StepIndex } from "./stepIndex.ts";

const REL_TO_PREDICATE = new Map<string, Predicate>(
  Object.entries(PREDICATES).map(([p, v]) => [v.rel, p as Predicate]),
);

/**
 * Every statement edge between two entities, supporting or refuting (refuting ones count in the
 * degrees only), with both ends' ids and kinds: the one read the step index is built from.
 */
export const STEP_INDEX_QUERY = `MATCH (s:Entity)-[r:${Object.values(PREDICATES)
  .map((p) => assertRelType(p.rel))
  .join("|")}]->(o:Entity)
WHERE s <> o
RETURN s.id AS subject, o.id AS object, s.kind AS subjectKind, o.kind AS objectKind, type(r) AS type,
       r.statementId AS statementId, r.strength AS strength, r.levelRank AS levelRank, r.sign AS sign,
       r.direction = 'supports' AS supports, r.subjectState AS subjectState, r.objectState AS objectState`;

export interface StepIndexRow extends Omit<EdgeRow, "predicate"> {
  type: string;
}

/** Adds one row of STEP_INDEX_QUERY to a builder. */
export function addRow(builder: StepIndexBuilder, row: StepIndexRow): void {
  const predicate = REL_TO_PREDICATE.get(row.type);
  if (!predicate) return;
  builder.add({
    ...row,
    predicate,
    strength: Number(row.strength),
    levelRank: Number(row.levelRank),
    sign: row.sign == null ? null : Number(row.sign),
    supports: row.supports === true,
  });
}

/** Streams the rows of a query to `onRow` (a driver session's records, without holding them all). */
export type Stream = (cypher: string, onRow: (row: StepIndexRow) => void) => Promise<void>;

export interface StepIndexSource {
  /** The graph's data version (see CONTEXT: bumped by every load); the index is rebuilt when it moves. */
  version: (reader: Reader) => number | Promise<number>;
  /** Streams the edges; without it, the request's reader reads them in one go. */
  stream?: Stream;
}

/** How the current index was built: for logs and the benchmark. */
export interface StepIndexStats {
  version: number;
  entities: number;
  edges: number;
  buildMs: number;
}

/**
 * The step index of the current data version. One build at a time: a query arriving while the
 * index is rebuilt for a new version awaits that build (it never searches a stale index of an
 * older version once the newer version has been seen).
 */
export class StepIndexCache {
  private current: { version: number; index: StepIndex } | null = null;
  private pending: { version: number; index: Promise<StepIndex> } | null = null;
  stats: StepIndexStats | null = null;

  constructor(private source: StepIndexSource) {}

  /** Replaces how the version is read or the edges streamed (the server's poller and driver). */
  configure(source: Partial<StepIndexSource>): this {
    this.source = { ...this.source, ...source };
    return this;
  }

  async get(reader: Reader): Promise<StepIndex> {
    const version = await this.source.version(reader);
    if (this.current?.version === version) return this.current.index;
    if (this.pending?.version === version) return this.pending.index;
    const index = this.build(reader, version);
    this.pending = { version, index };
    try {
      const built = await index;
      if (this.pending?.index === index) {
        this.current = { version, index: built };
        this.pending = null;
      }
      return built;
    } catch (error) {
      if (this.pending?.index === index) this.pending = null;
      throw error;
    }
  }

  private async build(reader: Reader, version: number): Promise<StepIndex> {
    const started = performance.now();
    const builder = new StepIndexBuilder();
    if (this.source.stream) await this.source.stream(STEP_INDEX_QUERY, (row) => addRow(builder, row));
    else for (const row of await reader.read<StepIndexRow>(STEP_INDEX_QUERY, {})) addRow(builder, row);
    const index = builder.finish();
    this.stats = { version, ...index.size, buildMs: Math.round(performance.now() - started) };
    return index;
  }
}

let shared: StepIndexCache | null = null;

/** The data version (store/meta.ts), read through the request's reader when no poller is configured. */
export const readDataVersion = async (reader: Reader): Promise<number> => (await dataVersion(reader)).version;

/**
 * The process's step index (one graph per process). By default the version is read through the
 * request's reader and the edges too; the server configures its poller and a streaming read.
 */
export function stepIndexCache(): StepIndexCache {
  shared ??= new StepIndexCache({ version: readDataVersion });
  return shared;
}
