import { test } from "node:test";
import assert from "node:assert/strict";
import { MinHeap } from "./min-heap.js";

test("MinHeap pops in (at, seq) order under random pushes, pops and retains", () => {
  const heap = new MinHeap<{ at: number; seq: number }>();
  const model: { at: number; seq: number }[] = [];
  let seq = 0;
  const order = (a: { at: number; seq: number }, b: { at: number; seq: number }) => a.at - b.at || a.seq - b.seq;
  for (let round = 0; round < 5000; round++) {
    const r = Math.random();
    if (r < 0.6) {
      const item = { at: Math.floor(Math.random() * 100), seq: seq++ };
      heap.push(item);
      model.push(item);
    } else if (r < 0.98) {
      model.sort(order);
      assert.deepEqual(heap.pop(), model.shift());
    } else {
      heap.retain((x) => x.seq % 3 !== 0);
      model.splice(0, model.length, ...model.filter((x) => x.seq % 3 !== 0));
    }
    assert.equal(heap.size, model.length);
  }
  model.sort(order);
  while (model.length > 0) assert.deepEqual(heap.pop(), model.shift());
  assert.equal(heap.pop(), undefined);
});
