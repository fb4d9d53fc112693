/**
 * Search relevance: Recall@5 of the relevance set (tests/relevance/queries.yaml), i.e. the share
 * of queries with at least one relevant record among the first five hits of `search`.
 *   npm run relevance            (uses NEO4J_URI, or starts a local Neo4j like `npm start`)
 * tests/integration/relevance.test.ts runs the same evaluation and requires at least 90%.
 * An evidence item hit counts as relevant when its statement is.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { z } from "zod";
import type { ApolloServer } from "@apollo/server";
import { createApollo, createContext } from "../server/apollo.ts";
import type { Context } from "../server/context.ts";
import { loadPaper } from "../server/paper.ts";
import type { Database } from "../core/db/database.ts";
import type { Config } from "../core/config.ts";
import type { Logger } from "../core/logger.ts";

export const RELEVANCE_SET = path.resolve(import.meta.dirname, "../tests/relevance/queries.yaml");

const RelevanceSet = z.array(
  z.object({
    query: z.string().min(1),
    covers: z.array(z.string()).default([]),
    relevant: z.array(z.string().min(1)).min(1),
  }),
);
export type RelevanceQuery = z.infer<typeof RelevanceSet>[number];

export function loadRelevanceSet(file = RELEVANCE_SET): RelevanceQuery[] {
  return RelevanceSet.parse(parse(readFileSync(file, "utf8")));
}

/** Whether a record id is one of the relevant entries (`*` matches any run of characters). */
export function isRelevant(id: string, relevant: string[]): boolean {
  return relevant.some((pattern) =>
    new RegExp(
      `^${pattern
        .split("*")
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
        .join(".*")}$`,
    ).test(id),
  );
}

const SEARCH = `query Relevance($q: String!) {
  search(query: $q, first: 5) {
    type
    target {
      ... on Entity { id } ... on Statement { id } ... on Locus { id } ... on Evidence { id statement { id } }
      ... on Publication { id } ... on Study { id } ... on Outcome { id } ... on Case { id }
      ... on CaseFact { id } ... on Conflict { id }
    }
  }
}`;

export interface RelevanceResult {
  query: string;
  covers: string[];
  top5: string[];
  firstRelevantRank: number | null;
  /** The first relevant hit's id (for an evidence item, its statement's). */
  matched: string | null;
}

/** Runs every query of the set through the GraphQL API in-process and scores the top five. */
export async function evaluate(
  deps: { config: Config; db: Database; log: Logger },
  set = loadRelevanceSet(),
): Promise<{ recallAt5: number; results: RelevanceResult[] }> {
  const apollo: ApolloServer<Context> = createApollo({ config: deps.config, log: deps.log });
  await apollo.start();
  const paper = loadPaper();
  const results: RelevanceResult[] = [];
  try {
    for (const item of set) {
      const contextValue = createContext({ ...deps, paper });
      const response = await apollo.executeOperation(
        { query: SEARCH, variables: { q: item.query } },
        { contextValue },
      );
      if (response.body.kind !== "single") throw new Error("unexpected incremental response");
      const { data, errors } = response.body.singleResult;
      if (errors?.length) throw new Error(`${item.query}: ${errors[0]!.message}`);
      const hits = (data as { search: { target: { id: string; statement?: { id: string } } }[] }).search;
      const top5 = hits.map((h) => h.target.id);
      // An evidence item counts for its statement: it is that statement's quote.
      const rank = hits.findIndex(
        (h) =>
          isRelevant(h.target.id, item.relevant) ||
          (h.target.statement != null && isRelevant(h.target.statement.id, item.relevant)),
      );
      const hit = rank < 0 ? undefined : hits[rank]!.target;
      results.push({
        query: item.query,
        covers: item.covers,
        top5,
        firstRelevantRank: rank < 0 ? null : rank + 1,
        matched: hit ? (isRelevant(hit.id, item.relevant) ? hit.id : hit.statement!.id) : null,
      });
    }
  } finally {
    await apollo.stop();
  }
  const found = results.filter((r) => r.firstRelevantRank != null).length;
  return { recallAt5: found / results.length, results };
}

async function main() {
  const { loadConfig } = await import("../core/config.ts");
  const { createLogger } = await import("../core/logger.ts");
  const { connectNeo4j } = await import("../core/db/connect.ts");
  const { isSeeded, loadSeed } = await import("../seed/load.ts");
  const config = loadConfig(process.env);
  const log = createLogger("warn" as never);
  const { db, close } = await connectNeo4j(config, log);
  try {
    if (!(await isSeeded(db))) await loadSeed(db);
    const { recallAt5, results } = await evaluate({ config, db, log });
    for (const r of results)
      console.log(
        `${r.firstRelevantRank == null ? "MISS" : `#${r.firstRelevantRank}  `}  ${r.query}` +
          (r.firstRelevantRank == null ? `\n        top 5: ${r.top5.join(", ")}` : `  (${r.matched})`),
      );
    const found = results.filter((r) => r.firstRelevantRank != null).length;
    console.log(`\nRecall@5: ${found}/${results.length} = ${(recallAt5 * 100).toFixed(1)}%`);
  } finally {
    await close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
