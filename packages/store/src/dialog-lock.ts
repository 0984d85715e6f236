// Per-dialog NOTIFY serialization (DESIGN invariants 1-3): at most one NOTIFY transaction per dialog
// is in flight across every notifier replica. A change arriving while the dialog is locked marks it
// dirty instead of waiting, and the owner runs once more on release with the newest state
// (coalescing). A lock whose owner died is taken over after its lease, so a crash delays NOTIFYs by
// at most one lease and loses none.
import type { Publication, Subscription, SubscriptionRef } from "./types.js";

export type AcquireMode =
  /** A state change: when busy, mark the dialog dirty so the owner runs again. */
  | "coalesce"
  /** A final NOTIFY: when busy, change nothing; the caller retries. */
  | "probe";

/** One dialog's outcome of DialogLock.acquireReading. */
export type LockedRead =
  | { acquired: false }
  /** `subscription` null: the dialog is gone. `cseqTaken`: its localCSeq is the CSeq to send with. */
  | { acquired: true; subscription: Subscription | null; cseqTaken: boolean };

/** What DialogLock.acquireReading reads, besides each locked dialog's record. */
export interface LockedReadOptions {
  /**
   * Take the next local CSeq of each locked record that is live at `liveAt` and belongs to
   * `presentity` and `event`, unless it is `exceptWatcher`'s (for packages that send every NOTIFY
   * they build); null: take none.
   */
  cseq: { liveAt: number; presentity: string; event: string; exceptWatcher: string | null } | null;
  /** Also read these publications, live at `now`, once every lock is taken; null: none. */
  publications: { presentity: string; event: string; now: number } | null;
}

export interface LockedReads {
  /** In the order of the refs asked. */
  dialogs: LockedRead[];
  /** The publications asked for (oldest first), null when none were asked. */
  publications: Publication[] | null;
}

/** LockedReadOptions.cseq's rule: does this NOTIFY of `sub` take its CSeq in the lock step? */
export function takesCSeq(sub: Subscription, cseq: LockedReadOptions["cseq"]): boolean {
  return cseq !== null && sub.expiresAt > cseq.liveAt && sub.presentity === cseq.presentity && sub.event === cseq.event && sub.watcher !== (cseq.exceptWatcher ?? "");
}

/**
 * What a lock living beside its store in one process reads under its locks. Synchronous: nothing
 * runs between taking a lock and reading what it guards.
 */
export interface LockedRecordSource {
  /** A copy of the dialog's record (null when gone), its next local CSeq taken when takesCSeq() says so. */
  readLocked(ref: SubscriptionRef, cseq: LockedReadOptions["cseq"]): Extract<LockedRead, { acquired: true }>;
  /** Copies of the presentity's publications live at `now`, oldest first. */
  livePublications(presentity: string, event: string, now: number): Publication[];
}

export interface DialogLock {
  /** Takes the lock when free or when its lease ran out; else see AcquireMode. */
  acquire(ref: SubscriptionRef, owner: string, leaseMs: number, mode: AcquireMode): Promise<boolean>;
  /**
   * acquire() for several dialogs and, for each one acquired, its subscription record read after the
   * lock was taken, plus what `read` asks for (CSeqs taken, the presentity's publications), in one
   * step. Optional: a lock whose store lives apart (the memory lock) leaves the caller to read.
   */
  acquireReading?(refs: readonly SubscriptionRef[], owner: string, leaseMs: number, mode: AcquireMode, read: LockedReadOptions): Promise<LockedReads>;
  /** Extends the lease while a NOTIFY transaction is still open. False when the lock was lost. */
  renew(ref: SubscriptionRef, owner: string, leaseMs: number): Promise<boolean>;
  /**
   * Releases the lock, unless a change marked it dirty meanwhile: then the dirty mark is cleared, the
   * lock kept (lease extended) and true returned: the owner must run again.
   */
  release(ref: SubscriptionRef, owner: string, leaseMs: number): Promise<boolean>;
  /** Locks whose lease expired (dead owners), taken over by `owner`; the caller runs each once. */
  takeOrphans(owner: string, now: number, leaseMs: number, limit: number): Promise<SubscriptionRef[]>;
  close(): Promise<void>;
}

interface Held {
  ref: SubscriptionRef;
  owner: string;
  leaseUntil: number;
  dirty: boolean;
}

/** The in-process lock of the standalone server (one process, so no orphans unless it crashes). */
export class MemoryDialogLock implements DialogLock {
  private readonly held = new Map<string, Held>();

  constructor(private readonly now: () => number = Date.now) {}

  async acquire(ref: SubscriptionRef, owner: string, leaseMs: number, mode: AcquireMode): Promise<boolean> {
    return this.take(ref, owner, leaseMs, mode);
  }

  protected take(ref: SubscriptionRef, owner: string, leaseMs: number, mode: AcquireMode): boolean {
    const k = key(ref);
    const h = this.held.get(k);
    const now = this.now();
    if (h && h.leaseUntil > now) {
      if (mode === "coalesce") h.dirty = true;
      return false;
    }
    this.held.set(k, { ref: { slot: ref.slot, id: ref.id }, owner, leaseUntil: now + leaseMs, dirty: false });
    return true;
  }

  async renew(ref: SubscriptionRef, owner: string, leaseMs: number): Promise<boolean> {
    const h = this.held.get(key(ref));
    if (!h || h.owner !== owner) return false;
    h.leaseUntil = this.now() + leaseMs;
    return true;
  }

  async release(ref: SubscriptionRef, owner: string, leaseMs: number): Promise<boolean> {
    const h = this.held.get(key(ref));
    if (!h || h.owner !== owner) return false;
    if (h.dirty) {
      h.dirty = false;
      h.leaseUntil = this.now() + leaseMs;
      return true;
    }
    this.held.delete(key(ref));
    return false;
  }

  async takeOrphans(owner: string, now: number, leaseMs: number, limit: number): Promise<SubscriptionRef[]> {
    const out: SubscriptionRef[] = [];
    for (const h of this.held.values()) {
      if (out.length >= limit) break;
      if (h.leaseUntil <= now) {
        h.owner = owner;
        h.leaseUntil = now + leaseMs;
        h.dirty = false;
        out.push({ ...h.ref });
      }
    }
    return out;
  }

  async close(): Promise<void> {
    this.held.clear();
  }
}

/**
 * The standalone server's lock over its memory store: acquireReading locks the dialogs of a change
 * and reads their records, CSeqs and the publications in one synchronous step, as the Redis lock does
 * in one script per slot.
 */
export class MemoryReadingDialogLock extends MemoryDialogLock {
  constructor(
    private readonly records: LockedRecordSource,
    now: () => number = Date.now,
  ) {
    super(now);
  }

  async acquireReading(refs: readonly SubscriptionRef[], owner: string, leaseMs: number, mode: AcquireMode, read: LockedReadOptions): Promise<LockedReads> {
    const dialogs = refs.map((ref): LockedRead => (this.take(ref, owner, leaseMs, mode) ? this.records.readLocked(ref, read.cseq) : { acquired: false }));
    const p = read.publications;
    return { dialogs, publications: p ? this.records.livePublications(p.presentity, p.event, p.now) : null };
  }
}

function key(ref: SubscriptionRef): string {
  return `${ref.slot}|${ref.id}`;
}
