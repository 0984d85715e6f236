import { test } from "node:test";
import assert from "node:assert/strict";
import { loadSettings, parseArgs } from "./settings.js";

test("defaults: three parts, three runs of 5 s steps; --memory adds the memory part", () => {
  const o = parseArgs([]);
  assert.deepEqual(o.parts, ["subscribe", "publish", "fanout"]);
  assert.equal(loadSettings(o).runs, 3);
  assert.equal(loadSettings(o).stepSeconds, 5);
  assert.deepEqual(parseArgs(["--", "--memory"]).parts, ["subscribe", "publish", "fanout", "memory"]);
});

test("--quick shortens everything; --only and --topologies select; bad input is refused", () => {
  const o = parseArgs(["--quick", "--only", "fanout,memory", "--topologies", "standalone-redis", "--runs", "2"]);
  assert.deepEqual(o.parts, ["fanout", "memory"]);
  assert.deepEqual(o.topologies, ["standalone-redis"]);
  const s = loadSettings(o);
  assert.equal(s.runs, 2);
  assert.equal(s.stepSeconds, 2);
  assert.equal(s.memorySubscriptions, 10000);
  assert.throws(() => parseArgs(["--only", "dance"]), /unknown part dance/);
  assert.throws(() => parseArgs(["--runs", "0"]), /positive/);
  assert.equal(parseArgs(["--notifier-cpu", "0.25"]).notifierCpu, 0.25);
  assert.equal(parseArgs([]).notifierCpu, null);
  assert.equal(loadSettings(parseArgs([])).fanoutUntilPeak, false);
  assert.equal(loadSettings(parseArgs(["--notifier-cpu", "0.25"])).fanoutUntilPeak, true);
  assert.throws(() => parseArgs(["--notifier-cpu", "-1"]), /positive/);
  assert.deepEqual(loadSettings(parseArgs(["--fanout-rates", "20,40,60"])).fanoutRates, [20, 40, 60]);
  assert.throws(() => parseArgs(["--fanout-rates", "20,x"]), /positive/);
  assert.throws(() => parseArgs(["--frobnicate"]), /unknown option/);
  assert.throws(() => parseArgs(["--redis-url"]), /needs a value/);
});

test("fan-out warm-up: 5 s at 200 PUBLISH/s (quick 2 s), half the rate under a notifier CPU limit, 0 turns it off", () => {
  assert.deepEqual(loadSettings(parseArgs([])).fanoutWarmup, { rate: 200, seconds: 5 });
  assert.deepEqual(loadSettings(parseArgs(["--quick"])).fanoutWarmup, { rate: 200, seconds: 2 });
  // With a CPU-limited notifier: at most 100 PUBLISH/s, and not above the ladder's first step.
  assert.deepEqual(loadSettings(parseArgs(["--notifier-cpu", "0.15"])).fanoutWarmup, { rate: 50, seconds: 5 });
  assert.deepEqual(loadSettings(parseArgs(["--notifier-cpu", "0.15", "--fanout-rates", "300,600"])).fanoutWarmup, { rate: 100, seconds: 5 });
  assert.deepEqual(loadSettings(parseArgs(["--notifier-cpu", "0.05", "--fanout-rates", "15,30"])).fanoutWarmup, { rate: 15, seconds: 5 });
  assert.deepEqual(loadSettings(parseArgs(["--fanout-rates", "15,30"])).fanoutWarmup, { rate: 200, seconds: 5 });
  assert.deepEqual(loadSettings(parseArgs(["--fanout-warmup-seconds", "0"])).fanoutWarmup, { rate: 200, seconds: 0 });
  assert.throws(() => parseArgs(["--fanout-warmup-seconds", "-2"]), /0 or more/);
});
