import { test } from "node:test";
import assert from "node:assert/strict";
import { peakStep, stillRising, type FanoutStep } from "./fanout.js";
import { notifierScaling, type Summary } from "./report.js";
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
