import { test } from "node:test";
import assert from "node:assert/strict";
import type { Subscription } from "@presence/store";
import { buildNotify, notifyTarget } from "./notify-message.js";

const sub: Subscription = {
  id: "10abc.x", slot: "abc", presentity: "p@example.com", presentityUri: "sip:p@example.com", localUri: "sip:p@example.com",
  event: "presence", eventId: "7", watcher: "w@example.com", watcherUri: "sip:w@example.com", watcherDisplayName: 'Wat "W"',
  callId: "cid", fromTag: "wt", toTag: "10abc.x", remoteCSeq: 1, localCSeq: 0, contact: "sip:w@192.0.2.1:5070",
  routeSet: [], localContact: "sip:127.0.0.1:5060", transport: "UDP", sourceAddress: "192.0.2.1", sourcePort: 5070,
  connectionId: null, expiresAt: 0, status: "active", reason: null, accept: ["application/pidf+xml"], userAgent: null,
  createdAt: 0, updatedAt: 0, version: 0,
};
const content = { state: "active" as const, reason: null, expiresIn: 300, body: Buffer.from("<x/>"), contentType: "application/pidf+xml" };
const header = (m: ReturnType<typeof buildNotify>, n: string) => m.headers.filter(([k]) => k === n).map(([, v]) => v);

test("NOTIFY swaps From/To of the SUBSCRIBE and carries the dialog identifiers", () => {
  const m = buildNotify(sub, 5, content);
  assert.equal(m.requestUri, "sip:w@192.0.2.1:5070");
  assert.deepEqual(header(m, "From"), ["<sip:p@example.com>;tag=10abc.x"]);
  assert.deepEqual(header(m, "To"), ['"Wat \\"W\\"" <sip:w@example.com>;tag=wt']);
  assert.deepEqual(header(m, "CSeq"), ["5 NOTIFY"]);
  assert.deepEqual(header(m, "Event"), ["presence;id=7"]);
  assert.deepEqual(header(m, "Subscription-State"), ["active;expires=300"]);
  assert.deepEqual(header(m, "Content-Type"), ["application/pidf+xml"]);
  assert.deepEqual(m.target, { transport: "UDP", host: "192.0.2.1", port: 5070, connectionId: null });
});

test("terminated carries the reason and no expires", () => {
  const m = buildNotify(sub, 6, { ...content, state: "terminated", reason: "timeout" });
  assert.deepEqual(header(m, "Subscription-State"), ["terminated;reason=timeout"]);
});

test("loose routing: Request-URI is the remote target, Route the route set, next hop the first route", () => {
  const routed = { ...sub, routeSet: ["<sip:proxy.example.com:5080;lr>", "<sip:p2.example.com;lr>"] };
  const m = buildNotify(routed, 1, content);
  assert.equal(m.requestUri, sub.contact);
  assert.deepEqual(header(m, "Route"), routed.routeSet);
  assert.deepEqual(m.target, { transport: "UDP", host: "proxy.example.com", port: 5080, connectionId: null });
});

test("strict routing: the first route becomes the Request-URI and the target goes last (RFC 3261 12.2.1.1)", () => {
  const strict = { ...sub, routeSet: ["<sip:strict.example.com;transport=tcp>"] };
  const m = buildNotify(strict, 1, content);
  assert.equal(m.requestUri, "sip:strict.example.com;transport=tcp");
  assert.deepEqual(header(m, "Route"), [`<${sub.contact}>`]);
  assert.equal(m.target.transport, "TCP");
});

test("TCP subscriptions go back over the subscriber's connection", () => {
  const t = notifyTarget({ ...sub, transport: "TCP", connectionId: "edge1:c7", sourceAddress: "198.51.100.2", sourcePort: 40001 });
  assert.deepEqual(t, { transport: "TCP", host: "198.51.100.2", port: 40001, connectionId: "edge1:c7" });
});

test("IPv6 contacts and sips defaults", () => {
  assert.deepEqual(notifyTarget({ ...sub, contact: "sip:w@[2001:db8::1]:5090" }), { transport: "UDP", host: "2001:db8::1", port: 5090, connectionId: null });
  assert.deepEqual(notifyTarget({ ...sub, contact: "sips:w@example.com" }), { transport: "TLS", host: "example.com", port: 5061, connectionId: null });
});
