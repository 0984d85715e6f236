// One Lua script per multi-key (or read-modify-write) operation. Every script touches only keys of
// one hash tag: the presentity's {slot} or one expiry shard's {x<n>}. Record scripts never touch an
// expiry shard (another Cluster slot); the store orders those writes itself (see redis-store.ts).
import type { Redis } from "ioredis";
import { LuaScript, type ScriptArg } from "./lua-script.js";

/** Splits a publication value into its meta JSON and body (nil when none). */
const SPLIT_PUBLICATION = `
local function split(v)
  local nl = string.find(v, '\\n', 1, true)
  if nl then return string.sub(v, 1, nl - 1), string.sub(v, nl + 1) end
  return v, nil
end
`;

/** The body of psSubPut and psSubPutWatched (see psSubPut). */
const SUBSCRIPTION_PUT = `
local old = redis.call('GET', KEYS[1])
local oldEvent = nil
if old then
  local ok, o = pcall(cjson.decode, old)
  if ok and type(o) == 'table' and type(o.e) == 'string' then
    oldEvent = o.e
    if oldEvent ~= ARGV[3] then redis.call('ZREM', KEYS[2], oldEvent .. ':' .. ARGV[2]) end
  end
end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[3] .. ':' .. ARGV[2])
return oldEvent`;

/** Merges a JSON patch into a decoded record; JSON null removes the key. */
const MERGE = `
local function merge(r, patch)
  for k, val in pairs(cjson.decode(patch)) do
    if val == cjson.null then r[k] = nil else r[k] = val end
  end
end
`;

const SCRIPTS = {
  /**
   * KEYS[1] publication hash. ARGV: oldEtag, newEtag, metaPatch, bodyMode (k keep|s set|n null),
   * body, now. RFC 3903 compare-and-swap: nil unless oldEtag exists and has not expired at now;
   * else {value, changed}: changed is 1 when the body or the content type differs from before.
   */
  psPubUpdate: {
    keys: 1,
    lua: `${SPLIT_PUBLICATION}${MERGE}
local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v then return nil end
local meta, body = split(v)
local m = cjson.decode(meta)
if tonumber(m.x) <= tonumber(ARGV[6]) then return nil end
local oldBody, oldType = body, m.t
if oldType == cjson.null then oldType = nil end
merge(m, ARGV[3])
if ARGV[4] == 's' then body = ARGV[5] elseif ARGV[4] == 'n' then body = nil end
local changed = 0
if body ~= oldBody or m.t ~= oldType then changed = 1 end
local out = cjson.encode(m)
if body then out = out .. '\\n' .. body end
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HSET', KEYS[1], ARGV[2], out)
return {out, changed}`,
  },
  /**
   * Sweeper step for one publication. KEYS[1] publication hash. ARGV: etag, now.
   * {0} gone | {1, value} expired and removed | {2, expiresAt} expires later.
   */
  psPubTake: {
    keys: 1,
    lua: `${SPLIT_PUBLICATION}
local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v then return {0} end
local meta = split(v)
local ok, m = pcall(cjson.decode, meta)
local x = ok and tonumber(m.x) or 0
if x > tonumber(ARGV[2]) then return {2, tostring(x)} end
redis.call('HDEL', KEYS[1], ARGV[1])
return {1, v}`,
  },
  /** KEYS[1] hash. ARGV: field. Removes the field and returns its value (nil when absent). */
  psHashTake: {
    keys: 1,
    lua: `
local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v then return nil end
redis.call('HDEL', KEYS[1], ARGV[1])
return v`,
  },
  /**
   * KEYS[1] subscription, KEYS[2] slot index. ARGV: json, id, event, expiresAt.
   * Insert or replace; returns the replaced record's event (nil when new).
   */
  psSubPut: {
    keys: 2,
    lua: SUBSCRIPTION_PUT,
  },
  /**
   * psSubPut with the watcher's record: KEYS[3] watchers hash (same slot), ARGV[5] watcher,
   * ARGV[6] its record. The HSET goes first, so a failing one leaves the subscription unstored.
   */
  psSubPutWatched: {
    keys: 3,
    lua: `redis.call('HSET', KEYS[3], ARGV[5], ARGV[6])${SUBSCRIPTION_PUT}`,
  },
  /**
   * KEYS[1] subscription, KEYS[2] slot index. ARGV: patch, id, event ('' = any). Returns the merged
   * record, or nil when it is gone or of another event (then left unchanged).
   */
  psSubUpdate: {
    keys: 2,
    lua: `${MERGE}
local v = redis.call('GET', KEYS[1])
if not v then return nil end
local r = cjson.decode(v)
if ARGV[3] and ARGV[3] ~= '' and r.e ~= ARGV[3] then return nil end
merge(r, ARGV[1])
local out = cjson.encode(r)
redis.call('SET', KEYS[1], out)
redis.call('ZADD', KEYS[2], r.x, r.e .. ':' .. ARGV[2])
return out`,
  },
  /** KEYS[1] subscription. Increments localCSeq and returns it (nil when gone). */
  psSubCSeq: {
    keys: 1,
    lua: `
local v = redis.call('GET', KEYS[1])
if not v then return nil end
local r = cjson.decode(v)
r.lc = (tonumber(r.lc) or 0) + 1
redis.call('SET', KEYS[1], cjson.encode(r))
return r.lc`,
  },
  /** KEYS[1] subscription, KEYS[2] slot index. ARGV: id. Removes and returns the record (nil when gone). */
  psSubDelete: {
    keys: 2,
    lua: `
local v = redis.call('GET', KEYS[1])
if not v then return nil end
redis.call('DEL', KEYS[1])
local ok, r = pcall(cjson.decode, v)
if ok and type(r) == 'table' and type(r.e) == 'string' then
  redis.call('ZREM', KEYS[2], r.e .. ':' .. ARGV[1])
end
return v`,
  },
  /**
   * Sweeper step for one subscription. KEYS[1] subscription, KEYS[2] slot index. ARGV: id, now,
   * event (of the expiry shard the entry came from; an entry of another event is stale).
   * {0} gone | {1, json} expired (or undecodable) and removed | {2, expiresAt} expires later.
   */
  psSubTake: {
    keys: 2,
    lua: `
local v = redis.call('GET', KEYS[1])
if not v then return {0} end
local ok, r = pcall(cjson.decode, v)
if ok and type(r) == 'table' then
  if r.e ~= ARGV[3] then return {0} end
  local x = tonumber(r.x) or 0
  if x > tonumber(ARGV[2]) then return {2, tostring(x)} end
  redis.call('ZREM', KEYS[2], r.e .. ':' .. ARGV[1])
end
redis.call('DEL', KEYS[1])
return {1, v}`,
  },
  /**
   * KEYS[1] expiry shard. ARGV: now, limit, leaseUntil. Claims up to limit due entries by moving
   * them to leaseUntil, so concurrent sweepers get disjoint entries and a crashed sweeper's
   * entries come back when the lease ends.
   */
  psExpClaim: {
    keys: 1,
    lua: `
local m = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
for i = 1, #m do redis.call('ZADD', KEYS[1], ARGV[3], m[i]) end
return m`,
  },
  /**
   * KEYS[1] expiry shard. ARGV: expectedScore, then pairs (member, newScore or '' to remove).
   * Changes an entry only while its score is still expectedScore: a writer's newer ZADD wins.
   */
  psExpResolve: {
    keys: 1,
    lua: `
local expected = tonumber(ARGV[1])
local n = 0
for i = 2, #ARGV, 2 do
  local s = redis.call('ZSCORE', KEYS[1], ARGV[i])
  if s and tonumber(s) == expected then
    if ARGV[i + 1] == '' then redis.call('ZREM', KEYS[1], ARGV[i])
    else redis.call('ZADD', KEYS[1], ARGV[i + 1], ARGV[i]) end
    n = n + 1
  end
end
return n`,
  },
} as const;

