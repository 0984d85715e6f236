import { test } from "node:test";
import assert from "node:assert/strict";
import { NotifySequencer } from "./notify-sequencer.js";

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("NOTIFYs of one dialog run one at a time, in arrival order", async () => {
  const seq = new NotifySequencer();
  const log: string[] = [];
  let open = 0;
  let maxOpen = 0;
  const send = (n: number) => async () => {
    open++;
    maxOpen = Math.max(maxOpen, open);
    log.push(`start ${n}`);
    await later(10);
    log.push(`end ${n}`);
    open--;
    return n;
  };
  const results = await Promise.all([seq.run("d", 1, send(1)), seq.run("d", 2, send(2)), seq.run("d", 3, send(3))]);
  assert.equal(maxOpen, 1);
  assert.deepEqual(log, ["start 1", "end 1", "start 2", "end 2", "start 3", "end 3"]);
  assert.deepEqual(results, [1, 2, 3].map((n) => ({ sent: true, value: n })));
});

test("a CSeq not above the last one sent is stale and is not sent", async () => {
  const seq = new NotifySequencer();
  await seq.run("d", 5, async () => "five");
  let called = false;
  const r = await seq.run("d", 4, async () => {
    called = true;
    return "four";
  });
  assert.equal(called, false);
  assert.deepEqual(r, { sent: false, supersededBy: 5 });
});

test("different dialogs do not wait for each other", async () => {
  const seq = new NotifySequencer();
  let release!: () => void;
  const blocked = seq.run("a", 1, () => new Promise<void>((r) => (release = r)));
  const other = await seq.run("b", 1, async () => "b done");
  assert.deepEqual(other, { sent: true, value: "b done" });
  release();
  await blocked;
});

test("a failed send does not block the dialog", async () => {
  const seq = new NotifySequencer();
  await assert.rejects(seq.run("d", 1, async () => Promise.reject(new Error("socket"))));
  assert.deepEqual(await seq.run("d", 2, async () => 2), { sent: true, value: 2 });
});

test("memory stays bounded", async () => {
  const seq = new NotifySequencer(100);
  for (let i = 0; i < 1000; i++) await seq.run(`d${i}`, 1, async () => i);
  // The first dialogs were forgotten: their CSeq 1 is accepted again.
  assert.deepEqual(await seq.run("d0", 1, async () => "again"), { sent: true, value: "again" });
});
