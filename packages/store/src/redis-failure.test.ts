// RedisStore failure behaviour: fail fast with a retryable StoreError while Redis is unreachable,
// non-retryable errors for backend faults, undecodable records skipped rather than fatal.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:net";
import { Redis } from "ioredis";
import { StoreError } from "./errors.js";
import { RedisStore } from "./redis-store.js";
import { presentitySlot } from "./slot.js";
import { T0, publication, refOf, subscription, watcher } from "./test-fixtures.js";
import { REDIS_URL, deleteKeysUnder, uniquePrefix } from "./test-redis.js";

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  assert.ok(address !== null && typeof address === "object");
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return address.port;
}

function isRetryable(err: unknown): boolean {
  assert.ok(err instanceof StoreError, `expected StoreError, got ${String(err)}`);
  assert.equal(err.code, "unavailable");
  assert.equal(err.retryable, true);
  assert.ok(err.cause instanceof Error, "carries the Redis error as cause");
  return true;
}

test("a store pointed at a closed port rejects with a retryable StoreError within 2 s", async () => {
  const store = new RedisStore({ url: `redis://127.0.0.1:${await closedPort()}`, keyPrefix: uniquePrefix("down") });
  try {
    const started = Date.now();
    await Promise.all([
      assert.rejects(store.getSubscription(refOf(subscription())), isRetryable),
      assert.rejects(store.putSubscription(subscription()), isRetryable),
      assert.rejects(store.takeExpiredPublications(T0, 10), isRetryable),
    ]);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 2000, `took ${elapsed} ms`);
    // Still failing fast later, while the client keeps reconnecting in the background.
    const again = Date.now();
    await assert.rejects(store.countSubscriptions(), isRetryable);
    assert.ok(Date.now() - again < 2000);
    // What the metrics export: every failed call, and the client's failed connects and retries.
    assert.equal(store.backendStats.commandErrors, 4);
    assert.ok(store.backendStats.connectionErrors >= 1, `connection errors ${store.backendStats.connectionErrors}`);
    assert.ok(store.backendStats.reconnects >= 1, `reconnects ${store.backendStats.reconnects}`);
  } finally {
    await store.close();
  }
});

test("backend faults are non-retryable StoreErrors; undecodable records are skipped in lists", async () => {
  const keyPrefix = uniquePrefix("fault");
  const raw = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const store = new RedisStore({ redis: raw, keyPrefix });
  try {
    const bob = "bob@example.com";
    const slot = presentitySlot(bob);
    // Something else wrote a string where the watcher hash lives.
    await raw.set(`${keyPrefix}{${slot}}:w:presence:${bob}`, "not a hash");
    await assert.rejects(store.putWatcher(watcher()), (err: unknown) => {
      assert.ok(err instanceof StoreError);
      assert.equal(err.code, "backend");
      assert.equal(err.retryable, false);
      assert.match(err.message, /WRONGTYPE/);
      return true;
    });
    assert.equal(store.backendStats.commandErrors, 1);
    // The subscription written with that watcher record is not stored either: both or neither.
    const withWatcher = subscription();
    await assert.rejects(store.putSubscriptionWithWatcher(withWatcher, watcher()), /WRONGTYPE/);
    assert.equal(await store.getSubscription(refOf(withWatcher)), null);
    assert.deepEqual(await store.listSubscriptions(bob, "presence", T0), []);

    const good = subscription();
    const bad = subscription();
    await store.putSubscription(good);
    await store.putSubscription(bad);
    await raw.set(`${keyPrefix}{${slot}}:s:${bad.id}`, "{broken json");
    assert.deepEqual(await store.listSubscriptions(bob, "presence", T0), [good]);
    await assert.rejects(store.getSubscription(refOf(bad)), (e: unknown) => e instanceof StoreError && e.code === "corrupt-record");

    const p = publication();
    await store.insertPublication(p);
    await raw.hset(`${keyPrefix}{${slot}}:p:presence:${bob}`, "junk", Buffer.from([0xff, 0x0a, 0x00]));
    assert.deepEqual(await store.listPublications(bob, "presence", T0), [p]);

    // close() leaves a caller-supplied client open.
    await store.close();
    assert.equal(await raw.ping(), "PONG");
  } finally {
    await store.close();
    await deleteKeysUnder(keyPrefix);
    raw.disconnect();
  }
});

test("the constructor rejects a key prefix that would break the hash tags", () => {
  assert.throws(() => new RedisStore({ keyPrefix: "pre{fix}:" }), (e: unknown) => e instanceof StoreError && e.code === "invalid-argument");
  assert.throws(() => new RedisStore({ shards: 0 }), StoreError);
});
