import { test } from "node:test";
import assert from "node:assert/strict";
import { DatagramBatcher, forEachDatagram } from "./datagram-batch.js";

test("a batch packs datagrams into one buffer of their own and gives them back in order", () => {
  const b = new DatagramBatcher();
  // Pooled Buffers share a slab with unrelated bytes: only the datagrams' own bytes may cross.
  const pooled = Buffer.from("second");
  b.add(Buffer.from("first"), 5060, "127.0.0.1");
  b.add(pooled, 5070, "::1");
  b.add(Buffer.alloc(0), 1, "10.0.0.1");
  assert.equal(b.size, 3);
  const batch = b.take();
  assert.equal(b.size, 0, "taking empties the batcher");
  assert.equal(batch.data.byteLength, "first".length + "second".length);
  assert.deepEqual(batch.lengths, [5, 6, 0]);
  const out: Array<[string, number, string]> = [];
  forEachDatagram(batch, (data, port, address) => out.push([data.toString(), port, address]));
  assert.deepEqual(out, [
    ["first", 5060, "127.0.0.1"],
    ["second", 5070, "::1"],
    ["", 1, "10.0.0.1"],
  ]);
});

test("a batch is independent of the Buffers it was built from", () => {
  const b = new DatagramBatcher();
  const src = Buffer.from("mutable");
  b.add(src, 1, "a");
  const batch = b.take();
  src.fill(0);
  forEachDatagram(batch, (data) => assert.equal(data.toString(), "mutable"));
  const next = b.take();
  assert.equal(next.lengths.length, 0);
  assert.equal(next.data.byteLength, 0);
});
