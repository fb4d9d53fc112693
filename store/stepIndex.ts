import {
  ENTITY_KINDS,
  PREDICATES,
  type EntityKind,
  type EntityState,
  type PathKind,
  type Predicate,
} from "../schema/vocabulary.ts";

/**
 * The step index: every statement edge between two entities, held in the API process as compact
 * arrays, and the exact top-k search of store/paths.ts over it (the ranking is documented there).
 * No database in here: store/paths.ts fills the index from one read and fetches the entities of
 * the paths found.
 *
 * Layout. Entity ids are interned to ints. Each supporting statement edge e has its subject,
 * object, predicate, strength, level rank, sign (states folded in) and its factor
 * w(e) = strength × (deg(subject) × deg(object))^−DAMPING, where deg counts the statement edges
 * of any predicate, supporting or refuting, that link the entity to another (refuting edges are
 * kept for the degrees only). Each entity has two adjacency lists in CSR form: `out` (the edges it
 * is the subject of: walked forward) and `in` (the edges it is the object of: walked backwards,
 * by symmetric predicates and a co-indication's second half), both sorted by w descending, then
 * by edge number. For one neighbour, predicate and sign the entries therefore come strongest
 * first: the first with level ≥ the query's minimum is the merged step (its strength is the
 * strongest), the others only add statement ids. `rankBefore` records, per entry, the highest
 * level of the earlier entries of the same step, so that "is this the merged step's first entry
 * under minLevel?" costs one comparison.
 *
 * Search (best first, exact). h_d(u) bounds the best product of factors from u to `to` in at
 * most d steps (exactly d with `through`), computed per query by a hop-layered relaxation
 * backwards from `to` over every step the query's filters allow, ignoring the simple-path and
 * turn rules, so it is an upper bound; h = 0 means `to` is out of reach and u is never entered.
 * A queue entry is either a partial path (priority: its score × h for its remaining hops) or a
 * lazy cursor into the sorted adjacency of a partial path's end (priority: score × the cursor's
 * next factor × the largest h one hop further); popping a cursor yields one extension and
 * re-queues the cursor. Steps straight into `to` come from a per-query list of `to`'s own edges.
 * Every factor is ≤ 1, so a path's score never exceeds any prefix's priority: the search stops
 * when the best priority, rounded as the ranking rounds, is strictly below the k-th best score
 * found. Every path that could tie with the k-th has then been found, and the documented
 * comparator picks the k: the result is exactly that of enumerating all paths.
 */

export const DAMPING = 0.4;
/** Float products taken in another order may differ in the last bits: bounds are widened by this. */
const SLACK = 1 + 1e-12;

/** A score as ranked: 12 significant digits (monotone, so the search bound stays exact). */
export const roundScore = (x: number) => Number(x.toPrecision(12));

const PREDICATE_LIST = Object.keys(PREDICATES) as Predicate[];
const PREDICATE_CODE = new Map(PREDICATE_LIST.map((p, i) => [p, i]));
const SYMMETRIC = PREDICATE_LIST.map((p) => PREDICATES[p].symmetric);
const CAUSAL = PREDICATE_LIST.map((p) => PREDICATES[p].sign !== null);
/** Sign codes in the arrays: 0, 1, 2 for −1, 0, +1; NO_SIGN for a non-causal predicate. */
const NO_SIGN = 3;
const signCode = (s: number | null) => (s === null ? NO_SIGN : s + 1);
const signOf = (c: number): number | null => (c === NO_SIGN ? null : c - 1);

/** Whether an entity kind is clinical (schema/vocabulary.ts ENTITY_KINDS). */
export const isClinical = (kind: string) => ENTITY_KINDS[kind as EntityKind]?.clinical === true;

/** One statement edge as read from the graph. */
export interface EdgeRow {
  subject: string;
  object: string;
  subjectKind: string;
  objectKind: string;
  predicate: Predicate;
  statementId: string;
  strength: number;
  levelRank: number;
  /** The stored sign (states folded in); null falls back to the predicate's. */
  sign: number | null;
  supports: boolean;
  subjectState: EntityState | null;
  objectState: EntityState | null;
}

