import type { Database } from "../core/db/database.ts";
import type { Logger } from "../core/logger.ts";
import { dataVersion } from "../store/meta.ts";

/**
 * The server's view of the data version (store/meta.ts): read at start, then every `everyMs`. What
 * is keyed by it (the response cache, in-memory indexes) reads `current()`; a load bumps the
 * version in its own transaction, so within one poll interval after the commit every new request
 * sees the new version.
 */
export interface DataVersionWatch {
  /** The last version read; null until one read has succeeded (nothing keyed by it may be reused then). */
  current(): number | null;
  /** Reads the version now (also what each poll does); keeps the last value if the read fails. */
  refresh(): Promise<number | null>;
  /** Calls `listener` with each new version (after the first read). */
  onChange(listener: (version: number) => void): () => void;
  /** Settles when the first read has been tried (whatever its outcome). */
  ready: Promise<unknown>;
  /** Stops polling; idempotent. */
  stop(): void;
}

/** Starts polling at once; does not wait for the first read (a database that is away must not hold up start-up). */
export function watchDataVersion(db: Database, log: Logger, everyMs: number): DataVersionWatch {
  let version: number | null = null;
  let failing = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const listeners = new Set<(version: number) => void>();

  const refresh = async () => {
    try {
      const read = (await dataVersion(db.forRequest("data-version"))).version;
      if (failing) log.info({ version: read }, "data version readable again");
      failing = false;
      if (read !== version) {
        const first = version === null;
        version = read;
        if (!first) {
          log.info({ version }, "data version changed");
          for (const listener of listeners) {
            try {
              listener(read);
            } catch (error) {
              log.error({ err: error }, "data version listener failed");
            }
          }
        }
      }
    } catch (error) {
      // Logged once per outage, not once per poll; the database layer has logged the cause.
      if (!failing && !stopped)
        log.warn({ err: error }, "data version unreadable; keeping the last one read");
      failing = true;
    }
    return version;
  };
  // A chain of timeouts, not an interval: a slow read never overlaps the next one. Unref'd so that
  // the poller alone never keeps the process alive.
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void refresh().finally(schedule), everyMs);
    timer.unref();
  };
  const ready = refresh().finally(schedule);
  return {
    ready,
    current: () => version,
    refresh,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
