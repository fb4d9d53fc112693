import type { Resolvers, Predicate } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { EFFECT_SIGNS, ENTITY_KINDS, PATH_KINDS, PREDICATES } from "../../schema/vocabulary.ts";
import { MAX_HOPS } from "../../store/paths.ts";
import { pageSize } from "./util.ts";

/** Checks every predicate asked for is one of the vocabulary's. */
function checkPredicates(argument: string, predicates: readonly Predicate[] | null | undefined) {
  for (const p of predicates ?? [])
    if (!(p in PREDICATES)) throw badInput(argument, `unknown predicate ${p}`);
  return predicates;
}

export const pathResolvers: Resolvers = {
  Query: {
    mechanismPaths: async (_, args, { store, config }) => {
      const maxHops = args.maxHops ?? 3;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
        throw badInput("maxHops", `must be between 1 and ${MAX_HOPS}`);
      const size = pageSize("first", args.first, config.MAX_PAGE_SIZE, 10);
      if (args.from === args.to) throw badInput("to", "must differ from `from`");
      for (const k of args.kinds ?? [])
        if (!PATH_KINDS.includes(k)) throw badInput("kinds", `unknown path kind ${k}`);
      if (args.kinds && args.kinds.length === 0) throw badInput("kinds", "must name at least one kind");
      if (args.sign != null && !(args.sign in EFFECT_SIGNS))
        throw badInput("sign", `unknown sign ${args.sign}`);
      for (const k of args.through ?? [])
        if (!(k in ENTITY_KINDS)) throw badInput("through", `unknown entity kind ${k}`);
      if (args.through && args.through.length + 1 > MAX_HOPS)
        throw badInput("through", `at most ${MAX_HOPS - 1} intermediate kinds`);
      // Refuting statements never link a path; see store/paths.ts for the walk, signs and score.
      const paths = await store.paths.mechanismPaths({
        from: args.from,
        to: args.to,
        maxHops,
        minLevel: args.minLevel,
        predicates: checkPredicates("predicates", args.predicates),
        first: size,
        kinds: args.kinds,
        sign: args.sign == null ? null : EFFECT_SIGNS[args.sign],
        through: args.through,
      });
      // The path query returned its entities; the steps' from/to then cost no further query.
      for (const p of paths) p.entities.forEach((e) => store.entities.prime(e));
      if (paths.length === 0) {
        // No path: say so plainly, unless an end does not exist at all.
        const [from, to] = await store.entities.byIds([args.from, args.to]);
        if (!from) throw badInput("from", `no entity with id ${args.from}`);
        if (!to) throw badInput("to", `no entity with id ${args.to}`);
      }
      return paths;
    },
    neighbourhood: async (_, { id, predicates, minLevel, first }, { store, config }) => {
      const size = pageSize("first", first, config.MAX_PAGE_SIZE, 20);
      const entity = await store.entities.byId(id);
      if (!entity) return null;
      const groups = await store.paths.neighbourhood(
        id,
        checkPredicates("predicates", predicates),
        minLevel,
        size,
      );
      return { entity, groups };
    },
  },
  MechanismPath: {
    entities: async (p, _, { store }) => (await store.entities.byIds(p.entityIds)).filter((e) => e != null),
    effect: (p) =>
      p.sign === 1 ? "increases" : p.sign === -1 ? "decreases" : p.sign === 0 ? "undetermined" : null,
  },
  PathStep: {
    from: (s, _, { store }) => store.entities.get(s.fromId),
    to: (s, _, { store }) => store.entities.get(s.toId),
    statement: (s, _, { store }) => store.statements.get(s.statementId),
    statements: async (s, _, { store }) =>
      (await store.statements.byIds(s.statementIds)).filter((c) => c != null),
  },
  NeighbourGroup: {
    statements: async (g, _, { store }) =>
      (await store.statements.byIds(g.statementIds)).filter((c) => c != null),
    neighbours: async (g, _, { store }) =>
      (await store.entities.byIds(g.neighbourIds)).filter((e) => e != null),
  },
};
