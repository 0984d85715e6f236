/**
 * Groups what is queued in one turn of the event loop by destination: the NOTIFYs of one change
 * are built together (they share the document) and leave as one message per edge instead of one
 * request each. A group is handed on when the turn's callbacks and their microtasks are done
 * (process.nextTick), or at once when it would exceed the size or count limit.
 */
export interface BatchLimits {
  /** Entries per batch. */
  maxEntries: number;
  /** Bytes of entries per batch (NATS refuses messages over max_payload, 1 MB by default). */
  maxBytes: number;
}

export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxEntries: 64, maxBytes: 256 * 1024 };

interface Group<E> {
  entries: E[];
  bytes: number;
}

export class NotifyBatchQueue<E> {
  private readonly groups = new Map<string, Group<E>>();
  private scheduled = false;

  constructor(
    /** Receives each batch (never empty) with its destination key. */
    private readonly send: (key: string, entries: E[]) => void,
    private readonly limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  ) {}

  /** Queues `entry` of `bytes` bytes for `key`. */
  add(key: string, entry: E, bytes: number): void {
    let g = this.groups.get(key);
    if (!g) {
      g = { entries: [], bytes: 0 };
      this.groups.set(key, g);
    } else if (g.entries.length >= this.limits.maxEntries || g.bytes + bytes > this.limits.maxBytes) {
      this.take(key, g);
    }
    g.entries.push(entry);
    g.bytes += bytes;
    if (!this.scheduled) {
      this.scheduled = true;
      process.nextTick(this.flush);
    }
  }

  /** Entries waiting for the end of the turn. */
  get size(): number {
    let n = 0;
    for (const g of this.groups.values()) n += g.entries.length;
    return n;
  }

  private take(key: string, g: Group<E>): void {
    const entries = g.entries;
    g.entries = [];
    g.bytes = 0;
    if (entries.length > 0) this.send(key, entries);
  }

  private readonly flush = (): void => {
    this.scheduled = false;
    for (const [key, g] of this.groups) this.take(key, g);
    this.groups.clear();
  };
}
