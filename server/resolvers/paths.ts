import type { Resolvers, Predicate } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errors.ts";
import { EVIDENCE_LEVELS, PREDICATES, type EvidenceLevel } from "../../schema/vocabulary.ts";
import { levelRank, pageSize } from "./util.ts";

const REL_TO_PREDICATE = new Map<string, Predicate>(
  Object.entries(PREDICATES).map(([p, v]) => [v.rel, p as Predicate]),
);
const LEVEL_BY_RANK = new Map<number, EvidenceLevel>(
  Object.entries(EVIDENCE_LEVELS).map(([l, v]) => [v.rank, l as EvidenceLevel]),
);
/** Variable-length patterns are not parameterisable in Cypher, so each allowed bound is a fixed string. */
const HOPS: Record<number, string> = { 1: "*1..1", 2: "*1..2", 3: "*1..3", 4: "*1..4" };

function relTypes(argument: string, predicates: readonly Predicate[] | null | undefined): string {
  const chosen = predicates?.length ? predicates : (Object.keys(PREDICATES) as Predicate[]);
  for (const p of chosen) if (!(p in PREDICATES)) throw badInput(argument, `unknown predicate ${p}`);
  return chosen.map((p) => PREDICATES[p].rel).join("|");
}

interface RawHop {
  type: string;
  from: string;
  to: string;
  claimId: string;
  levelRank: number;
}

export const pathResolvers: Resolvers = {
  Query: {
    mechanismPaths: async (_, args, { db, loaders, config }) => {
      const maxHops = args.maxHops ?? 3;
      if (!HOPS[maxHops]) throw badInput("maxHops", "must be between 1 and 4");
      const size = pageSize("first", args.first, config.MAX_PAGE_SIZE, 10);
      if (args.from === args.to) throw badInput("to", "must differ from `from`");
      const [from, to] = await loaders.entity.loadMany([args.from, args.to]);
      if (!from || from instanceof Error) throw badInput("from", `no entity with id ${args.from}`);
      if (!to || to instanceof Error) throw badInput("to", `no entity with id ${args.to}`);
      // Paths are walked over the direct predicate edges (one per claim); refuting claims never link a path.
      const rows = await db.read<{ nodes: string[]; hops: RawHop[] }>(
        `MATCH p = (a:Entity {id: $from})-[${HOPS[maxHops]}]-(b:Entity {id: $to})
         WHERE all(r IN relationships(p) WHERE type(r) IN $types AND r.direction = 'supports' AND r.levelRank >= $minRank)
           AND all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
         WITH p LIMIT 5000
         RETURN [n IN nodes(p) | n.id] AS nodes,
                [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id,
                                          claimId: r.claimId, levelRank: r.levelRank}] AS hops`,
        {
          from: args.from,
          to: args.to,
          types: relTypes("predicates", args.predicates).split("|"),
          minRank: levelRank(args.minLevel),
        },
      );
      // Parallel claims for the same hop collapse into one step holding all of them.
      const paths = new Map<string, { nodes: string[]; steps: { hops: RawHop[]; forward: boolean }[] }>();
      for (const row of rows) {
        const key = row.nodes.join(">") + "|" + row.hops.map((h) => `${h.type}:${h.from}`).join(",");
        let path = paths.get(key);
        if (!path) {
          path = {
            nodes: row.nodes,
            steps: row.hops.map((h, i) => ({ hops: [], forward: h.from === row.nodes[i] })),
          };
          paths.set(key, path);
        }
        row.hops.forEach((h, i) => {
          const step = path!.steps[i]!;
          if (!step.hops.some((x) => x.claimId === h.claimId)) step.hops.push(h);
        });
      }
      const ranked = [...paths.values()].map((p) => {
        const steps = p.steps.map((s, i) => {
          const best = [...s.hops].sort(
            (a, b) => b.levelRank - a.levelRank || a.claimId.localeCompare(b.claimId),
          )[0]!;
          const level = LEVEL_BY_RANK.get(best.levelRank)!;
          return {
            fromId: p.nodes[i]!,
            toId: p.nodes[i + 1]!,
            forward: s.forward,
            claimId: best.claimId,
            claimIds: s.hops.map((h) => h.claimId).sort(),
            predicate: REL_TO_PREDICATE.get(best.type)!,
            level,
            strength: EVIDENCE_LEVELS[level].weight,
          };
        });
        const score = steps.reduce((acc, s) => acc * s.strength, 1);
        const weakestStep = steps.reduce((w, s) => (s.strength < w.strength ? s : w), steps[0]!);
        return { entityIds: p.nodes, steps, score, weakestStep };
      });
      ranked.sort(
        (a, b) =>
          b.score - a.score ||
          a.steps.length - b.steps.length ||
          Number(b.steps.every((s) => s.forward)) - Number(a.steps.every((s) => s.forward)) ||
          a.entityIds.join().localeCompare(b.entityIds.join()),
      );
      return ranked.slice(0, size);
    },
    neighbourhood: async (_, { id, predicates, minLevel }, { db, loaders }) => {
      const entity = await loaders.entity.load(id);
      if (!entity) return null;
      const rows = await db.read<{
        type: string;
        outgoing: boolean;
        claimIds: string[];
        neighbours: string[];
      }>(
        `MATCH (e:Entity {id: $id})-[r]-(n:Entity)
         WHERE type(r) IN $types AND r.levelRank >= $minRank
         WITH type(r) AS type, startNode(r) = e AS outgoing, r, n ORDER BY r.levelRank DESC, r.claimId
         RETURN type, outgoing, collect(DISTINCT r.claimId) AS claimIds, collect(DISTINCT n.id) AS neighbours
         ORDER BY type, outgoing DESC`,
        { id, types: relTypes("predicates", predicates).split("|"), minRank: levelRank(minLevel) },
      );
      return {
        entity,
        groups: rows.map((r) => ({
          predicate: REL_TO_PREDICATE.get(r.type)!,
          direction: r.outgoing ? "outgoing" : "incoming",
          claimIds: r.claimIds,
          neighbourIds: r.neighbours,
        })),
      };
    },
  },
  MechanismPath: {
    entities: async (p, _, { loaders }) => (await loaders.entity.loadMany(p.entityIds)) as never,
  },
  PathStep: {
    from: (s, _, { loaders }) => loaders.entity.load(s.fromId),
    to: (s, _, { loaders }) => loaders.entity.load(s.toId),
    claim: (s, _, { loaders }) => loaders.claim.load(s.claimId),
    claims: async (s, _, { loaders }) => (await loaders.claim.loadMany(s.claimIds)) as never,
  },
  NeighbourGroup: {
    claims: async (g, _, { loaders }) => (await loaders.claim.loadMany(g.claimIds)) as never,
    neighbours: async (g, _, { loaders }) => (await loaders.entity.loadMany(g.neighbourIds)) as never,
  },
};
