import type { Resolvers, SearchHitType } from "../../schema/generated/resolvers.ts";
import { normalizeTerm } from "../../schema/terms.ts";
import type { SearchRow } from "../../store/rows.ts";
import { SEARCH_INDEXES } from "../../store/search.ts";
import type { Context } from "../context.ts";
import { highlight, nearestQuery, parseQuery, type ParsedQuery } from "./searchQuery.ts";
import { badInput } from "../errorPolicy.ts";
import { pageSize } from "./util.ts";

/** Facet counts stop here: "1000+" is as useful as the exact figure and costs far less at scale. */
const FACET_CAP = 1000;

const str = (v: unknown) => (v == null ? "" : String(v));

/** A hit's short name and the text it is highlighted in. */
function describe(row: SearchRow): { title: string; text: string } {
  const n = row.node as Record<string, unknown>;
  switch (row.type) {
    case "ENTITY":
      return {
        title: row.node.name,
        text: `${row.node.name}${row.node.description ? ` — ${row.node.description}` : ""}`,
      };
    case "STATEMENT":
    case "EVIDENCE":
      return { title: str(n.searchText).split(" | ")[0]!, text: str(n.searchText) };
    case "CITING_SENTENCE":
      return { title: `sentence at ${str(n.section)}`, text: str(n.quote) };
    case "REFERENCE":
      return {
        title: n.number == null ? str(n.title) : `ref ${str(n.number)}: ${str(n.firstAuthor)} ${str(n.year)}`,
        text: str(n.searchText),
      };
    case "STUDY":
      return { title: str(n.title), text: str(n.searchText) };
    case "OUTCOME":
      return { title: str(n.measure), text: str(n.searchText) };
    case "PATIENT":
      return { title: str(n.label), text: str(n.searchText) };
    case "PATIENT_FACT":
    case "CONFLICT":
      return { title: str(n.searchText).split(" | ").slice(0, 2).join(": "), text: str(n.searchText) };
  }
}

const TYPENAME = {
  ENTITY: "Entity",
  STATEMENT: "Statement",
  EVIDENCE: "Evidence",
  CITING_SENTENCE: "Locus",
  REFERENCE: "Publication",
  STUDY: "Study",
  OUTCOME: "Outcome",
  PATIENT: "Case",
  PATIENT_FACT: "CaseFact",
  CONFLICT: "Conflict",
} as const;

type Typename = (typeof TYPENAME)[keyof typeof TYPENAME];
const TYPENAMES = new Set<string>(Object.values(TYPENAME));

function hits(rows: SearchRow[], query: ParsedQuery) {
  return rows.map((row) => {
    const { title, text } = describe(row);
    return {
      type: row.type,
      score: row.score,
      title,
      highlight: highlight(text, query, row.synonyms),
      target: { ...row.node, __typename: TYPENAME[row.type] } as never,
    };
  });
}

async function runSearch(
  { store, config }: Context,
  query: string,
  types: SearchHitType[] | null | undefined,
  first: number | null | undefined,
) {
  const size = pageSize("first", first, config.MAX_PAGE_SIZE, 10);
  const parsed = parseQuery("query", query);
  const indexes = types?.length ? types : SEARCH_INDEXES;
  const rows = await store.search.search(parsed, indexes, size);
  return { query: parsed, indexes, rows };
}

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, { query, types, first }, context) => {
      const { query: parsed, rows } = await runSearch(context, query, types, first);
      return hits(rows, parsed);
    },
    searchResults: (_, { query, types, first }, context) => runSearch(context, query, types, first),
    suggest: async (_, { prefix, first }, { store, config }) => {
      const size = pageSize("first", first, config.MAX_PAGE_SIZE, 10);
      const trimmed = prefix.trim();
      if (trimmed.length === 0) throw badInput("prefix", "must not be empty");
      if (trimmed.length > 100) throw badInput("prefix", "must be at most 100 characters");
      return store.search.suggest(trimmed, normalizeTerm(trimmed), size);
    },
  },
  SearchResults: {
    hits: (parent) => hits(parent.rows, parent.query),
    expandedWith: (parent) => parent.rows[0]?.synonyms ?? [],
    facets: (parent, _, { store }) => store.search.facets(parent.query, parent.indexes, FACET_CAP),
    nearest: async (parent, _, { store }) => {
      if (parent.rows.length > 0) return [];
      const rows = await store.search.nearest(nearestQuery(parent.query.words), 5);
      return rows.map((r) => r.entity);
    },
  },
  SearchTarget: {
    __resolveType: (target) => typenameOf(target),
  },
};

function typenameOf(target: Record<string, unknown>): Typename {
  const name = target.__typename;
  if (typeof name === "string" && TYPENAMES.has(name)) return name as Typename;
  throw new Error("search target without its type");
}
