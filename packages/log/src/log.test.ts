import { test } from "node:test";
import assert from "node:assert/strict";
import { levelFromKamailio } from "./mod.js";

test("kamailio log levels map onto pino levels", () => {
  assert.equal(levelFromKamailio(3), "debug");
  assert.equal(levelFromKamailio(2), "info");
  assert.equal(levelFromKamailio(0), "warn");
  assert.equal(levelFromKamailio(-1), "error");
  assert.equal(levelFromKamailio(-2), "fatal");
  assert.equal(levelFromKamailio(-5), "fatal");
});
