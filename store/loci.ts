import type { Base } from "./base.ts";
import type { LocusRow, PublicationRow } from "./rows.ts";

/** The records whose loci are read through STATED_IN. */
export type StatedIn =
  | "Statement"
  | "Evidence"
  | "Entity"
  | "CaseFact"
  | "Regimen"
  | "RegimenComponent"
  | "Study"
  | "Outcome"
  | "ConflictValue";

/** Where facts are printed: loci of any record, in text order, and what a locus cites. */
export function lociQueries(base: Base) {
  return {
    /** The loci a record is stated in, by start offset. */
    lociOf: (owner: StatedIn, id: string) =>
      base
        .rel<LocusRow>({ from: owner, types: ["STATED_IN"], to: "Locus", dir: "out", order: "start" })
        .load(id),
    /** Where an alias spelling is printed. */
    printedAt: (aliasId: string) =>
      base
        .rel<LocusRow>({ from: "Alias", types: ["PRINTED_AT"], to: "Locus", dir: "out", order: "start" })
        .load(aliasId),
    /** The publications a locus cites, by reference number. */
    citedBy: (locusId: string) =>
      base
        .rel<PublicationRow>({
          from: "Locus",
          types: ["CITES"],
          to: "Publication",
          dir: "out",
          order: "number",
        })
        .load(locusId),
  };
}
