// DialogLock on Redis: one hash per dialog under the presentity's hash tag {slot}, changed only by
// Lua scripts, plus one sorted set of leases so any replica can find locks whose owner died.
// The lease index lives in another Cluster slot than the lock, so it is written before the lock
// (ZADD first) and the orphan scan re-checks the lock itself: a stale index entry is harmless.
import { Redis } from "ioredis";
import { silentLogger, type Logger } from "@presence/log";
import { withDependencySpan } from "@presence/telemetry";
import { takesCSeq, type AcquireMode, type DialogLock, type LockedRead, type LockedReadOptions, type LockedReads } from "./dialog-lock.js";
import { StoreError, wrapRedisError } from "./errors.js";
import { decodeSubscription, livePublications } from "./redis/codec.js";
import { KeySpace } from "./redis/keys.js";
import { LuaScript } from "./redis/lua-script.js";
import { presentitySlot } from "./slot.js";
import type { Publication, Subscription, SubscriptionRef } from "./types.js";

// The acquire rule, shared by both acquiring scripts: takes lock hash k when free or when its lease
// ran out; else, in coalesce mode, marks it dirty. Returns whether it was taken.
const TAKE_LOCK = `
local function takeLock(k, owner, now, leaseMs, mode)
  local holder = redis.call('HGET', k, 'o')
  local lease = tonumber(redis.call('HGET', k, 'l') or '0')
  if holder and lease > now then
    if mode == 'coalesce' then redis.call('HSET', k, 'd', '1') end
    return false
  end
  redis.call('HSET', k, 'o', owner, 'l', now + leaseMs, 'd', '0')
  return true
end
`;

// KEYS[1] lock hash; ARGV owner, now, leaseMs, mode. Returns 1 when acquired.
const ACQUIRE =
  TAKE_LOCK +
  `
if takeLock(KEYS[1], ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]) then return 1 end
return 0`;

// ACQUIRE for each pair KEYS[i] lock hash, KEYS[i+1] subscription record (one {slot}), after
// KEYS[1] = the publications hash when ARGV[6] is '1'. ARGV owner, now, leaseMs, mode, liveAt ('' =
// no CSeq), withPublications, presentity, event, exceptWatcher. Per dialog: false when not acquired,
// '' when acquired but the record is gone, else the record, its "lc" incremented first when it
// expires after liveAt and is presentity's, for event, not exceptWatcher's. Then, when asked, the
// publications (HGETALL), read once every lock is taken.
const ACQUIRE_READ =
  TAKE_LOCK +
  `
local now = tonumber(ARGV[2])
local leaseMs = tonumber(ARGV[3])
local liveAt = tonumber(ARGV[5])
local withPubs = ARGV[6] == '1'
local first = 1
if withPubs then first = 2 end
local out = {}
for i = first, #KEYS, 2 do
  if not takeLock(KEYS[i], ARGV[1], now, leaseMs, ARGV[4]) then
    out[#out + 1] = false
  else
    local v = redis.call('GET', KEYS[i + 1])
    if not v then
      out[#out + 1] = ''
    else
      if liveAt then
        local r = cjson.decode(v)
        if (tonumber(r.x) or 0) > liveAt and r.p == ARGV[7] and r.e == ARGV[8] and r.w ~= ARGV[9] then
          r.lc = (tonumber(r.lc) or 0) + 1
          v = cjson.encode(r)
          redis.call('SET', KEYS[i + 1], v)
        end
      end
      out[#out + 1] = v
    end
  end
end
if withPubs then out[#out + 1] = redis.call('HGETALL', KEYS[1]) end
return out`;

// KEYS[1]; ARGV owner, now, leaseMs. Returns 1 when still owned.
const RENEW = `
if redis.call('HGET', KEYS[1], 'o') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'l', tonumber(ARGV[2]) + tonumber(ARGV[3]))
return 1`;

