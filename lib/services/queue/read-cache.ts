/**
 * A read shared by everyone asking the same question within a moment: twenty operators of one shop
 * opening the queue at once compute its page once. An entry serves for at most `ttlMs`, and never
 * after this process commits a write (so an operator sees their own change at once). Writes in
 * another process (several servers on one PostgreSQL) show within `ttlMs`; a caller that must see
 * them now passes `fresh`.
 */
import { committedWrites } from "@/lib/services/transaction";

interface Entry {
  until: number;
  writes: number;
  value: Promise<unknown>;
}

/** A queue page is about 40 kB: at most this many are kept (expired ones are dropped first). */
const MAX_ENTRIES = 500;

export function sharedRead<T>(cache: Map<string, Entry>, key: string, ttlMs: number, compute: () => Promise<T>, fresh = false): Promise<T> {
  const now = Date.now();
  const writes = committedWrites();
  const hit = fresh ? undefined : cache.get(key);
  if (hit && hit.until > now && hit.writes === writes) return hit.value as Promise<T>;
  const value = compute();
  if (cache.size >= MAX_ENTRIES) {
    for (const [k, e] of cache) if (e.until <= now || e.writes !== writes) cache.delete(k);
    if (cache.size >= MAX_ENTRIES) cache.clear();
  }
  cache.set(key, { until: now + ttlMs, writes, value });
  // A failed read is not kept: the next caller tries again.
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

export function readCache(): Map<string, Entry> {
  return new Map();
}
