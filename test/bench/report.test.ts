import { test } from "node:test";
import assert from "node:assert/strict";
import { peakStep, stillRising, type FanoutResult, type FanoutStep } from "./fanout.js";
import { FIGURES, meetsTarget, notifierScaling, renderTable, type RunResult, type Summary } from "./report.js";
import { spread } from "./stats.js";

const step = (publishRate: number, notifyRate: number | null, pass: boolean) => ({ publishRate, notifyRate, pass }) as FanoutStep;

test("the peak step is the one that delivered most, failing or not", () => {
  assert.equal(peakStep([]), null);
  assert.equal(peakStep([step(50, 500, true), step(100, 870, false)])?.publishRate, 100);
  assert.equal(peakStep([step(50, 500, true), step(100, 400, false)])?.publishRate, 50);
  assert.equal(peakStep([step(50, null, false)]), null);
});

test("past a failure, the fan-out goes on only while the delivered rate still rises by 5 %", () => {
  assert.equal(stillRising([step(20, 186, false)]), true);
  assert.equal(stillRising([step(20, 200, true), step(40, 400, false)]), true);
  assert.equal(stillRising([step(20, 200, true), step(40, 400, false), step(60, 410, false)]), false);
  assert.equal(stillRising([]), false);
});

test("notifier scaling compares the peak NOTIFY/s and the CPU per NOTIFY at the peak", () => {
  const fig = (rate: number, cpu: number) => ({ "fanout.peakNotifyRate": spread([rate]), "fanout.peakCpu": spread([cpu]) });
  const summary: Summary = { "distributed-1n": fig(1000, 0.5), "distributed-2n": fig(1850, 0.55) };
  const s = notifierScaling(summary)!;
  assert.equal(s.added.toFixed(2), "0.85");
  assert.equal(s.cpuRatio!.toFixed(2), "1.10");
  assert.match(s.text, /1000 -> 1850, adds 0\.85x .* ok >=0\.80/);
  const low = notifierScaling({ "distributed-1n": fig(1000, 0.5), "distributed-2n": fig(1200, 0.5) })!;
  assert.match(low.text, /MISS/);
  assert.equal(notifierScaling({ "distributed-1n": fig(1000, 0.5) }), null);
});

test("notifier scaling gives no verdict when a ladder passed every step it was offered", () => {
  const fig = (rate: number) => ({ "fanout.peakNotifyRate": spread([rate]), "fanout.peakCpu": spread([0.5]) });
  const run = (topology: string, ...passes: boolean[]): RunResult => ({
    run: 1,
    topology,
    errors: [],
    fanout: { steps: passes.map((pass, i) => step(30 * (i + 1), 300 * (i + 1), pass)) } as FanoutResult,
  });
  const summary: Summary = { "distributed-1n": fig(1900), "distributed-2n": fig(2900) };
  // Two replicas never failed: 0.53x is only a floor.
  const floor = notifierScaling(summary, [run("distributed-1n", true, false), run("distributed-2n", true, true)])!;
  assert.equal(floor.judged, false);
  assert.match(floor.text, /adds 0\.53x .*not judged: two replicas passed every step offered in 1 of 1 run\(s\), so 2900 is a floor/);
  assert.doesNotMatch(floor.text, /MISS/);
  // One replica never failed: it was not the bottleneck, whatever the second adds.
  const idle = notifierScaling({ "distributed-1n": fig(1000), "distributed-2n": fig(2000) }, [run("distributed-1n", true, true), run("distributed-2n", true, false)])!;
  assert.equal(idle.judged, false);
  assert.match(idle.text, /not judged: one replica passed every step offered/);
  // Both found their limit: judged as before.
  const found = notifierScaling(summary, [run("distributed-1n", true, false), run("distributed-2n", true, false)])!;
  assert.equal(found.judged, true);
  assert.match(found.text, /MISS >=0\.80/);
  // Enough added counts even when the second's limit was not found.
  const enough = notifierScaling({ "distributed-1n": fig(1000), "distributed-2n": fig(2000) }, [run("distributed-1n", false), run("distributed-2n", true)])!;
  assert.match(enough.text, /ok >=0\.80/);
});

test("fan-out delay and CPU targets are judged at the rates the issue states them: 2,000 NOTIFY/s distributed, 4,000 standalone", () => {
  const fanoutStep = (publishRate: number, delayP99Ms: number) => ({ publishRate, delayP99Ms, deliveredShare: 1, notifyRate: publishRate * 10, cpuPer1000Notify: 0.5 }) as FanoutStep;
  const at200 = fanoutStep(200, 40);
  const at400 = fanoutStep(400, 11);
  const best = fanoutStep(800, 120);
  const run: RunResult = { run: 1, topology: "distributed-1n", errors: [], fanout: { atDistributedTargetRate: at200, atTargetRate: at400, best } as FanoutResult };
  const fig = (key: string) => FIGURES.find((f) => f.key === key)!;
  assert.equal(fig("fanout200.delayP99").get(run), 40);
  assert.deepEqual(fig("fanout200.delayP99").target!("distributed-1n"), { op: "<=", value: 50 });
  assert.equal(fig("fanout200.delayP99").target!("standalone-memory"), null);
  assert.equal(fig("fanout400.delayP99").get(run), 11);
  assert.deepEqual(fig("fanout400.delayP99").target!("standalone-memory"), { op: "<=", value: 12 });
  assert.equal(fig("fanout.delayP99").get(run), 120);
  assert.equal(fig("fanout.delayP99").target, undefined, "the highest passing step is shown, not judged");
  assert.deepEqual(fig("fanout200.cpu").target!("distributed-2n"), { op: "<=", value: 0.1 * 3 });
  assert.deepEqual(fig("fanout400.cpu").target!("standalone-memory"), { op: "<=", value: 0.1 });
  assert.equal(fig("fanout400.cpu").target!("distributed-1n"), null);
  assert.equal(fig("fanout.cpu").get(run), 0.5);
  assert.equal(fig("fanout.cpu").target, undefined, "one verdict per target: CPU per NOTIFY is judged at the stated rates only");
});

test("a delivered NOTIFY rate a step's pacing leaves a hair under the offered one meets the rate target", () => {
  const fig = FIGURES.find((f) => f.key === "fanout.notifyRate")!;
  const target = fig.target!("standalone-memory")!;
  // 80,000 NOTIFYs delivered over a window a little longer than the 20 s step.
  assert.equal(meetsTarget(3999.93, target), true);
  assert.equal(meetsTarget(3990, target), false);
  assert.equal(meetsTarget(3999.93, { op: ">=", value: 4000 }), false, "no slack unless the target gives one");
  assert.equal(meetsTarget(0.1004, { op: "<=", value: 0.1, slack: 0.005 }), true);
  assert.equal(meetsTarget(0.101, { op: "<=", value: 0.1, slack: 0.005 }), false);
  const summary: Summary = { "standalone-memory": { "fanout.notifyRate": spread([3999.93]) } };
  assert.match(renderTable(summary, ["standalone-memory"], null), /4,000 ok >=4,000/);
  assert.match(renderTable({ "standalone-memory": { "fanout.notifyRate": spread([3985]) } }, ["standalone-memory"], null), /3,985 MISS >=4,000/);
});
