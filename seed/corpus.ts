import type { Database } from "../core/db/database.ts";
import { EntitiesFile, type SeedKey } from "./model.ts";
import { appendBatch, buildGraph, buildVocabulary, emptyBatch, type GraphBatch } from "./graph.ts";
import { applySchema, writeCorpusChunk, type LoadReport } from "./load.ts";
import { SeedValidationError, validatePaper, type SeedProblem, type ValidatedSeed } from "./validate.ts";

/**
 * A literature corpus: many papers in the seed's own record shapes (docs/seed-format.md), each
 * with its text, sharing one vocabulary of entities. Papers cite each other by publication id.
 */
export interface Corpus {
  /** Owner of the vocabulary's entities. */
  name: string;
  entities: unknown;
  papers: CorpusPaper[];
}

export interface CorpusPaper {
  /** The paper's text; every locus of its records is checked against it. */
  text: string;
  /** The seed parts, keyed like the seed files (source, publications, citations, evidence, ...). */
  seed: Record<SeedKey, unknown>;
}

export interface CorpusReport extends LoadReport {
  papers: number;
  /** Evidence items written. */
  evidence: number;
  transactions: number;
  validateMillis: number;
}

/** Ids a paper owns; two papers claiming one of them would overwrite each other on reload. */
function ownedIds(seed: ValidatedSeed): string[] {
  const d = seed.data;
  return [
    ...d.evidence.map((e) => e.id),
    ...d.citations.map((c) => c.id),
    ...d.studies.flatMap((s) => [s.id, ...s.outcomes.map((o) => o.id)]),
    ...d.cases.flatMap((c) => [c.id, ...c.regimens.map((r) => r.id)]),
    ...d.conflicts.map((c) => c.id),
  ];
}

/** A corpus that passed validation: its vocabulary and every paper, ready to build. */
export interface ValidatedCorpus {
  name: string;
  vocabulary: ReturnType<typeof EntitiesFile.parse>;
  entityNames: Map<string, string>;
  papers: ValidatedSeed[];
  validateMillis: number;
}

/**
 * Validates the whole corpus (vocabulary, every paper, ids unique across papers) and reports
 * every problem together; both loaders (transactional and bulk) call it before writing anything.
 */
export function validateCorpus(corpus: Corpus, progress: (msg: string) => void = () => {}): ValidatedCorpus {
  const problems: SeedProblem[] = [];
  const started = Date.now();
  const vocabulary = EntitiesFile.safeParse(corpus.entities);
  if (!vocabulary.success) {
    throw new SeedValidationError(
      vocabulary.error.issues.map((i) => ({
        file: `corpus ${corpus.name} entities`,
        line: null,
        path: i.path.join("."),
        message: i.message,
      })),
    );
  }
  const entityNames = new Map<string, string>();
  vocabulary.data.forEach((e, i) => {
    const at = { file: `corpus ${corpus.name} entities`, line: null, path: `${i}.id` };
    if (entityNames.has(e.id)) problems.push({ ...at, message: `duplicate id "${e.id}"` });
    if (!e.id.startsWith(`${e.kind}:`))
      problems.push({ ...at, message: `id must start with its kind "${e.kind}:"` });
    if (e.aliases.length > 0)
      problems.push({
        ...at,
        message: "vocabulary entities give synonyms; printed aliases belong to a paper",
      });
    entityNames.set(e.id, e.name);
  });
  if (problems.length > 0) throw new SeedValidationError(problems);
  const entityIds = new Set(entityNames.keys());

  const validated: ValidatedSeed[] = [];
  const owner = new Map<string, string>();
  for (const [i, paper] of corpus.papers.entries()) {
    const paperId = (paper.seed.source as { paper?: { id?: unknown } })?.paper?.id;
    const label = `corpus ${corpus.name} paper ${i} (${typeof paperId === "string" ? paperId : "no id"})`;
    try {
      const seed = validatePaper(paper.seed, paper.text, label, entityIds);
      if (seed.data.entities.length > 0)
        problems.push({
          file: label,
          line: null,
          path: "entities",
          message: "corpus papers use the vocabulary",
        });
      for (const id of [seed.data.source.paper.id, ...ownedIds(seed)]) {
        const first = owner.get(id);
        if (first)
          problems.push({ file: label, line: null, path: id, message: `id "${id}" also used by ${first}` });
        else owner.set(id, label);
      }
      validated.push(seed);
    } catch (error) {
      if (!(error instanceof SeedValidationError)) throw error;
      problems.push(...error.problems);
    }
    if (problems.length > 200) break;
  }
  owner.clear();
  if (problems.length > 0) throw new SeedValidationError(problems);
  const validateMillis = Date.now() - started;
  progress(`validated ${validated.length} papers in ${validateMillis} ms`);

  return { name: corpus.name, vocabulary: vocabulary.data, entityNames, papers: validated, validateMillis };
}

/** One transaction's worth of a corpus: its rows and the papers (datasets) it replaces. */
export interface CorpusChunk {
  batch: GraphBatch;
  datasets: string[];
  evidence: number;
}

/**
 * The corpus as the transactional loader writes it, in order: the vocabulary, then papers in
 * chunks of about `evidencePerTransaction` evidence items. The bulk loader replays the same chunks,
 * so that merges of shared nodes (which depend on write order) end in the same graph.
 */
export function* corpusChunks(
  corpus: ValidatedCorpus,
  evidencePerTransaction = 5000,
): Generator<CorpusChunk> {
  yield { batch: buildVocabulary(corpus.vocabulary, `corpus:${corpus.name}`), datasets: [], evidence: 0 };
  let chunk: CorpusChunk = { batch: emptyBatch(), datasets: [], evidence: 0 };
  for (const seed of corpus.papers) {
    const dataset = seed.data.source.paper.id;
    appendBatch(
      chunk.batch,
      buildGraph(seed, {
        dataset,
        locusPrefix: `${dataset.slice("pub:".length)}:`,
        sharedPublications: true,
        entityNames: corpus.entityNames,
      }),
    );
    chunk.datasets.push(dataset);
    chunk.evidence += seed.data.evidence.length;
    if (chunk.evidence >= evidencePerTransaction) {
      yield chunk;
      chunk = { batch: emptyBatch(), datasets: [], evidence: 0 };
    }
  }
  if (chunk.datasets.length > 0) yield chunk;
}

/**
 * Validates the whole corpus before writing anything, then writes it in transactions of about
 * `evidencePerTransaction` evidence items: each transaction is atomic, a reload replaces each
 * paper (dataset = its publication id), and shared entities and publications are merged.
 */
export async function loadCorpus(
  db: Database,
  corpus: Corpus,
  options: { evidencePerTransaction?: number; progress?: (msg: string) => void } = {},
): Promise<CorpusReport> {
  const progress = options.progress ?? (() => {});
  const started = Date.now();
  const validated = validateCorpus(corpus, progress);
  const report: CorpusReport = {
    nodes: {},
    relationships: {},
    millis: 0,
    papers: validated.papers.length,
    evidence: 0,
    transactions: 0,
    validateMillis: validated.validateMillis,
  };
  await applySchema(db);
  for (const chunk of corpusChunks(validated, options.evidencePerTransaction)) {
    await writeCorpusChunk(
      db,
      chunk.batch,
      chunk.datasets,
      report,
      chunk.datasets.length ? progress : undefined,
    );
    report.transactions += 1;
    report.evidence += chunk.evidence;
    if (chunk.datasets.length)
      progress(
        `wrote ${report.evidence} evidence items (${chunk.datasets.length} papers in this transaction)`,
      );
  }
  report.millis = Date.now() - started;
  return report;
}
