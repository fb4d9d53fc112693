import { isInt } from "neo4j-driver";
import { EVIDENCE_LEVELS, PREDICATES, type EvidenceLevel, type Predicate } from "../schema/vocabulary.ts";
import { levelRank, type Reader } from "./base.ts";
import type { EntityRow, MechanismPathRow, NeighbourGroupRow, PathStepRow } from "./rows.ts";

/**
 * Mechanism paths: chains of statements (direct entity edges, one per statement) from one entity
 * to another, ranked by score = product of the step strengths (a step's strength is its
 * strongest statement's strength, rolled up from its evidence with hedged evidence weaker:
 * seed/evidence.ts), then fewer steps, then all steps forward, then entity ids.
 *
 * Parallel statements between the same two entities with the same predicate form one step.
 * Around hub entities the number of distinct 3-hop paths is huge (1.6 million between a
 * mid-degree drug and gene in a synthetic 100k-claim corpus), so paths are searched in strength
 * bands: first over edges of strength 1 only, then >= 0.8, and so on. A path with any edge
 * below a band's floor T scores below T (strengths are at most 1), so once the `first`-th best
 * path found over edges >= T scores at least T, no other path can enter the result: the answer
 * is exact, and usually found on the sparse strong edges.
 */

export const MAX_HOPS = 4;

export type Read = <T>(cypher: string, params: Record<string, unknown>) => Promise<T[]>;

const REL_TO_PREDICATE = new Map<string, Predicate>(
  Object.entries(PREDICATES).map(([p, v]) => [v.rel, p as Predicate]),
);
const LEVEL_BY_RANK = new Map<number, EvidenceLevel>(
  Object.entries(EVIDENCE_LEVELS).map(([l, v]) => [v.rank, l as EvidenceLevel]),
);
export const ALL_PATH_TYPES = Object.values(PREDICATES).map((p) => p.rel);

const ok = (r: string) =>
  `type(${r}) IN $types AND ${r}.direction = 'supports' AND ${r}.levelRank >= $minRank AND ${r}.strength >= $floor`;

/**
 * The strength floors of the search bands, strongest first; the last admits every edge. The
 * first band holds only full-strength edges (a level-A item): starting at 0.8 admitted level B
 * as well and made the first, usually sufficient, search 7× slower at 100k claims.
 */
export const STRENGTH_BANDS = [1, 0.8, 0.6, 0.4, 0.2, 0];

/** The paths of exactly `hops` steps, one row per distinct node sequence and step predicates. */
function hopPart(hops: number): string {
  if (hops === 1) {
    return `MATCH (a)-[r1]-(b) WHERE ${ok("r1")}
      WITH a, b, type(r1) AS t1, startNode(r1) = a AS f1, max(r1.strength) AS k1
      RETURN [a, b] AS nodes, [{t: t1, f: f1, k: k1}] AS steps`;
  }
  const lines: string[] = [];
  const carried: string[] = ["a", "b"];
  for (let i = 1; i <= hops; i++) {
    const prev = i === 1 ? "a" : `m${i - 1}`;
    const last = i === hops;
    const next = last ? "b" : `m${i}`;
    const distinct = last
      ? ""
      : ["a", "b", ...Array.from({ length: i - 1 }, (_, j) => `m${j + 1}`)]
          .map((n) => `m${i} <> ${n}`)
          .join(" AND ") + " AND ";
    lines.push(
      `MATCH (${prev})-[r${i}]-(${last ? "b" : `m${i}:Entity`}) WHERE ${distinct}${ok(`r${i}`)}`,
      `WITH ${[...carried, ...(last ? [] : [next])].join(", ")}, type(r${i}) AS t${i}, startNode(r${i}) = ${prev} AS f${i}, max(r${i}.strength) AS k${i}`,
    );
    if (!last) carried.push(next);
    carried.push(`t${i}`, `f${i}`, `k${i}`);
  }
  const nodes = ["a", ...Array.from({ length: hops - 1 }, (_, j) => `m${j + 1}`), "b"];
  const steps = Array.from({ length: hops }, (_, j) => `{t: t${j + 1}, f: f${j + 1}, k: k${j + 1}}`);
  lines.push(`RETURN [${nodes.join(", ")}] AS nodes, [${steps.join(", ")}] AS steps`);
  return lines.join("\n");
}

