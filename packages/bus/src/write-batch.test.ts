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
