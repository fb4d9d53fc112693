import {
  LEVEL_RANKS,
  statementProjection,
  levelRank,
  present,
  type Base,
  type Cypher,
  type Reader,
} from "./base.ts";
import { readPage, type ListQuery, type PageRequest } from "./paging.ts";
import type { ConflictRow, EvidenceRow, PublicationRow, StatementRow } from "./rows.ts";
import { EVIDENCE_LEVELS, type EvidenceLevel } from "../schema/vocabulary.ts";

export interface StatementFilter {
  entity?: string | null;
  /** With `entity`: also statements about combinations that contain it (at any depth). */
  includeCombinations?: boolean | null;
  subject?: string | null;
  object?: string | null;
  predicate?: string | null;
  minLevel?: EvidenceLevel | null;
  level?: EvidenceLevel | null;
  disease?: string | null;
  reference?: number | null;
  hedged?: boolean | null;
  involvesCombination?: boolean | null;
  modelSystem?: string | null;
  provenance?: string | null;
  direction?: string | null;
  knowledgeLevel?: string | null;
  epistemicStatus?: string | null;
  negated?: boolean | null;
  inference?: boolean | null;
}

const hasEvidence = (where: string) => `EXISTS { (c)-[:HAS_EVIDENCE]->(e:Evidence) WHERE ${where} }`;

/**
 * Each filter field's predicate, a fixed string; only the fields given become predicates. Fields
 * of the statement test the statement; fields of evidence ask for at least one evidence item so.
 */
const STATEMENT_FILTERS: [keyof StatementFilter, string][] = [
  ["subject", "c.subjectId = $subject"],
  ["object", "c.objectId = $object"],
  ["predicate", "c.predicate = $predicate"],
  ["disease", "$disease IN c.contextIds"],
  ["reference", "$reference IN c.references"],
  ["hedged", "c.hedged = $hedged"],
  ["involvesCombination", "c.involvesCombination = $involvesCombination"],
  ["modelSystem", hasEvidence("e.modelSystem = $modelSystem")],
  ["provenance", hasEvidence("e.provenance = $provenance")],
  ["direction", hasEvidence("e.direction = $direction")],
  ["knowledgeLevel", hasEvidence("e.knowledgeLevel = $knowledgeLevel")],
  ["epistemicStatus", hasEvidence("e.status = $epistemicStatus")],
  ["negated", hasEvidence("e.negated = $negated")],
  ["inference", hasEvidence("e.inference = $inference")],
];

/** The entity and, when asked, every combination containing it: the ids a statement may name. */
const ANCHORS = `WITH CASE WHEN $includeCombinations
       THEN [$entity] + COLLECT { MATCH (t:Therapy)-[:HAS_PART*1..3]->(:Entity {id: $entity}) RETURN DISTINCT t.id }
       ELSE [$entity] END AS anchors`;

/**
 * The statements list's one filter model: the same field predicates and the same set of level
 * ranks (best supporting level at least `minLevel`, exactly `level`) build the page query and the
 * count.
 *
 * The page is read level by level: within one level an index on (anchor, levelRank, id) holds the
 * statements in id order, so each level reads `limit` index entries instead of sorting all of a
 * hub's statements. ORDER BY names the index's whole key (equal to ordering by id here) so the
 * planner sees that. Strongest level first; the cursor's level resumes after its id, weaker
 * levels from the start.
 */
