import http from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import type { Config } from "./config.ts";
import type { Context } from "./context.ts";
import type { Database } from "./db/database.ts";
import { ErrorCode } from "./errors.ts";
import { limitRules } from "./limits.ts";
import { createRateLimiter } from "./rateLimit.ts";
import { createLoaders } from "./loaders.ts";
import type { Logger } from "./logger.ts";
import type { Paper } from "./paper.ts";
import { resolvers } from "./resolvers/index.ts";
import { staticFiles } from "./static.ts";

export const typeDefs = readFileSync(path.resolve(import.meta.dirname, "../schema/schema.graphql"), "utf8");

/** Codes whose messages are written for clients; anything else is masked. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.ServiceUnavailable,
  ErrorCode.Timeout,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** Masks internal errors: the client gets a code, the log gets everything. */
function useErrorMasking(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...pick(formatted.extensions, "argument") },
      };
    }
    log.error({ err: unwrapResolverError(error), path: formatted.path }, "internal error");
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: ErrorCode.InternalServerError },
    };
  };
}

function pick(obj: Record<string, unknown> | undefined, key: string) {
  return obj && key in obj ? { [key]: obj[key] } : {};
}

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
}

export function createApollo({ config, log }: Pick<AppOptions, "config" | "log">) {
  const production = config.NODE_ENV === "production";
  return new ApolloServer<Context>({
    typeDefs,
    resolvers: resolvers as never,
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
    formatError: useErrorMasking(log),
    plugins: [ApolloServerPluginLandingPageDisabled(), useRequestLog(log)],
  });
}

export function createContext({ config, db, paper }: AppOptions, operation?: string): Context {
  const requestDb = db.forRequest(operation);
  return { db: requestDb, loaders: createLoaders(requestDb), config, paper };
}

const MAX_BODY_BYTES = 256 * 1024;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const parts: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        // Stop buffering but drain the rest, so the 413 reaches the client.
        req.removeAllListeners("data");
        req.resume();
        reject(Object.assign(new Error("request body too large"), { status: 413 }));
      } else parts.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(parts).toString("utf8")));
    req.on("error", reject);
  });
}

/** The HTTP server: /graphql, liveness and readiness. */
export async function createApp(options: AppOptions) {
  const { db, log } = options;
  const apollo = createApollo(options);
  await apollo.start();
  let shuttingDown = false;
  const files = staticFiles();
  const limiter =
    options.config.RATE_LIMIT_PER_MINUTE > 0 ? createRateLimiter(options.config.RATE_LIMIT_PER_MINUTE) : null;

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, body: unknown, type = "application/json") => {
      res.writeHead(status, { "content-type": type });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    try {
      if (url.pathname === "/health/live") return send(200, { status: "live" });
      if (url.pathname === "/health/ready") {
        const ok = !shuttingDown && (await db.ping());
        return send(ok ? 200 : 503, { status: ok ? "ready" : "not ready", neo4j: ok ? "up" : "down" });
      }
      if (url.pathname === "/graphql") {
        if (shuttingDown) return send(503, { errors: [{ message: "The server is shutting down" }] });
        const wait = limiter?.take(req.socket.remoteAddress ?? "unknown") ?? 0;
        if (wait > 0) {
          res.setHeader("retry-after", String(wait));
          return send(429, {
            errors: [{ message: "Too many requests", extensions: { code: ErrorCode.RateLimited } }],
          });
        }
        const headers = new HeaderMap();
        for (const [key, value] of Object.entries(req.headers)) {
          if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
        }
        const raw = req.method === "POST" ? await readBody(req) : "";
        let body: unknown = raw;
        if (raw && headers.get("content-type")?.includes("application/json")) {
          try {
            body = JSON.parse(raw);
          } catch {
            return send(400, {
              errors: [{ message: "Request body is not valid JSON", extensions: { code: "BAD_REQUEST" } }],
            });
          }
        }
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
          context: async () => createContext(options),
        });
        for (const [key, value] of response.headers) res.setHeader(key, value);
        // A request that was in flight when shutdown began must not keep its connection alive.
        if (shuttingDown) res.setHeader("connection", "close");
        res.statusCode = response.status ?? 200;
        if (response.body.kind === "complete") return res.end(response.body.string);
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        return res.end();
      }
      const file = req.method === "GET" ? files.get(url.pathname) : undefined;
      if (file) {
        res.writeHead(200, { "content-type": file.type, "cache-control": "no-cache" });
        return res.end(file.body);
      }
      return send(404, { error: "not found" });
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500;
      log.error({ err: error }, "http handler failed");
      if (!res.headersSent)
        send(status, {
          errors: [{ message: status === 413 ? "Request body too large" : "Internal server error" }],
        });
    }
  });

  return {
    server,
    apollo,
    async listen(port: number, host: string): Promise<number> {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve());
      });
      const address = server.address();
      return typeof address === "object" && address ? address.port : port;
    },
    /** Stops taking new requests, lets in-flight ones finish, then stops Apollo. */
    async close(): Promise<void> {
      shuttingDown = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await apollo.stop();
    },
  };
}