// KEYS lock hashes of one {slot}; ARGV owner, now, leaseMs. Per key: 1 = run again (was dirty, the
// lease extended), 0 = released, -1 = not owner, -2 = the key holds another type (left as it is, so
// one bad key fails its own release only, not the batch's).
const RELEASE = `
local lease = tonumber(ARGV[2]) + tonumber(ARGV[3])
local out = {}
for i = 1, #KEYS do
  local k = KEYS[i]
  local t = redis.call('TYPE', k)['ok']
  if t ~= 'hash' and t ~= 'none' then
    out[i] = -2
  elseif redis.call('HGET', k, 'o') ~= ARGV[1] then
    out[i] = -1
  elseif redis.call('HGET', k, 'd') == '1' then
    redis.call('HSET', k, 'd', '0', 'l', lease)
    out[i] = 1
  else
    redis.call('DEL', k)
    out[i] = 0
  end
end
return out`;

// KEYS lock hashes of one {slot}; ARGV owner. Deletes those the owner holds (a lock taken whose
// lease-index entry could not be filed).
const GIVE_BACK = `
for i = 1, #KEYS do
  if redis.call('HGET', KEYS[i], 'o') == ARGV[1] then redis.call('DEL', KEYS[i]) end
end
return 0`;

// KEYS[1]; ARGV owner, now, leaseMs. Returns 1 when an expired lock was taken over, 0 when it is
// held by a live owner, -1 when it no longer exists.
const STEAL = `
local owner = redis.call('HGET', KEYS[1], 'o')
if not owner then return -1 end
local now = tonumber(ARGV[2])
if tonumber(redis.call('HGET', KEYS[1], 'l') or '0') > now then return 0 end
redis.call('HSET', KEYS[1], 'o', ARGV[1], 'l', now + tonumber(ARGV[3]), 'd', '0')
return 1`;

// The one-dialog scripts: KEYS[1] the lock, ARGV owner, now, leaseMs (and the mode for ACQUIRE).
const SCRIPTS = { presenceLockAcquire: new LuaScript(ACQUIRE), presenceLockRenew: new LuaScript(RENEW), presenceLockSteal: new LuaScript(STEAL) } as const;
type ScriptName = keyof typeof SCRIPTS;
const ACQUIRE_READ_SCRIPT = new LuaScript(ACQUIRE_READ);
/** Exported for tests that count the release calls. */
export const RELEASE_SCRIPT = new LuaScript(RELEASE);
const GIVE_BACK_SCRIPT = new LuaScript(GIVE_BACK);
type AcquireReadReply = Array<Buffer | null | Buffer[]>;

/** A release() waiting for the batch of its {slot}, owner and lease. */
interface PendingRelease {
  ref: SubscriptionRef;
  resolve(dirty: boolean): void;
  reject(err: Error): void;
}

interface ReleaseBatch {
  owner: string;
  leaseMs: number;
  waiting: PendingRelease[];
}

export interface RedisDialogLockOptions {
  redis: Redis;
  keyPrefix?: string;
  now?: () => number;
  /** Where an undecodable stored publication is reported (RedisStore reports it the same way). */
  logger?: Logger;
  /**
   * How long a release may wait for the next lock step, to go out in its round trip (default 5 ms;
   * 0: at the end of the turn). The lock is held that much longer; a change meanwhile marks it dirty.
   */
  releaseHoldMs?: number;
}

export class RedisDialogLock implements DialogLock {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly leases: string;
  private readonly keys: KeySpace;
  private readonly now: () => number;
  private readonly log: Logger;
  // Releases waiting for the next lock step or the hold's end, by {slot}, owner and lease: one
  // script call each.
  private releases = new Map<string, ReleaseBatch>();
  private releaseTimer: NodeJS.Timeout | null = null;
  private readonly releaseHoldMs: number;

