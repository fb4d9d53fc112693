import type { ApolloServer } from "@apollo/server";
import type { Logger } from "../core/logger.ts";
import type { Context } from "./context.ts";
import { DEFAULT_PAGE_SIZE, NEIGHBOURHOOD_QUERY } from "../public/queries.js";

/**
 * Opens the most connected entity's neighbourhood once, as the explorer does, so that the first
 * user request does not pay for what a freshly started Neo4j does on first sight of a statement.
 * Measured on the 100k-claim graph, the explorer's five statements run one by one on a freshly
 * started Neo4j: planning (EXPLAIN) ~1 s in all (the Cypher stack's first query ~0.4 s, the
 * neighbourhood page ~0.6 s, the other four ~0.1 s each), then their first execution ~0.4 s (cold
 * pages) against ~0.1 s the next time; in the request they run concurrently on two cores, and
 * `npm run bench:explorer` saw the open's request take 2-3 s without this and ~0.5 s with it.
 *
 * Sends the explorer's own query (public/queries.js) through Apollo and the store like any
 * request, so the Cypher texts it plans are exactly the requests' own (Neo4j caches plans by
 * text), but with no data version in its context, so the response cache neither answers nor
 * keeps it (a real user's first request still reads Neo4j). Never throws: a failure is logged as a warning
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
      { query: NEIGHBOURHOOD_QUERY, variables: { id, first: DEFAULT_PAGE_SIZE, after: null } },
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
