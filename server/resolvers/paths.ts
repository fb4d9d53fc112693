import type { Resolvers, Predicate } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { PREDICATES } from "../../schema/vocabulary.ts";
import { levelRank, pageSize } from "./util.ts";
import { findMechanismPaths, MAX_HOPS } from "../mechanismPaths.ts";

const REL_TO_PREDICATE = new Map<string, Predicate>(
  Object.entries(PREDICATES).map(([p, v]) => [v.rel, p as Predicate]),
);

function relTypes(argument: string, predicates: readonly Predicate[] | null | undefined): string {
  const chosen = predicates?.length ? predicates : (Object.keys(PREDICATES) as Predicate[]);
  for (const p of chosen) if (!(p in PREDICATES)) throw badInput(argument, `unknown predicate ${p}`);
  return chosen.map((p) => PREDICATES[p].rel).join("|");
}

export const pathResolvers: Resolvers = {
  Query: {
    mechanismPaths: async (_, args, { db, loaders, config }) => {
      const maxHops = args.maxHops ?? 3;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
        throw badInput("maxHops", `must be between 1 and ${MAX_HOPS}`);
      const size = pageSize("first", args.first, config.MAX_PAGE_SIZE, 10);
      if (args.from === args.to) throw badInput("to", "must differ from `from`");
      // Refuting claims never link a path; see mechanismPaths.ts for the level-by-level search.
      const paths = await findMechanismPaths((cypher, params) => db.read(cypher, params), {
        from: args.from,
        to: args.to,
        maxHops,
        minRank: levelRank(args.minLevel),
        types: relTypes("predicates", args.predicates).split("|"),
        first: size,
      });
      // The path query returned its entities; the steps' from/to then cost no further query.
      for (const p of paths) p.entities.forEach((e, i) => loaders.entity.prime(p.entityIds[i]!, e as never));
      if (paths.length === 0) {
        // No path: say so plainly, unless an end does not exist at all.
        const [from, to] = await loaders.entity.loadMany([args.from, args.to]);
        if (!from || from instanceof Error) throw badInput("from", `no entity with id ${args.from}`);
        if (!to || to instanceof Error) throw badInput("to", `no entity with id ${args.to}`);
      }
      return paths;
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
