import { present, type Base, type Reader } from "./base.ts";
import type { EntityRow, OutcomeRow, StudyRow } from "./rows.ts";

export interface StudyFilter {
  reference?: number | null;
  drug?: string | null;
  disease?: string | null;
}

export interface OutcomeFilter {
  measure?: string | null;
  drug?: string | null;
  disease?: string | null;
}

/** The studies the paper reports or cites, and their outcomes. */
export function studyQueries(db: Reader, base: Base) {
  const byId = base.byId<StudyRow>("Study");
  return {
    /** A study by id, null when there is none. */
    byId: (id: string) => byId.load(id),
    /** A study an outcome belongs to (it must exist). */
    get: (id: string) => present(byId.load(id), "Study", id),
    list: async (filter: StudyFilter | null | undefined) => {
      const rows = await db.read<{ node: StudyRow }>(
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
    outcomes: async (filter: OutcomeFilter | null | undefined) => {
      const rows = await db.read<{ node: OutcomeRow }>(
        `MATCH (s:Study)-[:HAS_OUTCOME]->(o:Outcome)
         WHERE ($measure IS NULL OR o.measure = $measure)
           AND ($drug IS NULL OR EXISTS { (s)-[:INTERVENTION]->(:Entity {id: $drug}) })
           AND ($disease IS NULL OR EXISTS { (s)-[:POPULATION]->(:Entity {id: $disease}) })
         RETURN o {.*} AS node ORDER BY coalesce(s.reference, 0), s.id, o.id`,
        { measure: filter?.measure ?? null, drug: filter?.drug ?? null, disease: filter?.disease ?? null },
      );
      return rows.map((r) => r.node);
    },
    populationOf: async (id: string) =>
      (
        await base.rel<EntityRow>({ from: "Study", types: ["POPULATION"], to: "Entity", dir: "out" }).load(id)
      )[0] ?? null,
    interventionsOf: (id: string) =>
      base
        .rel<EntityRow>({ from: "Study", types: ["INTERVENTION"], to: "Entity", dir: "out", order: "name" })
        .load(id),
    outcomesOf: (id: string) =>
      base.rel<OutcomeRow>({ from: "Study", types: ["HAS_OUTCOME"], to: "Outcome", dir: "out" }).load(id),
  };
}
