import { strict as assert } from "node:assert";
import { test } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { ownedCopy } from "./detach.js";
import { MemoryStore } from "./memory-store.js";
import { publication, subscription, T0 } from "./test-fixtures.js";
import type { Subscription } from "./types.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

test("ownedCopy keeps every value in a new record; Buffers get memory of their own", () => {
  const body = Buffer.from("<presence/>");
  const source = publication({ body, sender: "sip:alice@example.com" });
  const p = ownedCopy(source);
  assert.notEqual(p, source);
  assert.deepEqual(p.body, body);
  // Its own memory, not a view into a shared pool slab.
  assert.equal(p.body?.buffer.byteLength, body.length);
  assert.equal(p.sender, "sip:alice@example.com");
  const s = subscription({ extra: { "x-note": "kept value" } });
  const copy = ownedCopy(s);
  assert.deepEqual(copy, s);
  assert.notEqual(copy.routeSet, s.routeSet);
  assert.notEqual(copy.extra, s.extra);
  // Optional fields stay absent rather than undefined, as the record copies make them.
  assert.equal("callId" in ownedCopy({ ...source, callId: undefined }), false);
});

/** A subscription whose strings are all cut from one 8 KB request text, as a parsed SUBSCRIBE's are. */
function slicedSubscription(i: number): Subscription {
  const text = `SUBSCRIBE sip:user${i}@example.com SIP/2.0\r\nCall-ID: call-${i}-0123456789abcdef\r\nFrom: <sip:watcher${i}@example.com>;tag=ft-${i}-0123456789\r\n\r\n${"x".repeat(8000)}`;
  const cut = (from: string, to: string): string => text.slice(text.indexOf(from), text.indexOf(to, text.indexOf(from)));
  const presentity = cut(`user${i}@`, " SIP");
  return subscription({
    id: `to-tag-${i}-0123456789`,
    presentity,
    presentityUri: cut("sip:user", " SIP"),
    callId: cut("call-", "\r\n"),
    watcherUri: cut("sip:watcher", ">"),
    watcher: cut(`watcher${i}@`, ">"),
    fromTag: cut("ft-", "\r\n"),
    routeSet: [cut("sip:user", " SIP")],
  });
}

test("the memory store does not keep the request text its records were cut from", async () => {
  const n = 2000;
  // A first pass compiles the code and settles V8's one-time allocations, which would blur the figure.
  const warm = new MemoryStore();
  for (let i = 0; i < n; i++) await warm.putSubscription(slicedSubscription(i));
  await warm.close();
  const store = new MemoryStore();
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i++) await store.putSubscription(slicedSubscription(i));
  gc();
  gc();
  const perRecord = (process.memoryUsage().heapUsed - before) / n;
  assert.equal(await store.countSubscriptions(), n);
  const one = await store.listSubscriptions("user7@example.com", "presence", T0);
  assert.equal(one[0]?.callId, "call-7-0123456789abcdef");
  // A record of its own is about 2 KB here; pinning its request would add the 8 KB text.
  assert.ok(perRecord < 5000, `each stored subscription holds ${perRecord.toFixed(0)} B`);
  await store.close();
});
