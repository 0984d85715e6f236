// RedisStore specifics: the key layout (hash tags) and the idempotent, lease-based expiry sweep.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { Redis } from "ioredis";
import { RedisStore } from "./redis-store.js";
import { KeySpace, publicationMember, subscriptionMember } from "./redis/keys.js";
import { storeCommands, storeScriptSha, type StoreCommands } from "./redis/scripts.js";
import { presentitySlot } from "./slot.js";
import { T0, publication, refOf, subscription, watcher } from "./test-fixtures.js";
import { REDIS_URL, deleteKeysUnder, interceptScript, keysUnder, uniquePrefix, type RedisCommand } from "./test-redis.js";

const HOUR = 3_600_000;
const SHARDS = 4;

/** Redis Cluster hashes only the part between the first '{' and the next '}'. */
function hashTag(key: string): string | null {
  const open = key.indexOf("{");
  const close = key.indexOf("}", open + 1);
  return open < 0 || close <= open + 1 ? null : key.slice(open + 1, close);
}

describe("RedisStore key layout and expiry sweep", () => {
  let raw: Redis;
  let cmd: StoreCommands;
  before(() => {
    raw = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    cmd = storeCommands(raw);
  });
  after(() => raw.disconnect());

  async function withStore(fn: (store: RedisStore, keys: KeySpace) => Promise<void>, leaseMs = 30_000): Promise<void> {
    const prefix = uniquePrefix("expiry");
    const store = new RedisStore({ url: REDIS_URL, keyPrefix: prefix, shards: SHARDS, sweepLeaseMs: leaseMs });
    try {
      await fn(store, new KeySpace(prefix, SHARDS));
    } finally {
      await store.close();
      await deleteKeysUnder(prefix);
    }
  }

  test("every key is under the prefix and every key of a presentity carries its slot as hash tag", () =>
    withStore(async (store, keys) => {
      const bob = "bob@example.com";
      await store.insertPublication(publication({ presentity: bob }));
      await store.putSubscription(subscription({ presentity: bob }));
      await store.putWatcher(watcher({ presentity: bob }));
      await store.insertPublication(publication({ presentity: "carol@example.com", event: "dialog" }));

      const all = await keysUnder(raw, keys.prefix);
      assert.ok(all.length >= 7, `keys: ${all.join(", ")}`);
      const bobKeys = all.filter((k) => hashTag(k) === presentitySlot(bob));
      assert.deepEqual(
        bobKeys.map((k) => k.slice(keys.prefix.length + 12).split(":")[1]).sort(),
        ["p", "s", "si", "w"],
      );
      for (const k of all) {
        const tag = hashTag(k);
        const ok = k === keys.events || tag === presentitySlot(bob) || tag === presentitySlot("carol@example.com") || /^x\d+$/.test(tag ?? "");
        assert.ok(ok, `unexpected key ${k}`);
        if (tag !== null) assert.ok(k.startsWith(`${keys.prefix}{${tag}}:`), `tag not right after the prefix: ${k}`);
      }
    }));

  test("sweeping drops entries whose record is gone and re-files entries of records that expire later", () =>
    withStore(async (store, keys) => {
      const live = subscription();
      await store.putSubscription(live);
      const liveMember = subscriptionMember(live.slot, live.id);
      const liveShard = keys.expiry("s", live.event, liveMember);
      // An entry filed too early (a writer race) and one left by a writer that crashed before its record.
      await raw.zadd(liveShard, T0 + 10, liveMember);
      const ghostMember = subscriptionMember(presentitySlot("ghost@example.com"), "ghost");
      const ghostShard = keys.expiry("s", "presence", ghostMember);
      await raw.zadd(ghostShard, T0 + 10, ghostMember);
      const pubGhost = publicationMember("ghost@example.com", "etag-ghost");
      await raw.sadd(keys.events, "p:presence");
      await raw.zadd(keys.expiry("p", "presence", pubGhost), T0 + 10, pubGhost);

      assert.deepEqual(await store.takeExpiredSubscriptions(T0 + 100, 10), []);
      assert.deepEqual(await store.takeExpiredPublications(T0 + 100, 10), []);
      assert.equal(await raw.zscore(liveShard, liveMember), String(live.expiresAt));
      assert.equal(await raw.zscore(ghostShard, ghostMember), null);
      assert.equal(await store.countSubscriptions(), 1);
      assert.equal(await store.countPublications(), 0);
      assert.deepEqual(await store.getSubscription(refOf(live)), live);
    }));

  test("entries claimed by a sweeper that died are taken once its lease ends", () =>
    withStore(async (store, keys) => {
      const s = subscription({ expiresAt: T0 + 100 });
      const p = publication({ expiresAt: T0 + 100 });
      await store.putSubscription(s);
      await store.insertPublication(p);
      const sShard = keys.expiry("s", s.event, subscriptionMember(s.slot, s.id));
      const pShard = keys.expiry("p", p.event, publicationMember(p.presentity, p.etag));
      // The dead sweeper: claimed at T0+200 with a 1 s lease, never resolved.
      assert.equal((await cmd.psExpClaim(sShard, T0 + 200, 10, T0 + 1200.375)).length, 1);
      assert.equal((await cmd.psExpClaim(pShard, T0 + 200, 10, T0 + 1200.375)).length, 1);

      assert.deepEqual(await store.takeExpiredSubscriptions(T0 + 1000, 10), []);
      assert.deepEqual(await store.takeExpiredPublications(T0 + 1000, 10), []);
      assert.deepEqual(await store.takeExpiredSubscriptions(T0 + 1201, 10), [s]);
      assert.deepEqual(await store.takeExpiredPublications(T0 + 1201, 10), [p]);
      assert.equal(await raw.zcard(sShard), 0);
      assert.equal(await raw.zcard(pShard), 0);
    }, 1000));

  test("a writer's newer expiry wins over a sweeper's resolution of the same entry", () =>
    withStore(async (store, keys) => {
      const s = subscription({ expiresAt: T0 + 100 });
      await store.putSubscription(s);
      const member = subscriptionMember(s.slot, s.id);
      const shard = keys.expiry("s", s.event, member);
      const lease = T0 + 30_200.375;
      assert.deepEqual(await cmd.psExpClaim(shard, T0 + 200, 10, lease), [member]);
      // A refresh lands while the sweeper works: its ZADD replaces the claim.
      await store.updateSubscription(refOf(s), { expiresAt: T0 + HOUR });
      // The sweeper read the record before the refresh and would remove the entry: it must not.
      assert.equal(await cmd.psExpResolve(shard, lease, member, ""), 0);
      assert.equal(await raw.zscore(shard, member), String(T0 + HOUR));
      assert.deepEqual(await store.takeExpiredSubscriptions(T0 + HOUR, 10), [{ ...s, expiresAt: T0 + HOUR }]);
    }));

  test("publication refresh moves the expiry entry to the new ETag", () =>
    withStore(async (store, keys) => {
      const p = publication({ expiresAt: T0 + 100 });
      await store.insertPublication(p);
      const key = { presentity: p.presentity, event: p.event, etag: p.etag };
      await store.updatePublication(key, { newEtag: "e2", expiresAt: T0 + HOUR, receivedAt: T0 + 50 });
      assert.equal(await store.updatePublication(key, { newEtag: "e3", expiresAt: T0 + HOUR, receivedAt: T0 + 60 }), null);
      const entries = (
        await Promise.all(keys.expiryShards("p", p.event).map((k) => raw.zrange(k, "0", "-1", "WITHSCORES")))
      ).flat();
      assert.deepEqual(entries, [publicationMember(p.presentity, "e2"), String(T0 + HOUR)]);
    }));
});

