import { isInt } from "neo4j-driver";
import {
  PREDICATES,
  assertRelType,
  type EntityState,
  type PathKind,
  type Predicate,
} from "../schema/vocabulary.ts";
import {
  ALL_PATH_TYPES,
  DAMPING,
  LEVEL_BY_RANK,
  REL_TO_PREDICATE,
  comparePaths,
  explainPath,
  isClinical,
  pathKey,
  pathKind,
  pathSign,
  roundScore,
  type PathSearch,
  type Read,
} from "./paths.ts";
import type { EntityRow, MechanismPathRow, PathStepRow } from "./rows.ts";

/**
 * Mechanism paths the way a developer would first write them in Cypher: the statement edges within
 * reach are read level by level from `from` (one query per level, degrees counted per row), then
 * every admissible simple path is enumerated. Same ranking as store/paths.ts; the benchmark runs it
 * as the plain-Cypher baseline (27 s at 1M claims, which is why the API uses the step index).
 */

const relPattern = (types: readonly string[]) => types.map(assertRelType).join("|");

/**
 * The statement edges of the entities in `$ids` (one level of the search), with the neighbour's
 * properties and both ends' degrees. On the last level only edges into `$to` are needed.
 */
export function pathLevelQuery(types: readonly string[], last: boolean): string {
  const degree = (v: string) =>
    `COUNT { (${v})-[:${relPattern(ALL_PATH_TYPES)}]-(x:Entity) WHERE x <> ${v} }`;
  return `UNWIND $ids AS id
MATCH (m:Entity {id: id})-[r:${relPattern(types)}]-(n:Entity${last ? " {id: $to}" : ""})
WHERE n <> m AND r.direction = 'supports' AND r.levelRank >= $minRank
RETURN m {.*} AS at, ${degree("m")} AS atDegree, n {.*} AS other, ${degree("n")} AS otherDegree,
       type(r) AS t, startNode(r) = m AS out, r.statementId AS statementId, r.strength AS strength,
       r.levelRank AS rank, r.sign AS sign, r.subjectState AS subjectState, r.objectState AS objectState`;
}

/** Numbers from a driver with or without lossless integers. */
const num = (value: unknown): number => (isInt(value) ? value.toNumber() : Number(value));

interface LevelRow {
  at: EntityRow;
  atDegree: unknown;
  other: EntityRow;
  otherDegree: unknown;
  t: string;
  out: boolean;
  statementId: string;
  strength: unknown;
  rank: unknown;
  sign: unknown;
  subjectState: string | null;
  objectState: string | null;
}

/** One step a path may take from an entity: parallel statements merged. */
interface Move {
  to: string;
  predicate: Predicate;
  forward: boolean;
  /** The step's sign as walked (null: not causal, or walked backwards). */
  sign: number | null;
  strength: number;
  statements: { id: string; rank: number; strength: number }[];
  subjectState: EntityState | null;
  objectState: EntityState | null;
}

interface Found {
  nodes: string[];
  moves: Move[];
  score: number;
  backward: number;
  key: string;
}

/**
 * Runs the level-by-level read and the exact top-k enumeration, and shapes the ranked paths: the
 * search before the step index (store/stepIndex.ts), kept as the benchmark's plain-Cypher baseline.
 */
