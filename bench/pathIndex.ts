/**
 * The mechanism path search at literature scale without Neo4j: generates a synthetic corpus
 * (bench/synthetic.ts), turns each paper into the graph the loader writes (validatePaper and
 * buildGraph, as seed/corpus.ts does; statement edges only), builds the step index from those
 * edges and times the search for the benchmark's path probe at maxHops 3 and 4.
 *
 *   NODE_OPTIONS="--expose-gc --max-old-space-size=12288" npx tsx bench/pathIndex.ts 10000 100000
 *   NODE_OPTIONS="--expose-gc" npx tsx bench/pathIndex.ts --fast 10000 100000 1000000
 *
 * Prints, per scale: edges, index build time, heap used by the index, p50/p90 of each search.
 * Not the HTTP figure (no entity read, no GraphQL): the in-process search cost alone.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import {
  EVIDENCE_LEVELS,
  PREDICATES,
  statementSign,
  type EntityState,
  type EvidenceLevel,
  type Predicate,
} from "../schema/vocabulary.ts";
import { statementStrength } from "../seed/evidence.ts";
import { EntitiesFile } from "../seed/model.ts";
import { buildGraph } from "../seed/graph.ts";
import { validatePaper } from "../seed/validate.ts";
import { StepIndexBuilder } from "../store/stepIndex.ts";
import { entitySampler, generateCorpus, random } from "./synthetic.ts";

const REL_TO_PREDICATE = new Map<string, Predicate>(
  Object.entries(PREDICATES).map(([p, v]) => [v.rel, p as Predicate]),
);

const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/**
 * `--fast`: the statement edges only, sampled with bench/synthetic.ts's claim distributions
 * (entity counts and kinds, Zipf hubs, subject and object choice, uniform predicate, levels,
 * 8% refuting, one item in ten hedged; each claim its own statement, as the loader scopes
 * statements per paper), without papers, text or validation: at 1M claims the full corpus takes
 * far longer to generate than the index takes to build. Same probes (the 10th drug, 20th gene).
 */
function fastInput(claims: number): Input {
  const rnd = random(1);
  const entityCount = Math.max(300, Math.round(claims / 40));
  const shares = [
    ["gene", 0.55, "SYNG"],
    ["drug", 0.2, "SYND"],
    ["disease", 0.1, "SYNX"],
    ["process", 0.1, "SYNP"],
    ["phenotype", 0.05, "SYNF"],
  ] as const;
  const byKind = new Map<string, string[]>();
  for (const [kind, share, prefix] of shares)
    byKind.set(
      kind,
      Array.from(
        { length: Math.max(20, Math.round(entityCount * share)) },
        (_, i) => `${kind}:${prefix}${String(i + 1).padStart(5, "0")}`,
      ),
    );
  const { genes, drugs, geneRank, drugRank, anyEntity } = entitySampler(byKind, rnd);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const levels: [EvidenceLevel, number][] = [
    ["A", 0.05],
    ["B", 0.15],
    ["C", 0.3],
    ["D", 0.35],
    ["E", 0.15],
  ];
  const level = () => {
    let x = rnd();
    for (const [l, p] of levels) if ((x -= p) < 0) return l;
    return "E" as EvidenceLevel;
  };
  const predicates = Object.keys(PREDICATES) as Predicate[];
  const rows: Input["rows"] = [];
  for (let c = 0; c < claims; c++) {
    const subject = rnd() < 0.45 ? drugs[drugRank()]! : anyEntity();
    let object = rnd() < 0.6 ? genes[geneRank()]! : anyEntity();
    if (object === subject) object = genes[(genes.indexOf(object) + 1) % genes.length]!;
    const predicate = pick(predicates);
    const lvl = level();
    const supports = rnd() < 0.92;
    const hedged = c % 10 === 3;
    const item = {
      direction: supports ? ("supports" as const) : ("refutes" as const),
      level: lvl,
      epistemics: { hedged, negated: false, status: "reported" as const, inference: false },
    };
    rows.push({
      type: PREDICATES[predicate].rel,
      from: subject,
      to: object,
      subjectKind: subject.slice(0, subject.indexOf(":")),
      objectKind: object.slice(0, object.indexOf(":")),
      props: {
        statementId: `stmt:${c}`,
        strength: statementStrength([item]),
        levelRank: EVIDENCE_LEVELS[lvl].rank,
        direction: item.direction,
        sign: statementSign(predicate, null, null),
      },
    });
  }
  return {
    rows,
    probes: {
      pathFrom: drugs[Math.min(9, drugs.length - 1)]!,
      pathTo: genes[Math.min(19, genes.length - 1)]!,
    },
  };
}

async function scale(claims: number) {
  if (fast) return measure(claims, fastInput(claims), 0);
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
    // The minimum too: on a shared machine the p50 includes time slices lost to other processes.
    return { min: ms[0]!.toFixed(2), p50: ms[10]!.toFixed(2), p90: ms[18]!.toFixed(2), paths: found };
  };
  // Beyond the probe: 30 drug → gene pairs drawn at random (many with no direct statement).
  const rnd = random(7);
  const drugs = index.ids.filter((id) => id.startsWith("drug:"));
  const genes = index.ids.filter((id) => id.startsWith("gene:"));
  const pairs = Array.from({ length: 30 }, () => [
    drugs[Math.floor(rnd() * drugs.length)]!,
    genes[Math.floor(rnd() * genes.length)]!,
  ]);
  const sample = (maxHops: number) => {
    const ms = pairs.map(([a, b]) => {
      index.search({ from: a!, to: b!, maxHops, minRank: 1, first: 10 });
      const s = performance.now();
      index.search({ from: a!, to: b!, maxHops, minRank: 1, first: 10 });
      return performance.now() - s;
    });
    ms.sort((a, b) => a - b);
    return { p50: ms[15]!.toFixed(2), max: ms[29]!.toFixed(2) };
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
      randomPairs3: sample(3),
      randomPairs4: sample(4),
    }),
  );
}

const fast = process.argv.includes("--fast");
for (const claims of process.argv
  .slice(2)
  .filter((a) => a !== "--fast")
  .map(Number))
  await scale(claims);