  constructor(opts: RedisDialogLockOptions) {
    this.redis = opts.redis;
    this.prefix = opts.keyPrefix ?? "presence:";
    this.leases = `${this.prefix}{locks}:leases`;
    // Only its per-presentity keys are used here; the expiry shard count does not enter them.
    this.keys = new KeySpace(this.prefix, 1);
    this.now = opts.now ?? Date.now;
    this.log = opts.logger ?? silentLogger();
    this.releaseHoldMs = opts.releaseHoldMs ?? 5;
  }

  private key(ref: SubscriptionRef): string {
    return `${this.prefix}{${ref.slot}}:l:${ref.id}`;
  }

  // RedisStore's keys of the same {slot} (KeySpace): one script reaches the lock and what it guards.
  private recordKey(ref: SubscriptionRef): string {
    return this.keys.subscription(ref.slot, ref.id);
  }

  private async run(script: ScriptName, ref: SubscriptionRef, owner: string, leaseMs: number, extra: string[] = []): Promise<number> {
    try {
      return await withDependencySpan(`redis ${script}`, { "db.system": "redis", "db.operation.name": script }, () =>
        SCRIPTS[script].run(this.redis, 1, [this.key(ref), owner, String(this.now()), String(leaseMs), ...extra]) as Promise<number>,
      );
    } catch (err) {
      throw wrapRedisError(err, "dialog lock");
    }
  }

  private async index(refs: readonly SubscriptionRef[], until: number): Promise<void> {
    try {
      await withDependencySpan("redis presenceLockIndex", { "db.system": "redis", "db.operation.name": "presenceLockIndex" }, () =>
        this.redis.zadd(this.leases, ...leaseEntries(refs, until)),
      );
    } catch (err) {
      throw wrapRedisError(err, "dialog lock index");
    }
  }

  // The index entry and the lock go out together (one connection keeps their order: index first),
  // one round trip instead of two.
  async acquire(ref: SubscriptionRef, owner: string, leaseMs: number, mode: AcquireMode): Promise<boolean> {
    this.flushReleases();
    const until = this.now() + leaseMs;
    const entry = settled(this.index([ref], until));
    const r = await this.run("presenceLockAcquire", ref, owner, leaseMs, [mode]);
    const refused = await entry;
    if (refused !== null && r === 1) await this.refile([ref], owner, until, refused);
    return r === 1;
  }

  // A lock taken without its lease-index entry is invisible to the orphan scan: were its owner to
  // die, a change marked on it would wait for the next one. The entries are filed again; when that
  // fails too, the locks are given back and the call fails (the caller's event is redelivered).
  private async refile(refs: readonly SubscriptionRef[], owner: string, until: number, refused: unknown): Promise<void> {
    if (refs.length === 0) return;
    try {
      await this.index(refs, until);
      return;
    } catch {
      // Given back below.
    }
    const bySlot = new Map<string, string[]>();
    for (const ref of refs) {
      const keys = bySlot.get(ref.slot);
      if (keys) keys.push(this.key(ref));
      else bySlot.set(ref.slot, [this.key(ref)]);
    }
    await Promise.all([...bySlot.values()].map((keys) => GIVE_BACK_SCRIPT.run(this.redis, keys.length, [...keys, owner]).catch(() => undefined)));
    throw wrapRedisError(refused, "dialog lock index");
  }

