import {
  EVIDENCE_LEVELS,
  PREDICATES,
  type EntityKind,
  type EvidenceLevel,
  type PathKind,
  type Predicate,
} from "../schema/vocabulary.ts";
import { levelRank, type Reader } from "./base.ts";
import type { EntityRow, MechanismPathRow, NeighbourGroupRow, PathStepRow } from "./rows.ts";
import { DAMPING, StepIndex, comparePaths, isClinical, pathKey, roundScore } from "./stepIndex.ts";
import { stepIndexCache, type StepIndexCache } from "./stepIndexCache.ts";

export { DAMPING, comparePaths, isClinical, pathKey, roundScore };

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
 * The search runs in the API process over the step index (store/stepIndex.ts: every statement
 * edge in typed arrays, adjacency sorted by step factor, rebuilt when the data version changes):
 * best first over partial paths, bounded by the best product of factors still reachable from each
 * entity (a backward relaxation from `to` per query), stopping once nothing left can reach or tie
 * the k-th best. It returns exactly what enumerating every path and sorting would (a property test
 * in tests/unit/pathSearch.test.ts compares the two on generated graphs). One Cypher round-trip
 * then reads the entities of the paths found.
 */
export const MAX_HOPS = 4;

export type Read = <T>(cypher: string, params: Record<string, unknown>) => Promise<T[]>;

export const REL_TO_PREDICATE = new Map<string, Predicate>(
  Object.entries(PREDICATES).map(([p, v]) => [v.rel, p as Predicate]),
);
export const LEVEL_BY_RANK = new Map<number, EvidenceLevel>(
  Object.entries(EVIDENCE_LEVELS).map(([l, v]) => [v.rank, l as EvidenceLevel]),
);
export const ALL_PATH_TYPES = Object.values(PREDICATES).map((p) => p.rel);

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

/**
 * The exact top-k search over the step index, then one read of the paths' entities, shaped as
 * MechanismPathRow (steps with their merged statements, weakest step, kind, sign, explanation).
 */
export async function findMechanismPaths(
  index: StepIndex,
  read: Read,
  args: PathSearch,
): Promise<MechanismPathRow[]> {
  const found = index.search({
    from: args.from,
    to: args.to,
    maxHops: args.maxHops,
    minRank: args.minRank,
    predicates: args.types.map((t) => REL_TO_PREDICATE.get(t)!),
    first: args.first,
    kinds: args.kinds,
    sign: args.sign,
    through: args.through,
  });
  if (found.length === 0) return [];
  const ids = [...new Set(found.flatMap((f) => f.nodes.map((n) => index.ids[n]!)))];
  const rows = await read<{ e: EntityRow }>(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e {.*} AS e`,
    {
      ids,
    },
  );
  const entities = new Map(rows.map((r) => [r.e.id, r.e]));
  return found.map((f) => {
    const steps = f.edges.map((e, i): PathStepRow => {
      const forward = f.forward[i]!;
      const statements = index.mergedStatements(e, forward, args.minRank);
      const strongest = statements[0]!;
      return {
        fromId: index.ids[f.nodes[i]!]!,
        toId: index.ids[f.nodes[i + 1]!]!,
        forward,
        predicate: index.predicateOf(e),
        level: LEVEL_BY_RANK.get(index.rank[strongest]!)!,
        strength: index.strength[e]!,
        weight: index.weight[e]!,
        sign: index.stepSign(e, forward),
        subjectState: index.subjectStates[strongest]!,
        objectState: index.objectStates[strongest]!,
        statementId: index.statementIds[strongest]!,
        statementIds: statements.map((s) => index.statementIds[s]!).sort(),
      };
    });
    const weakestStep = steps.reduce((w, s) => (s.strength < w.strength ? s : w), steps[0]!);
    const entityIds = f.nodes.map((n) => index.ids[n]!);
    const pathEntities = entityIds.map(
      (id) => entities.get(id) ?? ({ id, name: id, kind: index.kinds[index.byId.get(id)!]! } as EntityRow),
    );
    const row = {
      entityIds,
      entities: pathEntities,
      steps,
      score: f.score,
      weakestStep,
      kind: pathKind(
        f.nodes.slice(1, -1).map((n) => index.kinds[n]!),
        steps,
      ),
      sign: pathSign(steps),
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
export function pathQueries(db: Reader, steps: StepIndexCache = stepIndexCache()) {
  return {
    /** The `first` best paths of up to `maxHops` supporting statements, ranked as described above. */
    mechanismPaths: async (args: {
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
      // A query during a rebuild (the data version moved) awaits the new index.
      findMechanismPaths(await steps.get(db), (cypher, params) => db.read(cypher, params), {
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
