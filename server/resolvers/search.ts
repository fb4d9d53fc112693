import type { Resolvers, SearchHitType } from "../../schema/generated/resolvers.ts";
import type { SearchRow } from "../../store/search.ts";
import { highlight, luceneQuery, pageSize } from "./util.ts";

const ALL_TYPES: SearchHitType[] = ["ENTITY", "STATEMENT", "CITING_SENTENCE"];

/** The text a hit is highlighted in. */
function textOf(row: SearchRow): string {
  if (row.type === "ENTITY")
    return `${row.node.name}${row.node.description ? ` — ${row.node.description}` : ""}`;
  return row.type === "STATEMENT" ? String(row.node.searchText) : String(row.node.quote);
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, types, first }, { store, config }) => {
      const size = pageSize("first", first, config.MAX_PAGE_SIZE, 10);
      const lucene = luceneQuery("query", query);
      const rows = await store.search.search(lucene, types?.length ? types : ALL_TYPES, size);
      return rows.map((row) => ({
        type: row.type,
        score: row.score,
        highlight: highlight(textOf(row), query),
        target:
          row.type === "ENTITY"
            ? { ...row.node, __typename: "Entity" as const }
            : row.type === "STATEMENT"
              ? { ...row.node, __typename: "Statement" as const }
              : { ...row.node, __typename: "Locus" as const },
      }));
    },
  },
  SearchTarget: {
    __resolveType: (target) => typenameOf(target),
  },
};

function typenameOf(target: Record<string, unknown>): "Entity" | "Statement" | "Locus" {
  const name = target.__typename;
  if (name === "Entity" || name === "Statement" || name === "Locus") return name;
  throw new Error("search target without its type");
}
