import DataLoader from "dataloader";
import { LEVEL_RANKS, statementProjection, type Base, type Cypher, type Reader } from "./base.ts";
import { readPage, type ListQuery, type PageRequest } from "./paging.ts";
import type { CitationVerdictRow, StatementRow, LocusRow, PublicationRow, Row, StudyRow } from "./rows.ts";
import { assertLabel } from "../schema/vocabulary.ts";

export interface PublicationKey {
  id?: string | null;
  number?: number | null;
  doi?: string | null;
  pmid?: string | null;
}

/** The publications list, by reference number (0 for the source paper), then id; no filter. */
export function publicationListQuery(request: PageRequest): ListQuery {
  const page: Cypher = {
    text: `MATCH (p:Publication)
         WITH p, coalesce(p.number, 0) AS k
         WHERE $afterK IS NULL OR k > $afterK OR (k = $afterK AND p.id > $afterId)
         RETURN p {.*} AS node ORDER BY k, p.id LIMIT toInteger($limit)`,
    params: {
      afterK: (request.after?.[0] as number | undefined) ?? null,
      afterId: request.after?.[1] ?? null,
      limit: request.size + 1,
    },
  };
  return { page, count: { text: "MATCH (p:Publication) RETURN count(p) AS n", params: {} } };
}

/** The Cypher of a publication lookup by its one given key, with that key's value (normalised as stored). */
export function publicationKeyQuery({ id, number, doi, pmid }: PublicationKey): [string | null, unknown] {
  const by = (predicate: string, value: unknown): [string, unknown] => [
    `MATCH (p:Publication) WHERE ${predicate} RETURN p {.*} AS node LIMIT 1`,
    value,
  ];
  if (id != null) return by("p.id = $value", id);
  if (number != null) return by("p.number = $value", number);
  if (doi != null) return by("p.doiLower = $value", doi.trim().toLowerCase());
  if (pmid != null) return by("p.pmid = $value", pmid.trim());
  return [null, null];
}

export function publicationQueries(db: Reader, base: Base) {
  const byId = base.byId<PublicationRow>("Publication");

  /**
   * The first `limit` loci or statements citing each publication, in the order the API lists them
   * (loci by offset then id; statements strongest first, then id). They are read from the CITES
   * relationships' own key (seed/graph.ts citeKey) through the cites_listing index, which holds
   * them in that order: a paper cited by tens of thousands costs a page of index entries, not a
   * sort of all its citations. Statements are read one level at a time for the same reason.
   */
  const citing = new Map<string, DataLoader<string, Row[]>>();
  const citedBy = (kind: "Locus" | "Statement", limit: number) => {
    const key = `${kind}|${limit}`;
    let loader = citing.get(key);
    if (!loader) {
      const seek = (sortKey: string) =>
        `MATCH (b:${assertLabel(kind)})-[r:CITES]->(:Publication)
         WHERE r.publication = pid AND r.citingKind = $kind AND ${sortKey} AND r.citingId IS NOT NULL
         WITH b, r ORDER BY r.publication, r.citingKind, r.sortKey, r.citingId LIMIT toInteger($limit)`;
      const query =
        kind === "Locus"
          ? `UNWIND $ids AS pid
             CALL (pid) { ${seek("r.sortKey IS NOT NULL")} RETURN collect(b {.*}) AS items }
             RETURN pid AS id, items`
          : `UNWIND $ids AS pid
             CALL (pid) {
               UNWIND $levels AS lvl
               CALL (pid, lvl) { ${seek("r.sortKey = lvl")} RETURN b }
               WITH b ORDER BY b.levelRank DESC, b.id LIMIT toInteger($limit)
               RETURN collect(${statementProjection("b")}) AS items
             }
             RETURN pid AS id, items`;
      loader = new DataLoader<string, Row[]>(async (ids) => {
        const rows = await db.read<{ id: string; items: Row[] }>(query, {
          ids: [...ids],
          kind,
          limit,
          levels: LEVEL_RANKS,
        });
        const found = new Map(rows.map((r) => [r.id, r.items]));
        return ids.map((id) => found.get(id) ?? []);
      });
      citing.set(key, loader);
    }
    return loader;
  };

  return {
    byId: (id: string) => byId.load(id),
    /**
     * By exactly one of id, reference number, DOI (case-insensitive) or PMID. One key, one index
     * seek: a WHERE that ORs the four keys can use none of them and reads every publication.
     */
    find: async ({ id, number, doi, pmid }: PublicationKey) => {
      const [text, value] = publicationKeyQuery({ id, number, doi, pmid });
      if (text == null) return null;
      const rows = await db.read<{ node: PublicationRow }>(text, { value });
      return rows[0]?.node ?? null;
    },
    list: (request: PageRequest) =>
      readPage<PublicationRow>(db, publicationListQuery(request), request, (n) => [n.number ?? 0, n.id]),
    /** How many publications the graph holds. */
    count: async () =>
      (await db.read<{ n: number }>("MATCH (p:Publication) RETURN count(p) AS n"))[0]?.n ?? 0,
    citingLoci: (id: string, limit: number) => citedBy("Locus", limit).load(id) as Promise<LocusRow[]>,
    citingStatements: (id: string, limit: number) =>
      citedBy("Statement", limit).load(id) as Promise<StatementRow[]>,
    /** Verdicts on the paper's citing sentences of this publication, in reading order. */
    verdictsOf: (id: string) =>
      base
        .rel<CitationVerdictRow>({
          from: "Publication",
          types: ["ABOUT_REFERENCE"],
          to: "CitationVerdict",
          dir: "in",
          order: "citationId",
        })
        .load(id),
    /** Every verdict, optionally of one kind or one reference number, by reference then sentence. */
    verdicts: async (verdict: string | null | undefined, reference: number | null | undefined) =>
      (
        await db.read<{ node: CitationVerdictRow }>(
          `MATCH (v:CitationVerdict)
           WHERE ($verdict IS NULL OR v.verdict = $verdict) AND ($reference IS NULL OR v.reference = $reference)
           RETURN v {.*} AS node ORDER BY v.reference, v.citationId`,
          { verdict: verdict ?? null, reference: reference ?? null },
        )
      ).map((r) => r.node),
    /** The citing sentence a verdict judges. */
    verdictSentence: async (id: string) =>
      (
        await base
          .rel<LocusRow>({ from: "CitationVerdict", types: ["VERDICT_ON"], to: "Locus", dir: "out" })
          .load(id)
      )[0] ?? null,
    /** The publication a verdict, or a cited work's conflict value, is about. */
    aboutReference: async (label: "CitationVerdict" | "ConflictValue", id: string) =>
      (
        await base
          .rel<PublicationRow>({ from: label, types: ["ABOUT_REFERENCE"], to: "Publication", dir: "out" })
          .load(id)
      )[0] ?? null,
    studiesOf: (id: string) =>
      base.rel<StudyRow>({ from: "Publication", types: ["REPORTED_IN"], to: "Study", dir: "in" }).load(id),
  };
}
