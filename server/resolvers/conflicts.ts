import type { Resolvers } from "../../schema/generated/resolvers.ts";

export const conflictResolvers: Resolvers = {
  Query: {
    conflicts: async (_, { kind, subject }, { db }) => {
      const rows = await db.read<{ node: Record<string, unknown> }>(
        `MATCH (c:Conflict)
         WHERE ($kind IS NULL OR c.kind = $kind) AND ($subject IS NULL OR c.subjectId = $subject)
         RETURN c {.*} AS node ORDER BY c.subjectId, c.id`,
        { kind: kind ?? null, subject: subject ?? null },
      );
      return rows.map((r) => r.node);
    },
  },
  Conflict: {
    values: (c, _, { loaders }) =>
      loaders
        .rel({ from: "Conflict", types: ["HAS_VALUE"], to: "ConflictValue", dir: "out", order: "position" })
        .load(c.id),
    facts: (c, _, { loaders }) =>
      loaders.rel({ from: "Conflict", types: ["AFFECTS"], to: "CaseFact", dir: "out" }).load(c.id),
  },
  ConflictValue: {
    loci: (v, _, { loaders }) =>
      loaders
        .rel({ from: "ConflictValue", types: ["STATED_IN"], to: "Locus", dir: "out", order: "start" })
        .load(v.id),
  },
};