export function statementListQuery(
  filter: StatementFilter | null | undefined,
  request: PageRequest,
): ListQuery {
  const params: Record<string, unknown> = {};
  for (const [field] of STATEMENT_FILTERS) params[field] = filter?.[field] ?? null;
  params.entity = filter?.entity ?? null;
  const minRank = levelRank(filter?.minLevel);
  const ranks = LEVEL_RANKS.filter(
    (rank) => rank >= minRank && (filter?.level == null || rank === EVIDENCE_LEVELS[filter.level].rank),
  );
  const given = STATEMENT_FILTERS.filter(([field]) => params[field] != null);
  const byEntity = params.entity != null;
  const anchors = byEntity ? [] : ["subject", "object"];
  const rest = given.filter(([field]) => !anchors.includes(field)).map(([, fragment]) => fragment);
  const branch = (anchor: string | null, key: string) =>
    `MATCH (c:Statement) WHERE ${[anchor, "c.levelRank = lvl.rank", "c.id > lvl.from", ...rest].filter(Boolean).join(" AND ")}
         RETURN c ORDER BY ${key} LIMIT toInteger($limit)`;
  const branches = byEntity
    ? [
        branch("c.subjectId = anchor", "c.subjectId, c.levelRank, c.id"),
        branch("c.objectId = anchor", "c.objectId, c.levelRank, c.id"),
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
  const includeCombinations = byEntity && filter?.includeCombinations === true;
  const page: Cypher = {
    text: byEntity
      ? `${ANCHORS}
         UNWIND $levels AS lvl
         UNWIND anchors AS anchor
         CALL (lvl, anchor) { ${branches.join(" UNION ")} }
         WITH DISTINCT c ORDER BY c.levelRank DESC, c.id LIMIT toInteger($limit)
         RETURN ${statementProjection("c")} AS node`
      : `UNWIND $levels AS lvl
         CALL (lvl) { ${branches.join(" UNION ")} }
         WITH c ORDER BY c.levelRank DESC, c.id LIMIT toInteger($limit)
         RETURN ${statementProjection("c")} AS node`,
    params: { ...params, includeCombinations, levels, limit: request.size + 1 },
  };
  const where = [
    "c.levelRank IN $ranks",
    ...(byEntity ? ["(c.subjectId IN anchors OR c.objectId IN anchors)"] : []),
    ...given.map(([, fragment]) => fragment),
  ].join(" AND ");
  const count: Cypher = {
    text: `${byEntity ? `${ANCHORS}\n         ` : ""}MATCH (c:Statement) WHERE ${where} RETURN count(c) AS n`,
    params: { ...params, includeCombinations, ranks },
  };
  return { page, count };
}

export function statementQueries(db: Reader, base: Base) {
  const byId = base.byId<StatementRow>("Statement");
  const evidenceById = base.byId<EvidenceRow>("Evidence");
  return {
    byId: (id: string) => byId.load(id),
    /** A statement another record names (it must exist). */
    get: (id: string) => present(byId.load(id), "Statement", id),
    byIds: async (ids: string[]) => (await byId.loadMany(ids)).map((c) => (c instanceof Error ? null : c)),
    list: (filter: StatementFilter | null | undefined, request: PageRequest) =>
      readPage<StatementRow>(db, statementListQuery(filter, request), request, (n) => [n.levelRank, n.id]),
    /** A statement's evidence items, strongest level first, then in reading order. */
    evidenceOf: (id: string) =>
      base
        .rel<EvidenceRow>({
          from: "Statement",
          types: ["HAS_EVIDENCE"],
          to: "Evidence",
          dir: "out",
          order: "levelRank",
          desc: true,
        })
        .load(id),
    evidenceById: (id: string) => evidenceById.load(id),
    referencesOf: (id: string) =>
      base
        .rel<PublicationRow>({
          from: "Statement",
          types: ["CITES"],
          to: "Publication",
          dir: "out",
          order: "number",
        })
        .load(id),
    evidenceReferencesOf: (id: string) =>
      base
        .rel<PublicationRow>({
          from: "Evidence",
          types: ["CITES"],
          to: "Publication",
          dir: "out",
          order: "number",
        })
        .load(id),
    conflictsOf: (id: string) =>
      base.rel<ConflictRow>({ from: "Statement", types: ["CONCERNS"], to: "Conflict", dir: "in" }).load(id),
  };
}
