import { test } from "node:test";
import assert from "node:assert/strict";
import { CompletedClients } from "./completed-clients.js";
import { ManualClock } from "./test-clock.js";

test("a key absorbs for T4 and is then forgotten", () => {
  const clock = new ManualClock();
  const done = new CompletedClients(clock, 5000);
  done.add("z9hG4bKa|NOTIFY");
  clock.advance(2000);
  done.add("z9hG4bKb|NOTIFY");
  assert.equal(done.has("z9hG4bKa|NOTIFY"), true);
  assert.equal(done.has("z9hG4bKc|NOTIFY"), false);
  clock.advance(3000); // a: T4 over
  assert.equal(done.has("z9hG4bKa|NOTIFY"), false);
  assert.equal(done.has("z9hG4bKb|NOTIFY"), true);
  assert.equal(done.size, 1, "the sweep dropped the expired key");
  clock.advance(2000);
  assert.equal(done.has("z9hG4bKb|NOTIFY"), false);
  assert.equal(done.size, 0);
  assert.equal(clock.armed, 0, "no timer left once empty");
});

test("one sweep timer serves many keys, and the queue is compacted as it drains", () => {
  const clock = new ManualClock();
  const done = new CompletedClients(clock, 5000);
  for (let i = 0; i < 5000; i++) {
    done.add(`k${i}`);
    if (i % 100 === 0) clock.advance(1);
  }
  assert.equal(clock.armed, 1);
  clock.advance(5000);
  assert.equal(done.has("k4999"), false, "expired, whether swept yet or not");
  clock.advance(100); // the sweep runs at most every 100 ms
  assert.equal(done.size, 0);
  done.add("again");
  assert.equal(done.has("again"), true);
});

test("clear forgets everything and stops the timer", () => {
  const clock = new ManualClock();
  const done = new CompletedClients(clock, 5000);
  done.add("k");
  done.clear();
  assert.equal(done.has("k"), false);
  assert.equal(clock.armed, 0);
});
