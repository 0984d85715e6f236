import { test } from "node:test";
import assert from "node:assert/strict";
import { bestRate, nextRate, niceRate, type LadderConfig, type LadderStep } from "./ladder.js";

const cfg: LadderConfig = { start: 500, factor: 2, maxRate: 20000, minRate: 50, refinements: 2, minGap: 0.05 };

/** Runs the ladder against a server that passes every rate up to `capacity`. */
function climb(capacity: number, c = cfg): LadderStep[] {
  const steps: LadderStep[] = [];
  for (let r = nextRate(c, steps); r !== null; r = nextRate(c, steps)) steps.push({ rate: r, pass: r <= capacity });
  return steps;
}

test("rises geometrically, then bisects between the best pass and the first failure", () => {
  const steps = climb(3000);
  assert.deepEqual(
    steps.map((s) => s.rate),
    [500, 1000, 2000, 4000, 3000, 3500],
  );
  assert.equal(bestRate(steps), 3000);
});

test("searches downwards when even the first rate fails, and stops at the minimum", () => {
  const steps = climb(120);
  assert.deepEqual(
    steps.map((s) => s.rate),
    [500, 250, 130, 65, 100, 120],
  );
  assert.equal(bestRate(steps), 120);
  assert.equal(bestRate(climb(10)), null);
});

test("stops at the maximum rate when everything passes", () => {
  const steps = climb(1e9, { ...cfg, maxRate: 3000 });
  assert.deepEqual(
    steps.map((s) => s.rate),
    [500, 1000, 2000, 3000],
  );
});

test("rates are rounded the way they are quoted", () => {
  assert.equal(niceRate(1127), 1150);
  assert.equal(niceRate(563), 560);
  assert.equal(niceRate(37), 35);
  assert.equal(niceRate(1), 5);
});
