import assert from "node:assert/strict";
import { test } from "node:test";
import { UdpReaderGovernor } from "./udp-reader-governor.js";

const opts = { toThreadAbove: 0.7, toThreadSamples: 2, toMainBelow: 0.4, toMainSamples: 3 };

test("the main thread takes the socket after enough quiet samples in a row", () => {
  const g = new UdpReaderGovernor("thread", opts);
  assert.equal(g.sample(0.1), null);
  assert.equal(g.sample(0.2), null);
  assert.equal(g.sample(0.5), null, "one busier sample starts the count over");
  assert.equal(g.sample(0.1), null);
  assert.equal(g.sample(0.1), null);
  assert.equal(g.sample(0.39), "main");
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
  g.settled("main");
  assert.equal(g.current, "main");
  assert.equal(g.sample(0.9), null);
  g.settled("main");
  assert.equal(g.sample(0.9), null, "a refused switch counts again from zero");
  assert.equal(g.sample(0.9), "thread");
});

test("thresholds that would flap are refused", () => {
  assert.throws(() => new UdpReaderGovernor("thread", { ...opts, toMainBelow: 0.7 }), RangeError);
});
