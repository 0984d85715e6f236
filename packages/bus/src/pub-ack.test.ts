import { test } from "node:test";
import assert from "node:assert/strict";
import { BusError } from "./errors.js";
import { checkPubAck } from "./pub-ack.js";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

function rejectsWith(data: string, message: RegExp): void {
  assert.throws(() => checkPubAck(bytes(data), "event on p.x"), (err: unknown) => {
    assert.ok(err instanceof BusError);
    assert.equal(err.code, "jetstream");
    assert.match(err.message, message);
    return true;
  });
}

test("a stored event's ack passes", () => {
  checkPubAck(bytes('{"stream":"P_EVENTS","seq":42}'), "event on p.x");
  checkPubAck(bytes('{"stream":"P_EVENTS","seq":43,"duplicate":true}'), "event on p.x");
});

test("a refused publish names the stream's reason and code", () => {
  rejectsWith('{"error":{"code":400,"err_code":10060,"description":"expected stream does not match"}}', /^event on p\.x: expected stream does not match \(10060\)$/);
  rejectsWith('{"error":{"code":503}}', /refused \(503\)/);
});

test("an ack that is not JSON, not an object or names no stream is an error", () => {
  rejectsWith("+OK", /unreadable publish ack/);
  rejectsWith("", /unreadable publish ack/);
  rejectsWith("42", /invalid publish ack/);
  rejectsWith('{"stream":"","seq":1}', /invalid publish ack/);
  rejectsWith('{"seq":1}', /invalid publish ack/);
});