/** Collects edge rows; `finish` builds the arrays. */
export class StepIndexBuilder {
  /** @internal */ readonly ids = new Map<string, number>();
  /** @internal */ readonly names: string[] = [];
  /** @internal */ readonly kinds: string[] = [];
  /** @internal */ readonly degree: number[] = [];
  /** @internal */ readonly subj: number[] = [];
  /** @internal */ readonly obj: number[] = [];
  /** @internal */ readonly pred: number[] = [];
  /** @internal */ readonly strength: number[] = [];
  /** @internal */ readonly rank: number[] = [];
  /** @internal */ readonly sign: number[] = [];
  /** @internal */ readonly statementIds: string[] = [];
  /** @internal */ readonly subjectStates: (EntityState | null)[] = [];
  /** @internal */ readonly objectStates: (EntityState | null)[] = [];

  private intern(id: string, kind: string): number {
    let n = this.ids.get(id);
    if (n === undefined) {
      n = this.names.length;
      this.ids.set(id, n);
      this.names.push(id);
      this.kinds.push(kind);
      this.degree.push(0);
    }
    return n;
  }

  add(row: EdgeRow): void {
    const code = PREDICATE_CODE.get(row.predicate);
    if (code === undefined || row.subject === row.object) return;
    const s = this.intern(row.subject, row.subjectKind);
    const o = this.intern(row.object, row.objectKind);
    this.degree[s]! += 1;
    this.degree[o]! += 1;
    if (!row.supports) return;
    const predicateSign = PREDICATES[row.predicate].sign as number | null;
    this.subj.push(s);
    this.obj.push(o);
    this.pred.push(code);
    this.strength.push(Number(row.strength) || 0);
    this.rank.push(Number(row.levelRank) || 0);
    this.sign.push(
      signCode(predicateSign === null ? null : row.sign == null ? predicateSign : Number(row.sign)),
    );
    this.statementIds.push(row.statementId);
    this.subjectStates.push(row.subjectState ?? null);
    this.objectStates.push(row.objectState ?? null);
  }

  finish(): StepIndex {
    return new StepIndex(this);
  }
}

/** A list of adjacency entries: edge numbers in CSR form by entity. */
interface Adjacency {
  start: Int32Array;
  edge: Int32Array;
  /** Highest level rank among the earlier entries of the same merged step (−1: none). */
  rankBefore: Int8Array;
}

export interface PathQuery {
  from: string;
  to: string;
  maxHops: number;
  minRank: number;
  /** Predicates allowed (all when empty or absent). */
  predicates?: readonly Predicate[] | null;
  first: number;
  kinds?: readonly PathKind[] | null;
  sign?: number | null;
  through?: readonly string[] | null;
}

/** A path found: entity numbers, and per step the merged step's strongest edge and orientation. */
export interface FoundPath {
  steps: number;
  nodes: number[];
  edges: number[];
  forward: boolean[];
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

/**
 * The key that breaks ties: entity ids, then predicates, each in path order; then, for paths that
 * differ only there, each step's orientation (forward first) and sign (as a string: none, −1, 0, 1).
 */
export const pathKey = (
  nodes: readonly string[],
  predicates: readonly string[],
  steps: readonly { forward: boolean; sign: number | null }[],
) =>
  `${nodes.join("\u0001")}\u0000${predicates.join("\u0001")}\u0000${steps
    .map((s) => `${s.forward ? 0 : 1}${s.sign ?? ""}`)
    .join("\u0001")}`;

interface Partial {
  parent: Partial | null;
  node: number;
  edge: number;
  forward: boolean;
  score: number;
  steps: number;
  turned: boolean;
  sign: number | null;
  backward: number;
  clinicalInner: boolean;
  causalForward: boolean;
}

interface QueueItem {
  priority: number;
  path: Partial;
  /** −1: a partial path to expand; otherwise a cursor into `list` at `at`. */
  at: number;
  list: Adjacency | null;
  end: number;
}

/** A binary max-heap on priority. */
class Heap {
  private items: QueueItem[] = [];
  get size() {
    return this.items.length;
  }
  peek() {
    return this.items[0];
  }
  push(item: QueueItem) {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]!.priority >= item.priority) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = item;
  }
  pop(): QueueItem | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const r = l + 1;
        const c = r < a.length && a[r]!.priority > a[l]!.priority ? r : l;
        if (a[c]!.priority <= last.priority) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

