import { z } from "zod";

/** Everything the service reads from its environment, validated once at start-up. */
const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("127.0.0.1"),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a bolt:// or neo4j:// URI")
    .optional(),
  NEO4J_USER: z.string().default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default("neo4j"),
  /** Where the local launcher keeps its database when `start` runs without NEO4J_URI. */
  NEO4J_DATA_DIR: z.string().default(".neo4j-data/start"),
  /**
   * Bolt connections this API instance may hold per Neo4j server (the driver's maxConnectionPoolSize;
   * on a cluster, per member). N instances hold up to N times this against each server: see docs/scaling.md.
   */
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  /** How long a query waits for a pooled connection before the database counts as unavailable (503). */
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(1000).default(100),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  MAX_ALIASES: z.coerce.number().int().min(1).max(500).default(30),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(20000),
  /** Requests per minute per client address on /graphql; 0 turns the limit off. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  /** Largest response body /graphql sends; a bigger answer becomes a RESPONSE_TOO_LARGE error. */
  MAX_RESPONSE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(8 * 1024 * 1024),
  /**
   * How often the server reads the data version (store/meta.ts) that every load bumps: the response
   * cache and in-memory indexes are keyed by it, so this bounds how long after a load's commit a
   * request can still be answered from the previous data. One indexed lookup per poll.
   */
  DATA_VERSION_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  /** The response cache (server/responseCache.ts): "off" makes every request read Neo4j (the bench's cache-off server). */
  RESPONSE_CACHE: z.enum(["on", "off"]).default("on"),
  /** Memory for the response cache, in MiB; 0 also turns it off. */
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /**
   * "on": once listening, and again after each data version change, the server opens the most
   * connected entity's neighbourhood in the background (server/warmup.ts) so that the first user's
   * open does not pay Neo4j's query planning and cold pages; "off" skips it.
   */
  WARMUP: z.enum(["on", "off"]).default("on"),
  /** How many times `npm start` restarts the local Neo4j it runs when that dies, before it gives up and exits 1. */
  NEO4J_RESTARTS: z.coerce.number().int().min(0).max(20).default(3),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  return parsed.data;
}