export type ScriptName = keyof typeof SCRIPTS;

/** Sweeper step outcome: [0] gone, [1, record] taken, [2, expiresAt] expires later. */
export type TakeReply = [0] | [1, Buffer] | [2, Buffer];

type Arg = ScriptArg;
type Key = string | Buffer;

/** The scripts as calls on one client (keys first, then ARGV, as each script's comment lists them). */
export interface StoreCommands {
  psPubUpdateBuffer(key: Key, oldEtag: Arg, newEtag: Arg, metaPatch: Arg, bodyMode: "k" | "s" | "n", body: Arg, now: Arg): Promise<[Buffer, number] | null>;
  psPubTakeBuffer(key: Key, etag: Arg, now: Arg): Promise<TakeReply>;
  psHashTakeBuffer(key: Key, field: Arg): Promise<Buffer | null>;
  psSubPut(record: Key, index: Key, json: Arg, id: Arg, event: Arg, expiresAt: Arg): Promise<string | null>;
  psSubPutWatched(record: Key, index: Key, watchers: Key, json: Arg, id: Arg, event: Arg, expiresAt: Arg, watcher: Arg, watcherJson: Arg): Promise<string | null>;
  psSubUpdate(record: Key, index: Key, patch: Arg, id: Arg, event: Arg): Promise<string | null>;
  psSubCSeq(record: Key): Promise<number | null>;
  psSubDelete(record: Key, index: Key, id: Arg): Promise<string | null>;
  psSubTakeBuffer(record: Key, index: Key, id: Arg, now: Arg, event: Arg): Promise<TakeReply>;
  psExpClaim(shard: Key, now: Arg, limit: Arg, leaseUntil: Arg): Promise<string[]>;
  psExpResolve(shard: Key, expected: Arg, ...memberScorePairs: Arg[]): Promise<number>;
}

const LOADED = Object.fromEntries(Object.entries(SCRIPTS).map(([name, { lua }]) => [name, new LuaScript(lua)])) as Record<ScriptName, LuaScript>;

/** A script's EVALSHA name (tests tell its calls apart by it). */
export function storeScriptSha(name: ScriptName): string {
  return LOADED[name].sha;
}

/** The store's scripts on `redis` (EVALSHA, EVAL when the server does not know one). */
export function storeCommands(redis: Redis): StoreCommands {
  // The reply types are the scripts' own (their comments); Redis does not check them.
  const text = <R>(name: ScriptName) => (...args: Arg[]) => LOADED[name].run(redis, SCRIPTS[name].keys, args) as Promise<R>;
  const bytes = <R>(name: ScriptName) => (...args: Arg[]) => LOADED[name].runBuffer(redis, SCRIPTS[name].keys, args) as Promise<R>;
  return {
    psPubUpdateBuffer: bytes<[Buffer, number] | null>("psPubUpdate"),
    psPubTakeBuffer: bytes<TakeReply>("psPubTake"),
    psHashTakeBuffer: bytes<Buffer | null>("psHashTake"),
    psSubPut: text<string | null>("psSubPut"),
    psSubPutWatched: text<string | null>("psSubPutWatched"),
    psSubUpdate: text<string | null>("psSubUpdate"),
    psSubCSeq: text<number | null>("psSubCSeq"),
    psSubDelete: text<string | null>("psSubDelete"),
    psSubTakeBuffer: bytes<TakeReply>("psSubTake"),
    psExpClaim: text<string[]>("psExpClaim"),
    psExpResolve: text<number>("psExpResolve"),
  };
}
