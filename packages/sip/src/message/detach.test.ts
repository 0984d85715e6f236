import { strict as assert } from "node:assert";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { detachBuffer, detachString } from "./detach.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap bytes still in use per kept string after the texts they were cut from are dropped. */
function retainedPerString(keep: (s: string) => string): number {
  const n = 5000;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = `PUBLISH sip:p${i}@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK-${i}-77a0\r\n\r\n${"x".repeat(4000)}`;
    const branch = text.slice(text.indexOf("z9hG4bK"), text.indexOf("\r\n", 40));
    kept.push(keep(`b|${branch}|192.0.2.1|5060|PUBLISH`));
  }
  gc();
  const perString = (process.memoryUsage().heapUsed - before) / n;
  assert.equal(kept.length, n);
  return perString;
}

test("detachString returns an equal string", () => {
  for (const s of ["", "a", "z9hG4bK-1-abc", "sip:alice@example.com;transport=udp", "ünïcödé ✓ \u{1F600}"]) {
    assert.equal(detachString(s), s);
  }
  const text = `INVITE sip:bob@example.com SIP/2.0\r\nCall-ID: 8c4f0a6e-1d2b-4e4b-a0f6@example.com\r\n`;
  const callId = text.slice(text.indexOf("8c4f"), text.lastIndexOf("\r\n"));
  assert.equal(detachString(callId), "8c4f0a6e-1d2b-4e4b-a0f6@example.com");
});

test("a detached key does not keep the message text alive", () => {
  const pinned = retainedPerString((s) => s);
  const detached = retainedPerString(detachString);
  // Undetached, each key holds its 4 KB message; detached, only its own ~45 characters.
  assert.ok(pinned > 3000, `undetached keys should pin their message (${pinned.toFixed(0)} B each)`);
  assert.ok(detached < 400, `detached keys should be small (${detached.toFixed(0)} B each)`);
});

test("detachBuffer copies a pooled Buffer into memory of its own", () => {
  const pooled = Buffer.from("SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n", "latin1");
  assert.ok(pooled.buffer.byteLength > pooled.length, "small Buffers are views into the pool");
  const own = detachBuffer(pooled);
  assert.deepEqual(own, pooled);
  assert.equal(own.buffer.byteLength, own.length);
  assert.notEqual(own.buffer, pooled.buffer);
});
