import http from "node:http";
import net from "node:net";
import { HeaderMap } from "@apollo/server";
import { createApollo, createContext, type AppOptions } from "./apollo.ts";
import { watchDataVersion } from "./dataVersion.ts";
import { ErrorCode } from "./errorPolicy.ts";
import { createRateLimiter } from "./rateLimit.ts";
import { staticFiles } from "./static.ts";
import { warmUp } from "./warmup.ts";

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

/** How long shutdown keeps answering keep-alive connections (each with `Connection: close`) before closing idle ones. */
const DRAIN_MS = 2000;
/** After this, connections still busy are closed: shutdown is bounded. */
const SHUTDOWN_FORCE_MS = 20_000;

/** The HTTP server: /graphql, liveness and readiness. */
export async function createApp(
  options: AppOptions & {
    /** False once the process can no longer serve (its database could not be restarted): liveness turns 503. */
    isLive?: () => boolean;
  },
) {
  const { db, log } = options;
  const maxResponseBytes = options.config.MAX_RESPONSE_BYTES;
  const dataVersion = options.dataVersion ?? watchDataVersion(db, log, options.config.DATA_VERSION_POLL_MS);
  options = { ...options, dataVersion };
  const apollo = createApollo(options);
  await apollo.start();
  let shuttingDown = false;
  const files = staticFiles();
  const limiter =
    options.config.RATE_LIMIT_PER_MINUTE > 0 ? createRateLimiter(options.config.RATE_LIMIT_PER_MINUTE) : null;

  // The warm-up (server/warmup.ts) runs in the background after listen, one at a time, none once
  // shutdown has begun. Readiness waits for the first one to settle, so that a load balancer sends
  // no user before it: it never rejects and its reads have the client deadline, so the wait is
  // bounded, and a failed warm-up (logged) still lets the instance serve, only slower at first.
  let warming: Promise<unknown> = Promise.resolve();
  let warmedOnce = options.config.WARMUP !== "on";
  let firstWarmUp: Promise<unknown> = Promise.resolve();
  let stopWarmUpOnChange = () => {};
  const startWarmUp = () => {
    warming = warming.then(() =>
      shuttingDown ? false : warmUp(apollo, () => createContext(options, "warm-up"), log),
    );
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, body: unknown, type = "application/json") => {
      res.writeHead(status, { "content-type": type });
      res.end(typeof body === "string" ? body : JSON.stringify(body));
    };
    // Once shutdown begins, every response closes its connection: a keep-alive client gets its
    // answer (or a 503) and then opens no further request on a socket that is about to go.
    if (shuttingDown) res.setHeader("connection", "close");
    try {
      if (url.pathname === "/health/live") {
        const live = options.isLive?.() ?? true;
        return send(live ? 200 : 503, { status: live ? "live" : "dead" });
      }
      if (url.pathname === "/health/ready") {
        // ping has its own 800 ms deadline, so the probe answers within a second even when Neo4j is frozen.
        const up = !shuttingDown && (await db.ping());
        const ok = up && warmedOnce;
        return send(ok ? 200 : 503, {
          status: ok ? "ready" : up ? "warming up" : "not ready",
          neo4j: up ? "up" : "down",
        });
      }
      if (url.pathname === "/graphql") {
        if (shuttingDown) {
          res.setHeader("retry-after", "1");
          return send(503, {
            errors: [
              { message: "The server is shutting down", extensions: { code: ErrorCode.ServiceUnavailable } },
            ],
          });
        }
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
              errors: [
                { message: "Request body is not valid JSON", extensions: { code: ErrorCode.BadRequest } },
              ],
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
        if (response.body.kind === "complete") {
          // The cost limit bounds the work; this bounds what leaves, whatever the estimate missed.
          if (Buffer.byteLength(response.body.string) > maxResponseBytes) {
            log.warn({ bytes: Buffer.byteLength(response.body.string) }, "response over the size cap");
            res.removeHeader("content-length");
            return send(200, {
              errors: [
                {
                  message: `The response would exceed ${maxResponseBytes} bytes; ask for smaller pages.`,
                  extensions: { code: ErrorCode.ResponseTooLarge },
                },
              ],
            });
          }
          return res.end(response.body.string);
        }
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

  const connections = new Set<net.Socket>();
  server.on("connection", (socket) => {
    connections.add(socket);
    socket.once("close", () => connections.delete(socket));
  });

  return {
    server,
    apollo,
    dataVersion,
    /** Settles once the first warm-up has finished or failed (at once when WARMUP is off); never rejects. */
    warmedUp: () => firstWarmUp,
    async listen(port: number, host: string): Promise<number> {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve());
      });
      if (options.config.WARMUP === "on") {
        // Planning is per statement text and survives a load, but a load replaces the pages the
        // warm-up read and its statistics can make Neo4j replan: warm again for each new version.
        firstWarmUp = dataVersion.ready
          .then(() => {
            startWarmUp();
            return warming;
          })
          .finally(() => void (warmedOnce = true));
        stopWarmUpOnChange = dataVersion.onChange(startWarmUp);
      }
      const address = server.address();
      return typeof address === "object" && address ? address.port : port;
    },
    /**
     * Stops taking new connections; answers every request that reaches it (in-flight ones normally,
     * new ones with 503), each with `Connection: close`; closes idle keep-alive connections only
     * after a drain window, so a request already on its way over one is answered, not reset.
     */
    async close(): Promise<void> {
      if (shuttingDown) return;
      shuttingDown = true;
      stopWarmUpOnChange();
      // net.Server's close stops listening without http.Server's immediate closeIdleConnections().
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      const drainUntil = Date.now() + DRAIN_MS;
      while (connections.size > 0 && Date.now() < drainUntil) await new Promise((r) => setTimeout(r, 25));
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_FORCE_MS);
      await closed;
      clearTimeout(force);
      dataVersion.stop();
      await apollo.stop();
    },
  };
}
