import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { MemoryDialogLock, type DialogLock } from "./dialog-lock.js";
import { RedisDialogLock } from "./redis-dialog-lock.js";

const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

function contract(name: string, make: (now: () => number) => DialogLock, cleanup: () => Promise<void>) {
  describe(`dialog lock (${name})`, () => {
    let clock = 1_000_000;
    const now = () => clock;
    const lock = make(now);
    const ref = (id: string) => ({ slot: "slotA", id });
    after(cleanup);

    test("one owner at a time; a busy coalescing acquire marks the dialog dirty", async () => {
      assert.equal(await lock.acquire(ref("d1"), "r1", 1000, "coalesce"), true);
      assert.equal(await lock.acquire(ref("d1"), "r2", 1000, "coalesce"), false);
      // Dirty: the owner must run again, keeping the lock.
      assert.equal(await lock.release(ref("d1"), "r1", 1000), true);
      assert.equal(await lock.acquire(ref("d1"), "r2", 1000, "coalesce"), false);
      assert.equal(await lock.release(ref("d1"), "r1", 1000), true);
      assert.equal(await lock.release(ref("d1"), "r1", 1000), false);
      assert.equal(await lock.acquire(ref("d1"), "r2", 1000, "coalesce"), true);
      assert.equal(await lock.release(ref("d1"), "r2", 1000), false);
    });

    test("a probe does not mark the dialog dirty", async () => {
      assert.equal(await lock.acquire(ref("d2"), "r1", 1000, "coalesce"), true);
      assert.equal(await lock.acquire(ref("d2"), "r2", 1000, "probe"), false);
      assert.equal(await lock.release(ref("d2"), "r1", 1000), false);
    });

    test("only the owner renews or releases", async () => {
      assert.equal(await lock.acquire(ref("d3"), "r1", 1000, "coalesce"), true);
      assert.equal(await lock.renew(ref("d3"), "r2", 1000), false);
      assert.equal(await lock.release(ref("d3"), "r2", 1000), false);
      assert.equal(await lock.renew(ref("d3"), "r1", 1000), true);
      assert.equal(await lock.release(ref("d3"), "r1", 1000), false);
    });

    test("an expired lease is taken over: by acquire, and by the orphan scan", async () => {
      assert.equal(await lock.acquire(ref("d4"), "dead", 1000, "coalesce"), true);
      assert.equal(await lock.acquire(ref("d5"), "dead", 1000, "coalesce"), true);
      assert.deepEqual(await lock.takeOrphans("r2", clock, 1000, 10), []);
      clock += 1001;
      assert.equal(await lock.acquire(ref("d4"), "r2", 1000, "coalesce"), true);
      const orphans = await lock.takeOrphans("r3", clock, 1000, 10);
      assert.deepEqual(orphans.map((r) => r.id), ["d5"]);
      assert.equal(await lock.release(ref("d5"), "dead", 1000), false, "the dead owner lost it");
      assert.equal(await lock.release(ref("d5"), "r3", 1000), false);
      assert.equal(await lock.release(ref("d4"), "r2", 1000), false);
    });
  });
}

contract("memory", (now) => new MemoryDialogLock(now), async () => undefined);

const redis = new Redis(url, { maxRetriesPerRequest: 1 });
const prefix = `test:lock:${randomBytes(5).toString("hex")}:`;
contract("redis", (now) => new RedisDialogLock({ redis, keyPrefix: prefix, now }), async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

test("redis: concurrent acquirers on one dialog: exactly one wins", async () => {
  const clients = Array.from({ length: 4 }, () => new Redis(url, { maxRetriesPerRequest: 1 }));
  const p = `test:lock:${randomBytes(5).toString("hex")}:`;
  try {
    const locks = clients.map((c) => new RedisDialogLock({ redis: c, keyPrefix: p }));
    for (let round = 0; round < 20; round++) {
      const ref = { slot: "s", id: `race${round}` };
      const wins = await Promise.all(locks.flatMap((l, i) => [l.acquire(ref, `o${i}a`, 5000, "coalesce"), l.acquire(ref, `o${i}b`, 5000, "coalesce")]));
      assert.equal(wins.filter(Boolean).length, 1);
    }
  } finally {
    const keys = await clients[0]!.keys(`${p}*`);
    if (keys.length) await clients[0]!.del(...keys);
    for (const c of clients) c.disconnect();
  }
});
