import { test } from "node:test";
import assert from "node:assert/strict";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { silentLogger } from "@presence/log";
import { createResponse } from "../message/builders.js";
import type { SipRequest } from "../message/message.js";
import { parseMessage } from "../message/parser.js";
import type { Endpoint } from "../message/types.js";
import { ManualClock } from "./test-clock.js";
import { TransactionLayer } from "./transaction-layer.js";
import type { RequestIdentity } from "./transaction-keys.js";
import { createTransactionStats } from "./transaction-stats.js";

// A collection on demand, to check what the layer still references.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const timers = { t1: 500, t2: 4000, t4: 5000 };
const peer: Endpoint = { transport: "UDP", address: "127.0.0.1", port: 5099 };

function setup() {
  const clock = new ManualClock();
  const sent: string[] = [];
  const stats = createTransactionStats();
  const layer = new TransactionLayer({
    clock,
    timers,
    logger: silentLogger(),
    stats,
    transmit: async (data) => {
      sent.push(data.toString("latin1"));
    },
  });
  return { clock, sent, stats, layer };
}

function request(method: string, branch: string): { req: SipRequest; id: RequestIdentity } {
  const text =
    `${method} sip:bob@example.com SIP/2.0\r\n` +
    `Via: SIP/2.0/UDP 127.0.0.1:5099;branch=${branch};rport\r\n` +
    `From: <sip:alice@example.com>;tag=a1\r\nTo: <sip:bob@example.com>\r\n` +
    `Call-ID: c-${branch}\r\nCSeq: 1 ${method}\r\nMax-Forwards: 70\r\nEvent: presence\r\nContent-Length: 0\r\n\r\n`;
  const r = parseMessage(Buffer.from(text, "latin1"), { transport: "UDP" });
  assert.ok(r.ok && r.message.kind === "request");
  const req = r.message;
  const id: RequestIdentity = {
    method: req.method,
    uri: req.uri,
    via: req.via,
    viaText: req.headers.get("via") ?? "",
    callId: req.callId,
    cseq: req.cseq,
    fromTag: req.fromTag,
    toTag: req.toTag,
  };
  return { req, id };
}

/**
 * ArrayBuffer bytes once dead ones are freed: V8 frees their memory in the background after a
 * collection, so collect and wait until the count stops falling.
 */
async function settledArrayBuffers(): Promise<number> {
  let last = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 20; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const now = process.memoryUsage().arrayBuffers;
    if (now >= last) return now;
    last = now;
  }
  return last;
}

/** Runs a transaction to its final response in a frame of its own, so the test keeps no reference. */
function answered(layer: TransactionLayer, branch: string): { id: RequestIdentity; released: WeakRef<SipRequest> } {
  const r = request("SUBSCRIBE", branch);
  const tx = layer.createServer(r.req, peer, r.id, peer);
  tx.respond(createResponse(r.req, 200));
  assert.equal(tx.state, "Completed");
  return { id: r.id, released: new WeakRef(r.req) };
}

