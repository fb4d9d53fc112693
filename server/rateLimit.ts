/**
 * Per-client token buckets: each client may burst up to `perMinute` requests, refilled
 * continuously. Buckets idle for a minute are dropped so memory stays bounded.
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  let lastSweep = now();

  return {
    /** Returns 0 when the request may proceed, else the seconds to wait. */
    take(client: string): number {
      const t = now();
      if (t - lastSweep > 60_000) {
        for (const [key, b] of buckets) if (t - b.at > 60_000) buckets.delete(key);
        lastSweep = t;
      }
      const bucket = buckets.get(client) ?? { tokens: perMinute, at: t };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.at) * refillPerMs);
      bucket.at = t;
      buckets.set(client, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
    },
  };
}
