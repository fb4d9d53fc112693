/**
 * A synthetic literature corpus for benchmarks: deterministic from a seed number, shaped like
 * the real literature (Zipf-skewed entity and citation degrees, a few hub genes in thousands of
 * claims, all five evidence levels, citing sentences, studies with outcomes, case reports). Every
 * record points at a sentence of its paper's generated text, exactly as the curated seed does.
 * All names are synthetic (SYNG00001, ...): nothing here is a fact about real genes or drugs.
 */
import { PREDICATE_NAMES, type EntityKind } from "../schema/vocabulary.ts";
import type { Corpus, CorpusPaper } from "../seed/corpus.ts";

export interface SyntheticOptions {
  claims: number;
  seed?: number;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Samples ranks 0..n-1 with P(k) ∝ 1/(k+1)^s, by binary search in the cumulative weights. */
export function zipf(n: number, s: number, rnd: () => number) {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cdf[k] = sum += 1 / Math.pow(k + 1, s);
  return () => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const LEVELS: [string, number][] = [
  ["A", 0.05],
  ["B", 0.15],
  ["C", 0.3],
  ["D", 0.35],
  ["E", 0.15],
];
const MODEL_BY_LEVEL: Record<string, string[]> = {
  A: ["guideline", "phase_3"],
  B: ["phase_2", "phase_3", "phase_1"],
  C: ["human_case", "retrospective"],
  D: ["cell_line", "xenograft", "primary_patient_cells", "pdx"],
  E: ["review", "not_stated"],
};
const SECTIONS = ["Introduction", "Results", "Discussion"];

/** Entity kinds in the vocabulary, with their share and name prefix. */
const KINDS: { kind: EntityKind; share: number; prefix: string }[] = [
  { kind: "gene", share: 0.55, prefix: "SYNG" },
  { kind: "drug", share: 0.2, prefix: "SYND" },
  { kind: "disease", share: 0.1, prefix: "SYNX" },
  { kind: "process", share: 0.1, prefix: "SYNP" },
  { kind: "phenotype", share: 0.05, prefix: "SYNF" },
];

export interface SyntheticCorpus extends Corpus {
  /** Handy ids for benchmark queries: the biggest hub, a rare entity, the most cited paper. */
  probes: {
    hubGene: string;
    hubGeneName: string;
    hubDrug: string;
    rareGene: string;
    topPaper: string;
    searchTerm: string;
    pathFrom: string;
    pathTo: string;
  };
}

/**
 * Zipf-skewed choice of entities by kind (genes and drugs are the hubs), shared by the corpus and
 * by bench/pathIndex.ts's fast input so both draw the same graph shape from the same PRNG.
 */
export function entitySampler<T>(byKind: ReadonlyMap<string, T[]>, rnd: () => number) {
  const genes = byKind.get("gene")!;
  const drugs = byKind.get("drug")!;
  const diseases = byKind.get("disease")!;
  const others = [...byKind.get("process")!, ...byKind.get("phenotype")!];
  const geneRank = zipf(genes.length, 1.05, rnd);
  const drugRank = zipf(drugs.length, 1.0, rnd);
  const diseaseRank = zipf(diseases.length, 1.0, rnd);
  const anyEntity = (): T => {
    const x = rnd();
    return x < 0.55
      ? genes[geneRank()]!
      : x < 0.8
        ? drugs[drugRank()]!
        : x < 0.9
          ? diseases[diseaseRank()]!
          : others[Math.floor(rnd() * others.length)]!;
  };
  return { genes, drugs, diseases, geneRank, drugRank, diseaseRank, anyEntity };
}

export function generateCorpus({ claims: target, seed = 1 }: SyntheticOptions): SyntheticCorpus {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const level = () => {
    let x = rnd();
    for (const [l, p] of LEVELS) if ((x -= p) < 0) return l;
    return "E";
  };

  // Vocabulary grows with the corpus (about one entity per 40 claims), as in real literature.
  const entityCount = Math.max(300, Math.round(target / 40));
  const byKind = new Map<EntityKind, { id: string; name: string }[]>();
  const entities: Record<string, unknown>[] = [];
  for (const { kind, share, prefix } of KINDS) {
    const list: { id: string; name: string }[] = [];
    const n = Math.max(20, Math.round(entityCount * share));
    for (let i = 1; i <= n; i++) {
      const name = `${prefix}${String(i).padStart(5, "0")}`;
      const id = `${kind}:${name}`;
      list.push({ id, name });
      entities.push({
        id,
        kind,
        name,
        synonyms: [`${name.toLowerCase()}-alt`],
        xrefs: [],
        xref_note: "synthetic entity",
        aliases: [],
        description: `synthetic ${kind} ${i}`,
      });
    }
    byKind.set(kind, list);
  }
  const { genes, drugs, diseases, geneRank, drugRank, diseaseRank, anyEntity } = entitySampler(byKind, rnd);

  const paperCount = Math.max(10, Math.round(target / 20));
  const paperId = (i: number) => `pub:syn.${String(i).padStart(7, "0")}`;
  const citedRank = zipf(paperCount, 0.9, rnd);

  const papers: CorpusPaper[] = [];
  let made = 0;
  for (let p = 0; p < paperCount && made < target; p++) {
    const id = paperId(p);
    const key = id.slice("pub:syn.".length);
    const n = p === paperCount - 1 ? target - made : Math.min(target - made, int(5, 35));

    // References: other papers of the corpus, popular ones far more often.
    const refIds = new Set<string>();
    const refCount = int(8, 30);
    for (let r = 0; r < refCount * 2 && refIds.size < refCount; r++) {
      const cited = citedRank();
      if (cited !== p) refIds.add(paperId(cited));
    }
    const publications = [...refIds].map((ref, i) => ({
      number: i + 1,
      id: ref,
      identification: "synthetic reference",
      title: `Synthetic paper ${ref.slice("pub:syn.".length)}`,
      first_author: null,
      year: 2000 + (Number(ref.slice(-4)) % 25),
      journal: "Synthetic Reports",
      doi: null,
      pmid: null,
    }));
    const refNumbers = publications.map((r) => r.number);

    let text = `Synthetic paper ${key}.\n`;
    const sections: { name: string; start: number; end: number }[] = [];
    const sentence = (s: string) => {
      const start = text.length;
      text += s + " ";
      return { start, end: start + s.length, quote: s };
    };
    const claims: Record<string, unknown>[] = [];
    const citations: Record<string, unknown>[] = [];
    const studies: Record<string, unknown>[] = [];
    const cases: Record<string, unknown>[] = [];

    for (const [si, section] of SECTIONS.entries()) {
      const sectionStart = text.length;
      text += `${section}\n`;
      const inSection = si === SECTIONS.length - 1 ? n - claims.length : Math.floor(n / SECTIONS.length);
      for (let c = 0; c < inSection; c++) {
        // Most claims tie a drug or gene to a (hub-skewed) gene; the rest link anything to anything.
        const subject = rnd() < 0.45 ? drugs[drugRank()]! : anyEntity();
        let object = rnd() < 0.6 ? genes[geneRank()]! : anyEntity();
        if (object.id === subject.id) object = genes[(genes.indexOf(object) + 1) % genes.length]!;
        const predicate = pick(PREDICATE_NAMES);
        const lvl = level();
        const refs = [...new Set([pick(refNumbers), pick(refNumbers)])].sort((a, b) => a - b);
        const cited = refNumbers.length > 0 && rnd() < 0.7;
        const disease = rnd() < 0.5 ? diseases[diseaseRank()]! : null;
        // One item in ten is hedged ("may"), chosen by position so the random sequence is unchanged.
        const hedged = claims.length % 10 === 3;
        const locus = sentence(
          `${subject.name}${hedged ? " may" : ""} ${predicate.replace(/_/g, " ")} ${object.name}` +
            `${disease ? ` in ${disease.name}` : ""}${cited ? ` (${refs.join(", ")})` : ""}.`,
        );
        claims.push({
          id: `ev:syn.${key}.${claims.length}`,
          statement: {
            subject: subject.id,
            predicate,
            object: object.id,
            context: disease ? [disease.id] : [],
            conditions: [],
          },
          direction: rnd() < 0.92 ? "supports" : "refutes",
          level: lvl,
          model_system: pick(MODEL_BY_LEVEL[lvl]!),
          provenance: cited ? "cited" : "asserted",
          references: cited ? refs : [],
          epistemics: {
            hedged,
            hedge_cues: hedged ? ["may"] : [],
            status: "reported",
          },
          knowledge_level: hedged ? "prediction" : "knowledge_assertion",
          locus,
        });
        if (cited) citations.push({ id: `cite:syn.${key}.${citations.length}`, ...locus, refs });
      }
      sections.push({ name: section, start: sectionStart, end: text.length });
    }

    // One paper in five reports a study with outcomes; one in ten is a case report.
    if (p % 5 === 0) {
      const drug = drugs[drugRank()]!;
      const disease = diseases[diseaseRank()]!;
      const size = int(20, 400);
      const os = (int(30, 240) / 10).toFixed(1);
      const orr = int(5, 80);
      const design = sentence(
        `A phase 2 trial of ${drug.name} enrolled ${size} patients with ${disease.name}.`,
      );
      const osLocus = sentence(`Median overall survival was ${os} months.`);
      const orrLocus = sentence(`The overall response rate was ${orr}%.`);
      studies.push({
        id: `study:syn.${key}`,
        title: `${drug.name} in ${disease.name}`,
        reference: null,
        design: "single-arm",
        phase: "2",
        population: { disease: disease.id, description: null, n: size },
        interventions: [drug.id],
        loci: [design],
        outcomes: [
          {
            id: `outcome:syn.${key}.os`,
            measure: "median_overall_survival",
            value: Number(os),
            unit: "months",
            loci: [osLocus],
          },
          {
            id: `outcome:syn.${key}.orr`,
            measure: "overall_response_rate",
            value: orr,
            unit: "percent",
            loci: [orrLocus],
          },
        ],
      });
    }
    if (p % 10 === 3) {
      const gene = genes[geneRank()]!;
      const age = int(18, 90);
      const before = int(10, 60);
      const after = int(0, before);
      const ageLocus = sentence(`The patient was ${age} years old.`);
      const mutation = sentence(`Sequencing found a ${gene.name} mutation.`);
      const blasts = sentence(`Marrow blasts fell from ${before}% to ${after}%.`);
      cases.push({
        id: `case:syn.${key}`,
        label: `Case report ${key}`,
        facts: [
          { field: "age", value: age, unit: "years", loci: [ageLocus] },
          {
            field: "bone_marrow_blasts",
            value: before,
            unit: "percent",
            timepoint: "diagnosis",
            loci: [blasts],
          },
          {
            field: "bone_marrow_blasts",
            value: after,
            unit: "percent",
            timepoint: "after_cycle_1",
            loci: [blasts],
          },
        ],
        mutations: [{ gene: gene.id, loci: [mutation] }],
        regimens: [],
      });
    }
    if (sections.length) sections[sections.length - 1]!.end = text.length;

    papers.push({
      text,
      seed: {
        source: {
          paper: {
            id,
            title: `Synthetic paper ${key}`,
            journal: "Synthetic Reports",
            year: 2000 + (p % 25),
            doi: `10.0000/synthetic.${key}`,
            file: `synthetic/${key}.txt`,
          },
          sections,
        },
        publications,
        citations,
        entities: [],
        therapies: [],
        evidence: claims,
        verdicts: [],
        studies,
        table1: { rows: [], cells: [] },
        cases,
        conflicts: [],
      },
    });
    made += claims.length;
  }

  return {
    name: `synthetic-${target}-${seed}`,
    entities,
    papers,
    probes: {
      hubGene: genes[0]!.id,
      hubGeneName: genes[0]!.name,
      hubDrug: drugs[0]!.id,
      rareGene: genes[genes.length - 1]!.id,
      topPaper: paperId(0),
      searchTerm: genes[Math.min(49, genes.length - 1)]!.name,
      // A mid-degree drug and gene: 3-hop paths between them run through the hubs.
      pathFrom: drugs[Math.min(9, drugs.length - 1)]!.id,
      pathTo: genes[Math.min(19, genes.length - 1)]!.id,
    },
  };
}
