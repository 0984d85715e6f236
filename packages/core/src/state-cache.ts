/**
 * The aggregated document of one presentity and event, computed once per change and shared by every
 * watcher's NOTIFY. A change bumps the entry's generation, so a computation that started before the
 * change never lands in the cache (its dialog is re-run with the newer state anyway).
 */
export interface CachedState {
  body: Buffer | null;
  contentType: string | null;
  /** Whether any publication exists (send_fast_notify=0 skips the first NOTIFY when none does). */
  published: boolean;
}

interface Entry {
  gen: number;
  value: Promise<CachedState> | undefined;
}

export class StateCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly limit = 10_000) {}

  invalidate(key: string): void {
    const e = this.entries.get(key);
    if (e) {
      e.gen++;
      e.value = undefined;
    }
  }

  get(key: string, compute: () => Promise<CachedState>): Promise<CachedState> {
    let e = this.entries.get(key);
    if (!e) {
      e = { gen: 0, value: undefined };
      this.entries.set(key, e);
      this.evict();
    }
    if (e.value) return e.value;
    const entry = e;
    const gen = entry.gen;
    const value = compute();
    entry.value = value;
    value.then(
      () => {
        if (entry.gen !== gen && entry.value === value) entry.value = undefined;
      },
      () => {
        if (entry.value === value) entry.value = undefined;
      },
    );
    return value;
  }

  private evict(): void {
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
