import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createResponse } from "./builders.js";
import { MAGIC_COOKIE, newBranch, newCallId, newTag } from "./ids.js";
import type { SipRequest } from "./message.js";
import { parseMessage } from "./parser.js";
import { reasonPhrase } from "./reason-phrases.js";
import { serialize } from "./serializer.js";
import { isValidCallId } from "./values.js";

function parseReq(lines: string[]): SipRequest {
  const r = parseMessage(Buffer.from(lines.join("\r\n") + "\r\n\r\n"));
  if (!r.ok) assert.fail(r.error.message);
  return r.message as SipRequest;
}

const SUB = [
  "SUBSCRIBE sip:bob@example.com SIP/2.0",
  "Via: SIP/2.0/UDP proxy.example.com;branch=z9hG4bK2",
  "v: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;rport=5060;received=198.51.100.2",
  "Max-Forwards: 69",
  'From: "Alice" <sip:alice@example.com>;tag=f1',
  "To: <sip:bob@example.com>",
  "Call-ID: c1@example.com",
  "CSeq: 7 SUBSCRIBE",
  "Event: presence",
  "Timestamp: 54",
  "Contact: <sip:alice@192.0.2.1>",
];

describe("createResponse (RFC 3261 8.2.6)", () => {
  it("copies Vias in order, From, To, Call-ID and CSeq, adding a To-tag", () => {
    const req = parseReq(SUB);
    const res = createResponse(req, 202);
    assert.equal(res.status, 202);
    assert.equal(res.reason, "Accepted");
    assert.deepEqual(res.headers.getAll("via"), req.headers.getAll("via"));
    assert.equal(res.headers.get("from"), req.headers.get("from"));
    assert.equal(res.headers.get("call-id"), "c1@example.com");
    assert.equal(res.headers.get("cseq"), "7 SUBSCRIBE");
    assert.match(res.headers.get("to")!, /^<sip:bob@example\.com>;tag=[A-Za-z0-9_-]{8,}$/);
    assert.equal(res.headers.has("event"), false);
    assert.equal(res.headers.has("contact"), false);
    assert.equal(res.headers.has("timestamp"), false);
    // it serializes and parses back as a response matching the request
    const back = parseMessage(serialize(res));
    if (!back.ok) assert.fail(back.error.message);
    assert.equal(back.message.kind, "response");
    assert.deepEqual(back.message.cseq, req.cseq);
    assert.equal(back.message.via.branch, "z9hG4bK2");
    assert.equal(back.message.toTag?.length && back.message.toTag.length >= 8, true);
  });

  it("uses a given To-tag, keeps an existing one, and adds none to 100", () => {
    const req = parseReq(SUB);
    assert.equal(createResponse(req, 200, undefined, { toTag: "t9" }).headers.get("to"), "<sip:bob@example.com>;tag=t9");
    const trying = createResponse(req, 100);
    assert.equal(trying.headers.get("to"), "<sip:bob@example.com>");
    assert.equal(trying.headers.get("timestamp"), "54"); // RFC 3261 8.2.6.1
    const inDialog = parseReq(SUB.map((l) => (l.startsWith("To:") ? "To: <sip:bob@example.com>;tag=x1" : l)));
    assert.equal(createResponse(inDialog, 200, "Fine").headers.get("to"), "<sip:bob@example.com>;tag=x1");
    assert.equal(createResponse(inDialog, 200, "Fine").reason, "Fine");
  });

  it("takes extra headers and a body", () => {
    const req = parseReq(SUB);
    const res = createResponse(req, 200, undefined, {
      headers: [["Expires", "3600"], ["Contact", "<sip:pres@example.com>"]],
      body: Buffer.from("{}"),
      contentType: "application/json",
    });
    assert.equal(res.expires, 3600);
    assert.equal(res.contentType, "application/json");
    assert.equal(res.body.toString(), "{}");
    assert.match(serialize(res).toString(), /\r\nContent-Length: 2\r\n\r\n\{\}$/);
  });

  it("answers a request handed back with a parse error", () => {
    const r = parseMessage(Buffer.from(SUB.join("\r\n").replace("To: <sip:bob@example.com>", 'To: "broken <sip:bob@example.com>') + "\r\n\r\n"));
    assert.equal(r.ok, false);
    if (r.ok || !r.request) assert.fail("expected a request with the error");
    const res = createResponse(r.request, r.error.status, r.error.reason);
    assert.equal(res.status, 400);
    assert.equal(res.reason, "Bad To");
    assert.match(res.headers.get("to")!, /;tag=/);
  });
});

describe("reasonPhrase", () => {
  it("covers the codes a presence server sends", () => {
    const table: Record<number, string> = {
      100: "Trying", 180: "Ringing", 200: "OK", 202: "Accepted", 400: "Bad Request", 403: "Forbidden", 404: "Not Found",
      405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout", 412: "Conditional Request Failed",
      413: "Request Entity Too Large", 415: "Unsupported Media Type", 420: "Bad Extension", 423: "Interval Too Brief",
      480: "Temporarily Unavailable", 481: "Call/Transaction Does Not Exist", 482: "Loop Detected", 483: "Too Many Hops",
      487: "Request Terminated", 489: "Bad Event", 500: "Server Internal Error", 501: "Not Implemented",
      503: "Service Unavailable", 504: "Server Time-out", 505: "Version Not Supported", 513: "Message Too Large",
    };
    for (const [code, phrase] of Object.entries(table)) assert.equal(reasonPhrase(Number(code)), phrase);
    assert.equal(reasonPhrase(499), "Client Error");
  });
});

describe("ids", () => {
  it("branches carry the magic cookie and enough randomness", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const b = newBranch();
      assert.ok(b.startsWith(MAGIC_COOKIE));
      assert.match(b.slice(7), /^[A-Za-z0-9_-]{16,}$/);
      seen.add(b);
    }
    assert.equal(seen.size, 2000);
  });

  it("tags and Call-IDs are unique tokens / words", () => {
    const tags = new Set<string>();
    const ids = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const t = newTag();
      const c = newCallId();
      assert.match(t, /^[A-Za-z0-9_-]{8,}$/);
      assert.ok(isValidCallId(c));
      tags.add(t);
      ids.add(c);
    }
    assert.equal(tags.size, 2000);
    assert.equal(ids.size, 2000);
  });
});
