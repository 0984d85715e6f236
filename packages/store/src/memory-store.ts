// In-process Store for the standalone mode (Kamailio's subs_db_mode=0): Maps plus min-heaps by
// expiry time, so taking expired records never scans everything. Records are copied on the way in
// and out; callers cannot mutate stored state.
import { byCreatedAt, byInsertedAt, byReceivedAt, copyPublication, copySubscription, copyWatcher } from "./copy.js";
import { detachBuffer, detachString, ownedCopy } from "./detach.js";
import { takesCSeq, type LockedRead, type LockedReadOptions, type LockedRecordSource } from "./dialog-lock.js";
import { StoreError } from "./errors.js";
import { MinHeap, type HeapItem } from "./min-heap.js";
import type {
  Publication,
  PublicationKey,
  PublicationUpdate,
  PublicationUpdated,
  Store,
  Subscription,
  SubscriptionPatch,
  SubscriptionRef,
  WatcherRecord,
} from "./types.js";
import {
  checkEvent,
  checkLimit,
  checkPresentity,
  checkPublication,
  checkPublicationKey,
  checkPublicationUpdate,
  checkSubscription,
  checkSubscriptionWithWatcher,
  checkTime,
  checkWatcher,
  checkWatcherKey,
  cleanSubscriptionPatch,
  isValidRef,
} from "./validate.js";

interface Stamped<T> {
  record: T;
  /** Sequence number of the heap entry that currently represents this record. */
  seq: number;
}

interface PubHeapItem extends HeapItem {
  event: string;
  presentity: string;
  etag: string;
}

interface SubHeapItem extends HeapItem {
  ref: string;
}

/** Heap entries superseded by later writes are dropped lazily; compact when they dominate. */
const COMPACT_SLACK = 1024;

const refKey = (slot: string, id: string): string => `${slot}\u0000${id}`;
const topicKey = (presentity: string, event: string): string => `${event}\u0000${presentity}`;

export class MemoryStore implements Store, LockedRecordSource {
  /** event -> presentity -> etag -> publication */
  private readonly pubs = new Map<string, Map<string, Map<string, Stamped<Publication>>>>();
  private pubCount = 0;
  private readonly pubHeap = new MinHeap<PubHeapItem>();
  /** refKey -> subscription */
  private readonly subs = new Map<string, Stamped<Subscription>>();
  /** topicKey -> refKeys */
  private readonly subsByTopic = new Map<string, Set<string>>();
  private readonly subCountByEvent = new Map<string, number>();
  private readonly subHeap = new MinHeap<SubHeapItem>();
  /** topicKey -> watcher -> record */
  private readonly watchers = new Map<string, Map<string, WatcherRecord>>();
  private seq = 0;
  private closed = false;

  // ---------------------------------------------------------------- publications

  async insertPublication(p: Publication): Promise<void> {
    this.assertOpen();
    checkPublication(p);
    this.storePublication(ownedCopy(p));
  }

  async updatePublication(key: PublicationKey, update: PublicationUpdate): Promise<PublicationUpdated | null> {
    this.assertOpen();
    checkPublicationKey(key);
    checkPublicationUpdate(update);
    const current = this.pubs.get(key.event)?.get(key.presentity)?.get(key.etag);
    // RFC 3903 6: an unknown or expired entity tag fails the conditional request (412).
    if (current === undefined || current.record.expiresAt <= update.receivedAt) return null;
    // The current record owns its strings already; only what the update brings is copied.
    const next: Publication = { ...current.record, etag: detachString(update.newEtag), expiresAt: update.expiresAt, receivedAt: update.receivedAt };
    if (update.body !== undefined) next.body = update.body === null ? null : detachBuffer(update.body);
    if (update.contentType !== undefined) next.contentType = update.contentType === null ? null : detachString(update.contentType);
    if (update.sender !== undefined) next.sender = update.sender === null ? null : detachString(update.sender);
    if (update.priority !== undefined) next.priority = update.priority;
    const prev = current.record;
    const documentChanged = next.contentType !== prev.contentType || !sameBody(next.body, prev.body);
    this.removePublication(key.event, key.presentity, key.etag);
    this.storePublication(next);
    return { publication: copyPublication(next), documentChanged };
  }

