import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { Context } from "./context.ts";
import type { DataVersionWatch } from "./dataVersion.ts";

/**
 * How long a cached response may be served, in seconds. Entries are keyed by the data version, so
 * a load makes them unreachable within one poll (DATA_VERSION_POLL_MS), whatever this says; the
 * age only bounds what the version cannot see: a write that bypasses the loaders (a hand-run Cypher
 * fix) shows after at most a minute, while a hot lookup still costs Neo4j one query a minute.
 */
export const RESPONSE_MAX_AGE_S = 60;

/**
 * The whole-response cache (Apollo's response-cache plugin) with the cache-control plugin that
 * decides what it may keep. Every field is public data that depends on the graph alone, so every
 * query is cacheable for RESPONSE_MAX_AGE_S (the `health` probe sets its own hint to 0). The plugin
 * itself caches only query operations (never mutations), only responses without errors (so no
 * partial result), keyed by document text, operation name and variables (so persisted queries,
 * whose text Apollo resolves from the hash first, share entries with plain requests), plus the
 * data version the request started under. A request that has no version yet (the first read at
 * start-up failed) neither reads nor writes the cache. HTTP cache headers are not sent: a browser
 * or CDN cannot see the data version, so it could serve a response the last load replaced.
 */
export function responseCache(watch: DataVersionWatch, maxBytes: number): ApolloServerPlugin<Context>[] {
  const cache = new InMemoryLRUCache<string>({ maxSize: maxBytes });
  // Entries of an older version can never be hit again: free their memory at once.
  watch.onChange(() => cache.clear());
  const known = async ({ contextValue }: { contextValue: Context }) => contextValue.dataVersion != null;
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: RESPONSE_MAX_AGE_S, calculateHttpHeaders: false }),
    responseCachePlugin<Context>({
      cache,
      extraCacheKeyData: async ({ contextValue }) => ({ dataVersion: contextValue.dataVersion }),
      shouldReadFromCache: known,
      shouldWriteToCache: known,
    }),
  ];
}
