import { afterAll, beforeAll, inject } from "vitest";
import type { ApolloServer } from "@apollo/server";
import { createApollo, createContext } from "../../server/apollo.ts";
import type { Context } from "../../server/context.ts";
import { loadPaper } from "../../server/paper.ts";
import { buildGraph } from "../../seed/graph.ts";
import { isSeeded, loadSeed } from "../../seed/load.ts";
import { validateSeed } from "../../seed/validate.ts";
import { loadConfig } from "../../core/config.ts";
import { createLogger } from "../../core/logger.ts";
import { Database } from "../../core/db/database.ts";

export const testConfig = loadConfig({ ...process.env, LOG_LEVEL: "silent", NODE_ENV: "test" });
export const testLog = createLogger((process.env.TEST_LOG_LEVEL ?? "silent") as never);

/** A Database on the shared test Neo4j. */
export function connect(): Database {
  return new Database(inject("neo4jUri"), inject("neo4jAuth") as never, {
    database: testConfig.NEO4J_DATABASE,
    log: testLog,
    queryTimeoutMs: 120_000,
  });
}

/**
 * An Apollo server on the seeded test graph, for running documents in-process as a client would.
 * `run` returns data, errors and the Cypher round-trips the request cost.
 */
export function useSeededApi() {
  const paper = loadPaper();
  const state: { db?: Database; apollo?: ApolloServer<Context> } = {};
  beforeAll(async () => {
    state.db = connect();
    if (!(await isSeeded(state.db))) await loadSeed(state.db);
    state.apollo = createApollo({ config: testConfig, log: testLog });
    await state.apollo.start();
  });
  afterAll(async () => {
    await state.apollo?.stop();
    await state.db?.close();
  });
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const contextValue = createContext({ config: testConfig, db: state.db!, log: testLog, paper });
    const response = await state.apollo!.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== "single") throw new Error("unexpected incremental response");
    const { data, errors } = response.body.singleResult;
    return { data: data as any, errors, roundTrips: contextValue.db.roundTrips };
  };
  return { run, paper, db: () => state.db! };
}

/** Polls `condition` every `everyMs` until it holds; fails with `what` after `timeoutMs`. */
export async function until(
  what: string,
  condition: () => Promise<boolean>,
  { timeoutMs = 30_000, everyMs = 50 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * The curated seed's graph with one relationship to a node that does not exist appended, so the
 * very last write of a load fails: what a load that breaks half-way looks like.
 */
export function seedBatchFailingAtTheEnd() {
  const batch = buildGraph(validateSeed());
  batch.rels.set("broken", {
    type: "CITES",
    from: "Statement",
    to: "Publication",
    mode: "create",
    rows: [{ from: "stmt:none", to: "pub:ref1", props: {} }],
  });
  return batch;
}