  async deletePublication(key: PublicationKey): Promise<Publication | null> {
    this.assertOpen();
    checkPublicationKey(key);
    const removed = this.removePublication(key.event, key.presentity, key.etag);
    return removed === null ? null : copyPublication(removed);
  }

  async listPublications(presentity: string, event: string, now: number): Promise<Publication[]> {
    this.assertOpen();
    checkPresentity(presentity);
    checkEvent(event);
    checkTime(now, "now");
    return this.livePublications(presentity, event, now);
  }

  /** listPublications without the argument checks, synchronous (LockedRecordSource). */
  livePublications(presentity: string, event: string, now: number): Publication[] {
    this.assertOpen();
    const byEtag = this.pubs.get(event)?.get(presentity);
    if (byEtag === undefined) return [];
    const out: Publication[] = [];
    for (const { record } of byEtag.values()) if (record.expiresAt > now) out.push(copyPublication(record));
    return out.sort(byReceivedAt);
  }

  async takeExpiredPublications(now: number, limit: number): Promise<Publication[]> {
    this.assertOpen();
    checkTime(now, "now");
    checkLimit(limit);
    const out: Publication[] = [];
    for (let top = this.pubHeap.peek(); top !== undefined && top.at <= now && out.length < limit; top = this.pubHeap.peek()) {
      this.pubHeap.pop();
      const stamped = this.pubs.get(top.event)?.get(top.presentity)?.get(top.etag);
      if (stamped === undefined || stamped.seq !== top.seq) continue; // superseded entry
      this.removePublication(top.event, top.presentity, top.etag);
      out.push(stamped.record); // no longer stored: no copy needed
    }
    return out;
  }

  async countPublications(event?: string): Promise<number> {
    this.assertOpen();
    if (event === undefined) return this.pubCount;
    checkEvent(event);
    let n = 0;
    for (const byEtag of this.pubs.get(event)?.values() ?? []) n += byEtag.size;
    return n;
  }

  async listPresentities(event?: string): Promise<string[]> {
    this.assertOpen();
    if (event !== undefined) checkEvent(event);
    const names = new Set<string>();
    for (const [ev, byPresentity] of this.pubs) {
      if (event !== undefined && ev !== event) continue;
      for (const presentity of byPresentity.keys()) names.add(presentity);
    }
    return [...names].sort();
  }

  private storePublication(p: Publication): void {
    let byPresentity = this.pubs.get(p.event);
    if (byPresentity === undefined) this.pubs.set(p.event, (byPresentity = new Map()));
    let byEtag = byPresentity.get(p.presentity);
    if (byEtag === undefined) byPresentity.set(p.presentity, (byEtag = new Map()));
    if (!byEtag.has(p.etag)) this.pubCount++;
    const seq = ++this.seq;
    byEtag.set(p.etag, { record: p, seq });
    this.pubHeap.push({ at: p.expiresAt, seq, event: p.event, presentity: p.presentity, etag: p.etag });
    if (this.pubHeap.size > 2 * this.pubCount + COMPACT_SLACK) {
      this.pubHeap.retain((e) => this.pubs.get(e.event)?.get(e.presentity)?.get(e.etag)?.seq === e.seq);
    }
  }

  private removePublication(event: string, presentity: string, etag: string): Publication | null {
    const byPresentity = this.pubs.get(event);
    const byEtag = byPresentity?.get(presentity);
    const stamped = byEtag?.get(etag);
    if (byPresentity === undefined || byEtag === undefined || stamped === undefined) return null;
    byEtag.delete(etag);
    this.pubCount--;
    if (byEtag.size === 0) byPresentity.delete(presentity);
    if (byPresentity.size === 0) this.pubs.delete(event);
    return stamped.record;
  }

  // ---------------------------------------------------------------- subscriptions

  async putSubscription(s: Subscription): Promise<void> {
    this.assertOpen();
    checkSubscription(s);
    this.replaceSubscription(ownedCopy(s));
  }

