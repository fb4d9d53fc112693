import type { ApolloServer } from "@apollo/server";
import type { Logger } from "../core/logger.ts";
import type { Context } from "./context.ts";

/**
 * The explorer's hub open (public/explorer.js showNeighbourhood: the entity and its first page of
 * statements, one round trip). Any selection of the same fields makes the store issue the same
 * Cypher texts, which is what Neo4j caches plans by; keep the fields in step with the explorer.
 */
export const WARMUP_QUERY = `query WarmUp($id: ID!, $first: Int) {
  entity(id: $id) {
    id name kind category description synonyms statementCount
    identifiers { curie url source } identifierNote
    aliases { printed correction } components { id name kind } partOf { id name }
  }
  statements(filter: { entity: $id }, first: $first) {
    edges { node {
      id bestLevel strength hedged involvesCombination predicate subjectState objectState
      evidenceCount supportCount
      subject { id name kind components { id name kind } } object { id name kind components { id name kind } }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** The explorer's default page size (public/explorer.js pageSize). */
const EXPLORER_PAGE = 40;

/**
 * Opens the most connected entity's neighbourhood once, as the explorer does, so that the first
 * user request does not pay for what a freshly started Neo4j does on first sight of a statement.
 * Measured on the 100k-claim graph, the explorer's five statements run one by one on a freshly
 * started Neo4j: planning (EXPLAIN) ~1 s in all (the Cypher stack's first query ~0.4 s, the
 * neighbourhood page ~0.6 s, the other four ~0.1 s each), then their first execution ~0.4 s (cold
 * pages) against ~0.1 s the next time; in the request they run concurrently on two cores, and
 * `npm run bench:explorer` saw the open's request take 2-3 s without this and ~0.5 s with it.
 *
 * Runs through Apollo and the store like any request, so the plans it compiles are the requests'
 * own, but with no data version in its context, so the response cache neither answers nor keeps it
 * (a real user's first request still reads Neo4j). Never throws: a failure is logged as a warning
 * (the database layer has logged the cause) and only costs the first request its speed.
 */
export async function warmUp(
  apollo: ApolloServer<Context>,
  context: () => Context,
  log: Logger,
): Promise<boolean> {
  const started = performance.now();
  try {
    const contextValue = { ...context(), dataVersion: null };
    const id = await contextValue.store.entities.mostConnected();
    if (id == null) {
      log.info("warm-up skipped: the graph has no entity");
      return false;
    }
    const response = await apollo.executeOperation(
      { query: WARMUP_QUERY, variables: { id, first: EXPLORER_PAGE } },
      { contextValue },
    );
    const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
    if (errors?.length) {
      log.warn({ entity: id, errors: errors.map((e) => e.message) }, "warm-up request failed");
      return false;
    }
    log.info({ entity: id, ms: Math.round(performance.now() - started) }, "warm-up done");
    return true;
  } catch (error) {
    log.warn({ err: error }, "warm-up failed");
    return false;
  }
}
