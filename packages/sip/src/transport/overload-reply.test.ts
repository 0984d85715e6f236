import { test } from "node:test";
import assert from "node:assert/strict";
import { parseMessage } from "../message/parser.js";
import type { SipResponse } from "../message/message.js";
import { branchKey, overloadReply, type OverloadReplyInfo } from "./overload-reply.js";

const INFO: OverloadReplyInfo = { warnAgent: "192.0.2.1:5060", server: "presence-test", retryAfterMin: 3, retryAfterMax: 7 };
const SOURCE = { transport: "UDP" as const, address: "198.51.100.7", port: 40123 };

function publish(vias: string[], extra = ""): Buffer {
  return Buffer.from(
    `PUBLISH sip:alice@example.com SIP/2.0\r\n${vias.map((v) => `Via: ${v}\r\n`).join("")}` +
      "Max-Forwards: 70\r\nFrom: <sip:alice@example.com>;tag=f1\r\nTo: <sip:alice@example.com>\r\nCall-ID: c1@host\r\n" +
      `CSeq: 7 PUBLISH\r\nEvent: presence\r\nExpires: 60\r\n${extra}Content-Length: 0\r\n\r\n`,
  );
}

function parsed(data: Buffer): SipResponse {
  const r = parseMessage(data);
  assert.ok(r.ok && r.message.kind === "response", "the 503 parses as a response");
  return r.message;
}

test("a request past the backlog gets a 503 with Retry-After and a Warning, its top Via stamped, sent where a response goes", () => {
  const data = publish(["SIP/2.0/UDP client.example.com:5070;branch=z9hG4bK-1;rport", "SIP/2.0/UDP proxy.example.com;branch=z9hG4bK-0"]);
  const reply = overloadReply(data, SOURCE, INFO, 0);
  assert.ok(reply);
  // RFC 3581 4: rport answers to the source address and port.
  assert.deepEqual(reply.target, { transport: "UDP", address: "198.51.100.7", port: 40123 });
  const res = parsed(reply.data);
  assert.equal(res.status, 503);
  assert.equal(res.reason, "Service Unavailable");
  assert.equal(res.headers.get("retry-after"), "3");
  assert.equal(res.headers.get("warning"), '399 192.0.2.1:5060 "overloaded: request not queued"');
  assert.equal(res.headers.get("server"), "presence-test");
  assert.deepEqual(res.headers.getAll("via"), [
    "SIP/2.0/UDP client.example.com:5070;branch=z9hG4bK-1;rport=40123;received=198.51.100.7",
    "SIP/2.0/UDP proxy.example.com;branch=z9hG4bK-0",
  ]);
  assert.equal(res.headers.nameAt(0), "via", "the Vias lead the response");
  assert.equal(res.headers.nameAt(1), "via");
  assert.equal(res.callId, "c1@host");
  assert.equal(res.cseq.seq, 7);
  assert.equal(res.fromTag, "f1");
  assert.ok(res.toTag, "RFC 3261 8.2.6.2: a final response carries a To tag");
});

test("without rport the 503 goes to the source address and the sent-by port, with no Server header when none is set", () => {
  const reply = overloadReply(publish(["SIP/2.0/UDP 198.51.100.7:5080;branch=z9hG4bK-2"]), SOURCE, { ...INFO, server: null }, 0.5);
  assert.ok(reply);
  assert.deepEqual(reply.target, { transport: "UDP", address: "198.51.100.7", port: 5080 });
  const res = parsed(reply.data);
  assert.equal(res.headers.get("via"), "SIP/2.0/UDP 198.51.100.7:5080;branch=z9hG4bK-2", "sent-by is the source: nothing to stamp");
  assert.equal(res.headers.has("server"), false);
  assert.equal(res.headers.get("retry-after"), "5");
});

test("Retry-After spans the whole range: the lowest draw gives the minimum, the highest the maximum", () => {
  const data = publish(["SIP/2.0/UDP 198.51.100.7;branch=z9hG4bK-3"]);
  const after = (random: number) => parsed(overloadReply(data, SOURCE, INFO, random)!.data).headers.get("retry-after");
  assert.equal(after(0), "3");
  assert.equal(after(0.9999), "7");
  assert.deepEqual(new Set([0, 0.2, 0.4, 0.6, 0.8].map(after)), new Set(["3", "4", "5", "6", "7"]));
});

test("no 503 for an ACK, a response or bytes that are not a request with a Via", () => {
  const ack = Buffer.from(
    "ACK sip:a@example.com SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK-4\r\nFrom: <sip:b@example.com>;tag=1\r\nTo: <sip:a@example.com>;tag=2\r\nCall-ID: x\r\nCSeq: 1 ACK\r\nContent-Length: 0\r\n\r\n",
  );
  const response = Buffer.from("SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK-5\r\nFrom: <sip:b@example.com>;tag=1\r\nTo: <sip:a@example.com>;tag=2\r\nCall-ID: x\r\nCSeq: 1 NOTIFY\r\nContent-Length: 0\r\n\r\n");
  const noVia = Buffer.from("OPTIONS sip:a@example.com SIP/2.0\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\n\r\n");
  for (const data of [ack, response, noVia, Buffer.from("\x00\x01garbage"), Buffer.alloc(0)]) assert.equal(overloadReply(data, SOURCE, INFO, 0), null);
});

test("branchKey reads the top Via's branch from the bytes, and null where there is none", () => {
  assert.equal(branchKey(publish(["SIP/2.0/UDP h:5070;branch=z9hG4bK-abc;rport", "SIP/2.0/UDP p;branch=z9hG4bK-0"])), "z9hG4bK-abc");
  assert.equal(branchKey(publish(["SIP/2.0/UDP h;rport;branch=z9hG4bK-end"])), "z9hG4bK-end");
  assert.equal(branchKey(publish(["SIP/2.0/UDP h;rport"])), null);
  assert.equal(branchKey(Buffer.from("x;branch=")), null);
});
