import net from "node:net";
import neo4j, {
  type AuthToken,
  type Driver,
  Neo4jError,
  type QueryResult,
  type RecordShape,
} from "neo4j-driver";
import {
  DatabaseFailure,
  DatabaseUnavailableError,
  QueryTimeoutError,
  type DatabaseError,
} from "./errors.ts";
import type { Logger } from "../logger.ts";

export type Params = Record<string, unknown>;

export interface DatabaseOptions {
  database: string;
  log: Logger;
  /** Server-side transaction timeout; a runaway query is stopped by Neo4j, not only abandoned. */
  queryTimeoutMs: number;
  /**
   * Client-side deadline for every call, in this process: the transaction timeout above runs
   * inside Neo4j and never fires when Neo4j itself is stuck (a frozen JVM answers nothing).
   * Default: the query timeout plus 2 s, so a query Neo4j stops in time reports TIMEOUT first.
   */
  deadlineMs?: number;
  /** How long a call waits for a pooled connection before the database counts as unavailable. */
  acquisitionTimeoutMs?: number;
  maxConnectionPoolSize?: number;
  /**
   * Debug hook: called with every statement before it is sent, with the operation it is tagged
   * with. The benchmark records what our store issues for a request, to PROFILE exactly that.
   */
  onStatement?: (statement: {
    mode: "READ" | "WRITE";
    operation: string;
    cypher: string;
    params: Params;
  }) => void;
}

const WRITE_TRANSACTION_DEADLINE_MS = 11 * 60_000;

/** Raised by the client-side deadline; mapped to DatabaseUnavailableError like any unresponsive database. */
class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`no answer from Neo4j within ${ms} ms`);
  }
}

/** Resolves or rejects like `work`, or rejects with DeadlineExceeded after `ms`, whichever comes first. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(ms)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Per-request handle: tags every transaction with the GraphQL operation and counts round-trips. */
export interface RequestDb {
  read<T extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<T[]>;
  readonly roundTrips: number;
  /** The GraphQL operation the transactions are tagged with; known once the document is parsed. */
  operation: string;
}

/**
 * neo4j-driver opens its Bolt sockets without TCP_NODELAY, and a request larger than one TCP
 * segment (any query with a list of ids) then waits for the server's delayed ACK: measured here,
 * RETURN 1 with a 61-id parameter took 48.8 ms, and 6.6 ms with TCP_NODELAY. The driver has no
 * option for it, so every socket this process connects gets TCP_NODELAY (Node's own HTTP client
 * already sets it by default).
 */
let noDelayInstalled = false;
export function useTcpNoDelay(): void {
  if (noDelayInstalled) return;
  noDelayInstalled = true;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
}

const RETRYABLE_UNAVAILABLE = new Set(["ServiceUnavailable", "SessionExpired"]);

/**
 * The only place that talks to Neo4j. Reads run in read transactions (routed to readers on a
 * cluster), writes in write transactions; driver errors become the typed errors of errors.ts, whose
 * messages never carry Cypher or Neo4j detail (that goes to the log).
 */
export class Database {
  readonly driver: Driver;

  constructor(
    uri: string,
    auth: AuthToken,
    private readonly options: DatabaseOptions,
  ) {
    useTcpNoDelay();
    this.driver = neo4j.driver(uri, auth, {
      disableLosslessIntegers: true,
      // Fail fast when the database is away instead of the driver's 30-60 s defaults.
      connectionTimeout: 3000,
      connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? 5000,
      maxTransactionRetryTime: 2000,
      maxConnectionPoolSize: options.maxConnectionPoolSize ?? 50,
      userAgent: "evidence-graph/0.1",
    });
  }

  forRequest(operation = "anonymous"): RequestDb {
    let roundTrips = 0;
    const run = this.run.bind(this);
    return {
      operation,
      async read<T extends RecordShape>(cypher: string, params: Params = {}) {
        roundTrips += 1;
        const result = await run<T>("READ", this.operation, cypher, params);
        return result.records.map((r) => r.toObject());
      },
      get roundTrips() {
        return roundTrips;
      },
    };
  }

  async read<T extends RecordShape = RecordShape>(operation: string, cypher: string, params: Params = {}) {
    return (await this.run<T>("READ", operation, cypher, params)).records.map((r) => r.toObject());
  }