  // One lease-index ZADD and one script per slot (a presentity's watchers share one): the fan-out of a
  // change costs two commands and one round trip instead of three per dialog and three round trips.
  async acquireReading(refs: readonly SubscriptionRef[], owner: string, leaseMs: number, mode: AcquireMode, read: LockedReadOptions): Promise<LockedReads> {
    // Waiting releases first, in the same pipeline: a dialog released there is free to take here.
    this.flushReleases();
    const pubs = read.publications;
    const pubSlot = pubs ? presentitySlot(pubs.presentity) : null;
    const now = this.now();
    const groups = new Map<string, number[]>();
    if (pubSlot !== null) groups.set(pubSlot, []);
    refs.forEach((ref, i) => {
      const group = groups.get(ref.slot);
      if (group) group.push(i);
      else groups.set(ref.slot, [i]);
    });
    const c = read.cseq;
    // liveAt, presentity, event, exceptWatcher; liveAt '' takes no CSeq.
    const cseqArgs = c ? [String(c.liveAt), c.presentity, c.event, c.exceptWatcher ?? ""] : ["", "", "", ""];
    const dialogs = new Array<LockedRead>(refs.length);
    let publications: Publication[] | null = null;
    try {
      await withDependencySpan("redis presenceLockAcquireRead", { "db.system": "redis", "db.operation.name": "presenceLockAcquireRead" }, async () => {
        const entries = [...groups];
        const entry = refs.length > 0 ? settled(this.redis.zadd(this.leases, ...leaseEntries(refs, now + leaseMs))) : null;
        const replies = await Promise.all([
          entry,
          ...entries.map(([slot, group]) => {
            const withPubs = slot === pubSlot && pubs !== null;
            const keys = group.flatMap((i) => [this.key(refs[i]!), this.recordKey(refs[i]!)]);
            if (withPubs) keys.unshift(this.keys.publications(slot, pubs.event, pubs.presentity));
            const [liveAt, ...cseqTopic] = cseqArgs;
            // Buffer replies: publication bodies are bytes.
            return ACQUIRE_READ_SCRIPT.runBuffer(this.redis, keys.length, [...keys, owner, String(now), String(leaseMs), mode, liveAt!, withPubs ? "1" : "0", ...cseqTopic]);
          }),
        ]);
        entries.forEach(([slot, group], g) => {
          const values = replies[g + 1] as AcquireReadReply;
          group.forEach((i, k) => (dialogs[i] = this.lockedRead(refs[i]!, values[k] as Buffer | null, c)));
          if (slot === pubSlot && pubs !== null) {
            const flat = (values[group.length] ?? []) as Buffer[];
            const pairsOf: Array<[string, Buffer]> = [];
            for (let j = 0; j + 1 < flat.length; j += 2) pairsOf.push([flat[j]!.toString("utf8"), flat[j + 1]!]);
            publications = livePublications(pubs.presentity, pubs.event, pairsOf, pubs.now, (err) => this.log.warn({ err }, "skipping undecodable stored record"));
          }
        });
        const refused = replies[0] as unknown;
        if (refused !== null) await this.refile(refs.filter((_, i) => dialogs[i]!.acquired), owner, now + leaseMs, refused);
      });
    } catch (err) {
      throw wrapRedisError(err, "dialog lock");
    }
    return { dialogs, publications };
  }

  private lockedRead(ref: SubscriptionRef, value: Buffer | null, cseq: LockedReadOptions["cseq"]): LockedRead {
    if (value === null) return { acquired: false };
    if (value.length === 0) return { acquired: true, subscription: null, cseqTaken: false };
    let sub: Subscription;
    try {
      sub = decodeSubscription(ref, value.toString("utf8"));
    } catch {
      // An unreadable record is no dialog to notify; the caller releases the lock as for a gone one.
      return { acquired: true, subscription: null, cseqTaken: false };
    }
    // The script's own test for taking the CSeq.
    return { acquired: true, subscription: sub, cseqTaken: takesCSeq(sub, cseq) };
  }

  async renew(ref: SubscriptionRef, owner: string, leaseMs: number): Promise<boolean> {
    const [, r] = await Promise.all([this.index([ref], this.now() + leaseMs), this.run("presenceLockRenew", ref, owner, leaseMs)]);
    return r === 1;
  }