export async function findMechanismPathsByLevels(read: Read, args: PathSearch): Promise<MechanismPathRow[]> {
  const kinds = new Set<PathKind>(args.kinds?.length ? args.kinds : ["mechanism"]);
  const through = args.through?.length ? args.through : null;
  const hops = through ? through.length + 1 : args.maxHops;
  const coIndication = kinds.has("co_indication");
  const causalOnly = !kinds.has("association") && !coIndication;

  // 1. Read the edges within reach, level by level from `from`.
  const entities = new Map<string, EntityRow>();
  const degree = new Map<string, number>();
  const moves = new Map<string, Map<string, Move>>();
  const expanded = new Set<string>();
  let frontier = [args.from];
  for (let level = 0; level < hops && frontier.length > 0; level++) {
    const last = level === hops - 1;
    const rows = await read<LevelRow>(pathLevelQuery(args.types, last), {
      ids: frontier,
      to: args.to,
      minRank: args.minRank,
    });
    frontier.forEach((id) => expanded.add(id));
    const next = new Set<string>();
    for (const row of rows) {
      entities.set(row.at.id, row.at);
      const r = { ...row, at: row.at.id };
      degree.set(r.at, num(r.atDegree));
      degree.set(r.other.id, num(r.otherDegree));
      entities.set(r.other.id, r.other);
      const predicate = REL_TO_PREDICATE.get(r.t)!;
      const spec = PREDICATES[predicate];
      // Against its direction only a symmetric predicate, or a co-indication's second half.
      if (!r.out && !spec.symmetric && !coIndication) continue;
      const causal = spec.sign !== null;
      if (causalOnly && !causal) continue;
      const sign = r.out && causal ? (r.sign == null ? spec.sign : num(r.sign)) : null;
      const strength = num(r.strength);
      const key = `${r.other.id}|${predicate}|${r.out}|${sign}`;
      const byKey = moves.get(r.at) ?? new Map<string, Move>();
      moves.set(r.at, byKey);
      const move = byKey.get(key) ?? {
        to: r.other.id,
        predicate,
        forward: r.out,
        sign,
        strength: 0,
        statements: [],
        subjectState: null,
        objectState: null,
      };
      byKey.set(key, move);
      move.statements.push({ id: r.statementId, rank: num(r.rank), strength });
      if (strength > move.strength || move.statements.length === 1) {
        move.strength = Math.max(move.strength, strength);
        move.subjectState = (r.subjectState ?? null) as EntityState | null;
        move.objectState = (r.objectState ?? null) as EntityState | null;
      }
      const kind = String(r.other.kind);
      const inner = r.other.id !== args.to;
      const kindOk = through ? through[level] === kind : coIndication || !isClinical(kind);
      if (inner && !last && kindOk && !expanded.has(r.other.id)) next.add(r.other.id);
    }
    frontier = [...next];
  }

  // 2. Enumerate the admissible simple paths, keeping the best `first`.
  const best: Found[] = [];
  const rank = (f: Found) => ({ score: f.score, steps: f.moves.length, backward: f.backward, key: f.key });
  const kth = () => (best.length === args.first ? best[best.length - 1]! : null);
  const nodes = [args.from];
  const taken: Move[] = [];
  const walk = (at: string, score: number, turned: boolean, sign: number | null, backward: number) => {
    for (const move of moves.get(at)?.values() ?? []) {
      if (nodes.includes(move.to)) continue;
      const symmetric = PREDICATES[move.predicate].symmetric;
      // Before the turn, non-symmetric steps go forward; after it, backward; the turn is at a clinical entity.
      if (!symmetric && move.forward && turned) continue;
      const turning = !symmetric && !move.forward && !turned;
      if (turning && !(nodes.length > 1 && isClinical(String(entities.get(at)?.kind)))) continue;
      const weight = move.strength * (degree.get(at)! * degree.get(move.to)!) ** -DAMPING;
      const s = score * weight;
      const bound = kth();
      // Appending never raises a score: nothing below the k-th best can enter the result.
      if (bound && roundScore(s) < bound.score) continue;
      const stepSign = sign === null || move.sign === null ? null : sign * move.sign;
      if (args.sign != null && (stepSign === null || (stepSign === 0 && args.sign !== 0))) continue;
      const steps = nodes.length;
      if (move.to === args.to) {
        if (through && steps !== hops) continue;
        const found = [...taken, move];
        const kind = pathKind(
          nodes.slice(1).map((n) => String(entities.get(n)?.kind)),
          found,
        );
        const total = pathSign(found);
        if (!kinds.has(kind) || (args.sign != null && total !== args.sign)) continue;
        const f: Found = {
          nodes: [...nodes, move.to],
          moves: found,
          score: roundScore(s),
          backward: backward + Number(!move.forward),
          key: pathKey(
            [...nodes, move.to],
            found.map((m) => m.predicate),
            found,
          ),
        };
        if (bound && comparePaths(rank(f), rank(bound)) >= 0) continue;
        best.push(f);
        best.sort((a, b) => comparePaths(rank(a), rank(b)));
        if (best.length > args.first) best.pop();
      } else if (steps < hops) {
        const kind = String(entities.get(move.to)?.kind);
        if (through ? through[steps - 1] !== kind : !coIndication && isClinical(kind)) continue;
        nodes.push(move.to);
        taken.push(move);
        walk(move.to, s, turned || turning, stepSign, backward + Number(!move.forward));
        nodes.pop();
        taken.pop();
      }
    }
  };
  if (args.first > 0) walk(args.from, 1, false, 1, 0);

  // 3. Shape the rows.
  return best.map((f) => {
    const steps = f.moves.map((m, i): PathStepRow => {
      const statements = [...m.statements].sort(
        (a, b) => b.strength - a.strength || b.rank - a.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      const fromId = f.nodes[i]!;
      return {
        fromId,
        toId: m.to,
        forward: m.forward,
        predicate: m.predicate,
        level: LEVEL_BY_RANK.get(statements[0]!.rank)!,
        strength: m.strength,
        weight: m.strength * (degree.get(fromId)! * degree.get(m.to)!) ** -DAMPING,
        sign: m.sign,
        subjectState: m.subjectState,
        objectState: m.objectState,
        statementId: statements[0]!.id,
        statementIds: statements.map((c) => c.id).sort(),
      };
    });
    const weakestStep = steps.reduce((w, s) => (s.strength < w.strength ? s : w), steps[0]!);
    const pathEntities = f.nodes.map((id) => entities.get(id)!);
    const kind = pathKind(
      f.nodes.slice(1, -1).map((n) => String(entities.get(n)?.kind)),
      steps,
    );
    const sign = pathSign(steps);
    const row = {
      entityIds: f.nodes,
      entities: pathEntities,
      steps,
      score: f.score,
      weakestStep,
      kind,
      sign,
    };
    return { ...row, explanation: explainPath(row) };
  });
}
