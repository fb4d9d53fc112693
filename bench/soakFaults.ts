/**
 * What `npm run soak -- --start --faults` does around the load: starts `npm start` in production
 * mode on a fresh data folder and a free port, and freezes, resumes and kills the Neo4j JVM it
 * runs on a schedule, recording when each thing happened. The JVM and the API process are found
 * through the address file the launcher publishes in the data folder (core/db/localNeo4j.ts), so
 * the restarted JVM is seen as soon as it is ready again.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, createWriteStream } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ADDRESS_FILE, freePort, type PublishedAddress } from "../core/db/localNeo4j.ts";

export function published(dataDir: string): PublishedAddress | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dataDir, ADDRESS_FILE), "utf8")) as PublishedAddress;
  } catch {
    return undefined;
  }
}

export function rssMbOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

export interface StartedServer {
  url: string;
  dataDir: string;
  logFile: string;
  child: ChildProcess;
  stop: () => Promise<number | null>;
}

/**
 * `npm start` with NODE_ENV=production on a temporary data folder and a free port. The rate limit is
 * off: the soak's 8 workers share one address and would otherwise measure the limiter.
 */
export async function startServer(log: (line: string) => void): Promise<StartedServer> {
  const root = path.resolve(import.meta.dirname, "..");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "soak-neo4j-"));
  const port = await freePort();
  const logFile = path.join(dataDir, "server.log");
  const out = createWriteStream(logFile);
  // No NEO4J_URI: the server starts (and supervises) its own Neo4j, which is what is under test.
  const { NEO4J_URI: _external, NEO4J_PASSWORD: _password, ...inherited } = process.env;
  const child = spawn("npm", ["start"], {
    cwd: root,
    env: {
      ...inherited,
      NODE_ENV: "production",
      PORT: String(port),
      NEO4J_DATA_DIR: dataDir,
      RATE_LIMIT_PER_MINUTE: "0",
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  log(`starting npm start (production) on ${url}, data ${dataDir}, log ${logFile}`);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}); see ${logFile}`);
    try {
      const res = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (Date.now() >= deadline) throw new Error(`npm start not ready within 300 s; see ${logFile}`);
  return {
    url,
    dataDir,
    logFile,
    child,
    // SIGTERM to the API process itself (as a supervisor would): it drains, stops its Neo4j and
    // exits, and npm passes its exit code on.
    stop: async () => {
      const owner = published(dataDir)?.ownerPid;
      if (child.exitCode === null) process.kill(owner ?? -child.pid!, "SIGTERM");
      return exited;
    },
  };
}

export interface FaultTimeline {
  frozenAt?: number;
  frozenPid?: number;
  resumedAt?: number;
  killedAt?: number;
  killedPid?: number;
  /** When the supervisor's new JVM published its address (it does so once Bolt answers). */
  restartedAt?: number;
  restartedPid?: number;
}

/**
 * Freezes the JVM with SIGSTOP at `freezeAtMs` for `freezeForMs`, then SIGKILLs it at `killAtMs`
 * (times from `t0`) and waits for the supervisor to publish a new one. Returns the timeline and a
 * cancel function.
 */
export function scheduleFaults(options: {
  dataDir: string;
  t0: number;
  freezeAtMs: number;
  freezeForMs: number;
  killAtMs: number;
  log: (line: string) => void;
}): { timeline: FaultTimeline; cancel: () => void } {
  const { dataDir, t0, log } = options;
  const timeline: FaultTimeline = {};
  const timers: NodeJS.Timeout[] = [];
  const at = (ms: number, fn: () => void) => timers.push(setTimeout(fn, Math.max(0, t0 + ms - Date.now())));
  const jvm = () => {
    const pid = published(dataDir)?.jvmPid;
    if (!pid) throw new Error(`no published Neo4j in ${dataDir}`);
    return pid;
  };
  at(options.freezeAtMs, () => {
    const pid = jvm();
    process.kill(pid, "SIGSTOP");
    timeline.frozenAt = Date.now();
    timeline.frozenPid = pid;
    log(`SIGSTOP Neo4j JVM ${pid}`);
    at(options.freezeAtMs + options.freezeForMs, () => {
      process.kill(pid, "SIGCONT");
      timeline.resumedAt = Date.now();
      log(`SIGCONT Neo4j JVM ${pid}`);
    });
  });
  at(options.killAtMs, () => {
    const pid = jvm();
    process.kill(pid, "SIGKILL");
    timeline.killedAt = Date.now();
    timeline.killedPid = pid;
    log(`SIGKILL Neo4j JVM ${pid}`);
    const poll = setInterval(() => {
      const now = published(dataDir);
      if (now && now.jvmPid !== pid) {
        timeline.restartedAt = Date.now();
        timeline.restartedPid = now.jvmPid;
        log(`Neo4j restarted by the supervisor: JVM ${now.jvmPid}`);
        clearInterval(poll);
      }
    }, 200);
    timers.push(poll);
  });
  return { timeline, cancel: () => timers.forEach((t) => clearTimeout(t)) };
}