  // The NOTIFYs of one change end together (one batch's results from the edge): their releases,
  // asked for in the same turn, go out as one script per {slot} instead of one per dialog, in the
  // round trip of this replica's next lock step when it comes within the hold.
  release(ref: SubscriptionRef, owner: string, leaseMs: number): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      const key = `${ref.slot}\n${owner}\n${leaseMs}`;
      const batch = this.releases.get(key);
      if (batch) batch.waiting.push({ ref, resolve, reject });
      else {
        // At least until this turn's promise continuations have settled: every NOTIFY ended by one
        // reply has asked by then.
        if (this.releases.size === 0) {
          if (this.releaseHoldMs > 0) this.releaseTimer = setTimeout(this.flushReleases, this.releaseHoldMs);
          else process.nextTick(this.flushReleases);
        }
        this.releases.set(key, { owner, leaseMs, waiting: [{ ref, resolve, reject }] });
      }
    });
  }

  private readonly flushReleases = (): void => {
    if (this.releaseTimer) {
      clearTimeout(this.releaseTimer);
      this.releaseTimer = null;
    }
    if (this.releases.size === 0) return;
    const batches = this.releases;
    this.releases = new Map();
    for (const batch of batches.values()) void this.releaseBatch(batch);
  };

  // Settles every release of the batch; never rejects.
  private async releaseBatch({ owner, leaseMs, waiting }: ReleaseBatch): Promise<void> {
    const keys = waiting.map((w) => this.key(w.ref));
    let replies: number[];
    try {
      replies = await withDependencySpan("redis presenceLockRelease", { "db.system": "redis", "db.operation.name": "presenceLockRelease", "presence.dialogs": keys.length }, () =>
        RELEASE_SCRIPT.run(this.redis, keys.length, [...keys, owner, String(this.now()), String(leaseMs)]) as Promise<number[]>,
      );
    } catch (err) {
      const wrapped = wrapRedisError(err, "dialog lock");
      for (const w of waiting) w.reject(wrapped);
      return;
    }
    // Still held (a change came in meanwhile): its lease was extended, so is its index entry. Only
    // those wait for it; a failed entry fails them alone (the orphan scan finds the old entry).
    const held = waiting.filter((_, i) => replies[i] === 1);
    let indexed: StoreError | null = null;
    if (held.length > 0) {
      const until = this.now() + leaseMs;
      try {
        await this.index(held.map((w) => w.ref), until);
      } catch (err) {
        indexed = wrapRedisError(err, "dialog lock index");
      }
    }
    waiting.forEach((w, i) => {
      const r = replies[i];
      if (r === -2) w.reject(new StoreError("backend", `redis dialog lock failed: lock ${w.ref.slot}/${w.ref.id} holds another type`));
      else if (r === 1 && indexed) w.reject(indexed);
      else w.resolve(r === 1);
    });
  }

  async takeOrphans(owner: string, now: number, leaseMs: number, limit: number): Promise<SubscriptionRef[]> {
    let members: string[];
    try {
      members = await this.redis.zrangebyscore(this.leases, "-inf", now, "LIMIT", 0, limit);
    } catch (err) {
      throw wrapRedisError(err, "dialog lock index");
    }
    const out: SubscriptionRef[] = [];
    for (const m of members) {
      const [slot, id] = JSON.parse(m) as [string, string];
      const ref = { slot, id };
      const r = await this.run("presenceLockSteal", ref, owner, leaseMs);
      if (r === 1) {
        await this.index([ref], now + leaseMs);
        out.push(ref);
      } else if (r === -1) {
        // Released meanwhile: drop the entry unless it was re-added with a later lease.
        await this.redis.zremrangebyscore(this.leases, "-inf", now).catch(() => 0);
      } else {
        const lease = Number(await this.redis.hget(this.key(ref), "l"));
        if (lease > 0) await this.index([ref], lease);
      }
    }
    return out;
  }

  async close(): Promise<void> {
    // Releases still held go now; the client belongs to the caller.
    this.flushReleases();
  }
}

/** The lease index's ZADD arguments: each dialog, as [slot, id], scored with its lease's end. */
function leaseEntries(refs: readonly SubscriptionRef[], until: number): Array<string | number> {
  const out: Array<string | number> = [];
  for (const ref of refs) out.push(until, JSON.stringify([ref.slot, ref.id]));
  return out;
}

/** Resolves with null when `p` resolves, with its error when it rejects (never rejects). */
function settled(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (err: unknown) => err ?? new Error("rejected"),
  );
}
