import { test } from "node:test";
import assert from "node:assert/strict";
import { RecentMap } from "./recent-map.js";

test("keeps at least one generation of the most recently used keys, at most two", () => {
  const m = new RecentMap<string, { n: number }>(100);
  for (let i = 0; i < 1000; i++) {
    m.set(`k${i}`, { n: i });
    assert.ok(m.size <= 200);
  }
  for (let i = 900; i < 1000; i++) assert.equal(m.get(`k${i}`)?.n, i, `k${i} is among the last 100`);
  assert.equal(m.get("k0"), undefined);
});

test("a key read from the previous generation survives the next turnover", () => {
  const m = new RecentMap<string, { n: number }>(3);
  m.set("a", { n: 1 });
  m.set("b", { n: 2 });
  m.set("c", { n: 3 }); // a, b, c become the previous generation
  assert.equal(m.get("a")?.n, 1); // moved to the current one
  m.set("d", { n: 4 });
  m.set("e", { n: 5 }); // a, d, e become the previous generation; b and c are dropped
  assert.equal(m.get("a")?.n, 1);
  assert.equal(m.get("b"), undefined);
  assert.equal(m.get("c"), undefined);
});

test("set replaces, delete removes from either generation", () => {
  const m = new RecentMap<string, { n: number }>(2);
  m.set("a", { n: 1 });
  m.set("b", { n: 2 }); // previous: a, b
  m.set("a", { n: 10 });
  assert.equal(m.get("a")?.n, 10);
  assert.equal(m.size, 2);
  m.delete("b");
  assert.equal(m.get("b"), undefined);
  m.delete("a");
  assert.equal(m.size, 0);
  assert.throws(() => new RecentMap(0), RangeError);
});
