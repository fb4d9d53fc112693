import http from "node:http";
import { HeaderMap } from "@apollo/server";
import { createApollo, createContext, type AppOptions } from "./apollo.ts";
import { ErrorCode } from "./errorPolicy.ts";
import { createRateLimiter } from "./rateLimit.ts";
import { staticFiles } from "./static.ts";

/** HTTP routing: /graphql (handed to Apollo), liveness and readiness, the explorer's static files. */
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
