import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createResponse, Headers, SipRequest, type ServerTransaction, type SipResponse } from "@presence/sip";
import { installMemoryExporter, parentSpanId, SpanKind, SpanStatusCode, withSpan, type MemoryTraces } from "@presence/telemetry";
import { recordNotifyOutcome, traceServerTransaction } from "./sip-spans.js";

let traces: MemoryTraces;
before(async () => {
  traces = await installMemoryExporter();
});
after(() => traces.shutdown());

function publish(callId: string | null): SipRequest {
  const h = new Headers([
    ["Via", "SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKabc"],
    ["From", "<sip:a@example.com>;tag=1"],
    ["To", "<sip:a@example.com>"],
    ["CSeq", "1 PUBLISH"],
  ]);
  if (callId !== null) h.set("Call-ID", callId);
  return new SipRequest("PUBLISH", "sip:a@example.com", h);
}

function fakeTx(req: SipRequest): ServerTransaction & { sent: SipResponse[] } {
  const sent: SipResponse[] = [];
  return { request: req, source: { transport: "TCP", address: "192.0.2.7", port: 5071 }, state: "Trying", sent, respond: (r) => void sent.push(r) };
}

test("a server transaction span carries method, Call-ID, peer and the first final status", async () => {
  traces.reset();
  const req = publish("c1@test");
  const tx = fakeTx(req);
  await traceServerTransaction(req, tx, async (traced) => {
    traced.respond(createResponse(req, 100));
    traced.respond(createResponse(req, 200));
    // A second final answer is dropped by the transaction; the span keeps the first.
    traced.respond(createResponse(req, 500));
  });
  assert.deepEqual(tx.sent.map((r) => r.status), [100, 200, 500]);
  const [span] = traces.spans();
  assert.equal(span?.name, "sip.server PUBLISH");
  assert.equal(span.kind, SpanKind.SERVER);
  assert.equal(parentSpanId(span), null);
  assert.deepEqual(span.attributes, {
    "sip.method": "PUBLISH",
    "sip.call_id": "c1@test",
    "network.transport": "tcp",
    "network.peer.address": "192.0.2.7",
    "network.peer.port": 5071,
    "sip.status_code": 200,
  });
  assert.equal(span.status.code, SpanStatusCode.UNSET);
});

test("a SIP request starts a new trace, a 5xx is an error, a missing Call-ID is left out", async () => {
  traces.reset();
  const req = publish(null);
  await withSpan("unrelated", {}, () => traceServerTransaction(req, fakeTx(req), async (traced) => traced.respond(createResponse(req, 503))));
  const span = traces.spans().find((s) => s.name === "sip.server PUBLISH")!;
  assert.equal(parentSpanId(span), null);
  assert.equal(span.attributes["sip.call_id"], undefined);
  assert.equal(span.attributes["sip.status_code"], 503);
  assert.equal(span.status.code, SpanStatusCode.ERROR);
});

test("NOTIFY outcomes: 2xx is fine; error statuses, timeouts and transport errors are errors", async () => {
  traces.reset();
  const outcomes = [
    { kind: "response", status: 200, reason: "OK" },
    { kind: "response", status: 481, reason: "Call/Transaction Does Not Exist" },
    { kind: "timeout" },
    { kind: "transport-error", message: "connection reset" },
  ] as const;
  for (const [i, o] of outcomes.entries()) await withSpan(`n${i}`, {}, (span) => recordNotifyOutcome(span, o));
  const byName = (n: string) => traces.spans().find((s) => s.name === n)!;
  assert.equal(byName("n0").status.code, SpanStatusCode.UNSET);
  assert.equal(byName("n0").attributes["sip.status_code"], 200);
  assert.equal(byName("n1").status.code, SpanStatusCode.ERROR);
  assert.equal(byName("n1").attributes["sip.status_code"], 481);
  assert.equal(byName("n2").attributes["sip.outcome"], "timeout");
  assert.equal(byName("n2").status.code, SpanStatusCode.ERROR);
  assert.equal(byName("n3").attributes["sip.outcome"], "transport-error");
  assert.equal(byName("n3").status.message, "connection reset");
});
