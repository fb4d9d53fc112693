import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DATA_VERSION_ID,
  DATA_VERSION_LABEL,
  ENTITY_STATES,
  EVIDENCE_LEVELS,
  PREDICATES,
  assertRelType,
  type EvidenceLevel,
} from "../../schema/vocabulary.ts";
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
  subjectState?: string | null;
  objectState?: string | null;
}

/** Every statement of the (small) seeded graph and every entity's kind, read page by page through the API. */
async function allStatements(): Promise<{ claims: StatementEdge[]; kinds: Map<string, string> }> {
  const statements: StatementEdge[] = [];
  const kinds = new Map<string, string>();
  let after: string | null = null;
  do {
    const { data, errors } = await run(
      `query($after: String) { statements(first: 100, after: $after) {
         edges { node { id predicate strength subjectState objectState evidence { direction }
                        subject { id kind } object { id kind } } }
         pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(errors).toBeUndefined();
    for (const { node } of data.statements.edges) {
      statements.push({
        id: node.id,
        predicate: node.predicate,
        strength: node.strength,
        subject: node.subject.id,
        object: node.object.id,
        subjectState: node.subjectState,
        objectState: node.objectState,
        direction: node.evidence.some((e: any) => e.direction === "supports") ? "supports" : "refutes",
      });
      kinds.set(node.subject.id, node.subject.kind);
      kinds.set(node.object.id, node.object.kind);
    }
    after = data.statements.pageInfo.hasNextPage ? data.statements.pageInfo.endCursor : null;
  } while (after);
  return { claims: statements, kinds };
}

const CLINICAL = new Set(["disease", "phenotype", "procedure"]);
type Kind = "mechanism" | "co_indication" | "association";
interface OraclePath {
  nodes: string[];
  predicates: string[];
  score: number;
  kind: Kind;
  sign: number | null;
  backward: number;
}

/**
 * The oracle, written from the documented rules (store/paths.ts) without its code: every simple
 * path of 1..maxHops steps from `from` to `to` over supporting statements. A step follows its
 * statement forward; it runs backwards only along a symmetric predicate, or, in a co-indication,
 * after the path has turned at a clinical entity (never forward again after that). Parallel
 * statements (same ends, predicate, orientation and sign) form one step of their greatest strength.
 * Score: the product over the steps of strength × (deg(u) × deg(v))^−0.4, a degree being the number
 * of statements linking the entity to another. Enumerated exhaustively; ranked by the documented rule.
 */
function allPaths(
  claims: StatementEdge[],
  kinds: Map<string, string>,
  from: string,
  to: string,
  maxHops: number,
  wanted: Kind[] = ["mechanism"],
) {
  const degree = new Map<string, number>();
  for (const c of claims.filter((c) => c.subject !== c.object))
    for (const e of [c.subject, c.object]) degree.set(e, (degree.get(e) ?? 0) + 1);
  const stateSign = (s: string | null | undefined) =>
    s ? ENTITY_STATES[s as keyof typeof ENTITY_STATES].sign : 1;
  type Step = {
    from: string;
    to: string;
    predicate: string;
    forward: boolean;
    sign: number | null;
    best: number;
  };
  const steps = new Map<string, Step[]>();
  const groups = new Map<string, Step>();
  for (const c of claims.filter((c) => c.direction === "supports" && c.subject !== c.object)) {
    const p = PREDICATES[c.predicate as keyof typeof PREDICATES];
    const sign = p.sign === null ? null : p.sign * stateSign(c.subjectState) * stateSign(c.objectState) || 0;
    for (const [a, b, forward] of [
      [c.subject, c.object, true],
      [c.object, c.subject, false],
    ] as const) {
      const stepSign = forward ? sign : null;
      const key = `${a}|${b}|${c.predicate}|${forward}|${stepSign}`;
      const g = groups.get(key) ?? {
        from: a,
        to: b,
        predicate: c.predicate,
        forward,
        sign: stepSign,
        best: 0,
      };
      g.best = Math.max(g.best, c.strength);
      if (!groups.has(key)) {
        groups.set(key, g);
        steps.set(a, [...(steps.get(a) ?? []), g]);
      }
    }
  }
  const found: OraclePath[] = [];
  const walk = (at: string, nodes: string[], taken: Step[], score: number, turned: boolean) => {
    for (const s of steps.get(at) ?? []) {
      if (nodes.includes(s.to)) continue;
      const symmetric = PREDICATES[s.predicate as keyof typeof PREDICATES].symmetric;
      if (!symmetric && s.forward && turned) continue;
      const turning = !symmetric && !s.forward && !turned;
      if (turning && (nodes.length < 2 || !CLINICAL.has(kinds.get(at)!))) continue;
      const next = score * (s.best * (degree.get(at)! * degree.get(s.to)!) ** -0.4);
      const path = [...taken, s];
      if (s.to === to) {
        const inner = nodes.slice(1);
        const kind: Kind = inner.some((n) => CLINICAL.has(kinds.get(n)!))
          ? "co_indication"
          : path.every((p) => p.forward && p.sign !== null)
            ? "mechanism"
            : "association";
        const sign = path.some((p) => p.sign === null) ? null : path.reduce((x, p) => x * p.sign!, 1) || 0;
        if (wanted.includes(kind))
          found.push({
            nodes: [...nodes, to],
            predicates: path.map((p) => p.predicate),
            // Ranked at 12 significant digits, as documented.
            score: Number(next.toPrecision(12)),
            kind,
            sign,
            backward: path.filter((p) => !p.forward).length,
          });
      } else if (nodes.length < maxHops) walk(s.to, [...nodes, s.to], path, next, turned || turning);
    }
  };
  walk(from, [from], [], 1, false);
  const key = (p: OraclePath) => `${p.nodes.join("\u0001")}\u0000${p.predicates.join("\u0001")}`;
  return found.sort(
    (a, b) =>
      b.score - a.score ||
      a.nodes.length - b.nodes.length ||
      a.backward - b.backward ||
      (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
  );
}

const ALL_KINDS: Kind[] = ["mechanism", "co_indication", "association"];

describe("mechanism paths against a brute-force oracle", () => {
  const pairs: [string, string, number, number, Kind[]][] = [
    ["drug:selinexor", "drug:venetoclax", 2, 5, ["mechanism"]],
    ["drug:selinexor", "drug:venetoclax", 3, 10, ALL_KINDS],
    ["drug:selinexor", "gene:TP53", 3, 8, ["mechanism"]],
    ["drug:eltanexor", "drug:venetoclax", 3, 4, ALL_KINDS],
    ["gene:XPO1", "process:apoptosis", 3, 10, ["mechanism"]],
    // Deep and wide: many candidate paths, hubs among them.
    ["drug:selinexor", "gene:TP53", 4, 30, ALL_KINDS],
    ["drug:venetoclax", "gene:MCL1", 4, 30, ALL_KINDS],
    ["drug:venetoclax", "drug:selinexor", 4, 30, ["co_indication", "association"]],
    ["drug:selinexor", "process:apoptosis", 4, 30, ["mechanism"]],
  ];

  it.each(pairs)(
    "%s to %s in up to %i hops: the exact top %i of %j",
    async (from, to, maxHops, first, wanted) => {
      const { claims, kinds } = await allStatements();
      expect(claims.length).toBeGreaterThan(100);
      const oracle = allPaths(claims, kinds, from, to, maxHops, wanted);
      expect(oracle.length, "the oracle finds paths to rank").toBeGreaterThan(0);

      const { data, errors } = await run(
        `query($from: ID!, $to: ID!, $hops: Int, $first: Int, $kinds: [PathKind!]) {
         mechanismPaths(from: $from, to: $to, maxHops: $hops, first: $first, kinds: $kinds) {
           score kind sign entities { id } steps { forward predicate level strength weight sign statement { strength } from { id } to { id } } } }`,
        { from, to, hops: maxHops, first, kinds: wanted },
      );
      expect(errors).toBeUndefined();
      const paths = data.mechanismPaths;
      // As many as asked for, or all there are.
      expect(paths.length).toBe(Math.min(first, oracle.length));
      // The same scores as the oracle's best, in the order returned (strongest first).
      expect(paths.map((p: any) => p.score)).toEqual(
        oracle.slice(0, paths.length).map((p) => expect.closeTo(p.score, 12)),
      );
      // The same paths in the same order: ties broken by the one documented rule.
      expect(paths.map((p: any) => p.entities.map((e: any) => e.id).join())).toEqual(
        oracle.slice(0, paths.length).map((o) => o.nodes.join()),
      );
      paths.forEach((p: any, i: number) => {
        const o = oracle[i]!;
        expect(p.steps.map((s: any) => s.predicate)).toEqual(o.predicates);
        expect([p.kind, p.sign]).toEqual([o.kind, o.sign]);
        // Each score is the product of its step weights; each weight its strongest statement's
        // strength, discounted by the degrees of the step's ends.
        const product = p.steps.reduce((s: number, st: any) => s * st.weight, 1);
        expect(p.score).toBeCloseTo(product, 12);
        for (const st of p.steps) {
          expect(st.strength).toBe(st.statement.strength);
          expect(st.weight).toBeLessThanOrEqual(st.strength);
        }
      });
    },
  );
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
  // Causal (signed), clinical, symmetric and non-causal directed predicates.
  const predicates = [
    "inhibits",
    "activates",
    "treats",
    "regulates",
    "associated_with",
    "target_for",
  ] as const;
  const claims: StatementEdge[] = [];
  const kinds = new Map<string, string>();
  // A trap for a search that stops early: three strong steps through low-degree entities against one
  // weaker direct step; whichever wins, only the full ranking can tell.
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
  for (const t of ["t0", "t1", "t2", "t3"]) kinds.set(PREFIX + t, "gene");
  // Strengths as the roll-up makes them: level weights, hedged halves, several items combined.
  const STRENGTHS = [1, 0.8, 0.6, 0.4, 0.2, 0.3, 0.1, 0.84, 0.64, 0.48, 0.96, 0.2];
  const KINDS = ["gene", "gene", "process", "drug", "disease", "phenotype"];
  const next = random(12);
  const nodes = Array.from({ length: 10 }, (_, i) => `${PREFIX}n${i}`);
  // A hub: many statements, so the degree discount matters.
  nodes.forEach((n) => kinds.set(n, KINDS[Math.floor(next() * KINDS.length)]!));
  kinds.set(`${PREFIX}n9`, "disease");
  for (let i = 0; i < 80; i++) {
    const a = i % 4 === 0 ? `${PREFIX}n9` : nodes[Math.floor(next() * nodes.length)]!;
    const b = nodes[Math.floor(next() * nodes.length)]!;
    if (a === b) continue;
    claims.push({
      id: `${PREFIX}c${i}`,
      subject: next() < 0.5 ? a : b,
      object: next() < 0.5 ? b : a,
      predicate: predicates[Math.floor(next() * predicates.length)]!,
      strength: STRENGTHS[Math.floor(next() * STRENGTHS.length)]!,
      direction: next() < 0.85 ? "supports" : "refutes",
    });
  }
  const edges = claims.filter((c) => c.subject !== c.object);

  // Writing the graph outside the loader: bump the data version as a load does (the path step index is keyed by it).
  const bumpDataVersion = () =>
    db().write(
      "test",
      `MERGE (v:${DATA_VERSION_LABEL} {id: $id}) SET v.version = coalesce(v.version, 0) + 1, v.loadedAt = datetime()`,
      { id: DATA_VERSION_ID },
    );

  beforeAll(async () => {
    await db().write(
      "test",
      "UNWIND $ids AS e CREATE (:Entity {id: e.id, name: e.id, kind: e.kind, oracleTest: true})",
      { ids: [...kinds].map(([id, kind]) => ({ id, kind })) },
    );
    for (const predicate of predicates) {
      const rel = assertRelType(PREDICATES[predicate].rel);
      await db().write(
        "test",
        `UNWIND $edges AS e MATCH (a:Entity {id: e.subject}), (b:Entity {id: e.object})
         CREATE (a)-[:${rel} {statementId: e.id, levelRank: 3, strength: e.strength, direction: e.direction}]->(b)`,
        { edges: edges.filter((c) => c.predicate === predicate) },
      );
    }
    await bumpDataVersion();
  });
  afterAll(async () => {
    await db().write("test", "MATCH (e:Entity) WHERE e.oracleTest DETACH DELETE e");
    await bumpDataVersion();
  });

  const cases: [string, string, number, number, Kind[]][] = [
    [PREFIX + "t0", PREFIX + "t3", 3, 1, ["mechanism"]],
    [PREFIX + "t0", PREFIX + "t3", 3, 2, ["mechanism"]],
  ];
  for (const from of nodes.slice(0, 5))
    for (const to of nodes.slice(5))
      for (const [hops, first, wanted] of [
        [3, 1, ["mechanism"]],
        [3, 3, ALL_KINDS],
        [4, 5, ["co_indication", "association"]],
        [4, 8, ALL_KINDS],
      ] as const)
        cases.push([from, to, hops, first, [...wanted]]);

  it("the trap and every generated pair give exactly the oracle's top k", async () => {
    const store = createStore(db().forRequest("oracle"));
    let compared = 0;
    const seen = new Set<string>();
    for (const [from, to, maxHops, first, wanted] of cases) {
      const oracle = allPaths(edges, kinds, from, to, maxHops, wanted);
      const paths = await store.paths.mechanismPaths({
        from,
        to,
        maxHops,
        minLevel: null,
        predicates: null,
        first,
        kinds: wanted,
      });
      const label = `${from} -> ${to}, ${maxHops} hops, top ${first} of ${wanted.join("/")}`;
      expect(paths.length, label).toBe(Math.min(first, oracle.length));
      expect(
        paths.map((p) => p.score),
        label,
      ).toEqual(oracle.slice(0, paths.length).map((o) => expect.closeTo(o.score, 12)));
      expect(
        paths.map((p) => [p.entityIds.join(), p.steps.map((s) => s.predicate).join(), p.kind, p.sign]),
        label,
      ).toEqual(
        oracle.slice(0, paths.length).map((o) => [o.nodes.join(), o.predicates.join(), o.kind, o.sign]),
      );
      compared += paths.length;
      paths.forEach((p) => seen.add(p.kind));
      // Monotone: every prefix of a path scores at least as much as the path.
      for (const p of paths) {
        let prefix = 1;
        for (const s of p.steps) {
          const after = prefix * s.weight;
          expect(after).toBeLessThanOrEqual(prefix);
          prefix = after;
        }
      }
    }
    // The generated graph is connected enough for the comparison to mean something, in every kind.
    expect(compared).toBeGreaterThan(cases.length);
    expect([...seen].sort()).toEqual([...ALL_KINDS].sort());
  });
});
