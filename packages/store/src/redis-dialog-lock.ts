// DialogLock on Redis: one hash per dialog under the presentity's hash tag {slot}, changed only by
// Lua scripts, plus one sorted set of leases so any replica can find locks whose owner died.
// The lease index lives in another Cluster slot than the lock, so it is written before the lock
// (ZADD first) and the orphan scan re-checks the lock itself: a stale index entry is harmless.
import { Redis } from "ioredis";
import { withDependencySpan } from "@presence/telemetry";
import type { AcquireMode, DialogLock, LockedRead } from "./dialog-lock.js";
import { wrapRedisError } from "./errors.js";
import { decodeSubscription } from "./redis/codec.js";
import type { Subscription, SubscriptionRef } from "./types.js";

// KEYS[1] lock hash; ARGV owner, now, leaseMs, mode. Returns 1 when acquired.
const ACQUIRE = `
local owner = redis.call('HGET', KEYS[1], 'o')
local lease = tonumber(redis.call('HGET', KEYS[1], 'l') or '0')
local now = tonumber(ARGV[2])
if owner and lease > now then
  if ARGV[4] == 'coalesce' then redis.call('HSET', KEYS[1], 'd', '1') end
  return 0
end
redis.call('HSET', KEYS[1], 'o', ARGV[1], 'l', now + tonumber(ARGV[3]), 'd', '0')
return 1`;

// ACQUIRE for each pair KEYS[i] lock hash, KEYS[i+1] subscription record (one {slot}); ARGV owner,
// now, leaseMs, mode, liveAt ('' = no CSeq). Per dialog: false when not acquired, '' when acquired
// but the record is gone, else the record, its "lc" incremented first when it expires after liveAt.
const ACQUIRE_READ = `
local now = tonumber(ARGV[2])
local liveAt = tonumber(ARGV[5])
local out = {}
for i = 1, #KEYS, 2 do
  local owner = redis.call('HGET', KEYS[i], 'o')
  local lease = tonumber(redis.call('HGET', KEYS[i], 'l') or '0')
  if owner and lease > now then
    if ARGV[4] == 'coalesce' then redis.call('HSET', KEYS[i], 'd', '1') end
    out[#out + 1] = false
  else
    redis.call('HSET', KEYS[i], 'o', ARGV[1], 'l', now + tonumber(ARGV[3]), 'd', '0')
    local v = redis.call('GET', KEYS[i + 1])
    if not v then
      out[#out + 1] = ''
    else
      if liveAt then
        local r = cjson.decode(v)
        if (tonumber(r.x) or 0) > liveAt then
          r.lc = (tonumber(r.lc) or 0) + 1
          v = cjson.encode(r)
          redis.call('SET', KEYS[i + 1], v)
        end
      end
      out[#out + 1] = v
    end
  end
end
return out`;

// KEYS[1]; ARGV owner, now, leaseMs. Returns 1 when still owned.
const RENEW = `
if redis.call('HGET', KEYS[1], 'o') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'l', tonumber(ARGV[2]) + tonumber(ARGV[3]))
return 1`;