const QUERIES = new Map<number, string>();
/** One query for paths of 1..maxHops steps at one minimum level; cached per maxHops. */
export function pathQuery(maxHops: number): string {
  let query = QUERIES.get(maxHops);
  if (!query) {
    const parts = Array.from({ length: maxHops }, (_, i) => hopPart(i + 1));
    query = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a, b) {
${parts.join("\nUNION ALL\n")}
}
WITH nodes, steps, reduce(s = 1.0, st IN steps | s * st.k) AS score, all(st IN steps WHERE st.f) AS forward
ORDER BY score DESC, size(steps), forward DESC, [n IN nodes | n.id]
LIMIT toInteger($first)
WITH collect({nodes: nodes, steps: steps, score: score}) AS paths
UNWIND range(0, size(paths) - 1) AS p
UNWIND range(0, size(paths[p].steps) - 1) AS i
WITH p, paths[p] AS path, i, paths[p].nodes[i] AS x, paths[p].nodes[i + 1] AS y, paths[p].steps[i] AS step
WITH p, path, i, step,
     [(x)-[r]-(y) WHERE type(r) = step.t AND (startNode(r) = x) = step.f AND r.direction = 'supports'
                   AND r.levelRank >= $minRank | {id: r.statementId, rank: r.levelRank, strength: r.strength}] AS statements
ORDER BY p, i
WITH p, path, collect({t: step.t, f: step.f, k: step.k, statements: statements}) AS steps
RETURN [n IN path.nodes | n.id] AS nodes, [n IN path.nodes | n {.*}] AS entities, path.score AS score, steps
ORDER BY p`;
    QUERIES.set(maxHops, query);
  }
  return query;
}

/** Numbers from a driver with or without lossless integers. */
const num = (value: unknown): number => (isInt(value) ? value.toNumber() : Number(value));

interface RawPath {
  nodes: string[];
  entities: EntityRow[];
  score: number;
  steps: { t: string; f: boolean; k: number; statements: { id: string; rank: number; strength: number }[] }[];
}

/** Runs the level-by-level search (at most one query per level) and shapes the ranked paths. */
export async function findMechanismPaths(
  read: Read,
  args: { from: string; to: string; maxHops: number; minRank: number; types: string[]; first: number },
): Promise<MechanismPathRow[]> {
  let rows: RawPath[] = [];
  for (const floor of STRENGTH_BANDS) {
    rows = await read<RawPath>(pathQuery(args.maxHops), {
      from: args.from,
      to: args.to,
      types: args.types,
      minRank: args.minRank,
      floor,
      first: args.first,
    });
    const kth = rows[args.first - 1];
    if (kth && num(kth.score) >= floor) break;
  }
  const paths = rows.map((row) => {
    const steps = row.steps.map((s, i): PathStepRow => {
      const statements = s.statements
        .map((c) => ({ id: c.id, rank: num(c.rank), strength: num(c.strength) }))
        .sort(
          (a, b) => b.strength - a.strength || b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        );
      const level = LEVEL_BY_RANK.get(statements[0]!.rank)!;
      return {
        fromId: row.nodes[i]!,
        toId: row.nodes[i + 1]!,
        forward: s.f,
        predicate: REL_TO_PREDICATE.get(s.t)!,
        level,
        strength: num(s.k),
        statementId: statements[0]!.id,
        statementIds: statements.map((c) => c.id).sort(),
      };
    });
    const weakestStep = steps.reduce((w, s) => (s.strength < w.strength ? s : w), steps[0]!);
    return { entityIds: row.nodes, entities: row.entities, steps, score: num(row.score), weakestStep };
  });
  // The database ranked them; the same order again here, since aggregation does not keep it.
  const ids = (p: MechanismPathRow) => p.entityIds.join("\u0000");
  return paths.sort(
    (a, b) =>
      b.score - a.score ||
      a.steps.length - b.steps.length ||
      Number(b.steps.every((s) => s.forward)) - Number(a.steps.every((s) => s.forward)) ||
      (ids(a) < ids(b) ? -1 : ids(a) > ids(b) ? 1 : 0),
  );
}

/** The relationship types of the predicates asked for (all when none). */
export function relTypesOf(predicates: readonly Predicate[] | null | undefined): string[] {
  const chosen = predicates?.length ? predicates : (Object.keys(PREDICATES) as Predicate[]);
  return chosen.map((p) => PREDICATES[p].rel);
}

/** Mechanism paths between two entities and an entity's neighbourhood, over the statement edges. */
export function pathQueries(db: Reader) {
  return {
    /** The `first` best paths of up to `maxHops` supporting statements, ranked as described above. */
    mechanismPaths: (args: {
      from: string;
      to: string;
      maxHops: number;
      minLevel: EvidenceLevel | null | undefined;
      predicates: readonly Predicate[] | null | undefined;
      first: number;
    }) =>
      findMechanismPaths((cypher, params) => db.read(cypher, params), {
        from: args.from,
        to: args.to,
        maxHops: args.maxHops,
        minRank: levelRank(args.minLevel),
        types: relTypesOf(args.predicates),
        first: args.first,
      }),
    /** The entity's statement edges grouped by predicate and direction, strongest statements first. */
    neighbourhood: async (
      id: string,
      predicates: readonly Predicate[] | null | undefined,
      minLevel: EvidenceLevel | null | undefined,
    ): Promise<NeighbourGroupRow[]> => {
      const rows = await db.read<{
        type: string;
        outgoing: boolean;
        statementIds: string[];
        neighbours: string[];
      }>(
        `MATCH (e:Entity {id: $id})-[r]-(n:Entity)
         WHERE type(r) IN $types AND r.levelRank >= $minRank
         WITH type(r) AS type, startNode(r) = e AS outgoing, r, n ORDER BY r.levelRank DESC, r.statementId
         RETURN type, outgoing, collect(DISTINCT r.statementId) AS statementIds, collect(DISTINCT n.id) AS neighbours
         ORDER BY type, outgoing DESC`,
        { id, types: relTypesOf(predicates), minRank: levelRank(minLevel) },
      );
      return rows.map((r) => ({
        predicate: REL_TO_PREDICATE.get(r.type)!,
        direction: r.outgoing ? "outgoing" : "incoming",
        statementIds: r.statementIds,
        neighbourIds: r.neighbours,
      }));
    },
  };
}
