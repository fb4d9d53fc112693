import type { Resolvers } from "../../schema/generated/resolvers.ts";
import { badInput } from "../errorPolicy.ts";
import { passage } from "../paper.ts";
import { LEVEL_RANKS, claimProjection } from "../loaders.ts";
import { DATASET, EVIDENCE_LEVELS } from "../../schema/vocabulary.ts";
import { connection, decodeCursor, levelRank, pageSize, selects } from "./util.ts";

const CLAIM_FILTERS: [string, string][] = [
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

export const claimResolvers: Resolvers = {
  Query: {
    claim: (_, { id }, { loaders }) => loaders.claim.load(id),
    claims: async (_, { filter, first, after }, { db, config }, info) => {
      const size = pageSize("first", first, config.MAX_PAGE_SIZE);
      const cursor = decodeCursor("after", after, 2);
      if (filter?.reference != null && (filter.reference < 1 || filter.reference > 1000))
        throw badInput("filter.reference", "must be a reference number of the paper (1-37)");
      const params: Record<string, unknown> = {
        entity: filter?.entity ?? null,
        subject: filter?.subject ?? null,
        object: filter?.object ?? null,
        predicate: filter?.predicate ?? null,
        minRank: levelRank(filter?.minLevel),
        level: filter?.level ?? null,
        modelSystem: filter?.modelSystem ?? null,
        provenance: filter?.provenance ?? null,
        direction: filter?.direction ?? null,
        reference: filter?.reference ?? null,
        disease: filter?.disease ?? null,
        afterRank: (cursor?.[0] as number | undefined) ?? null,
        afterId: (cursor?.[1] as string | undefined) ?? null,
        limit: size + 1,
      };
      // Only the filters given become predicates, each a fixed string. The page is read level by
      // level: within one level an index on (anchor, levelRank, id) holds the claims in id order, so
      // each level reads `limit` index entries instead of sorting all of a hub's claims. ORDER BY
      // names the index's whole key (equal to ordering by id here) so the planner sees that.
      const anchors = params.entity != null ? ["entity"] : ["subject", "object"];
      const rest = CLAIM_FILTERS.filter(([param]) => params[param] != null && !anchors.includes(param)).map(
        ([, fragment]) => fragment,
      );
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
      // Strongest level first; the cursor's level resumes after its id, weaker levels from the start.
      const levels = LEVEL_RANKS.filter(
        (rank) =>
          rank >= (params.minRank as number) &&
          (params.afterRank == null || rank <= (params.afterRank as number)) &&
          (filter?.level == null || rank === EVIDENCE_LEVELS[filter.level].rank),
      ).map((rank) => ({ rank, from: rank === params.afterRank ? params.afterId : "" }));
      const rows = await db.read<{ node: Record<string, unknown> & { id: string; levelRank: number } }>(
        `UNWIND $levels AS lvl
         CALL (lvl) { ${branches.join(" UNION ")} }
         WITH c ORDER BY c.levelRank DESC, c.id LIMIT toInteger($limit)
         RETURN ${claimProjection("c")} AS node`,
        { ...params, levels },
      );
      const page = connection(
        rows.map((r) => r.node),
        size,
        (n) => [n.levelRank, n.id],
      );
      const where = [
        "c.levelRank >= $minRank",
        ...CLAIM_FILTERS.filter(([param]) => params[param] != null).map(([, fragment]) => fragment),
      ].join(" AND ");
      const totalCount = selects(info, "totalCount")
        ? (await db.read<{ n: number }>(`MATCH (c:Claim) WHERE ${where} RETURN count(c) AS n`, params))[0]!.n
        : null;
      return { ...page, totalCount };
    },
    passage: (_, { start, end, context }, { paper }) => {
      if (start < 0 || end <= start || end > paper.text.length)
        throw badInput("start", `start and end must satisfy 0 <= start < end <= ${paper.text.length}`);
      return passage(paper, start, end, Math.min(Math.max(context ?? 200, 0), 2000));
    },
  },
  Claim: {
    subject: (c, _, { loaders }) => (c.subjectNode as never) ?? loaders.entity.load(c.subjectId),
    object: (c, _, { loaders }) => (c.objectNode as never) ?? loaders.entity.load(c.objectId),
    context: (c, _, { loaders }) => (c.contextDiseaseId ? loaders.entity.load(c.contextDiseaseId) : null),
    shownHere: (c) => c.provenance === "shown_here",
    loci: (c, _, { loaders }) =>
      loaders
        .rel({ from: "Claim", types: ["STATED_IN"], to: "Locus", dir: "out", order: "start" })
        .load(c.id),
    references: (c, _, { loaders }) =>
      loaders
        .rel({ from: "Claim", types: ["CITES"], to: "Publication", dir: "out", order: "number" })
        .load(c.id),
    conflicts: (c, _, { loaders }) =>
      loaders.rel({ from: "Claim", types: ["CONCERNS"], to: "Conflict", dir: "in" }).load(c.id),
  },
  Locus: {
    // Only the source paper's text is held; a corpus paper's locus shows its stored quote alone.
    inContext: (l, { context }, { paper }) =>
      l.dataset == null || l.dataset === DATASET
        ? passage(paper, l.start, l.end, Math.min(Math.max(context ?? 160, 0), 2000))
        : {
            before: "",
            text: String(l.quote),
            after: "",
            start: l.start,
            end: l.end,
            section: String(l.section),
          },
    cites: (l, _, { loaders }) =>
      loaders
        .rel({ from: "Locus", types: ["CITES"], to: "Publication", dir: "out", order: "number" })
        .load(l.id),
  },
};
