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

test("dialogs released in the same turn share one computation, started after all of them", async () => {
  const cache = new StateCache();
  let calls = 0;
  let startedAt = 0;
  const compute = async () => {
    startedAt = cache.tick();
    return state(++calls);
  };
  await cache.get("k", cache.tick(), compute);
  // Three dirty re-runs, each taking its tick just before asking (as after its lock release).
  const reruns = [cache.tick(), cache.tick(), cache.tick()].map((at) => ({ at, doc: cache.get("k", at, compute) }));
  const docs = await Promise.all(reruns.map((r) => r.doc));
  assert.equal(calls, 2);
  for (const r of reruns) assert.ok(startedAt > r.at, "the shared computation started after every re-run's lock");
  assert.equal(new Set(docs).size, 1);
  // A re-run after that computation started needs a newer one.
  await cache.get("k", cache.tick(), compute);
  assert.equal(calls, 3);
});

test("a computation that throws at once rejects, and is not kept", async () => {
  const cache = new StateCache();
  const at = cache.tick();
  await assert.rejects(
    cache.get("k", at, () => {
      throw new Error("bad input");
    }),
    /bad input/,
  );
  assert.equal((await cache.get("k", at, async () => state(1))).body?.toString(), "1");
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