export class StepIndex {
  readonly ids: string[];
  readonly kinds: string[];
  readonly byId: Map<string, number>;
  readonly degree: Int32Array;
  readonly clinical: Uint8Array;
  readonly subject: Int32Array;
  readonly object: Int32Array;
  readonly predicate: Uint8Array;
  readonly strength: Float64Array;
  readonly rank: Int8Array;
  readonly sign: Uint8Array;
  readonly weight: Float64Array;
  readonly statementIds: string[];
  readonly subjectStates: (EntityState | null)[];
  readonly objectStates: (EntityState | null)[];
  readonly out: Adjacency;
  readonly in: Adjacency;
  /** Per-query scratch for the bounds (the search is synchronous, so one set serves every query). */
  private readonly h: Float64Array[];

  constructor(b: StepIndexBuilder) {
    const p = b;
    const n = p.names.length;
    this.ids = p.names;
    this.kinds = p.kinds;
    this.byId = p.ids;
    this.degree = Int32Array.from(p.degree);
    this.clinical = Uint8Array.from(p.kinds, (k) => (isClinical(k) ? 1 : 0));
    this.subject = Int32Array.from(p.subj);
    this.object = Int32Array.from(p.obj);
    this.predicate = Uint8Array.from(p.pred);
    this.strength = Float64Array.from(p.strength);
    this.rank = Int8Array.from(p.rank);
    this.sign = Uint8Array.from(p.sign);
    this.statementIds = p.statementIds;
    this.subjectStates = p.subjectStates;
    this.objectStates = p.objectStates;
    const edges = this.subject.length;
    this.weight = new Float64Array(edges);
    for (let e = 0; e < edges; e++)
      // The same expression, in the same order, as the score's factor: equal floats, equal ties.
      this.weight[e] =
        this.strength[e]! * (this.degree[this.subject[e]!]! * this.degree[this.object[e]!]!) ** -DAMPING;
    this.out = this.adjacency(n, this.subject, this.object, true);
    this.in = this.adjacency(n, this.object, this.subject, false);
    this.h = Array.from({ length: 4 }, () => new Float64Array(n));
  }

  private adjacency(n: number, at: Int32Array, other: Int32Array, forward: boolean): Adjacency {
    const start = new Int32Array(n + 1);
    for (let e = 0; e < at.length; e++) start[at[e]! + 1]! += 1;
    for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
    const fill = start.slice(0, n);
    const edge = new Int32Array(at.length);
    for (let e = 0; e < at.length; e++) edge[fill[at[e]!]!++] = e;
    const w = this.weight;
    const rankBefore = new Int8Array(at.length);
    const groups = new Map<number, number>();
    for (let x = 0; x < n; x++) {
      const a = start[x]!;
      const b = start[x + 1]!;
      if (b - a > 1) edge.subarray(a, b).sort((i, j) => w[j]! - w[i]! || i - j);
      groups.clear();
      for (let i = a; i < b; i++) {
        const e = edge[i]!;
        // A merged step: neighbour, predicate, orientation (this list) and, walked forward, sign.
        const key = (other[e]! * 32 + this.predicate[e]!) * 4 + (forward ? this.sign[e]! : NO_SIGN);
        const before = groups.get(key);
        rankBefore[i] = before ?? -1;
        groups.set(key, Math.max(before ?? -1, this.rank[e]!));
      }
    }
    return { start, edge, rankBefore };
  }

  /** The predicate of edge e. */
  predicateOf(e: number): Predicate {
    return PREDICATE_LIST[this.predicate[e]!]!;
  }

  /** Statement edges (supporting only) and entities held. */
  get size() {
    return { entities: this.ids.length, edges: this.subject.length };
  }

  /** The sign of edge e walked in the given orientation (null: not causal, or walked backwards). */
  stepSign(e: number, forward: boolean): number | null {
    return forward ? signOf(this.sign[e]!) : null;
  }

