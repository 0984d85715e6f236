import { test } from "node:test";
import assert from "node:assert/strict";
import { ExpiryTable, type Expiring } from "./expiry-table.js";
import { ManualClock } from "./test-clock.js";

interface Entry extends Expiring {
  value: string;
}

test("an entry is found until its time, then swept and reported", () => {
  const clock = new ManualClock();
  const gone: string[] = [];
  const table = new ExpiryTable<Entry>(clock, (e) => gone.push(e.key));
  table.add({ key: "a", at: 1000, value: "A" });
  clock.advance(400);
  table.add({ key: "b", at: 1400, value: "B" });
  assert.equal(table.get("a")?.value, "A");
  assert.equal(table.get("c"), undefined);
  clock.advance(600); // a's time
  assert.equal(table.get("a"), undefined, "past its time, whether swept yet or not");
  assert.deepEqual(gone, ["a"]);
  assert.equal(table.size, 1);
  clock.advance(400);
  assert.deepEqual(gone, ["a", "b"]);
  assert.equal(table.size, 0);
  assert.equal(clock.armed, 0, "no timer left once empty");
});

test("one sweep timer serves every entry", () => {
  const clock = new ManualClock();
  const table = new ExpiryTable<Entry>(clock);
  for (let i = 0; i < 3000; i++) {
    table.add({ key: `k${i}`, at: clock.now() + 5000, value: "" });
    if (i % 100 === 0) clock.advance(1);
  }
  assert.equal(clock.armed, 1);
  assert.equal(table.size, 3000);
  clock.advance(5100);
  assert.equal(table.size, 0);
  table.add({ key: "again", at: clock.now() + 5000, value: "" });
  assert.equal(table.get("again")?.key, "again");
});

test("a deleted or replaced entry is not reported when its old time comes", () => {
  const clock = new ManualClock();
  const gone: Entry[] = [];
  const table = new ExpiryTable<Entry>(clock, (e) => gone.push(e));
  table.add({ key: "a", at: 1000, value: "first" });
  table.add({ key: "b", at: 1000, value: "B" });
  table.delete("b");
  table.add({ key: "a", at: 1500, value: "second" });
  clock.advance(1000);
  assert.equal(table.get("a")?.value, "second");
  assert.equal(gone.length, 0);
  clock.advance(500);
  assert.deepEqual(gone.map((e) => e.value), ["second"]);
});

test("clear forgets everything and stops the timer", () => {
  const clock = new ManualClock();
  const table = new ExpiryTable<Entry>(clock);
  table.add({ key: "k", at: 100, value: "" });
  table.clear();
  assert.equal(table.get("k"), undefined);
  assert.equal(table.size, 0);
  assert.equal(clock.armed, 0);
});
