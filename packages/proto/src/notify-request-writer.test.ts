import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { NotifyMessage } from "@presence/core";
import { notifyMessageToProto } from "./convert.js";
import { ProtoError } from "./errors.js";
import { presence } from "./gen/presence.js";
import { writeNotifyRequest } from "./notify-request-writer.js";

/** What the generated encoder writes for the same NOTIFY: the reference. */
function generated(n: NotifyMessage, traceContext: Record<string, string>): Uint8Array {
  return presence.v1.NotifyRequest.encode(notifyMessageToProto(n, traceContext)).finish();
}

const base: NotifyMessage = {
  requestUri: "sip:fw82.8@127.0.0.1:33057",
  headers: [
    ["Max-Forwards", "70"],
    ["From", "<sip:f82@example.com>;tag=103s8pg2aobk.U2zRzV3pO3ba"],
    ["To", "\"Zoë\" <sip:fw82.8@example.com>;tag=a8d43fc545f7"],
    ["Call-ID", "e8e4ebb829bd6ddb@bench"],
    ["CSeq", "12 NOTIFY"],
    ["Subscription-State", "active;expires=3599"],
  ],
  body: Buffer.from("<?xml version='1.0'?><presence/>\u00e9\u0000", "utf8"),
  target: { transport: "UDP", host: "127.0.0.1", port: 33057, connectionId: "edge-0/" },
  subscriptionId: "103s8pg2aobk.U2zRzV3pO3ba",
  cseq: 12,
};

describe("writeNotifyRequest", () => {
  it("writes the generated encoder's bytes", () => {
    const tc = { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", tracestate: "k=v" };
    const cases: Array<[string, NotifyMessage, Record<string, string>]> = [
      ["a typical NOTIFY", base, {}],
      ["with a trace context", base, tc],
      ["no body, no headers, no connection", { ...base, headers: [], body: null, target: { ...base.target, connectionId: null } }, {}],
      ["an empty body (present, not null)", { ...base, body: Buffer.alloc(0) }, {}],
      ["CSeq 0 and port 0", { ...base, cseq: 0, target: { ...base.target, port: 0 } }, {}],
      ["the largest uint32 CSeq", { ...base, cseq: 0xffffffff }, {}],
      ["lengths of two and three varint bytes", { ...base, headers: [["X-Long", "v".repeat(300)]], body: Buffer.alloc(70_000, 1) }, {}],
      ["characters of four UTF-8 bytes", { ...base, requestUri: "sip:\u{1f600}@example.com", headers: [["Subject", "\u{1f4de} \u4e2d"]] }, { k: "\u00e9" }],
      ["empty strings", { ...base, requestUri: "", subscriptionId: "", headers: [["", ""]], target: { transport: "", host: "", port: 5060, connectionId: "" } }, {}],
    ];
    for (const [what, n, trace] of cases) {
      assert.deepEqual(Buffer.from(writeNotifyRequest(n, trace)), Buffer.from(generated(n, trace)), what);
    }
  });

  it("reads back with the generated decoder", () => {
    const m = presence.v1.NotifyRequest.decode(writeNotifyRequest(base, { traceparent: "x" }));
    assert.equal(m.requestUri, base.requestUri);
    assert.deepEqual(m.headers.map((h) => [h.name, h.value]), base.headers);
    assert.deepEqual(Buffer.from(m.body!), base.body);
    assert.equal(m.target?.connectionId, "edge-0/");
    assert.equal(m.cseq, 12);
    assert.deepEqual(m.traceContext, { traceparent: "x" });
  });

  it("refuses numbers the wire cannot carry", () => {
    for (const [what, n] of [
      ["fractional CSeq", { ...base, cseq: 1.5 }],
      ["negative port", { ...base, target: { ...base.target, port: -1 } }],
      ["CSeq above uint32", { ...base, cseq: 2 ** 32 }],
    ] as const) {
      assert.throws(() => writeNotifyRequest(n, {}), (e: unknown) => e instanceof ProtoError && e.code === "invalid-value", what);
    }
  });
});