// KEYS[1]; ARGV owner, now, leaseMs. Returns 1 = run again (was dirty), 0 = released, -1 = not owner.
const RELEASE = `
if redis.call('HGET', KEYS[1], 'o') ~= ARGV[1] then return -1 end
if redis.call('HGET', KEYS[1], 'd') == '1' then
  redis.call('HSET', KEYS[1], 'd', '0', 'l', tonumber(ARGV[2]) + tonumber(ARGV[3]))
  return 1
end
redis.call('DEL', KEYS[1])
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

const SCRIPTS = { presenceLockAcquire: ACQUIRE, presenceLockRenew: RENEW, presenceLockRelease: RELEASE, presenceLockSteal: STEAL } as const;
type ScriptName = keyof typeof SCRIPTS;
type AcquireReadCommand = (numberOfKeys: number, ...keysAndArgs: string[]) => Promise<Array<string | null>>;
type LockCommand = (key: string, owner: string, now: string, leaseMs: string, ...extra: string[]) => Promise<number>;

export interface RedisDialogLockOptions {
  redis: Redis;
  keyPrefix?: string;
  now?: () => number;
}

export class RedisDialogLock implements DialogLock {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly leases: string;
  private readonly now: () => number;

  constructor(opts: RedisDialogLockOptions) {
    this.redis = opts.redis;
    this.prefix = opts.keyPrefix ?? "presence:";
    this.leases = `${this.prefix}{locks}:leases`;
    this.now = opts.now ?? Date.now;
    // EVALSHA with the script loaded on first use (and again after a Redis restart), not the
    // script text with every call.
    for (const [name, lua] of Object.entries(SCRIPTS)) this.redis.defineCommand(name, { numberOfKeys: 1, lua });
    this.redis.defineCommand("presenceLockAcquireRead", { lua: ACQUIRE_READ });
  }

  private key(ref: SubscriptionRef): string {
    return `${this.prefix}{${ref.slot}}:l:${ref.id}`;
  }

  /** The record RedisStore keeps for the dialog (same prefix and {slot}: one script reaches both). */
  private recordKey(ref: SubscriptionRef): string {
    return `${this.prefix}{${ref.slot}}:s:${ref.id}`;
  }

  private async run(script: ScriptName, ref: SubscriptionRef, owner: string, leaseMs: number, extra: string[] = []): Promise<number> {
    try {
      const command = (this.redis as unknown as Record<ScriptName, LockCommand>)[script];
      return await withDependencySpan(`redis ${script}`, { "db.system": "redis", "db.operation.name": script }, () =>
        command.call(this.redis, this.key(ref), owner, String(this.now()), String(leaseMs), ...extra),
      );
    } catch (err) {
      throw wrapRedisError(err, "dialog lock");
    }
  }

  private async index(ref: SubscriptionRef, until: number): Promise<void> {
    try {
      await withDependencySpan("redis presenceLockIndex", { "db.system": "redis", "db.operation.name": "presenceLockIndex" }, () =>
        this.redis.zadd(this.leases, until, JSON.stringify([ref.slot, ref.id])),
      );
    } catch (err) {
      throw wrapRedisError(err, "dialog lock index");
    }
  }

  // The index entry and the lock go out together (one connection keeps their order: index first),
  // one round trip instead of two.
  async acquire(ref: SubscriptionRef, owner: string, leaseMs: number, mode: AcquireMode): Promise<boolean> {
    const [, r] = await Promise.all([this.index(ref, this.now() + leaseMs), this.run("presenceLockAcquire", ref, owner, leaseMs, [mode])]);
    return r === 1;
  }

  // One lease-index ZADD and one script per slot (a presentity's watchers share one): the fan-out of a
  // change costs two commands and one round trip instead of three per dialog and three round trips.
  async acquireReading(refs: readonly SubscriptionRef[], owner: string, leaseMs: number, mode: AcquireMode, cseqIfLiveAt: number | null): Promise<LockedRead[]> {
    if (refs.length === 0) return [];
    const now = this.now();
    const bySlot = new Map<string, number[]>();
    refs.forEach((ref, i) => {
      const group = bySlot.get(ref.slot);
      if (group) group.push(i);
      else bySlot.set(ref.slot, [i]);
    });
    const command = (this.redis as unknown as Record<"presenceLockAcquireRead", AcquireReadCommand>).presenceLockAcquireRead;
    const out: LockedRead[] = new Array<LockedRead>(refs.length);
    const liveAt = cseqIfLiveAt === null ? "" : String(cseqIfLiveAt);
    try {
      await withDependencySpan("redis presenceLockAcquireRead", { "db.system": "redis", "db.operation.name": "presenceLockAcquireRead" }, async () => {
        const pairs: Array<string | number> = [];
        for (const ref of refs) pairs.push(now + leaseMs, JSON.stringify([ref.slot, ref.id]));
        const replies = await Promise.all([
          this.redis.zadd(this.leases, ...pairs),
          ...[...bySlot.values()].map((group) => {
            const keys = group.flatMap((i) => [this.key(refs[i]!), this.recordKey(refs[i]!)]);
            return command.call(this.redis, keys.length, ...keys, owner, String(now), String(leaseMs), mode, liveAt);
          }),
        ]);
        [...bySlot.values()].forEach((group, g) => {
          const values = replies[g + 1] as Array<string | null>;
          group.forEach((i, k) => (out[i] = this.lockedRead(refs[i]!, values[k] ?? null, cseqIfLiveAt)));
        });
      });
    } catch (err) {
      throw wrapRedisError(err, "dialog lock");
    }
    return out;
  }

  private lockedRead(ref: SubscriptionRef, value: string | null, liveAt: number | null): LockedRead {
    if (value === null) return { acquired: false };
    if (value === "") return { acquired: true, subscription: null, cseqTaken: false };
    let sub: Subscription;
    try {
      sub = decodeSubscription(ref, value);
    } catch {
      // An unreadable record is no dialog to notify; the caller releases the lock as for a gone one.
      return { acquired: true, subscription: null, cseqTaken: false };
    }
    // The script's own test: it took the CSeq of a record expiring after liveAt.
    return { acquired: true, subscription: sub, cseqTaken: liveAt !== null && sub.expiresAt > liveAt };
  }

  async renew(ref: SubscriptionRef, owner: string, leaseMs: number): Promise<boolean> {
    const [, r] = await Promise.all([this.index(ref, this.now() + leaseMs), this.run("presenceLockRenew", ref, owner, leaseMs)]);
    return r === 1;
  }

  async release(ref: SubscriptionRef, owner: string, leaseMs: number): Promise<boolean> {
    const r = await this.run("presenceLockRelease", ref, owner, leaseMs);
    if (r === 1) await this.index(ref, this.now() + leaseMs);
    return r === 1;
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
        await this.index(ref, now + leaseMs);
        out.push(ref);
      } else if (r === -1) {
        // Released meanwhile: drop the entry unless it was re-added with a later lease.
        await this.redis.zremrangebyscore(this.leases, "-inf", now).catch(() => 0);
      } else {
        const lease = Number(await this.redis.hget(this.key(ref), "l"));
        if (lease > 0) await this.index(ref, lease);
      }
    }
    return out;
  }

  async close(): Promise<void> {
    // The client belongs to the caller.
  }
}
