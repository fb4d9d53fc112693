import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { caseResolvers } from "./cases.ts";
import { statementResolvers } from "./statements.ts";
import { conflictResolvers } from "./conflicts.ts";
import { entityResolvers } from "./entities.ts";
import { pathResolvers } from "./paths.ts";
import { publicationResolvers } from "./publications.ts";
import { searchResolvers } from "./search.ts";
import { studyResolvers } from "./studies.ts";

const parts: Resolvers[] = [
  entityResolvers,
  statementResolvers,
  searchResolvers,
  pathResolvers,
  publicationResolvers,
  caseResolvers,
  studyResolvers,
  conflictResolvers,
];

/** All resolvers, merged type by type. */
export const resolvers: Resolvers = {
  Query: {
    health: async (_, __, { store }, info) => {
      // Liveness must ask Neo4j every time: never from the response cache (server/responseCache.ts).
      (
        info as { cacheControl?: { setCacheHint(hint: { maxAge: number }): void } }
      ).cacheControl?.setCacheHint({
        maxAge: 0,
      });
      return { status: "ok", publications: await store.publications.count() };
    },
  },
};
for (const part of parts) {
  for (const [type, fields] of Object.entries(part)) {
    const target = resolvers as Record<string, object>;
    target[type] = { ...(target[type] ?? {}), ...fields };
  }
}
