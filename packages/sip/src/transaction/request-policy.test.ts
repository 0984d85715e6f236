import { test } from "node:test";
import assert from "node:assert/strict";
import { decideRequest, type RequestFacts } from "./request-policy.js";

const base: RequestFacts = { method: "SUBSCRIBE", maxForwards: 70, closing: false, claimed: true, cancelMatched: false };
const d = (o: Partial<RequestFacts>) => decideRequest({ ...base, ...o });

test("claimed methods go to the application", () => {
  assert.deepEqual(d({}), { action: "deliver" });
  assert.deepEqual(d({ method: "OPTIONS" }), { action: "deliver" });
  assert.deepEqual(d({ maxForwards: null }), { action: "deliver" });
});

test("OPTIONS not claimed is answered by the stack, even with Max-Forwards 0", () => {
  assert.deepEqual(d({ method: "OPTIONS", claimed: false }), { action: "options" });
  assert.deepEqual(d({ method: "OPTIONS", claimed: false, maxForwards: 0 }), { action: "options" });
});

test("rejections: 483, 405 with Allow, 501, 481/200 for CANCEL, 503 while closing", () => {
  assert.deepEqual(d({ maxForwards: 0 }), { action: "reply", status: 483, withAllow: false });
  assert.deepEqual(d({ method: "INVITE", claimed: false }), { action: "reply", status: 405, withAllow: true });
  assert.deepEqual(d({ method: "REGISTER", claimed: false }), { action: "reply", status: 405, withAllow: true });
  assert.deepEqual(d({ method: "FOOBAR", claimed: false }), { action: "reply", status: 501, withAllow: false });
  assert.deepEqual(d({ method: "CANCEL", claimed: false }), { action: "reply", status: 481, withAllow: false });
  assert.deepEqual(d({ method: "CANCEL", claimed: false, cancelMatched: true }), { action: "reply", status: 200, withAllow: false });
  assert.deepEqual(d({ closing: true }), { action: "reply", status: 503, withAllow: false });
});
