import { test } from "node:test";
import assert from "node:assert/strict";
import { makeToTag, slotFromToTag } from "./to-tag.js";

test("a generated To-tag carries the prefix and the slot", () => {
  const tag = makeToTag("10", "abc123def0");
  assert.ok(tag.startsWith("10abc123def0."));
  assert.equal(slotFromToTag("10", tag), "abc123def0");
});

test("To-tags are unique", () => {
  const tags = new Set(Array.from({ length: 1000 }, () => makeToTag("pres", "s1")));
  assert.equal(tags.size, 1000);
});

test("foreign tags yield no slot", () => {
  assert.equal(slotFromToTag("10", "as8d7f6"), null);
  assert.equal(slotFromToTag("10", "10.abc"), null);
  assert.equal(slotFromToTag("10", "10ab"), null);
  assert.equal(slotFromToTag("10", "10a{b}.x"), null);
});
