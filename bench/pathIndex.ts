/**
 * The mechanism path search at literature scale without Neo4j: generates a synthetic corpus
 * (bench/synthetic.ts), turns each paper into the graph the loader writes (validatePaper and
 * buildGraph, as seed/corpus.ts does; statement edges only), builds the step index from those
 * edges and times the search for the benchmark's path probe at maxHops 3 and 4.
 *
 *   NODE_OPTIONS="--expose-gc --max-old-space-size=12288" npx tsx bench/pathIndex.ts 10000 100000 1000000
 *
 * Prints, per scale: edges, index build time, heap used by the index, p50/p90 of each search.
 * Not the HTTP figure (no entity read, no GraphQL): the in-process search cost alone.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { PREDICATES, type EntityState, type Predicate } from "../schema/vocabulary.ts";
import { EntitiesFile } from "../seed/model.ts";
import { buildGraph } from "../seed/graph.ts";
import { validatePaper } from "../seed/validate.ts";
import { StepIndexBuilder } from "../store/stepIndex.ts";
import { generateCorpus } from "./synthetic.ts";

const REL_TO_PREDICATE = new Map<string, Predicate>(
  Object.entries(PREDICATES).map(([p, v]) => [v.rel, p as Predicate]),
);

const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

async function scale(claims: number) {
  const t = performance.now();
  const cache = process.env.PATH_INDEX_CACHE ? `${process.env.PATH_INDEX_CACHE}.${claims}.json` : null;
  if (cache && existsSync(cache)) return measure(claims, JSON.parse(readFileSync(cache, "utf8")), 0);
  const corpus = generateCorpus({ claims });
  const entities = EntitiesFile.parse(corpus.entities);
  const kinds = new Map(entities.map((e) => [e.id, e.kind as string]));
  const entityNames = new Map(entities.map((e) => [e.id, e.name]));
  const ids = new Set(kinds.keys());
  // One direct edge per statement id, as the loader's MERGE leaves it (the last paper's write wins).
  const edges = new Map<string, { type: string; from: string; to: string; props: Record<string, unknown> }>();
  for (const [i, paper] of corpus.papers.entries()) {
    const seed = validatePaper(paper.seed, paper.text, `paper ${i}`, ids);
    // Each paper is dropped once built: at 1M claims the corpus alone takes gigabytes.
    (corpus.papers as unknown[])[i] = null;
    const dataset = seed.data.source.paper.id;
    const batch = buildGraph(seed, {
      dataset,
      locusPrefix: `${dataset.slice("pub:".length)}:`,
      sharedPublications: true,
      entityNames,
    });
    for (const group of batch.rels.values())
      if (REL_TO_PREDICATE.has(group.type))
        for (const row of group.rows)
          edges.set(String(row.props.statementId), {
            type: group.type,
            from: row.from,
            to: row.to,
            props: row.props,
          });
  }
  const generated = performance.now() - t;
  corpus.papers.length = 0;
  const rows = [...edges.values()].map((e) => ({
    ...e,
    subjectKind: kinds.get(e.from)!,
    objectKind: kinds.get(e.to)!,
  }));
  const input = { rows, probes: corpus.probes };
  if (cache) writeFileSync(cache, JSON.stringify(input));
  return measure(claims, input, generated);
}

interface Input {
  rows: {
    type: string;
    from: string;
    to: string;
    subjectKind: string;
    objectKind: string;
    props: Record<string, unknown>;
  }[];
  probes: { pathFrom: string; pathTo: string };
}

function measure(claims: number, { rows, probes }: Input, generated: number) {
  let t = performance.now();
  const before = heapMb();
  t = performance.now();
  const builder = new StepIndexBuilder();
  for (const e of rows)
    builder.add({
      subject: e.from,
      object: e.to,
      subjectKind: e.subjectKind,
      objectKind: e.objectKind,
      predicate: REL_TO_PREDICATE.get(e.type)!,
      statementId: String(e.props.statementId),
      strength: Number(e.props.strength),
      levelRank: Number(e.props.levelRank),
      sign: e.props.sign == null ? null : Number(e.props.sign),
      supports: e.props.direction === "supports",
      subjectState: (e.props.subjectState ?? null) as EntityState | null,
      objectState: (e.props.objectState ?? null) as EntityState | null,
    });
  const index = builder.finish();
  const buildMs = performance.now() - t;
  const indexMb = heapMb() - before;
  const { pathFrom: from, pathTo: to } = probes;
  const time = (maxHops: number) => {
    const ms: number[] = [];
    let found = 0;
    for (let i = 0; i < 21; i++) {
      const s = performance.now();
      found = index.search({ from, to, maxHops, minRank: 1, first: 10 }).length;
      ms.push(performance.now() - s);
    }
    ms.sort((a, b) => a - b);
    return { p50: ms[10]!.toFixed(2), p90: ms[18]!.toFixed(2), paths: found };
  };
  console.log(
    JSON.stringify({
      claims,
      rows: rows.length,
      ...index.size,
      generateMs: Math.round(generated),
      buildMs: Math.round(buildMs),
      indexHeapMb: Math.round(indexMb),
      hops3: time(3),
      hops4: time(4),
    }),
  );
}

for (const claims of process.argv.slice(2).map(Number)) await scale(claims);
