import { test } from "node:test";
import assert from "node:assert/strict";
import { StateCache, type CachedState } from "./state-cache.js";

const state = (n: number): CachedState => ({ body: Buffer.from(String(n)), contentType: "text/plain", published: true });

test("one computation is shared until invalidated", async () => {
  const cache = new StateCache();
  let calls = 0;
  const compute = async () => state(++calls);
  const a = await cache.get("k", compute);
  const b = await cache.get("k", compute);
  assert.equal(calls, 1);
  assert.equal(a, b);
  cache.invalidate("k");
  const c = await cache.get("k", compute);
  assert.equal(calls, 2);
  assert.equal(c.body?.toString(), "2");
});

test("a computation started before an invalidation is not kept", async () => {
  const cache = new StateCache();
  let release!: () => void;
  const slow = new Promise<void>((r) => (release = r));
  const first = cache.get("k", async () => {
    await slow;
    return state(1);
  });
  cache.invalidate("k");
  release();
  assert.equal((await first).body?.toString(), "1");
  const fresh = await cache.get("k", async () => state(2));
  assert.equal(fresh.body?.toString(), "2");
});

test("the cache stays bounded", async () => {
  const cache = new StateCache(10);
  for (let i = 0; i < 50; i++) await cache.get(`k${i}`, async () => state(i));
  let calls = 0;
  await cache.get("k0", async () => state(++calls));
  assert.equal(calls, 1);
});
