import type { Resolvers } from "../../schema/generated/resolvers.ts";

export const conflictResolvers: Resolvers = {
  Query: {
    conflicts: (_, { kind, subject }, { store }) => store.conflicts.list(kind, subject),
  },
  Conflict: {
    values: (c, _, { store }) => store.conflicts.valuesOf(c.id),
    facts: (c, _, { store }) => store.conflicts.factsOf(c.id),
  },
  ConflictValue: {
    loci: (v, _, { store }) => store.loci.lociOf("ConflictValue", v.id),
    source: (v, _, { store }) =>
      v.sourceReference == null ? null : store.publications.aboutReference("ConflictValue", v.id),
    sourceBasis: (v) => (v.sourceBasis as string | null) ?? null,
  },
};
