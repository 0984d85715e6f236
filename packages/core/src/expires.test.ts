import { test } from "node:test";
import assert from "node:assert/strict";
import { grantExpires } from "./expires.js";
import { SipFailure } from "./sip-reply.js";

const policy = { max: 3600, min: 60, minAction: 1 as const };

test("the package default applies when Expires is absent", () => {
  assert.equal(grantExpires(null, 600, policy), 600);
});

test("values above max_expires are clamped", () => {
  assert.equal(grantExpires(7200, 600, policy), 3600);
});

test("zero passes through: remove, unsubscribe, fetch", () => {
  assert.equal(grantExpires(0, 600, policy), 0);
});

test("below min_expires is 423 with Min-Expires (min_expires_action=1)", () => {
  assert.throws(
    () => grantExpires(30, 600, policy),
    (err: unknown) => err instanceof SipFailure && err.status === 423 && err.headers.some(([n, v]) => n === "Min-Expires" && v === "60"),
  );
});

test("below min_expires is raised when min_expires_action=2", () => {
  assert.equal(grantExpires(30, 600, { ...policy, minAction: 2 }), 60);
});

test("min_expires 0 disables the lower bound", () => {
  assert.equal(grantExpires(1, 600, { ...policy, min: 0 }), 1);
});