  /**
   * The statements merged into the step along `e` in orientation `forward` at level ≥ minRank:
   * strongest first, then higher level, then id.
   */
  mergedStatements(e: number, forward: boolean, minRank: number): number[] {
    const [u, v] = forward ? [this.subject[e]!, this.object[e]!] : [this.object[e]!, this.subject[e]!];
    // The statement edges from u to v in this orientation: read from whichever end has fewer.
    const fromU = forward ? this.out : this.in;
    const fromV = forward ? this.in : this.out;
    const lenU = fromU.start[u + 1]! - fromU.start[u]!;
    const lenV = fromV.start[v + 1]! - fromV.start[v]!;
    const [list, at] = lenU <= lenV ? [fromU, u] : [fromV, v];
    const found: number[] = [];
    for (let i = list.start[at]!; i < list.start[at + 1]!; i++) {
      const f = list.edge[i]!;
      if (
        this.predicate[f] === this.predicate[e] &&
        (forward
          ? this.subject[f] === u && this.object[f] === v && this.sign[f] === this.sign[e]
          : this.object[f] === u && this.subject[f] === v) &&
        this.rank[f]! >= minRank
      )
        found.push(f);
    }
    const ids = this.statementIds;
    return found.sort(
      (a, b) =>
        this.strength[b]! - this.strength[a]! ||
        this.rank[b]! - this.rank[a]! ||
        (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0),
    );
  }

