import { describe, expect, it } from "vitest";
import {
  ENTITY_KINDS,
  PATH_KINDS,
  PREDICATES,
  statementSign,
  type EntityState,
  type PathKind,
  type Predicate,
} from "../../schema/vocabulary.ts";
import { StepIndexBuilder, type EdgeRow, type PathQuery } from "../../store/stepIndex.ts";

/**
 * The fast search (store/stepIndex.ts) against a brute-force enumerator written from the ranking
 * documented in store/paths.ts: on many generated graphs, both return the same top k paths, with
 * the same scores, steps, merged statements and order.
 */

/** mulberry32: a small seeded PRNG, so that a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}

const KINDS = ["gene", "gene", "drug", "process", "disease", "phenotype", "procedure", "therapy"] as const;
const ALL_PREDICATES = Object.keys(PREDICATES) as Predicate[];
const STATES: (EntityState | null)[] = [
  null,
  null,
  null,
  "inhibited",
  "overexpressed",
  "mutated",
  "loss_of_function",
];
/** Few distinct strengths and degrees, so that scores tie often. */
const STRENGTHS = [1, 0.5, 0.5, 0.25, 0.8];

interface Graph {
  kinds: Map<string, string>;
  edges: EdgeRow[];
}

function generate(seed: number): Graph {
  const r = prng(seed);
  const n = 5 + r.int(14);
  const ids = Array.from({ length: n }, (_, i) => `e${i}`);
  const kinds = new Map(ids.map((id) => [id, r.pick(KINDS) as string]));
  // A few hubs draw most edges; a small predicate pool makes parallel statements and cycles likely.
  const hubs = ids.slice(0, 1 + r.int(3));
  const pool = Array.from({ length: 3 + r.int(6) }, () => r.pick(ALL_PREDICATES));
  pool.push(r.pick(["synergizes_with", "associated_with"] as Predicate[]));
  const count = 2 * n + r.int(n * 4);
  const edges: EdgeRow[] = [];
  const end = () => (r.next() < 0.35 ? r.pick(hubs) : r.pick(ids));
  for (let i = 0; i < count; i++) {
    let subject = end();
    let object = end();
    if (subject === object) continue;
    if (r.next() < 0.15 && edges.length > 0) {
      // A parallel statement, or the same pair the other way round.
      const twin = r.pick(edges);
      [subject, object] = r.next() < 0.5 ? [twin.subject, twin.object] : [twin.object, twin.subject];
    }
    const predicate = r.next() < 0.2 && edges.length > 0 ? r.pick(edges).predicate : r.pick(pool);
    const subjectState = r.pick(STATES);
    const objectState = r.pick(STATES);
    edges.push({
      subject,
      object,
      subjectKind: kinds.get(subject)!,
      objectKind: kinds.get(object)!,
      predicate,
      statementId: `s${i}`,
      strength: r.pick(STRENGTHS),
      levelRank: 1 + r.int(5),
      sign: statementSign(predicate, subjectState, objectState),
      supports: r.next() < 0.85,
      subjectState,
      objectState,
    });
  }
  return { kinds, edges };
}

function randomQuery(r: ReturnType<typeof prng>, g: Graph): PathQuery {
  const ids = [...g.kinds.keys()];
  const from = r.pick(ids);
  // Mostly a `to` a few statements away (either way), so that most queries have answers.
  let to = from;
  for (let walk = 1 + r.int(4); walk > 0 || to === from; walk--) {
    const near = g.edges.filter((e) => e.subject === to || e.object === to);
    to =
      near.length === 0 || r.next() < 0.1
        ? r.pick(ids)
        : ((e) => (e.subject === to ? e.object : e.subject))(r.pick(near));
  }
  const kinds = r.next() < 0.2 ? undefined : PATH_KINDS.filter(() => r.next() < 0.5);
  const through =
    r.next() < 0.2 ? Array.from({ length: r.int(4) }, () => r.pick(Object.keys(ENTITY_KINDS))) : null;
  const used = [...new Set(g.edges.map((e) => e.predicate))];
  return {
    from,
    to,
    maxHops: 1 + r.int(4),
    minRank: r.next() < 0.6 ? 0 : 1 + r.int(4),
    predicates: r.next() < 0.7 ? null : used.filter(() => r.next() < 0.6),
    first: 1 + r.int(8),
    kinds: kinds?.length ? kinds : undefined,
    sign: r.next() < 0.6 ? null : r.pick([-1, 0, 1]),
    through,
  };
}

