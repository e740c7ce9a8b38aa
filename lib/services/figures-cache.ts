/**
 * Slow-moving figures shared by every manager of a shop (issue 19): the 服务 page's weekly figures
 * and risk lists. A value serves for `freshMs`; after that the last value is still served (for at
 * most `staleMs`) while ONE recomputation runs, so twenty managers never wait for it together and
 * nobody waits for a minute-old figure to be redone. A failed recomputation keeps the last value.
 * Unlike the queue's read cache (queue/read-cache.ts), writes do not drop an entry: these figures
 * are trends by week, and the page says how old they may be.
 */
interface Entry {
  at: number;
  value: unknown;
  /** The recomputation in flight (or the first computation). */
  running: Promise<unknown> | null;
}

const MAX_ENTRIES = 500;

export function figuresCache(): Map<string, Entry> {
  return new Map();
}

export function sharedFigures<T>(cache: Map<string, Entry>, key: string, freshMs: number, staleMs: number, compute: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = cache.get(key);
  const start = (): Promise<T> => {
    const running = compute().then(
      (value) => {
        cache.set(key, { at: Date.now(), value, running: null });
        return value;
      },
      (e: unknown) => {
        const e2 = cache.get(key);
        if (e2) e2.running = null;
        if (e2 && e2.at > 0) return e2.value as T;
        cache.delete(key);
        throw e;
      },
    );
    if (cache.size >= MAX_ENTRIES && !hit) {
      for (const [k, e] of cache) if (now - e.at > staleMs && !e.running) cache.delete(k);
      if (cache.size >= MAX_ENTRIES) cache.clear();
    }
    cache.set(key, { at: hit?.at ?? 0, value: hit?.value, running });
    return running;
  };
  if (!hit || hit.at === 0) return (hit?.running as Promise<T> | null) ?? start();
  const age = now - hit.at;
  if (age <= freshMs) return Promise.resolve(hit.value as T);
  if (age > staleMs) return (hit.running as Promise<T> | null) ?? start();
  if (!hit.running) void start().catch(() => {});
  return Promise.resolve(hit.value as T);
}
