import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EVIDENCE_LEVELS, PREDICATES, assertRelType, type EvidenceLevel } from "../../schema/vocabulary.ts";
import { createStore } from "../../store/index.ts";
import { useSeededApi } from "./helpers.ts";

const { run, db } = useSeededApi();

interface StatementEdge {
  id: string;
  subject: string;
  object: string;
  predicate: string;
  strength: number;
  /** supports when any evidence item supports the statement. */
  direction: string;
}

/** Every statement of the (small) seeded graph, read page by page through the API. */
async function allStatements(): Promise<StatementEdge[]> {
  const statements: StatementEdge[] = [];
  let after: string | null = null;
  do {
    const { data, errors } = await run(
      `query($after: String) { statements(first: 100, after: $after) {
         edges { node { id predicate strength evidence { direction } subject { id } object { id } } }
         pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(errors).toBeUndefined();
    for (const { node } of data.statements.edges)
      statements.push({
        id: node.id,
        predicate: node.predicate,
        strength: node.strength,
        subject: node.subject.id,
        object: node.object.id,
        direction: node.evidence.some((e: any) => e.direction === "supports") ? "supports" : "refutes",
      });
    after = data.statements.pageInfo.hasNextPage ? data.statements.pageInfo.endCursor : null;
  } while (after);
  return statements;
}

/**
 * The oracle: every simple path of 1..maxHops steps from `from` to `to` over supporting
 * statements, parallel statements (same two entities, predicate and orientation) forming one step
 * of their greatest strength, scored as the product of the step strengths. Enumerated exhaustively.
 */
function allPaths(claims: StatementEdge[], from: string, to: string, maxHops: number) {
  const steps = new Map<
    string,
    { from: string; to: string; predicate: string; forward: boolean; best: number }[]
  >();
  const groups = new Map<
    string,
    { from: string; to: string; predicate: string; forward: boolean; best: number }
  >();
  for (const c of claims.filter((c) => c.direction === "supports" && c.subject !== c.object)) {
    for (const [a, b, forward] of [
      [c.subject, c.object, true],
      [c.object, c.subject, false],
    ] as const) {
      const key = `${a}|${b}|${c.predicate}|${forward}`;
      const g = groups.get(key) ?? { from: a, to: b, predicate: c.predicate, forward, best: 0 };
      g.best = Math.max(g.best, c.strength);
      if (!groups.has(key)) {
        groups.set(key, g);
        steps.set(a, [...(steps.get(a) ?? []), g]);
      }
    }
  }
  const found: { nodes: string[]; score: number; forward: boolean }[] = [];
  const walk = (at: string, nodes: string[], score: number, forward: boolean) => {
    for (const s of steps.get(at) ?? []) {
      if (nodes.includes(s.to)) continue;
      if (s.to === to)
        found.push({ nodes: [...nodes, to], score: score * s.best, forward: forward && s.forward });
      else if (nodes.length < maxHops) walk(s.to, [...nodes, s.to], score * s.best, forward && s.forward);
    }
  };
  walk(from, [from], 1, true);
  return found;
}

describe("mechanism paths against a brute-force oracle", () => {
  const pairs: [string, string, number, number][] = [
    ["drug:selinexor", "drug:venetoclax", 2, 5],
    ["drug:selinexor", "drug:venetoclax", 3, 10],
    ["drug:selinexor", "gene:TP53", 3, 8],
    ["gene:XPO1", "gene:MCL1", 3, 4],
    // Deep and wide: the level-by-level search must go on to weaker levels before it is sure.
    ["drug:selinexor", "gene:TP53", 4, 30],
    ["drug:venetoclax", "gene:MCL1", 4, 30],
    ["drug:decitabine", "drug:venetoclax", 4, 30],
  ];

  it.each(pairs)("%s to %s in up to %i hops: the exact top %i", async (from, to, maxHops, first) => {
    const claims = await allStatements();
    expect(claims.length).toBeGreaterThan(100);
    const oracle = allPaths(claims, from, to, maxHops).sort((a, b) => b.score - a.score);
    expect(oracle.length, "the oracle finds paths to rank").toBeGreaterThan(0);

    const { data, errors } = await run(
      `query($from: ID!, $to: ID!, $hops: Int, $first: Int) {
         mechanismPaths(from: $from, to: $to, maxHops: $hops, first: $first) {
           score entities { id } steps { forward level strength statement { strength } from { id } to { id } } } }`,
      { from, to, hops: maxHops, first },
    );
    expect(errors).toBeUndefined();
    const paths = data.mechanismPaths;
    // As many as asked for, or all there are.
    expect(paths.length).toBe(Math.min(first, oracle.length));
    // The same scores as the oracle's best, in the order returned (strongest first).
    expect(paths.map((p: any) => p.score)).toEqual(
      oracle.slice(0, paths.length).map((p) => expect.closeTo(p.score, 9)),
    );
    for (const p of paths) {
      // Each score is the product of its steps' strengths, each its strongest statement's.
      const product = p.steps.reduce((s: number, st: any) => s * st.statement.strength, 1);
      expect(p.score).toBeCloseTo(product, 9);
      // And each returned path is one of the oracle's, with that score.
      const ids = p.entities.map((e: any) => e.id);
      expect(
        oracle.some((o) => o.nodes.join() === ids.join() && Math.abs(o.score - p.score) < 1e-9),
        ids.join(),
      ).toBe(true);
    }
  });
});

const LEVEL_OF_RANK = Object.fromEntries(
  Object.entries(EVIDENCE_LEVELS).map(([level, v]) => [v.rank, level as EvidenceLevel]),
);

/** A seeded pseudo-random sequence, so the generated graph is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe("mechanism paths on small generated graphs against the oracle", () => {
  const PREFIX = "oracle:";
  const predicates = ["inhibits", "activates", "treats"] as const;
  const claims: StatementEdge[] = [];
  // A trap for the banded search: three steps of strength 0.6 score 0.6^3 = 0.216, a single
  // step of 0.4 scores 0.4; the best path is the one found only in a weaker band.
  const trap = [
    ["t0", "t1", 3],
    ["t1", "t2", 3],
    ["t2", "t3", 3],
    ["t0", "t3", 2],
  ] as const;
  trap.forEach(([a, b, rank], i) =>
    claims.push({
      id: `${PREFIX}trap${i}`,
      subject: PREFIX + a,
      object: PREFIX + b,
      predicate: "inhibits",
      strength: EVIDENCE_LEVELS[LEVEL_OF_RANK[rank]!].weight,
      direction: "supports",
    }),
  );
  // Strengths as the roll-up makes them: level weights, hedged halves, several items combined.
  const STRENGTHS = [1, 0.8, 0.6, 0.4, 0.2, 0.3, 0.1, 0.84, 0.64, 0.48, 0.96, 0.2];
  const next = random(12);
  const nodes = Array.from({ length: 9 }, (_, i) => `${PREFIX}n${i}`);
  for (let i = 0; i < 28; i++) {
    const a = nodes[Math.floor(next() * nodes.length)]!;
    const b = nodes[Math.floor(next() * nodes.length)]!;
    if (a === b) continue;
    claims.push({
      id: `${PREFIX}c${i}`,
      subject: a,
      object: b,
      predicate: predicates[Math.floor(next() * predicates.length)]!,
      strength: STRENGTHS[Math.floor(next() * STRENGTHS.length)]!,
      direction: next() < 0.85 ? "supports" : "refutes",
    });
  }

  beforeAll(async () => {
    const ids = [...new Set(claims.flatMap((c) => [c.subject, c.object]))];
    await db().write(
      "test",
      "UNWIND $ids AS id CREATE (:Entity {id: id, name: id, kind: 'gene', oracleTest: true})",
      {
        ids,
      },
    );
    for (const predicate of predicates) {
      const rel = assertRelType(PREDICATES[predicate].rel);
      await db().write(
        "test",
        `UNWIND $edges AS e MATCH (a:Entity {id: e.subject}), (b:Entity {id: e.object})
         CREATE (a)-[:${rel} {statementId: e.id, levelRank: 3, strength: e.strength, direction: e.direction}]->(b)`,
        { edges: claims.filter((c) => c.predicate === predicate) },
      );
    }
  });
  afterAll(async () => {
    await db().write("test", "MATCH (e:Entity) WHERE e.oracleTest DETACH DELETE e");
  });

  const cases: [string, string, number, number][] = [
    [PREFIX + "t0", PREFIX + "t3", 3, 1],
    [PREFIX + "t0", PREFIX + "t3", 3, 2],
  ];
  for (const from of nodes.slice(0, 4))
    for (const to of nodes.slice(5))
      for (const [hops, first] of [
        [3, 1],
        [4, 5],
      ] as const)
        cases.push([from, to, hops, first]);

  it("the trap and every generated pair give exactly the oracle's top k", async () => {
    const store = createStore(db().forRequest("oracle"));
    let compared = 0;
    for (const [from, to, maxHops, first] of cases) {
      const oracle = allPaths(claims, from, to, maxHops).sort((a, b) => b.score - a.score);
      const paths = await store.paths.mechanismPaths({
        from,
        to,
        maxHops,
        minLevel: null,
        predicates: null,
        first,
      });
      const label = `${from} -> ${to}, ${maxHops} hops, top ${first}`;
      expect(paths.length, label).toBe(Math.min(first, oracle.length));
      expect(
        paths.map((p) => p.score),
        label,
      ).toEqual(oracle.slice(0, paths.length).map((o) => expect.closeTo(o.score, 9)));
      compared += paths.length;
    }
    // The generated graph is connected enough for the comparison to mean something.
    expect(compared).toBeGreaterThan(cases.length);
  });
});
