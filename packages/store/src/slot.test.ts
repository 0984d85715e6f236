import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { SLOT_LENGTH, isSlot, presentitySlot, shardOf } from "./slot.js";

test("presentitySlot is the first 50 bits of SHA-1 in lower-case base32hex", () => {
  for (const p of ["bob@example.com", "alice@atlanta.example.com", "ünïcode@例え.jp", "x"]) {
    const hex = createHash("sha1").update(p, "utf8").digest("hex");
    // BigInt's radix-32 digits are exactly the base32hex alphabet.
    const expected = (BigInt(`0x${hex.slice(0, 13)}`) >> 2n).toString(32).padStart(SLOT_LENGTH, "0");
    assert.equal(presentitySlot(p), expected);
    assert.ok(isSlot(presentitySlot(p)));
  }
});

test("slots are token-safe for To-tags and differ between presentities", () => {
  const slots = new Set(Array.from({ length: 2000 }, (_, i) => presentitySlot(`user${i}@example.com`)));
  assert.equal(slots.size, 2000);
  for (const s of slots) assert.match(s, /^[0-9a-v]{10}$/);
  assert.equal(isSlot("{abc}"), false);
  assert.equal(isSlot(42), false);
});

test("shardOf spreads keys over every shard", () => {
  const counts = new Array<number>(16).fill(0);
  for (let i = 0; i < 16_000; i++) counts[shardOf(`${presentitySlot(`u${i}@x`)}:tag${i}`, 16)]!++;
  for (const c of counts) assert.ok(c > 700 && c < 1300, `uneven shards: ${counts.join(",")}`);
});