interface Path {
  nodes: string[];
  predicates: string[];
  forward: boolean[];
  statementIds: string[][];
  score: number;
  backward: number;
  key: string;
}

/** Every simple path under the documented rules, scored and sorted; no pruning of any kind. */
function bruteForce(g: Graph, q: PathQuery): Path[] {
  const degree = new Map<string, number>();
  for (const e of g.edges) {
    degree.set(e.subject, (degree.get(e.subject) ?? 0) + 1);
    degree.set(e.object, (degree.get(e.object) ?? 0) + 1);
  }
  const wanted = new Set<PathKind>(q.kinds?.length ? q.kinds : ["mechanism"]);
  const coIndication = wanted.has("co_indication");
  const clinical = (id: string) => ENTITY_KINDS[g.kinds.get(id) as keyof typeof ENTITY_KINDS].clinical;
  const through = q.through?.length ? q.through : null;
  const hops = through ? through.length + 1 : q.maxHops;

  // Steps from each entity: parallel statements with the same neighbour, predicate, orientation and sign merged.
  interface Step {
    to: string;
    predicate: Predicate;
    forward: boolean;
    sign: number | null;
    strength: number;
    statements: string[];
  }
  const steps = new Map<string, Map<string, Step>>();
  const add = (at: string, to: string, e: EdgeRow, forward: boolean) => {
    const causal = PREDICATES[e.predicate].sign !== null;
    if (!wanted.has("association") && !coIndication && !causal) return;
    const sign = forward && causal ? e.sign : null;
    const key = [to, e.predicate, forward, sign].join();
    const byKey = steps.get(at) ?? new Map<string, Step>();
    steps.set(at, byKey);
    const s = byKey.get(key) ?? { to, predicate: e.predicate, forward, sign, strength: 0, statements: [] };
    byKey.set(key, s);
    s.strength = Math.max(s.strength, e.strength);
    s.statements.push(e.statementId);
  };
  for (const e of g.edges) {
    if (!e.supports || e.levelRank < q.minRank) continue;
    if (q.predicates?.length && !q.predicates.includes(e.predicate)) continue;
    add(e.subject, e.object, e, true);
    if (PREDICATES[e.predicate].symmetric || coIndication) add(e.object, e.subject, e, false);
  }

  const all: Path[] = [];
  const walk = (nodes: string[], taken: Step[]) => {
    const at = nodes[nodes.length - 1]!;
    if (at === q.to) {
      all.push(score(nodes, taken));
      return;
    }
    if (taken.length === hops) return;
    for (const s of steps.get(at)?.values() ?? []) {
      if (nodes.includes(s.to)) continue;
      walk([...nodes, s.to], [...taken, s]);
    }
  };
  const score = (nodes: string[], taken: Step[]): Path & { ok: boolean } => {
    let value = 1;
    taken.forEach((s, i) => {
      value *= s.strength * (degree.get(nodes[i]!)! * degree.get(nodes[i + 1]!)!) ** -0.4;
    });
    const inner = nodes.slice(1, -1);
    // Non-symmetric steps: forward ones, then (after a turn at a clinical intermediate) backward ones.
    let ok = true;
    let turned = false;
    taken.forEach((s, i) => {
      if (PREDICATES[s.predicate].symmetric) return;
      if (s.forward && turned) ok = false;
      if (!s.forward && !turned) {
        turned = true;
        if (i === 0 || !clinical(nodes[i]!)) ok = false;
      }
    });
    if (through) ok &&= taken.length === hops && inner.every((id, i) => g.kinds.get(id) === through[i]);
    else ok &&= coIndication || !inner.some(clinical);
    const kind: PathKind = inner.some(clinical)
      ? "co_indication"
      : taken.every((s) => s.forward && s.sign !== null)
        ? "mechanism"
        : "association";
    ok &&= wanted.has(kind);
    const sign = taken.some((s) => s.sign === null) ? null : taken.reduce((a, s) => a * s.sign!, 1) || 0;
    if (q.sign != null) ok &&= sign === q.sign;
    const predicates = taken.map((s) => s.predicate);
    return {
      ok,
      nodes,
      predicates,
      forward: taken.map((s) => s.forward),
      statementIds: taken.map((s) => [...s.statements].sort()),
      score: Number(value.toPrecision(12)),
      backward: taken.filter((s) => !s.forward).length,
      // Ids, then predicates; paths alike in both: orientations (forward first), then signs.
      key: [
        nodes.join("\u0001"),
        predicates.join("\u0001"),
        taken.map((s) => `${s.forward ? 0 : 1}${s.sign ?? ""}`).join("\u0001"),
      ].join("\u0000"),
    };
  };
  walk([q.from], []);
  return (all as (Path & { ok: boolean })[])
    .filter((p) => p.ok)
    .map(({ ok: _ok, ...p }) => p)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.nodes.length - b.nodes.length ||
        a.backward - b.backward ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    )
    .slice(0, q.first);
}

