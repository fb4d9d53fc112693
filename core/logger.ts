import pino, { type Logger } from "pino";

export type { Logger };

/** JSON logs on stderr; secrets are redacted wherever they might appear. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino(
    {
      level,
      redact: {
        paths: ["password", "*.password", "config.NEO4J_PASSWORD", "headers.authorization"],
        censor: "[redacted]",
      },
    },
    pino.destination(2),
  );
}
