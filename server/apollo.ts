import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Config } from "../core/config.ts";
import type { Database } from "../core/db/database.ts";
import type { Logger } from "../core/logger.ts";
import type { Context } from "./context.ts";
import type { DataVersionWatch } from "./dataVersion.ts";
import { errorPolicy } from "./errorPolicy.ts";
import { limitRules } from "./limits.ts";
import { responseCache } from "./responseCache.ts";
import { createStore } from "../store/index.ts";
import { readDataVersion, stepIndexCache } from "../store/stepIndexCache.ts";
import type { Paper } from "./paper.ts";
import { resolvers } from "./resolvers/index.ts";

/** Apollo setup: schema, resolvers, limits, error policy, request log; and each request's context. */
export const typeDefs = readFileSync(path.resolve(import.meta.dirname, "../schema/schema.graphql"), "utf8");

/** Tags the request's transactions with the operation name and logs each request with its Cypher round-trips. */
function useRequestLog(log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didResolveOperation({ operationName }) {
          contextValue.db.operation = operationName ?? "anonymous";
        },
        async willSendResponse({ response, operationName }) {
          response.http.headers.set("x-cypher-round-trips", String(contextValue.db.roundTrips));
          if (contextValue.dataVersion != null)
            response.http.headers.set("x-data-version", String(contextValue.dataVersion));
          log.info(
            {
              operation: operationName,
              ms: Math.round(performance.now() - started),
              roundTrips: contextValue.db.roundTrips,
            },
            "graphql request",
          );
        },
      };
    },
  };
}

export interface AppOptions {
  config: Config;
  db: Database;
  log: Logger;
  paper: Paper;
  /** The data version the server polls; createApp starts one when none is given. */
  dataVersion?: DataVersionWatch;
}

export function createApollo({
  config,
  log,
  dataVersion,
}: Pick<AppOptions, "config" | "log" | "dataVersion">) {
  const production = config.NODE_ENV === "production";
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    // Bounds parsing work before validation runs: a huge document fails fast.
    parseOptions: { maxTokens: 5000 },
    allowBatchedHttpRequests: false,
    // main.ts owns signal handling: it drains HTTP, closes the driver, then stops the local Neo4j.
    stopOnTerminationSignals: false,
    validationRules: limitRules({
      maxDepth: config.MAX_QUERY_DEPTH,
      maxAliases: config.MAX_ALIASES,
      maxCost: config.MAX_QUERY_COST,
      maxPageSize: config.MAX_PAGE_SIZE,
    }),
    formatError: errorPolicy(log, { production }),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      useRequestLog(log),
      // Without a data version there is nothing to key entries by (in-process test servers): no cache.
      ...(dataVersion && config.RESPONSE_CACHE === "on" && config.RESPONSE_CACHE_MB > 0
        ? responseCache(dataVersion, config.RESPONSE_CACHE_MB * 1024 * 1024)
        : []),
    ],
  });
}

let stepIndexFrom: { db: Database; watch: DataVersionWatch | undefined } | null = null;

export function createContext({ config, db, paper, dataVersion }: AppOptions, operation?: string): Context {
  if (stepIndexFrom?.db !== db || stepIndexFrom.watch !== dataVersion) {
    // The path step index: built from one streamed read of every statement edge, outside any
    // request's deadline, and keyed by the polled data version (read directly until polled once).
    stepIndexFrom = { db, watch: dataVersion };
    stepIndexCache().configure({
      stream: (cypher, onRow) => db.stream("step-index", cypher, {}, onRow),
      version: (reader) => dataVersion?.current() ?? readDataVersion(reader),
    });
  }
  const requestDb = db.forRequest(operation);
  // Read once per request: everything the request keys by the version sees the same one.
  return {
    db: requestDb,
    store: createStore(requestDb),
    config,
    paper,
    dataVersion: dataVersion?.current() ?? null,
  };
}