describe("mechanism path search", () => {
  it("returns exactly the brute-force top k on generated graphs", () => {
    let compared = 0;
    let nonEmpty = 0;
    let tiesAtTheCut = 0;
    let queries = 0;
    const exercised = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) {
      const g = generate(seed);
      const builder = new StepIndexBuilder();
      g.edges.forEach((e) => builder.add(e));
      const index = builder.finish();
      const r = prng(seed * 7919);
      for (let i = 0; i < 20; i++) {
        const q = randomQuery(r, g);
        queries++;
        const label = `seed ${seed} query ${i}: ${JSON.stringify(q)}`;
        const all = bruteForce(g, { ...q, first: Infinity });
        const expected = all.slice(0, q.first);
        if (all.length > q.first && all[q.first]!.score === all[q.first - 1]!.score) tiesAtTheCut++;
        const got = index.search(q).map((f) => ({
          nodes: f.nodes.map((n) => index.ids[n]!),
          predicates: f.edges.map((e) => index.predicateOf(e)),
          forward: f.forward,
          statementIds: f.edges.map((e, j) =>
            index
              .mergedStatements(e, f.forward[j]!, q.minRank)
              .map((s) => index.statementIds[s]!)
              .sort(),
          ),
          score: f.score,
          backward: f.backward,
          key: f.key,
        }));
        expect(got, label).toEqual(expected);
        compared += expected.length;
        if (expected.length > 0) nonEmpty++;
        // Which filters and rules the non-empty answers exercised.
        if (expected.length > 0) {
          if (q.sign != null) exercised.add("sign");
          if (q.through?.length) exercised.add("through");
          if (q.minRank > 1) exercised.add("minLevel");
          if (q.predicates?.length) exercised.add("predicates");
          if (expected.some((p) => p.backward > 0)) exercised.add("backward");
          if (expected.some((p) => p.statementIds.some((ids) => ids.length > 1))) exercised.add("parallel");
          if (
            expected.some((p) =>
              p.nodes
                .slice(1, -1)
                .some((n) => ["disease", "phenotype", "procedure"].includes(g.kinds.get(n)!)),
            )
          )
            exercised.add("co-indication");
        }
      }
    }
    // The generated cases exercise the search: many non-empty answers, and ties at the k-th place.
    expect(nonEmpty).toBeGreaterThan(queries / 5);
    expect(compared).toBeGreaterThan(queries / 3);
    expect(tiesAtTheCut).toBeGreaterThan(50);
    expect([...exercised].sort()).toEqual(
      ["backward", "co-indication", "minLevel", "parallel", "predicates", "sign", "through"].sort(),
    );
  }, 60_000);
});
