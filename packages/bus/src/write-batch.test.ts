import { test } from "node:test";
import assert from "node:assert/strict";
import { WriteBatch } from "./write-batch.js";

test("sends queued in one turn run together, after the current callbacks, in order", async () => {
  const batch = new WriteBatch();
  const sent: string[] = [];
  batch.add(() => sent.push("a"));
  await Promise.resolve();
  batch.add(() => sent.push("b"));
  assert.equal(sent.length, 0, "nothing is sent before the turn ends");
  assert.equal(batch.size, 2);
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(sent, ["a", "b"]);
  assert.equal(batch.size, 0);
  batch.add(() => sent.push("c"));
  await new Promise((r) => setImmediate(r));
  assert.deepEqual(sent, ["a", "b", "c"]);
});

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A batch with a linger (20 ms) on a clock the test moves; returns it after `perSecond` sends in one window. */
async function busyBatch(perSecond: number, lingerMs = 20): Promise<{ batch: WriteBatch; clock: { t: number }; sent: string[]; held: () => number }> {
  const clock = { t: 1_000 };
  let held = 0;
  const batch = new WriteBatch({ lingerMs, now: () => clock.t, onHold: () => held++ });
  const sent: string[] = [];
  for (let i = 0; i < perSecond; i++) batch.add(() => sent.push("warm"));
  await turn();
  clock.t += 1_000;
  return { batch, clock, sent, held: () => held };
}

test("with a linger but fewer sends than one per linger, requests still leave at the end of the turn", async () => {
  // 49 sends a second with a 20 ms linger: under one per hold.
  const { batch, sent, held } = await busyBatch(49);
  assert.equal(batch.lingering, false);
  batch.hold(() => sent.push("a"));
  assert.equal(batch.lingering, false);
  await turn();
  assert.deepEqual(sent.slice(49), ["a"]);
  assert.equal(held(), 0);
});

test("under load a request waits for the linger and those queued meanwhile leave with it", async () => {
  const { batch, clock, sent, held } = await busyBatch(50);
  batch.hold(() => sent.push("a"));
  assert.equal(batch.lingering, true, "50 a second is one per 20 ms hold");
  await turn();
  await sleep(5);
  clock.t += 5;
  batch.hold(() => sent.push("b"));
  await turn();
  assert.deepEqual(sent.slice(50), [], "held across turns");
  await sleep(25);
  assert.deepEqual(sent.slice(50), ["a", "b"], "sent together, in order, once the hold is over");
  assert.equal(held(), 2, "both counted as held");
});

test("a window without sends ends the linger", async () => {
  const { batch, clock, sent } = await busyBatch(50);
  clock.t += 1_500; // the counting window began 1.5 s ago and held no send since
  batch.hold(() => sent.push("a"));
  assert.equal(batch.lingering, false);
  await turn();
  assert.deepEqual(sent.slice(50), ["a"]);
});

test("flush() sends what a linger holds at once, and ends that hold's timer", async () => {
  const { batch, sent } = await busyBatch(100, 60);
  batch.hold(() => sent.push("a"));
  await sleep(30);
  batch.flush();
  assert.deepEqual(sent.slice(100), ["a"]);
  assert.equal(batch.size, 0);
  // b's own hold ends 60 ms from now; a's, had its timer survived, 30 ms from now.
  batch.hold(() => sent.push("b"));
  await sleep(45);
  assert.deepEqual(sent.slice(100), ["a"], "b waits for a hold of its own");
  await sleep(45);
  assert.deepEqual(sent.slice(100), ["a", "b"]);
});

test("under load a reply does not wait, and takes the requests held so far with it", async () => {
  const { batch, sent, held } = await busyBatch(100);
  batch.hold(() => sent.push("request-1"));
  await turn();
  assert.deepEqual(sent.slice(100), [], "the request is held");
  batch.hold(() => sent.push("request-2"));
  batch.add(() => sent.push("reply"));
  batch.hold(() => sent.push("request-3"));
  await turn();
  assert.deepEqual(sent.slice(100), ["request-1", "request-2", "reply", "request-3"], "in the order queued, at the end of the reply's turn");
  assert.equal(held(), 2, "a request queued behind the reply in its turn is not held");
  assert.equal(batch.size, 0);
  await sleep(30);
  assert.equal(sent.length, 104, "the hold's timer sent nothing more");
});
