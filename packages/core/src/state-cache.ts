import { RecentMap } from "./recent-map.js";

/**
 * The aggregated document of one presentity and event, shared by the NOTIFYs of all its watchers.
 *
 * Freshness without invalidation messages between replicas: a NOTIFY may use a document only if its
 * computation started after the NOTIFY's dialog lock was taken (`notBefore`, a point on this
 * process's tick counter). The previous lock holder, on any replica, computed its document before
 * releasing the lock, so ours is at least as new: no stale state ever follows a newer one on a
 * dialog (invariant 3). Watchers whose locks were all taken before one computation share it.
 */
export interface CachedState {
  body: Buffer | null;
  contentType: string | null;
  /** Whether any publication exists (send_fast_notify=0 skips the first NOTIFY when none does). */
  published: boolean;
}

interface Entry {
  /** Tick at which the computation started; null while it waits for the current microtasks. */
  startedAt: number | null;
  value: Promise<CachedState>;
}

export class StateCache {
  private seq = 0;
  private readonly entries: RecentMap<string, Entry>;

  /** `limit`: documents kept at most (at least half as many, the most recently used). */
  constructor(limit = 10_000) {
    this.entries = new RecentMap(Math.max(1, Math.ceil(limit / 2)));
  }

  /** A point in this process's order of events. */
  tick(): number {
    return ++this.seq;
  }

  /** Drops the document of a key (not needed for correctness; frees memory early). */
  invalidate(key: string): void {
    this.entries.delete(key);
  }

  /**
   * A document whose computation started after `notBefore`, computing one when needed. A new
   * computation starts once the current microtasks have run, so the dialogs whose store replies
   * arrived in the same read (dirty re-runs released one after another) share it too.
   */
  get(key: string, notBefore: number, compute: () => Promise<CachedState>): Promise<CachedState> {
    const e = this.entries.get(key);
    // One not started yet starts after this call, hence after notBefore.
    if (e && (e.startedAt === null || e.startedAt > notBefore)) return e.value;
    const value = new Promise<CachedState>((resolve, reject) => {
      queueMicrotask(() => {
        entry.startedAt = this.tick();
        try {
          resolve(compute());
        } catch (err) {
          reject(err);
        }
      });
    });
    const entry: Entry = { startedAt: null, value };
    this.entries.set(key, entry);
    entry.value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return entry.value;
  }
}
