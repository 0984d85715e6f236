import { test } from "node:test";
import assert from "node:assert/strict";
import { StateCache, type CachedState } from "./state-cache.js";

const state = (n: number): CachedState => ({ body: Buffer.from(String(n)), contentType: "text/plain", published: true });

test("a document computed after the lock was taken is shared", async () => {
  const cache = new StateCache();
  let calls = 0;
  const compute = async () => state(++calls);
  const locked1 = cache.tick();
  const locked2 = cache.tick();
  const a = await cache.get("k", locked1, compute);
  const b = await cache.get("k", locked2, compute);
  assert.equal(calls, 1);
  assert.equal(a, b);
});

test("a dialog locked after a computation started gets a fresh one", async () => {
  const cache = new StateCache();
  let calls = 0;
  const compute = async () => state(++calls);
  await cache.get("k", cache.tick(), compute);
  const lockedLater = cache.tick();
  const fresh = await cache.get("k", lockedLater, compute);
  assert.equal(calls, 2);
  assert.equal(fresh.body?.toString(), "2");
});

test("a failed computation is not kept", async () => {
  const cache = new StateCache();
  const at = cache.tick();
  await assert.rejects(cache.get("k", at, async () => Promise.reject(new Error("store down"))));
  const ok = await cache.get("k", at, async () => state(7));
  assert.equal(ok.body?.toString(), "7");
});

test("the cache stays bounded", async () => {
  const cache = new StateCache(10);
  const at = cache.tick();
  for (let i = 0; i < 50; i++) await cache.get(`k${i}`, at, async () => state(i));
  let calls = 0;
  await cache.get("k0", at, async () => state(++calls));
  assert.equal(calls, 1);
});
