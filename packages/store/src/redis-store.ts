// Store on Redis (standalone or Cluster-compatible key layout). See docs/store.md for the layout.
//
// Expiry: per-shard sorted sets by expiry time. A shard lives in another Cluster slot than the
// record, so writers ZADD the shard entry BEFORE changing the record (a crash in between leaves an
// entry without a record, never a record without an entry) and the sweeper is idempotent: it
// claims due entries under a lease, then per record either takes it (expired), re-files the entry
// at the record's real expiry (refreshed meanwhile) or drops it (record gone). "Before" is the
// order on the one connection (see entryThenWrite), not a round trip of its own.
import { Redis, type RedisOptions } from "ioredis";
import { withDependencySpan } from "@presence/telemetry";
import { silentLogger, type Logger } from "@presence/log";
import { byCreatedAt, byInsertedAt } from "./copy.js";
import { StoreError, wrapRedisError } from "./errors.js";
import { presentitySlot } from "./slot.js";
import type {
  BackendStats,
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
import {
  decodePublication,
  decodeSubscription,
  decodeWatcher,
  encodePublication,
  encodePublicationPatch,
  encodeSubscription,
  encodeSubscriptionPatch,
  encodeWatcher,
  livePublications,
} from "./redis/codec.js";
import {
  KeySpace,
  eventRegistryMember,
  indexMember,
  parsePublicationMember,
  parseSubscriptionMember,
  publicationMember,
  subscriptionMember,
  type RecordKind,
} from "./redis/keys.js";
import { storeCommands, type StoreCommands, type TakeReply } from "./redis/scripts.js";

export interface RedisStoreOptions {
  /** Redis URL when the store creates its own client. Default redis://127.0.0.1:6379. */
  url?: string;
  /** An existing client to use (the caller keeps ownership: close() does not quit it). */
  redis?: Redis;
  /** Prefix of every key. Default "presence:". Must not contain '{' or '}'. */
  keyPrefix?: string;
  /** Number of expiry shards per record kind and event. Default 16. */
  shards?: number;
  logger?: Logger;
  /** Client-side timeout of one command, for the client the store creates. Default 1500 ms. */
  commandTimeoutMs?: number;
  /** How long a sweeper's claim on due expiry entries lasts before another sweeper may retry them. Default 30 s. */
  sweepLeaseMs?: number;
}

const DEFAULT_URL = "redis://127.0.0.1:6379";
/** Entries claimed per round trip by the sweeper. */
const CLAIM_BATCH = 100;
/** Lease scores end in .375 so a writer's integer expiry never equals a claim. */
const LEASE_FRACTION = 0.375;

/** ioredis settings that make commands fail fast while the client keeps reconnecting. */
export function failFastRedisOptions(commandTimeoutMs: number): RedisOptions {
  return {
    maxRetriesPerRequest: 1,
    commandTimeout: commandTimeoutMs,
    connectTimeout: commandTimeoutMs,
    enableOfflineQueue: true, // commands issued while connecting wait, bounded by commandTimeout
    retryStrategy: (times: number) => Math.min(50 * 2 ** Math.min(times, 6), 2000),
    // Commands issued in one event-loop turn (a fan-out locking ten dialogs) leave in one write.
    enableAutoPipelining: true,
  };
}

export class RedisStore implements Store {
  private readonly redis: Redis;
  private readonly cmd: StoreCommands;
  private readonly ownsClient: boolean;
  private readonly keys: KeySpace;
  private readonly log: Logger;
  private readonly leaseMs: number;
  private closed = false;
  private healthy = true;
  readonly backendStats: BackendStats = { connectionErrors: 0, reconnects: 0, commandErrors: 0 };

  constructor(opts: RedisStoreOptions = {}) {
    const prefix = opts.keyPrefix ?? "presence:";
    if (/[{}]/.test(prefix)) throw StoreError.invalid(`keyPrefix must not contain '{' or '}': ${prefix}`);
    const shards = opts.shards ?? 16;
    if (!Number.isInteger(shards) || shards < 1 || shards > 4096) throw StoreError.invalid(`shards: ${shards}`);
    this.keys = new KeySpace(prefix, shards);
    this.log = opts.logger ?? silentLogger();
    this.leaseMs = opts.sweepLeaseMs ?? 30_000;
    if (opts.redis !== undefined) {
      this.redis = opts.redis;
      this.ownsClient = false;
    } else {
      this.redis = new Redis(opts.url ?? DEFAULT_URL, failFastRedisOptions(opts.commandTimeoutMs ?? 1500));
      this.ownsClient = true;
      this.redis.on("error", (err: Error) => {
        // ioredis reports every failed reconnect; log the transition only.
        if (this.healthy) this.log.warn({ err: err.message }, "redis connection failed; reconnecting");
        this.healthy = false;
      });
      this.redis.on("ready", () => {
        if (!this.healthy) this.log.info("redis connection restored");
        this.healthy = true;
      });
    }
    // Counted on a shared client too: the notifier hands its lock's client to the store.
    this.redis.on("error", () => this.backendStats.connectionErrors++);
    this.redis.on("reconnecting", () => this.backendStats.reconnects++);
    this.cmd = storeCommands(this.redis);
  }

  // ---------------------------------------------------------------- publications

  insertPublication(p: Publication): Promise<void> {
    return this.run("insertPublication", async () => {
      checkPublication(p);
      const member = publicationMember(p.presentity, p.etag);
      await this.entryThenWrite(
        () => this.fileExpiry("p", p.event, member, p.expiresAt),
        () => this.redis.hset(this.pubKey(p.presentity, p.event), p.etag, encodePublication(p)),
      );
    });
  }

  updatePublication(key: PublicationKey, update: PublicationUpdate): Promise<PublicationUpdated | null> {
    return this.run("updatePublication", async () => {
      checkPublicationKey(key);
      checkPublicationUpdate(update);
      const oldMember = publicationMember(key.presentity, key.etag);
      const newMember = publicationMember(key.presentity, update.newEtag);
      const renamed = newMember !== oldMember;
      const newShard = this.keys.expiry("p", key.event, newMember);
      const bodyMode = update.body === undefined ? "k" : update.body === null ? "n" : "s";
      const cas = () =>
        this.cmd.psPubUpdateBuffer(
          this.pubKey(key.presentity, key.event),
          key.etag,
          update.newEtag,
          encodePublicationPatch(update),
          bodyMode,
          update.body ?? "",
          update.receivedAt,
        );
      // The new ETag's shard entry first: a crash after it leaves only a stale entry for the sweeper.
      // Keeping the ETag, the entry exists already; moving it before the CAS could delay a failed one.
      const reply = renamed ? await this.entryThenWrite(() => this.redis.zadd(newShard, update.expiresAt, newMember), cas) : await cas();
      if (reply === null) {
        if (renamed) await this.tidy(this.redis.zrem(newShard, newMember));
        return null;
      }
      const [value, changed] = reply;
      // Not awaited: the reply (and the change event) need not wait a round trip for the old entry to
      // go; this connection sends it before anything asked later, and a lost one only leaves a stale
      // entry for the sweeper.
      if (renamed) void this.tidy(this.redis.zrem(this.keys.expiry("p", key.event, oldMember), oldMember));
      // Same ETag: if this ZADD is lost the sweeper re-files the entry when the old time comes.
      else await this.redis.zadd(newShard, update.expiresAt, newMember);
      return { publication: decodePublication(key.presentity, key.event, update.newEtag, value), documentChanged: Number(changed) === 1 };
    });
  }

  deletePublication(key: PublicationKey): Promise<Publication | null> {
    return this.run("deletePublication", async () => {
      checkPublicationKey(key);
      const value = await this.cmd.psHashTakeBuffer(this.pubKey(key.presentity, key.event), key.etag);
      const member = publicationMember(key.presentity, key.etag);
      await this.tidy(this.redis.zrem(this.keys.expiry("p", key.event, member), member));
      return value === null ? null : decodePublication(key.presentity, key.event, key.etag, value);
    });
  }

  listPublications(presentity: string, event: string, now: number): Promise<Publication[]> {
    return this.run("listPublications", async () => {
      checkPresentity(presentity);
      checkEvent(event);
      checkTime(now, "now");
      const all = await this.redis.hgetallBuffer(this.pubKey(presentity, event));
      return livePublications(presentity, event, Object.entries(all), now, (err) => this.log.warn({ err }, "skipping undecodable stored record"));
    });
  }

  takeExpiredPublications(now: number, limit: number): Promise<Publication[]> {
    return this.run("takeExpiredPublications", async () => {
      checkTime(now, "now");
      checkLimit(limit);
      return this.sweep<Publication>("p", now, limit, async (event, member) => {
        const m = parsePublicationMember(member);
        if (m === null) return { kind: "gone" };
        const reply = await this.cmd.psPubTakeBuffer(this.pubKey(m.presentity, event), m.etag, now);
        return this.takeOutcome(reply, (v) => decodePublication(m.presentity, event, m.etag, v));
      });
    });
  }

  countPublications(event?: string): Promise<number> {
    return this.run("countPublications", () => {
      if (event !== undefined) checkEvent(event);
      return this.countEntries("p", event);
    });
  }

  listPresentities(event?: string): Promise<string[]> {
    return this.run("listPresentities", async () => {
      if (event !== undefined) checkEvent(event);
      const events = event === undefined ? await this.knownEvents("p") : [event];
      const shards = events.flatMap((ev) => this.keys.expiryShards("p", ev));
      const members = await Promise.all(shards.map((k) => this.redis.zrange(k, "0", "-1")));
      const names = new Set<string>();
      for (const m of members.flat()) {
        const parsed = parsePublicationMember(m);
        if (parsed !== null) names.add(parsed.presentity);
      }
      return [...names].sort();
    });
  }

  // ---------------------------------------------------------------- subscriptions

  putSubscription(s: Subscription): Promise<void> {
    return this.run("putSubscription", async () => {
      checkSubscription(s);
      await this.writeSubscription(s, (record, index) =>
        this.cmd.psSubPut(record, index, encodeSubscription(s), s.id, s.event, s.expiresAt),
      );
    });
  }

  putSubscriptionWithWatcher(s: Subscription, w: WatcherRecord): Promise<void> {
    return this.run("putSubscriptionWithWatcher", async () => {
      checkSubscriptionWithWatcher(s, w);
      // One script: the watchers hash shares the subscription's slot (w.presentity is s.presentity).
      await this.writeSubscription(s, (record, index) =>
        this.cmd.psSubPutWatched(
          record,
          index,
          this.watcherKey(w.presentity, w.event),
          encodeSubscription(s),
          s.id,
          s.event,
          s.expiresAt,
          w.watcher,
          encodeWatcher(w),
        ),
      );
    });
  }

  /** Files the expiry entry, then runs `put` (a script returning the replaced record's event). */
  private async writeSubscription(s: Subscription, put: (record: string, index: string) => Promise<string | null>): Promise<void> {
    const member = subscriptionMember(s.slot, s.id);
    const oldEvent = await this.entryThenWrite(
      () => this.fileExpiry("s", s.event, member, s.expiresAt),
      () => put(this.keys.subscription(s.slot, s.id), this.keys.subscriptionIndex(s.slot)),
    );
    if (oldEvent !== null && oldEvent !== s.event) {
      await this.tidy(this.redis.zrem(this.keys.expiry("s", oldEvent, member), member));
    }
  }

  getSubscription(ref: SubscriptionRef): Promise<Subscription | null> {
    return this.run("getSubscription", async () => {
      if (!isValidRef(ref)) return null;
      const json = await this.redis.get(this.keys.subscription(ref.slot, ref.id));
      return json === null ? null : decodeSubscription(ref, json);
    });
  }

  updateSubscription(ref: SubscriptionRef, patch: SubscriptionPatch, known?: { event: string }): Promise<Subscription | null> {
    return this.run("updateSubscription", async () => {
      const changes = cleanSubscriptionPatch(patch);
      if (!isValidRef(ref)) return null;
      const recordKey = this.keys.subscription(ref.slot, ref.id);
      if (Object.keys(changes).length === 0) {
        const json = await this.redis.get(recordKey);
        if (json === null) return null;
        const sub = decodeSubscription(ref, json);
        return known !== undefined && sub.event !== known.event ? null : sub;
      }
      let filed: { shard: string; member: string; expiresAt: number } | null = null;
      if (changes.expiresAt !== undefined) {
        // The shard key depends on the event, which a ref does not carry (it never changes): the
        // caller's, which the script checks, or the record's, one round trip more.
        let event = known?.event;
        if (event === undefined) {
          const current = await this.redis.get(recordKey);
          if (current === null) return null;
          event = decodeSubscription(ref, current).event;
        }
        const member = subscriptionMember(ref.slot, ref.id);
        filed = { shard: this.keys.expiry("s", event, member), member, expiresAt: changes.expiresAt };
      }
      const update = () => this.cmd.psSubUpdate(recordKey, this.keys.subscriptionIndex(ref.slot), encodeSubscriptionPatch(changes), ref.id, known?.event ?? "");
      const entry = filed;
      const json = entry === null ? await update() : await this.entryThenWrite(() => this.redis.zadd(entry.shard, entry.expiresAt, entry.member), update);
      if (json === null) {
        // Taken or deleted since the read: withdraw our entry unless someone re-filed it since.
        if (filed !== null) await this.tidy(this.cmd.psExpResolve(filed.shard, filed.expiresAt, filed.member, ""));
        return null;
      }
      return decodeSubscription(ref, json);
    });
  }

  nextLocalCSeq(ref: SubscriptionRef): Promise<number | null> {
    return this.run("nextLocalCSeq", async () => {
      if (!isValidRef(ref)) return null;
      return this.cmd.psSubCSeq(this.keys.subscription(ref.slot, ref.id));
    });
  }

  deleteSubscription(ref: SubscriptionRef): Promise<Subscription | null> {
    return this.run("deleteSubscription", async () => {
      if (!isValidRef(ref)) return null;
      const json = await this.cmd.psSubDelete(
        this.keys.subscription(ref.slot, ref.id),
        this.keys.subscriptionIndex(ref.slot),
        ref.id,
      );
      if (json === null) return null;
      const s = decodeSubscription(ref, json);
      // Remove the shard entry only if it is still the deleted record's: a re-put may own it now.
      const member = subscriptionMember(ref.slot, ref.id);
      await this.tidy(this.cmd.psExpResolve(this.keys.expiry("s", s.event, member), s.expiresAt, member, ""));
      return s;
    });
  }

  listSubscriptions(presentity: string, event: string, now: number): Promise<Subscription[]> {
    return this.run("listSubscriptions", async () => {
      const slot = presentitySlot(presentity);
      const ids = await this.indexedIds(presentity, event, now);
      if (ids.length === 0) return [];
      const values = await this.redis.mget(ids.map((id) => this.keys.subscription(slot, id)));
      const out: Subscription[] = [];
      values.forEach((json, i) => {
        if (json === null) return;
        const s = this.decodeOrSkip(() => decodeSubscription({ slot, id: ids[i]! }, json));
        // Another presentity may share the slot (a hash collision): compare the name too.
        if (s !== null && s.presentity === presentity && s.event === event && s.expiresAt > now) out.push(s);
      });
      return out.sort(byCreatedAt);
    });
  }

  listSubscriptionRefs(presentity: string, event: string, now: number): Promise<SubscriptionRef[]> {
    return this.run("listSubscriptionRefs", async () => {
      const slot = presentitySlot(presentity);
      return (await this.indexedIds(presentity, event, now)).map((id) => ({ slot, id }));
    });
  }

  /** Ids of the slot's dialogs of `event` whose index entry is live at `now`. */
  private async indexedIds(presentity: string, event: string, now: number): Promise<string[]> {
    checkPresentity(presentity);
    checkEvent(event);
    checkTime(now, "now");
    const members = await this.redis.zrangebyscore(this.keys.subscriptionIndex(presentitySlot(presentity)), `(${now}`, "+inf");
    const prefix = indexMember(event, "");
    return members.filter((m) => m.startsWith(prefix)).map((m) => m.slice(prefix.length));
  }

  takeExpiredSubscriptions(now: number, limit: number): Promise<Subscription[]> {
    return this.run("takeExpiredSubscriptions", async () => {
      checkTime(now, "now");
      checkLimit(limit);
      return this.sweep<Subscription>("s", now, limit, async (event, member) => {
        const ref = parseSubscriptionMember(member);
        if (ref === null) return { kind: "gone" };
        const reply = await this.cmd.psSubTakeBuffer(
          this.keys.subscription(ref.slot, ref.id),
          this.keys.subscriptionIndex(ref.slot),
          ref.id,
          now,
          event,
        );
        return this.takeOutcome(reply, (v) => decodeSubscription(ref, v.toString("utf8")));
      });
    });
  }

  countSubscriptions(event?: string): Promise<number> {
    return this.run("countSubscriptions", () => {
      if (event !== undefined) checkEvent(event);
      return this.countEntries("s", event);
    });
  }

  // ---------------------------------------------------------------- watchers

  putWatcher(w: WatcherRecord): Promise<void> {
    return this.run("putWatcher", async () => {
      checkWatcher(w);
      await this.redis.hset(this.watcherKey(w.presentity, w.event), w.watcher, encodeWatcher(w));
    });
  }

  getWatcher(presentity: string, event: string, watcher: string): Promise<WatcherRecord | null> {
    return this.run("getWatcher", async () => {
      checkWatcherKey(presentity, event, watcher);
      const json = await this.redis.hget(this.watcherKey(presentity, event), watcher);
      return json === null ? null : decodeWatcher(presentity, event, watcher, json);
    });
  }

  listWatchers(presentity: string, event: string): Promise<WatcherRecord[]> {
    return this.run("listWatchers", async () => {
      checkPresentity(presentity);
      checkEvent(event);
      const all = await this.redis.hgetall(this.watcherKey(presentity, event));
      const out: WatcherRecord[] = [];
      for (const [watcher, json] of Object.entries(all)) {
        const w = this.decodeOrSkip(() => decodeWatcher(presentity, event, watcher, json));
        if (w !== null) out.push(w);
      }
      return out.sort(byInsertedAt);
    });
  }

  deleteWatcher(presentity: string, event: string, watcher: string): Promise<WatcherRecord | null> {
    return this.run("deleteWatcher", async () => {
      checkWatcherKey(presentity, event, watcher);
      const value = await this.cmd.psHashTakeBuffer(this.watcherKey(presentity, event), watcher);
      return value === null ? null : decodeWatcher(presentity, event, watcher, value.toString("utf8"));
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (!this.ownsClient) return;
    if (this.redis.status === "ready") {
      try {
        await this.redis.quit();
        return;
      } catch {
        // fall through to a hard disconnect
      }
    }
    this.redis.disconnect();
  }

  // ---------------------------------------------------------------- internals

  private pubKey(presentity: string, event: string): string {
    return this.keys.publications(presentitySlot(presentity), event, presentity);
  }

  private watcherKey(presentity: string, event: string): string {
    return this.keys.watchers(presentitySlot(presentity), event, presentity);
  }

  /**
   * Files a record's expiry entry and then writes the record, in one round trip: both are sent at
   * once and Redis runs one connection's commands in the order sent, so the entry still lands
   * first. Only an error reply to the entry alone (a key of the wrong type) could leave the record
   * written without it; then the entry is filed again, and the write fails if that fails too.
   * A client that spread the two over connections (Redis Cluster) would have to await the entry.
   */
  private async entryThenWrite<T>(fileEntry: () => Promise<unknown>, write: () => Promise<T>): Promise<T> {
    const [filed, written] = await Promise.allSettled([fileEntry(), write()]);
    if (written.status === "rejected") throw filed.status === "rejected" ? filed.reason : written.reason;
    if (filed.status === "rejected") {
      this.log.warn({ err: filed.reason }, "expiry entry failed after its record was written; filing it again");
      await fileEntry();
    }
    return written.value;
  }

  /** Registers the event (so sweepers find its shards) and files the expiry entry; one round trip. */
  private async fileExpiry(kind: RecordKind, event: string, member: string, expiresAt: number): Promise<void> {
    await Promise.all([
      this.redis.sadd(this.keys.events, eventRegistryMember(kind, event)),
      this.redis.zadd(this.keys.expiry(kind, event, member), expiresAt, member),
    ]);
  }

  private async knownEvents(kind: RecordKind): Promise<string[]> {
    const members = await this.redis.smembers(this.keys.events);
    const prefix = eventRegistryMember(kind, "");
    return members.filter((m) => m.startsWith(prefix)).map((m) => m.slice(prefix.length));
  }

  private async countEntries(kind: RecordKind, event?: string): Promise<number> {
    const events = event === undefined ? await this.knownEvents(kind) : [event];
    const shards = events.flatMap((ev) => this.keys.expiryShards(kind, ev));
    const counts = await Promise.all(shards.map((k) => this.redis.zcard(k)));
    return counts.reduce((a, b) => a + b, 0);
  }

  private takeOutcome<T>(reply: TakeReply, decode: (v: Buffer) => T): SweepOutcome<T> {
    if (reply[0] === 1) {
      const record = this.decodeOrSkip(() => decode(reply[1]));
      return record === null ? { kind: "gone" } : { kind: "taken", record };
    }
    if (reply[0] === 2) return { kind: "later", expiresAt: Number(reply[1].toString()) };
    return { kind: "gone" };
  }

  /**
   * Takes up to `limit` expired records of one kind. Safe with concurrent sweepers: entries are
   * claimed under a lease (disjoint per caller), and the record script removes a record at most
   * once, so each expired record is returned to exactly one caller.
   */
  private async sweep<T>(
    kind: RecordKind,
    now: number,
    limit: number,
    take: (event: string, member: string) => Promise<SweepOutcome<T>>,
  ): Promise<T[]> {
    const out: T[] = [];
    if (limit === 0) return out;
    const events = await this.knownEvents(kind);
    const shards = events.flatMap((event) => this.keys.expiryShards(kind, event).map((key) => ({ event, key })));
    const due = await Promise.all(shards.map(({ key }) => this.redis.zcount(key, "-inf", now)));
    const candidates = shards.filter((_, i) => due[i]! > 0);
    // Start at a random shard so concurrent sweepers rarely contend on the same one.
    const start = Math.floor(Math.random() * candidates.length);
    const leaseUntil = now + this.leaseMs + LEASE_FRACTION;
    for (let i = 0; i < candidates.length && out.length < limit; i++) {
      const { event, key } = candidates[(start + i) % candidates.length]!;
      for (;;) {
        const want = Math.min(limit - out.length, CLAIM_BATCH);
        const members = await this.cmd.psExpClaim(key, now, want, leaseUntil);
        if (members.length === 0) break;
        const outcomes = await Promise.all(members.map((m) => take(event, m)));
        const resolutions: (string | number)[] = [];
        outcomes.forEach((o, j) => {
          if (o.kind === "taken") out.push(o.record);
          resolutions.push(members[j]!, o.kind === "later" ? o.expiresAt : "");
        });
        await this.cmd.psExpResolve(key, leaseUntil, ...resolutions);
        if (members.length < want || out.length >= limit) break;
      }
    }
    return out;
  }

  private decodeOrSkip<T>(decode: () => T): T | null {
    try {
      return decode();
    } catch (err) {
      this.log.warn({ err }, "skipping undecodable stored record");
      return null;
    }
  }

  /** Best-effort cleanup of expiry entries: a failure leaves a stale entry the sweeper drops. */
  private async tidy(p: Promise<unknown>): Promise<void> {
    try {
      await p;
    } catch (err) {
      this.log.debug({ err }, "expiry cleanup failed");
    }
  }

  private async run<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreError("closed", "store is closed");
    try {
      return await withDependencySpan(`redis ${operation}`, { "db.system": "redis", "db.operation.name": operation }, fn);
    } catch (err) {
      const wrapped = wrapRedisError(err, operation);
      if (wrapped.code === "unavailable" || wrapped.code === "backend") this.backendStats.commandErrors++;
      throw wrapped;
    }
  }
}

type SweepOutcome<T> = { kind: "taken"; record: T } | { kind: "later"; expiresAt: number } | { kind: "gone" };