  async putSubscriptionWithWatcher(s: Subscription, w: WatcherRecord): Promise<void> {
    this.assertOpen();
    // Both checked before either is stored: both or neither.
    checkSubscriptionWithWatcher(s, w);
    this.storeWatcher(ownedCopy(w));
    this.replaceSubscription(ownedCopy(s));
  }

  async getSubscription(ref: SubscriptionRef): Promise<Subscription | null> {
    this.assertOpen();
    const stamped = this.stampedAt(ref);
    return stamped === undefined ? null : copySubscription(stamped.record);
  }

  async updateSubscription(ref: SubscriptionRef, patch: SubscriptionPatch, known?: { event: string }): Promise<Subscription | null> {
    this.assertOpen();
    const changes = cleanSubscriptionPatch(patch);
    if (!isValidRef(ref)) return null;
    const key = refKey(ref.slot, ref.id);
    const stamped = this.subs.get(key);
    if (stamped === undefined || (known !== undefined && stamped.record.event !== known.event)) return null;
    const next = copySubscription({ ...stamped.record, ...ownedCopy(changes) });
    if (next.expiresAt !== stamped.record.expiresAt) {
      this.removeSubscription(key);
      // Keyed by the record's own strings, not the caller's (which may be views into a request).
      this.storeSubscription(refKey(next.slot, next.id), next);
    } else {
      stamped.record = next;
    }
    return copySubscription(next);
  }

  /** The record under MemoryReadingDialogLock's lock, its CSeq taken as takesCSeq() says (LockedRecordSource). */
  readLocked(ref: SubscriptionRef, cseq: LockedReadOptions["cseq"]): Extract<LockedRead, { acquired: true }> {
    this.assertOpen();
    const stamped = this.stampedAt(ref);
    if (stamped === undefined) return { acquired: true, subscription: null, cseqTaken: false };
    const taken = takesCSeq(stamped.record, cseq);
    if (taken) stamped.record.localCSeq++;
    return { acquired: true, subscription: copySubscription(stamped.record), cseqTaken: taken };
  }

  async nextLocalCSeq(ref: SubscriptionRef): Promise<number | null> {
    this.assertOpen();
    const stamped = this.stampedAt(ref);
    if (stamped === undefined) return null;
    return ++stamped.record.localCSeq;
  }

  async deleteSubscription(ref: SubscriptionRef): Promise<Subscription | null> {
    this.assertOpen();
    if (!isValidRef(ref)) return null;
    return this.removeSubscription(refKey(ref.slot, ref.id));
  }

  async listSubscriptions(presentity: string, event: string, now: number): Promise<Subscription[]> {
    return this.liveSubscriptions(presentity, event, now).map(copySubscription);
  }

  async listSubscriptionRefs(presentity: string, event: string, now: number): Promise<SubscriptionRef[]> {
    return this.liveSubscriptions(presentity, event, now).map((s) => ({ slot: s.slot, id: s.id }));
  }

  /** The stored records themselves (no copies: callers copy what they hand out), oldest first. */
  private liveSubscriptions(presentity: string, event: string, now: number): Subscription[] {
    this.assertOpen();
    checkPresentity(presentity);
    checkEvent(event);
    checkTime(now, "now");
    const keys = this.subsByTopic.get(topicKey(presentity, event));
    if (keys === undefined) return [];
    const out: Subscription[] = [];
    for (const key of keys) {
      const record = this.subs.get(key)?.record;
      if (record !== undefined && record.expiresAt > now) out.push(record);
    }
    return out.sort(byCreatedAt);
  }

  async takeExpiredSubscriptions(now: number, limit: number): Promise<Subscription[]> {
    this.assertOpen();
    checkTime(now, "now");
    checkLimit(limit);
    const out: Subscription[] = [];
    for (let top = this.subHeap.peek(); top !== undefined && top.at <= now && out.length < limit; top = this.subHeap.peek()) {
      this.subHeap.pop();
      if (this.subs.get(top.ref)?.seq !== top.seq) continue; // superseded entry
      const removed = this.removeSubscription(top.ref);
      if (removed !== null) out.push(removed);
    }
    return out;
  }

