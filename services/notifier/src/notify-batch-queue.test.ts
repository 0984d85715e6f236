import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NotifyBatchQueue } from "./notify-batch-queue.js";

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe("NotifyBatchQueue", () => {
  it("hands on what one turn queued, one batch per key, once the turn's microtasks are done", async () => {
    const sent: Array<[string, number[]]> = [];
    const q = new NotifyBatchQueue<number>((key, entries) => sent.push([key, entries]));
    q.add("a", 1, 10);
    q.add("b", 2, 10);
    // Entries added by promise continuations of the same turn join the same batch.
    await Promise.resolve().then(() => q.add("a", 3, 10));
    assert.deepEqual(sent, [], "nothing leaves before the turn ends");
    assert.equal(q.size, 3);
    await tick();
    assert.deepEqual(sent, [["a", [1, 3]], ["b", [2]]]);
    assert.equal(q.size, 0);
    q.add("a", 4, 10);
    await tick();
    assert.deepEqual(sent.at(-1), ["a", [4]], "a later turn starts a new batch");
  });

  it("a batch that would exceed the entry or byte limit leaves at once and a new one starts", async () => {
    const sent: Array<[string, number[]]> = [];
    const q = new NotifyBatchQueue<number>((key, entries) => sent.push([key, entries]), { maxEntries: 3, maxBytes: 100 });
    for (let i = 0; i < 7; i++) q.add("k", i, 10);
    assert.deepEqual(sent, [["k", [0, 1, 2]], ["k", [3, 4, 5]]]);
    q.add("s", 10, 60);
    q.add("s", 11, 50);
    assert.deepEqual(sent.at(-1), ["s", [10]], "60 + 50 bytes is over 100");
    q.add("s", 12, 500);
    assert.deepEqual(sent.at(-1), ["s", [11]]);
    await tick();
    assert.deepEqual(sent.slice(4), [["k", [6]], ["s", [12]]], "an entry larger than the limit still goes, alone");
  });
});
