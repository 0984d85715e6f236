import { test } from "node:test";
import assert from "node:assert/strict";
import { editDistance, normalizeKeyName, suggestKey } from "./suggest.js";

const keys = ["max_expires", "min_expires", "sip_port", "redis_url", "subs_htable_size"];

test("editDistance", () => {
  assert.equal(editDistance("", "abc"), 3);
  assert.equal(editDistance("kitten", "sitting"), 3);
  assert.equal(editDistance("same", "same"), 0);
});

test("normalizeKeyName handles camelCase, dashes and case", () => {
  assert.equal(normalizeKeyName("maxExpires"), "max_expires");
  assert.equal(normalizeKeyName("max-expires"), "max_expires");
  assert.equal(normalizeKeyName("MAX_EXPIRES"), "max_expires");
});

test("suggestKey finds plausible typos and nothing for unrelated names", () => {
  assert.equal(suggestKey("max_expire", keys), "max_expires");
  assert.equal(suggestKey("maxExpires", keys), "max_expires");
  assert.equal(suggestKey("sip-port", keys), "sip_port");
  assert.equal(suggestKey("redisurl", keys), "redis_url");
  assert.equal(suggestKey("service_host", keys), null);
  assert.equal(suggestKey("x", keys), null);
});