  async countSubscriptions(event?: string): Promise<number> {
    this.assertOpen();
    if (event !== undefined) {
      checkEvent(event);
      return this.subCountByEvent.get(event) ?? 0;
    }
    return this.subs.size;
  }

  private storeSubscription(key: string, s: Subscription): void {
    const seq = ++this.seq;
    this.subs.set(key, { record: s, seq });
    const topic = topicKey(s.presentity, s.event);
    let keys = this.subsByTopic.get(topic);
    if (keys === undefined) this.subsByTopic.set(topic, (keys = new Set()));
    keys.add(key);
    this.subCountByEvent.set(s.event, (this.subCountByEvent.get(s.event) ?? 0) + 1);
    this.subHeap.push({ at: s.expiresAt, seq, ref: key });
    if (this.subHeap.size > 2 * this.subs.size + COMPACT_SLACK) {
      this.subHeap.retain((e) => this.subs.get(e.ref)?.seq === e.seq);
    }
  }

  /** The stored entry of a ref; a malformed ref (from a bogus To-tag) matches nothing. */
  private stampedAt(ref: SubscriptionRef): Stamped<Subscription> | undefined {
    return isValidRef(ref) ? this.subs.get(refKey(ref.slot, ref.id)) : undefined;
  }

  private replaceSubscription(owned: Subscription): void {
    const key = refKey(owned.slot, owned.id);
    this.removeSubscription(key);
    this.storeSubscription(key, owned);
  }

  private removeSubscription(key: string): Subscription | null {
    const stamped = this.subs.get(key);
    if (stamped === undefined) return null;
    const s = stamped.record;
    this.subs.delete(key);
    const topic = topicKey(s.presentity, s.event);
    const keys = this.subsByTopic.get(topic);
    keys?.delete(key);
    if (keys?.size === 0) this.subsByTopic.delete(topic);
    const n = (this.subCountByEvent.get(s.event) ?? 1) - 1;
    if (n === 0) this.subCountByEvent.delete(s.event);
    else this.subCountByEvent.set(s.event, n);
    return s; // no longer stored: no copy needed
  }

  // ---------------------------------------------------------------- watchers

  async putWatcher(w: WatcherRecord): Promise<void> {
    this.assertOpen();
    checkWatcher(w);
    this.storeWatcher(ownedCopy(w));
  }

  private storeWatcher(owned: WatcherRecord): void {
    const topic = topicKey(owned.presentity, owned.event);
    let byWatcher = this.watchers.get(topic);
    if (byWatcher === undefined) this.watchers.set(topic, (byWatcher = new Map()));
    byWatcher.set(owned.watcher, owned);
  }

  async getWatcher(presentity: string, event: string, watcher: string): Promise<WatcherRecord | null> {
    this.assertOpen();
    checkWatcherKey(presentity, event, watcher);
    const w = this.watchers.get(topicKey(presentity, event))?.get(watcher);
    return w === undefined ? null : copyWatcher(w);
  }

  async listWatchers(presentity: string, event: string): Promise<WatcherRecord[]> {
    this.assertOpen();
    checkPresentity(presentity);
    checkEvent(event);
    const byWatcher = this.watchers.get(topicKey(presentity, event));
    return byWatcher === undefined ? [] : [...byWatcher.values()].map(copyWatcher).sort(byInsertedAt);
  }

  async deleteWatcher(presentity: string, event: string, watcher: string): Promise<WatcherRecord | null> {
    this.assertOpen();
    checkWatcherKey(presentity, event, watcher);
    const topic = topicKey(presentity, event);
    const byWatcher = this.watchers.get(topic);
    const w = byWatcher?.get(watcher);
    if (byWatcher === undefined || w === undefined) return null;
    byWatcher.delete(watcher);
    if (byWatcher.size === 0) this.watchers.delete(topic);
    return w;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError("closed", "store is closed");
  }
}

function sameBody(a: Buffer | null, b: Buffer | null): boolean {
  return a === null || b === null ? a === b : a.equals(b);
}