  /**
   * Streams a long read's records to `onRecord` as they arrive, without holding them all and
   * without the per-query deadline (used to build in-memory indexes from the whole graph).
   */
  async stream<T extends RecordShape = RecordShape>(
    operation: string,
    cypher: string,
    params: Params,
    onRecord: (row: T) => void,
  ): Promise<void> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      for await (const record of session.run<T>(cypher, params, {
        metadata: { app: "evidence-graph", operation },
      }))
        onRecord(record.toObject());
    } catch (error) {
      throw this.mapError(error, operation);
    } finally {
      await withDeadline(
        session.close().catch(() => {}),
        1000,
      ).catch(() => {});
    }
  }

  async write<T extends RecordShape = RecordShape>(operation: string, cypher: string, params: Params = {}) {
    return (await this.run<T>("WRITE", operation, cypher, params)).records.map((r) => r.toObject());
  }

  /** Runs `work` in one write transaction: everything it does commits together or not at all. */
  async writeTransaction<R>(
    operation: string,
    work: (run: (cypher: string, params?: Params) => Promise<QueryResult>) => Promise<R>,
  ): Promise<R> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      const done = session.executeWrite((tx) => work((cypher, params = {}) => tx.run(cypher, params)), {
        metadata: { app: "evidence-graph", operation },
      });
      // Loads are long and carry no server-side timeout (the local Neo4j stops any transaction
      // after 10 minutes): the client gives up a little after that, even if Neo4j is frozen.
      return await withDeadline(done, WRITE_TRANSACTION_DEADLINE_MS);
    } catch (error) {
      // Errors thrown by `work` itself (validation, consistency checks) keep their message.
      throw error instanceof Neo4jError || error instanceof DeadlineExceeded
        ? this.mapError(error, operation)
        : error;
    } finally {
      await withDeadline(
        session.close().catch(() => {}),
        1000,
      ).catch(() => {});
    }
  }

  /** True when Neo4j answers RETURN 1 within `deadlineMs` (the readiness probe answers within 1 s). */
  async ping(deadlineMs = 800): Promise<boolean> {
    try {
      await this.run("READ", "health", "RETURN 1 AS ok", {}, deadlineMs);
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T extends RecordShape>(
    mode: "READ" | "WRITE",
    operation: string,
    cypher: string,
    params: Params,
    deadlineMs = this.options.deadlineMs ?? this.options.queryTimeoutMs + 2000,
  ): Promise<QueryResult<T>> {
    this.options.onStatement?.({ mode, operation, cypher, params });
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = {
      metadata: { app: "evidence-graph", operation },
      timeout: this.options.queryTimeoutMs,
    };
    try {
      // Reads run as auto-commit transactions in a READ session (routed to readers on a cluster):
      // one network round-trip instead of BEGIN/RUN/COMMIT, which halves latency on small queries.
      const work =
        mode === "READ"
          ? session.run<T>(cypher, params, config)
          : session.executeWrite((tx) => tx.run<T>(cypher, params), config);
      return await withDeadline(Promise.resolve(work), deadlineMs);
    } catch (error) {
      throw this.mapError(error, operation);
    } finally {
      // Closing waits for Neo4j when it is stuck: past a deadline the session is left to close by
      // itself (its connection returns to the pool if Neo4j ever answers), never awaited.
      const closing = session.close().catch(() => {});
      await withDeadline(closing, 1000).catch(() => {});
    }
  }

  private mapError(error: unknown, operation: string): DatabaseError {
    const code = error instanceof Neo4jError ? error.code : undefined;
    this.options.log.error({ err: error, operation, neo4jCode: code }, "neo4j query failed");
    if (error instanceof DeadlineExceeded) return new DatabaseUnavailableError({ cause: error });
    // Pool exhausted (every connection busy, e.g. waiting on a frozen Neo4j): the driver's error has no code.
    if (error instanceof Error && /^Connection acquisition timed out/.test(error.message))
      return new DatabaseUnavailableError({ cause: error });
    if (
      code &&
      (RETRYABLE_UNAVAILABLE.has(code) || code.startsWith("Neo.TransientError.General.DatabaseUnavailable"))
    ) {
      return new DatabaseUnavailableError({ cause: error });
    }
    if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code?.includes("TransactionTimedOut")) {
      return new QueryTimeoutError({ cause: error });
    }
    return new DatabaseFailure({ cause: error });
  }
}
