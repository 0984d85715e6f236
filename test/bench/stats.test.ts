import { test } from "node:test";
import assert from "node:assert/strict";
import { percentile, relativeSpread, spread } from "./stats.js";

test("nearest-rank percentiles", () => {
  const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
  assert.equal(percentile(xs, 50), 5);
  assert.equal(percentile(xs, 99), 10);
  assert.equal(percentile(xs, 0), 1);
  assert.equal(percentile([], 50), null);
});

test("median and spread of runs ignore runs without the figure", () => {
  const s = spread([300, null, 100, 200]);
  assert.equal(s.median, 200);
  assert.equal(s.min, 100);
  assert.equal(s.max, 300);
  assert.deepEqual(s.runs, [300, null, 100, 200]);
  assert.equal(spread([1, 2, 3, 4]).median, 2.5);
  assert.equal(relativeSpread(s), 0.5);
  assert.equal(spread([null]).median, null);
});
