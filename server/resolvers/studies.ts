import type { Resolvers } from "../../schema/generated/resolvers.ts";

export const studyResolvers: Resolvers = {
  Query: {
    studies: async (_, { filter }, { db }) => {
      const rows = await db.read<{ node: Record<string, unknown> }>(
        `MATCH (s:Study)
         WHERE ($reference IS NULL OR s.reference = $reference)
           AND ($drug IS NULL OR EXISTS { (s)-[:INTERVENTION]->(:Entity {id: $drug}) })
           AND ($disease IS NULL OR EXISTS { (s)-[:POPULATION]->(:Entity {id: $disease}) })
         RETURN s {.*} AS node ORDER BY coalesce(s.reference, 0), s.id`,
        {
          reference: filter?.reference ?? null,
          drug: filter?.drug ?? null,
          disease: filter?.disease ?? null,
        },
      );
      return rows.map((r) => r.node);
    },
    outcomes: async (_, { filter }, { db }) => {
      const rows = await db.read<{ node: Record<string, unknown> }>(
        `MATCH (s:Study)-[:HAS_OUTCOME]->(o:Outcome)
         WHERE ($measure IS NULL OR o.measure = $measure)
           AND ($drug IS NULL OR EXISTS { (s)-[:INTERVENTION]->(:Entity {id: $drug}) })
           AND ($disease IS NULL OR EXISTS { (s)-[:POPULATION]->(:Entity {id: $disease}) })
         RETURN o {.*} AS node ORDER BY coalesce(s.reference, 0), s.id, o.id`,
        { measure: filter?.measure ?? null, drug: filter?.drug ?? null, disease: filter?.disease ?? null },
      );
      return rows.map((r) => r.node);
    },
  },
  Study: {
    reference: (s, _, { loaders }) =>
      s.reference == null ? null : loaders.publication.load(`pub:ref${s.reference}`),
    population: async (s, _, { loaders }) =>
      (await loaders.rel({ from: "Study", types: ["POPULATION"], to: "Entity", dir: "out" }).load(s.id))[0] ??
      null,
    interventions: (s, _, { loaders }) =>
      loaders
        .rel({ from: "Study", types: ["INTERVENTION"], to: "Entity", dir: "out", order: "name" })
        .load(s.id),
    outcomes: async (s, { measure }, { loaders }) => {
      const all = await loaders
        .rel({ from: "Study", types: ["HAS_OUTCOME"], to: "Outcome", dir: "out" })
        .load(s.id);
      return measure ? all.filter((o) => o.measure === measure) : all;
    },
    loci: (s, _, { loaders }) =>
      loaders
        .rel({ from: "Study", types: ["STATED_IN"], to: "Locus", dir: "out", order: "start" })
        .load(s.id),
  },
  Outcome: {
    study: (o, _, { loaders }) => loaders.study.load(o.studyId),
    loci: (o, _, { loaders }) =>
      loaders
        .rel({ from: "Outcome", types: ["STATED_IN"], to: "Locus", dir: "out", order: "start" })
        .load(o.id),
  },
};
