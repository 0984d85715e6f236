import assert from "node:assert/strict";
import { test } from "node:test";
import { UdpReaderGovernor } from "./udp-reader-governor.js";

const opts = { toThreadAbove: 0.7, toThreadSamples: 2, toMainBelow: 0.4, toMainSamples: 3 };

test("the main thread takes the socket once the mean of the last samples is under the threshold", () => {
  const g = new UdpReaderGovernor("thread", opts);
  assert.equal(g.sample(0.1), null);
  assert.equal(g.sample(0.2), null, "not before the window holds toMainSamples samples");
  assert.equal(g.sample(0.95), null, "mean 0.42");
  assert.equal(g.sample(0.5), null, "mean 0.55: the 0.1 left the window");
  assert.equal(g.sample(0.3), null, "mean 0.58");
  assert.equal(g.sample(0.2), "main", "mean 0.33");
});

test("single samples above the threshold do not hold the I/O thread when the mean is low", () => {
  const g = new UdpReaderGovernor("thread", opts);
  assert.equal(g.sample(0.5), null);
  assert.equal(g.sample(0.1), null);
  assert.equal(g.sample(0.3), "main", "mean 0.3 although one sample was 0.5");
});

test("a steady load scattered around the threshold switches by its mean, not by its quietest run", () => {
  const steady = (mean: number) => [mean - 0.12, mean + 0.1, mean + 0.02];
  const g = new UdpReaderGovernor("thread", opts);
  for (const u of steady(0.42)) assert.equal(g.sample(u), null);
  g.settled("thread");
  let switched: string | null = null;
  for (const u of steady(0.38)) switched = g.sample(u);
  assert.equal(switched, "main");
});

test("the I/O thread takes the socket after fewer busy samples", () => {
  const g = new UdpReaderGovernor("main", opts);
  assert.equal(g.sample(0.9), null);
  assert.equal(g.sample(0.5), null);
  assert.equal(g.sample(0.71), null);
  assert.equal(g.sample(1), "thread");
});

test("between the thresholds neither reader changes", () => {
  for (const start of ["main", "thread"] as const) {
    const g = new UdpReaderGovernor(start, opts);
    for (let i = 0; i < 20; i++) assert.equal(g.sample(0.55), null);
    assert.equal(g.current, start);
  }
});

test("settled() changes the reader and starts counting over", () => {
  const g = new UdpReaderGovernor("thread", opts);
  g.sample(0.1);
  g.sample(0.1);
  g.settled("thread");
  assert.equal(g.sample(0.1), null, "the window starts empty again");
  assert.equal(g.sample(0.1), null);
  g.settled("main");
  assert.equal(g.current, "main");
  assert.equal(g.sample(0.9), null);
  g.settled("main");
  assert.equal(g.sample(0.9), null, "a refused switch counts again from zero");
  assert.equal(g.sample(0.9), "thread");
});

test("thresholds that would flap are refused", () => {
  assert.throws(() => new UdpReaderGovernor("thread", { ...opts, toMainBelow: 0.7 }), RangeError);
  assert.throws(() => new UdpReaderGovernor("thread", { ...opts, toMainSamples: 0 }), RangeError);
});
