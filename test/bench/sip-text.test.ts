import { test } from "node:test";
import assert from "node:assert/strict";
import { findHeader, okResponse, parseBenchNote, splitDatagram } from "./sip-text.js";

const notify =
  "NOTIFY sip:w1@127.0.0.1:5000 SIP/2.0\r\n" +
  "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKa;rport\r\n" +
  "v: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKb\r\n" +
  "From: <sip:p@example.com>;tag=10x\r\nt: <sip:w1@example.com>;tag=w1\r\n" +
  "i: abc@bench\r\nCSeq: 3 NOTIFY\r\nSubscription-State: active;expires=3600\r\nContent-Length: 52\r\n\r\n" +
  "<note>bench s1r400 1795701281.000000/956686.000000</note>";

test("the 200 OK copies every Via, From, To, Call-ID and CSeq, compact forms included", () => {
  const req = splitDatagram(notify)!;
  assert.equal(findHeader(req.headers, "call-id"), "abc@bench");
  assert.equal(findHeader(req.headers, "subscription-state"), "active;expires=3600");
  const ok = okResponse(req);
  assert.equal(
    ok,
    "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKa;rport\r\nv: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKb\r\n" +
      "From: <sip:p@example.com>;tag=10x\r\nt: <sip:w1@example.com>;tag=w1\r\ni: abc@bench\r\nCSeq: 3 NOTIFY\r\nContent-Length: 0\r\n\r\n",
  );
  assert.equal(splitDatagram("NOTIFY sip:x SIP/2.0\r\nVia: y"), null);
});

test("the publisher's timestamp is read from the note with microsecond precision", () => {
  const n = parseBenchNote(splitDatagram(notify)!.body)!;
  assert.equal(n.step, "s1r400");
  assert.equal(n.sentAtMs, 1795701281000 + 956.686);
  assert.equal(parseBenchNote("<note>available</note>"), null);
});
