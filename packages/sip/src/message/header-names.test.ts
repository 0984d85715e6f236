import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalName, displayName } from "./header-names.js";

test("canonical names: known names in any case, compact forms, other names lower-cased, the same answer when asked again", () => {
  const cases: Array<[string, string]> = [
    ["Call-ID", "call-id"],
    ["CALL-ID", "call-id"],
    ["i", "call-id"],
    ["Subscription-State", "subscription-state"],
    ["o", "event"],
    ["v", "via"],
    ["X-Custom-Thing", "x-custom-thing"],
    ["q", "q"],
  ];
  for (let round = 0; round < 3; round++) {
    for (const [name, want] of cases) assert.equal(canonicalName(name), want, `${name} (round ${round})`);
  }
});

test("canonical names stay right past the bound of remembered spellings", () => {
  for (let i = 0; i < 3000; i++) assert.equal(canonicalName(`X-Gen-${i}`), `x-gen-${i}`);
  assert.equal(canonicalName("CSeq"), "cseq");
  assert.equal(canonicalName("X-Late-Name"), "x-late-name");
  assert.equal(displayName(canonicalName("call-id")), "Call-ID");
});
