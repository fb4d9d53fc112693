import {
  LEVEL_RANKS,
  claimProjection,
  levelRank,
  present,
  type Base,
  type Cypher,
  type Reader,
} from "./base.ts";
import { readPage, type ListQuery, type PageRequest } from "./paging.ts";
import type { ClaimRow, ConflictRow, PublicationRow } from "./rows.ts";
import { EVIDENCE_LEVELS, type EvidenceLevel } from "../schema/vocabulary.ts";

export interface ClaimFilter {
  entity?: string | null;
  subject?: string | null;
  object?: string | null;
  predicate?: string | null;
  minLevel?: EvidenceLevel | null;
  level?: EvidenceLevel | null;
  modelSystem?: string | null;
  provenance?: string | null;
  direction?: string | null;
  reference?: number | null;
  disease?: string | null;
}

/** Each filter field's predicate, a fixed string; only the fields given become predicates. */
const CLAIM_FILTERS: [keyof ClaimFilter, string][] = [
  ["entity", "(c.subjectId = $entity OR c.objectId = $entity)"],
  ["subject", "c.subjectId = $subject"],
  ["object", "c.objectId = $object"],
  ["predicate", "c.predicate = $predicate"],
  ["level", "c.level = $level"],
  ["modelSystem", "c.modelSystem = $modelSystem"],
  ["provenance", "c.provenance = $provenance"],
  ["direction", "c.direction = $direction"],
  ["reference", "$reference IN c.references"],
  ["disease", "c.contextDiseaseId = $disease"],
];

/**
 * The claims list's one filter model: the same field predicates and the same set of level ranks
 * (at least `minLevel`, exactly `level`) build the page query and the count.
 *
 * The page is read level by level: within one level an index on (anchor, levelRank, id) holds the
 * claims in id order, so each level reads `limit` index entries instead of sorting all of a hub's
 * claims. ORDER BY names the index's whole key (equal to ordering by id here) so the planner sees
 * that. Strongest level first; the cursor's level resumes after its id, weaker levels from the start.
 */
export function claimListQuery(filter: ClaimFilter | null | undefined, request: PageRequest): ListQuery {
  const params: Record<string, unknown> = {};
  for (const [field] of CLAIM_FILTERS) params[field] = filter?.[field] ?? null;
  const minRank = levelRank(filter?.minLevel);
  const ranks = LEVEL_RANKS.filter(
    (rank) => rank >= minRank && (filter?.level == null || rank === EVIDENCE_LEVELS[filter.level].rank),
  );
  const given = CLAIM_FILTERS.filter(([field]) => params[field] != null);

  const anchors = params.entity != null ? ["entity"] : ["subject", "object"];
  const rest = given.filter(([field]) => !anchors.includes(field)).map(([, fragment]) => fragment);
  const branch = (anchor: string | null, key: string) =>
    `MATCH (c:Claim) WHERE ${[anchor, "c.levelRank = lvl.rank", "c.id > lvl.from", ...rest].filter(Boolean).join(" AND ")}
         RETURN c ORDER BY ${key} LIMIT toInteger($limit)`;
  const branches =
    params.entity != null
      ? [
          branch("c.subjectId = $entity", "c.subjectId, c.levelRank, c.id"),
          branch("c.objectId = $entity", "c.objectId, c.levelRank, c.id"),
        ]
      : params.subject != null
        ? [
            branch(
              params.object != null
                ? "c.subjectId = $subject AND c.objectId = $object"
                : "c.subjectId = $subject",
              "c.subjectId, c.levelRank, c.id",
            ),
          ]
        : params.object != null
          ? [branch("c.objectId = $object", "c.objectId, c.levelRank, c.id")]
          : [branch(null, "c.levelRank, c.id")];
  const afterRank = (request.after?.[0] as number | undefined) ?? null;
  const afterId = (request.after?.[1] as string | undefined) ?? null;
  const levels = ranks
    .filter((rank) => afterRank == null || rank <= afterRank)
    .map((rank) => ({ rank, from: rank === afterRank ? afterId : "" }));
  const page: Cypher = {
    text: `UNWIND $levels AS lvl
         CALL (lvl) { ${branches.join(" UNION ")} }
         WITH c ORDER BY c.levelRank DESC, c.id LIMIT toInteger($limit)
         RETURN ${claimProjection("c")} AS node`,
    params: { ...params, levels, limit: request.size + 1 },
  };
  const where = ["c.levelRank IN $ranks", ...given.map(([, fragment]) => fragment)].join(" AND ");
  const count: Cypher = {
    text: `MATCH (c:Claim) WHERE ${where} RETURN count(c) AS n`,
    params: { ...params, ranks },
  };
  return { page, count };
}

export function claimQueries(db: Reader, base: Base) {
  const byId = base.byId<ClaimRow>("Claim");
  return {
    byId: (id: string) => byId.load(id),
    /** A claim another record names (it must exist). */
    get: (id: string) => present(byId.load(id), "Claim", id),
    byIds: async (ids: string[]) => (await byId.loadMany(ids)).map((c) => (c instanceof Error ? null : c)),
    list: (filter: ClaimFilter | null | undefined, request: PageRequest) =>
      readPage<ClaimRow>(db, claimListQuery(filter, request), request, (n) => [n.levelRank, n.id]),
    referencesOf: (id: string) =>
      base
        .rel<PublicationRow>({
          from: "Claim",
          types: ["CITES"],
          to: "Publication",
          dir: "out",
          order: "number",
        })
        .load(id),
    conflictsOf: (id: string) =>
      base.rel<ConflictRow>({ from: "Claim", types: ["CONCERNS"], to: "Conflict", dir: "in" }).load(id),
  };
}