test("a completed server transaction keeps none of the request's text (its keys are copies, not views into it)", async () => {
  const { layer } = setup();
  const body = "x".repeat(8000);
  const run = (n: number, tag: string): void => {
    for (let i = 0; i < n; i++) {
      const branch = `z9hG4bK-${tag}-${i}-0123456789abcdef`;
      const text =
        `PUBLISH sip:p${i}@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.77:5099;branch=${branch};rport\r\n` +
        `From: <sip:p${i}@example.com>;tag=f${i}\r\nTo: <sip:p${i}@example.com>\r\nCall-ID: ${branch}@example.com\r\n` +
        `CSeq: 1 PUBLISH\r\nMax-Forwards: 70\r\nEvent: presence\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
      const r = parseMessage(Buffer.from(text, "latin1"), { transport: "UDP" });
      assert.ok(r.ok && r.message.kind === "request");
      const req = r.message;
      const id: RequestIdentity = { method: req.method, uri: req.uri, via: req.via, viaText: req.headers.get("via") ?? "", callId: req.callId, cseq: req.cseq, fromTag: req.fromTag, toTag: req.toTag };
      const target: Endpoint = { transport: "UDP", address: req.via.host, port: req.via.port ?? 5060 };
      layer.createServer(req, peer, id, target).respond(createResponse(req, 200));
    }
  };
  run(500, "warm");
  const n = 2000;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  run(n, "m");
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  gc();
  const perTransaction = (process.memoryUsage().heapUsed - before) / n;
  // Each entry holds its keys, machine and serialized response; the 8 KB request must be gone.
  assert.ok(perTransaction < 4000, `each completed transaction holds ${perTransaction.toFixed(0)} B`);
});

test("after the final response over UDP the parsed request is released; retransmissions still get the response until Timer J", async () => {
  const { clock, sent, stats, layer } = setup();
  const { id, released } = answered(layer, "z9hG4bKrel1");
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  assert.equal(released.deref(), undefined, "the request is no longer referenced by the layer");

  assert.equal(layer.absorbRetransmission(id), true);
  assert.equal(sent.length, 2);
  assert.equal(sent[1], sent[0]);
  assert.match(sent[1]!, /^SIP\/2\.0 200 /);
  assert.equal(stats.responsesResent, 1);

  // RFC 3261 9.2: a CANCEL still matches the completed transaction (and is answered 200).
  const handle = layer.findCancelTarget(id);
  assert.ok(handle);
  assert.equal(handle.state, "Completed");
  assert.throws(() => handle.request, { name: "TransactionReleasedError" });

  clock.advance(64 * timers.t1);
  assert.equal(layer.absorbRetransmission(id), false);
  assert.equal(layer.findCancelTarget(id), undefined);
});

test("completed UDP server transactions share one timer and hold no memory outside the JavaScript heap", async () => {
  const { clock, sent, stats, layer } = setup();
  const ids: RequestIdentity[] = [];
  for (let i = 0; i < 200; i++) ids.push(answered(layer, `z9hG4bKmany${i}`).id);
  // RFC 3261 17.2.2: each stays in Completed for Timer J; one sweep timer, not one Timer J each.
  assert.equal(clock.armed, 1);
  assert.equal(layer.hasServer(ids[0]!), true, "an ACK or CANCEL still finds it");

  const before = await settledArrayBuffers();
  for (let i = 0; i < 2000; i++) answered(layer, `z9hG4bKheap${i}`);
  // The kept responses are strings, not ArrayBuffers of their own (which the collector tracks apart).
  const perTransaction = ((await settledArrayBuffers()) - before) / 2000;
  assert.ok(perTransaction < 64, `each completed transaction holds ${perTransaction.toFixed(0)} B of ArrayBuffers`);

  const resent = sent.length;
  assert.equal(layer.absorbRetransmission(ids[199]!), true);
  assert.equal(sent[resent], sent[199], "the same bytes as the first time");
  assert.equal(stats.responsesResent, 1);
  clock.advance(64 * timers.t1);
  assert.equal(layer.hasServer(ids[0]!), false);
  assert.equal(layer.absorbRetransmission(ids[199]!), false);
  assert.equal(clock.armed, 0, "nothing armed once every transaction ended");
});

test("a completed server transaction whose resent response cannot be sent ends (RFC 3261 17.2.4)", async () => {
  const clock = new ManualClock();
  const stats = createTransactionStats();
  let failing = false;
  const layer = new TransactionLayer({
    clock,
    timers,
    logger: silentLogger(),
    stats,
    transmit: async () => {
      if (failing) throw new Error("EHOSTUNREACH");
    },
  });
  const { id } = answered(layer, "z9hG4bKfail1");
  failing = true;
  assert.equal(layer.absorbRetransmission(id), true);
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(stats.transportErrors, 1);
  assert.equal(layer.absorbRetransmission(id), false);
  assert.equal(layer.findCancelTarget(id), undefined);
});

test("while the application has not answered, the CANCEL target carries the request", () => {
  const { layer } = setup();
  const r = request("SUBSCRIBE", "z9hG4bKlive1");
  const tx = layer.createServer(r.req, peer, r.id, peer);
  assert.equal(layer.findCancelTarget(r.id)?.request, r.req);
  assert.equal(layer.absorbRetransmission(r.id), true); // Trying: absorbed silently
  tx.respond(createResponse(r.req, 202));
  assert.equal(layer.pendingCount, 0);
});

test("a client transaction lets go of its request bytes once answered, and absorbs the retransmitted response", async () => {
  const { clock, sent, stats, layer } = setup();
  const r = request("NOTIFY", "z9hG4bKcli1");
  const outcome = layer.request(r.req, "z9hG4bKcli1", peer);
  assert.equal(sent.length, 1);
  const response = parseMessage(Buffer.from(`SIP/2.0 200 OK\r\n${sent[0]!.split("\r\n").slice(1).join("\r\n")}`, "latin1"), {
    transport: "UDP",
  });
  assert.ok(response.ok && response.message.kind === "response");
  assert.equal(layer.receiveResponse(response.message), true);
  const result = await outcome;
  assert.equal(result.kind, "response");
  // Timer K: a retransmitted 200 is absorbed, and nothing is sent again.
  assert.equal(layer.receiveResponse(response.message), true);
  assert.equal(stats.responsesAbsorbed, 1);
  clock.advance(timers.t1 * 4);
  assert.equal(sent.length, 1);
  clock.advance(timers.t4);
  assert.equal(layer.receiveResponse(response.message), false);
});