  /** The `first` best paths from `from` to `to` under the query's filters, in ranking order. */
  search(q: PathQuery): FoundPath[] {
    const from = this.byId.get(q.from);
    const to = this.byId.get(q.to);
    if (from === undefined || to === undefined || from === to || q.first <= 0) return [];
    const kinds = new Set<PathKind>(q.kinds?.length ? q.kinds : ["mechanism"]);
    const through = q.through?.length ? q.through : null;
    const hops = through ? through.length + 1 : Math.min(q.maxHops, 4);
    const coIndication = kinds.has("co_indication");
    const causalOnly = !kinds.has("association") && !coIndication;
    const wantSign = q.sign ?? null;
    const allowed = new Uint8Array(PREDICATE_LIST.length);
    if (q.predicates?.length)
      for (const p of q.predicates) {
        const code = PREDICATE_CODE.get(p);
        if (code !== undefined) allowed[code] = 1;
      }
    else allowed.fill(1);
    const { subject, object, predicate, rank, weight, clinical, kinds: kindOf } = this;
    const minRank = q.minRank;

    // Which (predicate, orientation) steps the filters allow; index 2p + 1 forward, 2p backwards.
    const stepOk = new Uint8Array(2 * PREDICATE_LIST.length);
    for (let p = 0; p < PREDICATE_LIST.length; p++)
      for (const forward of [false, true]) {
        let ok = allowed[p] === 1;
        if (!forward && !SYMMETRIC[p] && !coIndication) ok = false;
        if (causalOnly && !CAUSAL[p]) ok = false;
        // A signed query needs every step causal and forward.
        if (wantSign !== null && (!forward || !CAUSAL[p])) ok = false;
        stepOk[2 * p + (forward ? 1 : 0)] = ok ? 1 : 0;
      }
    // An undetermined step (sign 0, code 1) can only end in an undetermined path.
    const noZero = wantSign !== null && wantSign !== 0;
    const sign = this.sign;
    /** Whether edge e may be walked in this orientation under the filters (turns and cycles aside). */
    const walkable = (e: number, forward: boolean) =>
      stepOk[2 * predicate[e]! + (forward ? 1 : 0)] === 1 &&
      rank[e]! >= minRank &&
      !(noZero && forward && sign[e] === 1);
    /** Whether x may stand at intermediate position `pos` (1-based). */
    const innerOk = (x: number, pos: number) =>
      through ? kindOf[x] === through[pos - 1] : coIndication || !clinical[x];

    // 1. Bounds. value(d, v) ≥ the best product of factors from v to `to` in at most d steps
    // (exactly d with `through`), ignoring the simple-path and turn rules:
    // - d = 1: exact, from `to`'s own steps (one pass over its adjacency);
    // - d = 2: exact, computed when the search first asks, from v's steps into the d = 1 set;
    // - d = 3: v's strongest step × the largest d = 2 bound (or the d = 2 bound itself, for
    //   shorter paths). A full backward relaxation would also be exact but reads most of a
    //   literature-sized graph per query, while the search usually settles within a few steps.
    const h1 = this.h[1]!;
    const h2 = this.h[2]!;
    const h2known = this.h[3]!;
    const near: number[] = [];
    const asked: number[] = [];
    const oneStep = (v: number) => (v === to ? (through ? 0 : 1) : h1[v]!);
    for (let side = 0; side < 2; side++) {
      const forward = side === 0;
      const list = forward ? this.in : this.out;
      const ends = forward ? subject : object;
      for (let i = list.start[to]!; i < list.start[to + 1]!; i++) {
        const e = list.edge[i]!;
        const u = ends[e]!;
        if (!walkable(e, forward) || u === from || !innerOk(u, hops - 1)) continue;
        const c = weight[e]!;
        if (c > h1[u]!) {
          if (h1[u] === 0) near.push(u);
          h1[u] = c;
        }
      }
    }
    const backwards = stepOk.some((ok, i) => ok === 1 && i % 2 === 0);
    /** The strongest step that may leave (or, with `into`, enter) x in any orientation: an upper bound. */
    const strongest = (x: number, into: boolean) => {
      let w = 0;
      const a = into ? this.in : this.out;
      const b = into ? this.out : this.in;
      if (a.start[x + 1]! > a.start[x]!) w = weight[a.edge[a.start[x]!]!]!;
      if (backwards && b.start[x + 1]! > b.start[x]!) w = Math.max(w, weight[b.edge[b.start[x]!]!]!);
      return w;
    };
    let h1max = 0;
    for (const u of near) h1max = Math.max(h1max, h1[u]!);
    // The largest two-step bound: the strongest step into each entity one step from `to`.
    let h2max = through ? 0 : strongest(to, true);
    for (const x of near) h2max = Math.max(h2max, strongest(x, true) * h1[x]!);
    // Two-step bounds one entity at a time cost its degree each; once that exceeds the cost of
    // relaxing from every entity one step from `to` at once, relax them all (the same values).
    const sources = through ? near : [to, ...near];
    let budget = 0;
    for (const x of sources)
      budget +=
        this.in.start[x + 1]! -
        this.in.start[x]! +
        (backwards ? this.out.start[x + 1]! - this.out.start[x]! : 0);
    let all = false;
    const relaxAll = () => {
      all = true;
      for (const x of sources) {
        const hx = oneStep(x);
        for (let side = 0; side < 2; side++) {
          const forward = side === 0;
          if (!forward && !backwards) continue;
          const list = forward ? this.in : this.out;
          const ends = forward ? subject : object;
          for (let i = list.start[x]!; i < list.start[x + 1]!; i++) {
            const e = list.edge[i]!;
            const u = ends[e]!;
            const c = weight[e]! * hx;
            if (c <= h2[u]! || !walkable(e, forward)) continue;
            if (h2known[u] !== 1) {
              h2known[u] = 1;
              asked.push(u);
            }
            h2[u] = c;
          }
        }
      }
    };
    const twoSteps = (v: number) => {
      if (all || h2known[v] === 1) return h2[v]!;
      budget -=
        this.out.start[v + 1]! -
        this.out.start[v]! +
        (backwards ? this.in.start[v + 1]! - this.in.start[v]! : 0);
      if (budget < 0) {
        relaxAll();
        return h2[v]!;
      }
      h2known[v] = 1;
      asked.push(v);
      let best = 0;
      for (let side = 0; side < 2; side++) {
        const forward = side === 0;
        if (!forward && !backwards) continue;
        const list = forward ? this.out : this.in;
        const ends = forward ? object : subject;
        for (let i = list.start[v]!; i < list.start[v + 1]!; i++) {
          const e = list.edge[i]!;
          const w = weight[e]!;
          if (w <= best) break; // sorted by factor, and every bound is ≤ 1
          const x = ends[e]!;
          const c = w * oneStep(x);
          if (c > best && walkable(e, forward)) best = c;
        }
      }
      h2[v] = best;
      return best;
    };
    const value = (d: number, v: number): number =>
      d === 0
        ? v === to
          ? 1
          : 0
        : d === 1
          ? oneStep(v)
          : d === 2
            ? v === to
              ? through
                ? 0
                : 1
              : twoSteps(v)
            : v === to
              ? through
                ? 0
                : 1
              : Math.max(through ? 0 : twoSteps(v), strongest(v, false) * h2max);
    const hmax = [0, h1max, h2max, h2max];
    try {
      return this.best(q, {
        from,
        to,
        hops,
        through,
        kinds,
        coIndication,
        wantSign,
        walkable,
        innerOk,
        value,
        hmax,
      });
    } finally {
      for (const u of near) h1[u] = 0;
      for (const u of asked) {
        h2known[u] = 0;
        h2[u] = 0;
      }
    }
  }