describe("RedisStore expiry entries sent with their record's write", () => {
  const SCRIPT_OF = { psPubUpdateBuffer: "psPubUpdate", psSubPut: "psSubPut", psSubUpdate: "psSubUpdate" } as const;

  /** Wraps one command of the client, or the EVALSHA calls of one script; `wrap` gets the real one. */
  function intercept(client: Redis, name: "zadd" | "hset" | "get" | keyof typeof SCRIPT_OF, wrap: (real: RedisCommand) => RedisCommand): void {
    if (name in SCRIPT_OF) return interceptScript(client, storeScriptSha(SCRIPT_OF[name as keyof typeof SCRIPT_OF]), wrap);
    const target = client as unknown as Record<string, RedisCommand>;
    const real = target[name]!.bind(client);
    target[name] = wrap(real);
  }

  async function withClient(fn: (store: RedisStore, client: Redis, keys: KeySpace) => Promise<void>): Promise<void> {
    const prefix = uniquePrefix("entry");
    const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    const store = new RedisStore({ redis: client, keyPrefix: prefix, shards: SHARDS });
    try {
      await fn(store, client, new KeySpace(prefix, SHARDS));
    } finally {
      await store.close();
      client.disconnect();
      await deleteKeysUnder(prefix);
    }
  }

  test("the write is sent right behind its entry, before the entry's reply", () =>
    withClient(async (store, client, keys) => {
      // One connection runs commands in the order sent, so this order is also the order Redis runs them in.
      const events: string[] = [];
      intercept(client, "zadd", (real) => (...args) => {
        events.push("zadd sent");
        const reply = real(...args);
        void reply.then(() => events.push("zadd answered"), () => events.push("zadd failed"));
        return reply;
      });
      for (const name of ["hset", "psPubUpdateBuffer", "psSubPut"] as const) {
        intercept(client, name, (real) => (...args) => {
          events.push(`${name} sent`);
          return real(...args);
        });
      }
      const p = publication({ expiresAt: T0 + HOUR });
      await store.insertPublication(p);
      assert.deepEqual(events.splice(0), ["zadd sent", "hset sent", "zadd answered"]);
      await store.updatePublication({ presentity: p.presentity, event: p.event, etag: p.etag }, { newEtag: "e2", expiresAt: T0 + 2 * HOUR, receivedAt: T0 });
      assert.deepEqual(events.splice(0), ["zadd sent", "psPubUpdateBuffer sent", "zadd answered"]);
      await store.putSubscription(subscription());
      assert.deepEqual(events.splice(0), ["zadd sent", "psSubPut sent", "zadd answered"]);
      const entries = (await Promise.all(keys.expiryShards("p", p.event).map((k) => client.zrange(k, "0", "-1", "WITHSCORES")))).flat();
      assert.deepEqual(entries, [publicationMember(p.presentity, "e2"), String(T0 + 2 * HOUR)]);
    }));

  test("a refresh that names the subscription's event files its entry without reading the record first", () =>
    withClient(async (store, client, keys) => {
      const events: string[] = [];
      for (const name of ["get", "zadd", "psSubUpdate"] as const) {
        intercept(client, name, (real) => (...args) => {
          events.push(name);
          return real(...args);
        });
      }
      const s = subscription({ expiresAt: T0 + HOUR });
      await store.putSubscription(s);
      events.splice(0);
      const ref = { slot: s.slot, id: s.id };
      assert.equal((await store.updateSubscription(ref, { expiresAt: T0 + 2 * HOUR }, { event: s.event }))?.expiresAt, T0 + 2 * HOUR);
      assert.deepEqual(events.splice(0), ["zadd", "psSubUpdate"]);
      // Without it the store reads the record for its event first.
      assert.equal((await store.updateSubscription(ref, { expiresAt: T0 + 3 * HOUR }))?.expiresAt, T0 + 3 * HOUR);
      assert.deepEqual(events.splice(0), ["get", "zadd", "psSubUpdate"]);
      const member = subscriptionMember(s.slot, s.id);
      assert.equal(await client.zscore(keys.expiry("s", s.event, member), member), String(T0 + 3 * HOUR));
      // Another event: the record is left as it is, and the entry filed for it withdrawn.
      assert.equal(await store.updateSubscription(ref, { expiresAt: T0 + 4 * HOUR }, { event: "dialog" }), null);
      assert.equal(await client.zscore(keys.expiry("s", "dialog", member), member), null);
      assert.equal((await store.getSubscription(ref))?.expiresAt, T0 + 3 * HOUR);
    }));

  test("an entry refused while its record was written is filed again; refused twice, the write fails", () =>
    withClient(async (store, client, keys) => {
      let refusals = 1;
      intercept(client, "zadd", (real) => (...args) => (refusals-- > 0 ? Promise.reject(new Error("ERR refused by the test")) : real(...args)));
      const p = publication({ expiresAt: T0 + HOUR });
      await store.insertPublication(p);
      assert.deepEqual(await store.listPublications(p.presentity, p.event, T0), [p]);
      const shard = keys.expiry("p", p.event, publicationMember(p.presentity, p.etag));
      assert.equal(await client.zscore(shard, publicationMember(p.presentity, p.etag)), String(T0 + HOUR));

      refusals = 2;
      await assert.rejects(store.putSubscription(subscription()), /refused by the test/);
      assert.equal(refusals, 0);
    }));
});
