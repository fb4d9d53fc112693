import type { Base, Reader } from "./base.ts";
import type { CaseFactRow, ConflictRow, ConflictValueRow } from "./rows.ts";

/** The places where the paper contradicts itself or its sources. */
export function conflictQueries(db: Reader, base: Base) {
  return {
    list: async (kind: string | null | undefined, subject: string | null | undefined) => {
      const rows = await db.read<{ node: ConflictRow }>(
        `MATCH (c:Conflict)
         WHERE ($kind IS NULL OR c.kind = $kind) AND ($subject IS NULL OR c.subjectId = $subject)
         RETURN c {.*} AS node ORDER BY c.subjectId, c.id`,
        { kind: kind ?? null, subject: subject ?? null },
      );
      return rows.map((r) => r.node);
    },
    valuesOf: (id: string) =>
      base
        .rel<ConflictValueRow>({
          from: "Conflict",
          types: ["HAS_VALUE"],
          to: "ConflictValue",
          dir: "out",
          order: "position",
        })
        .load(id),
    factsOf: (id: string) =>
      base.rel<CaseFactRow>({ from: "Conflict", types: ["AFFECTS"], to: "CaseFact", dir: "out" }).load(id),
  };
}