  private best(
    q: PathQuery,
    c: {
      from: number;
      to: number;
      hops: number;
      through: readonly string[] | null;
      kinds: Set<PathKind>;
      coIndication: boolean;
      wantSign: number | null;
      walkable: (e: number, forward: boolean) => boolean;
      innerOk: (x: number, pos: number) => boolean;
      value: (d: number, v: number) => number;
      hmax: number[];
    },
  ): FoundPath[] {
    const { from, to, hops, through, kinds, wantSign, walkable, innerOk, value, hmax } = c;
    const { subject, object, predicate, rank, weight, clinical } = this;
    const k = q.first;
    const minRank = q.minRank;
    const top: FoundPath[] = [];
    const kth = () => (top.length >= k ? top[k - 1]!.score : -1);
    const backwards =
      c.coIndication ||
      PREDICATE_LIST.some((p, i) => SYMMETRIC[i] && (!q.predicates?.length || q.predicates.includes(p)));

    // Steps straight into `to`, one per merged step, keyed by the entity they leave.
    const into = new Map<number, { e: number; forward: boolean }[]>();
    for (const [list, forward] of [
      [this.in, true],
      [this.out, false],
    ] as const) {
      const seen = new Set<number>();
      for (let i = list.start[to]!; i < list.start[to + 1]!; i++) {
        const e = list.edge[i]!;
        if (!walkable(e, forward)) continue;
        const u = forward ? subject[e]! : object[e]!;
        const key = (u * 32 + predicate[e]!) * 4 + (forward ? this.sign[e]! : NO_SIGN);
        if (seen.has(key)) continue;
        seen.add(key);
        const moves = into.get(u) ?? [];
        moves.push({ e, forward });
        into.set(u, moves);
      }
    }

    const onPath = (p: Partial, x: number) => {
      for (let q: Partial | null = p; q; q = q.parent) if (q.node === x) return true;
      return false;
    };

    const finish = (
      p: Partial,
      e: number,
      forward: boolean,
      score: number,
      sign: number | null,
      backward: number,
      causalForward: boolean,
    ) => {
      const kind: PathKind = p.clinicalInner ? "co_indication" : causalForward ? "mechanism" : "association";
      if (!kinds.has(kind)) return;
      const total = sign === null ? null : sign || 0;
      if (wantSign !== null && total !== wantSign) return;
      const nodes = [to];
      const edges = [e];
      const fwd = [forward];
      for (let q: Partial | null = p; q; q = q.parent) {
        nodes.push(q.node);
        if (q.parent) {
          edges.push(q.edge);
          fwd.push(q.forward);
        }
      }
      nodes.reverse();
      edges.reverse();
      fwd.reverse();
      const found = {
        nodes,
        edges,
        forward: fwd,
        score: roundScore(score),
        backward,
        steps: edges.length,
        key: pathKey(
          nodes.map((n) => this.ids[n]!),
          edges.map((x) => PREDICATE_LIST[predicate[x]!]!),
          edges.map((x, i) => ({ forward: fwd[i]!, sign: fwd[i] ? signOf(this.sign[x]!) : null })),
        ),
      };
      if (top.length >= k && comparePaths(found, top[k - 1]!) >= 0) return;
      let i = top.length;
      top.push(found);
      while (i > 0 && comparePaths(found, top[i - 1]!) < 0) {
        top[i] = top[i - 1]!;
        i--;
      }
      top[i] = found;
      if (top.length > k) top.pop();
    };

    /** Takes one step from p along e; returns the partial path, or null (complete paths are recorded). */
    const step = (p: Partial, e: number, forward: boolean, v: number): Partial | null => {
      if (onPath(p, v)) return null;
      const pr = predicate[e]!;
      const symmetric = SYMMETRIC[pr]!;
      // Before the turn, non-symmetric steps go forward; after it, backward; the turn is at a clinical entity.
      if (!symmetric && forward && p.turned) return null;
      const turning = !symmetric && !forward && !p.turned;
      if (turning && !(p.steps >= 1 && clinical[p.node])) return null;
      const score = p.score * weight[e]!;
      const moveSign = forward ? signOf(this.sign[e]!) : null;
      const sign = p.sign === null || moveSign === null ? null : p.sign * moveSign;
      if (wantSign !== null && (sign === null || (sign === 0 && wantSign !== 0))) return null;
      const steps = p.steps + 1;
      const backward = p.backward + (forward ? 0 : 1);
      const causalForward = p.causalForward && forward && moveSign !== null;
      if (v === to) {
        if (!through || steps === hops) finish(p, e, forward, score, sign, backward, causalForward);
        return null;
      }
      if (steps >= hops || !innerOk(v, steps)) return null;
      return {
        parent: p,
        node: v,
        edge: e,
        forward,
        score,
        steps,
        turned: p.turned || turning,
        sign,
        backward,
        clinicalInner: p.clinicalInner || clinical[v] === 1,
        causalForward,
      };
    };

    const queue = new Heap();
    const pushCursor = (p: Partial, list: Adjacency, at: number, end: number) => {
      if (at >= end) return;
      const priority = p.score * weight[list.edge[at]!]! * hmax[hops - p.steps - 1]! * SLACK;
      if (roundScore(priority) >= kth()) queue.push({ priority, path: p, at, list, end });
    };
    const expand = (p: Partial) => {
      const remaining = hops - p.steps;
      if (!through || remaining === 1) for (const m of into.get(p.node) ?? []) step(p, m.e, m.forward, to);
      if (remaining >= 2 && hmax[remaining - 1]! > 0) {
        pushCursor(p, this.out, this.out.start[p.node]!, this.out.start[p.node + 1]!);
        if (backwards) pushCursor(p, this.in, this.in.start[p.node]!, this.in.start[p.node + 1]!);
      }
    };
    const advance = (item: QueueItem) => {
      const { path: p, list, end } = item;
      const forward = list === this.out;
      const rest = hops - p.steps - 1;
      for (let i = item.at; i < end; i++) {
        const e = list!.edge[i]!;
        if (roundScore(p.score * weight[e]! * hmax[rest]! * SLACK) < kth()) return;
        const v = forward ? object[e]! : subject[e]!;
        // The merged step's first entry under minLevel stands for it; `to` is reached through `into`.
        if (v === to || rank[e]! < minRank || list!.rankBefore[i]! >= minRank || !walkable(e, forward))
          continue;
        const hv = value(rest, v);
        if (hv <= 0) continue;
        const child = step(p, e, forward, v);
        if (!child) continue;
        const priority = child.score * hv * SLACK;
        if (roundScore(priority) >= kth()) queue.push({ priority, path: child, at: -1, list: null, end: 0 });
        pushCursor(p, list!, i + 1, end);
        return;
      }
    };

    const root: Partial = {
      parent: null,
      node: from,
      edge: -1,
      forward: true,
      score: 1,
      steps: 0,
      turned: false,
      sign: 1,
      backward: 0,
      clinicalInner: false,
      causalForward: true,
    };
    expand(root);
    while (queue.size > 0) {
      // Nothing left can reach, or tie with, the k-th best: the top k are final.
      if (top.length >= k && roundScore(queue.peek()!.priority) < kth()) break;
      const item = queue.pop()!;
      if (item.at < 0) expand(item.path);
      else advance(item);
    }
    return top;
  }
}
