// NOTIFYs from a notifier to an edge over real NATS, to watchers on real UDP sockets: those queued
// in one turn travel as one NotifyBatch and their outcomes come back as the transactions end, so a
// watcher that never answers holds back only its own outcome. Edges without the batch subjects
// (an older version) and a vanished edge holding a TCP flow still get the per-NOTIFY behaviour.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import { loadConfig, type PresenceConfig } from "@presence/config";
import { busNames, NatsBus, QUEUES, type BusSubscription } from "@presence/bus";
import type { NotifyMessage, NotifyOutcome } from "@presence/core";
import { startEdge, type Edge } from "@presence/edge";
import { silentLogger } from "@presence/log";
import { BusNotifyDispatcher } from "@presence/notifier";
import { decodeNotifyBatch, decodeNotifyRequest, encodeNotifyResult } from "@presence/proto";

const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";

/** A UDP watcher answering each NOTIFY with `status`, or never when null. */
async function watcher(status: number | null): Promise<{ port: number; received: string[]; close(): void }> {
  const sock = dgram.createSocket("udp4");
  const received: string[] = [];
  sock.on("message", (buf, rinfo) => {
    const text = buf.toString("utf8");
    received.push(text);
    if (status === null || !text.startsWith("NOTIFY ")) return;
    const head = text.slice(0, text.indexOf("\r\n\r\n")).split("\r\n");
    const keep = head.filter((l) => /^(via|from|to|call-id|cseq):/i.test(l));
    sock.send(`SIP/2.0 ${status} Answer\r\n${keep.join("\r\n")}\r\nContent-Length: 0\r\n\r\n`, rinfo.port, rinfo.address);
  });
  await new Promise<void>((r) => sock.bind(0, "127.0.0.1", r));
  return { port: sock.address().port, received, close: () => sock.close() };
}

function notifyTo(port: number, n: number, connectionId: string | null, transport = "UDP"): NotifyMessage {
  const callId = `batch-${n}-${randomBytes(4).toString("hex")}`;
  return {
    requestUri: `sip:w${n}@127.0.0.1:${port}`,
    headers: [
      ["Max-Forwards", "70"],
      ["From", `<sip:p@example.com>;tag=p${n}`],
      ["To", `<sip:w${n}@example.com>;tag=w${n}`],
      ["Call-ID", callId],
      ["CSeq", `1 NOTIFY`],
      ["Contact", "<sip:presence@127.0.0.1>"],
      ["Event", "presence"],
      ["Subscription-State", "active;expires=60"],
    ],
    body: null,
    target: { transport, host: "127.0.0.1", port, connectionId },
    subscriptionId: `sub-${n}`,
    cseq: 1,
  };
}

describe("NOTIFY batches between notifier and edge (real NATS, real UDP)", () => {
  const prefix = `t${randomBytes(5).toString("hex")}`;
  const natsPrefix = `${prefix}.presence.v1`;
  const names = busNames(natsPrefix);
  const buses: NatsBus[] = [];
  let config: PresenceConfig;
  let edge: Edge;
  let edgeOpen = false;
  let dispatcher: BusNotifyDispatcher;
  let spy: NatsBus;
  const observed = { batches: [] as number[], singly: 0 };

  const bus = async (name: string): Promise<NatsBus> => {
    const b = await NatsBus.connect({ servers: NATS_URL, name: `${prefix}-${name}` });
    buses.push(b);
    return b;
  };

  before(async () => {
    // T1 = 50 ms: Timer F (64*T1) ends a silent watcher's transaction after 3.2 s.
    config = loadConfig({ env: {}, overrides: { sip_host: "127.0.0.1", sip_port: 0, api_port: 0, sip_t1_ms: 50, shutdown_drain_ms: 500, nats_url: NATS_URL, nats_subject_prefix: natsPrefix } });
    edge = await startEdge({ config, logger: silentLogger(), bus: await bus("edge"), id: `${prefix}-edge` });
    edgeOpen = true;
    dispatcher = new BusNotifyDispatcher(await bus("notifier"), natsPrefix, {
      timeoutMs: 64 * config.sip_t1_ms + 2000,
      observer: { batchSent: (n) => void observed.batches.push(n), sentSingly: (n) => void (observed.singly += n) },
    });
    spy = await bus("spy");
  });

  after(async () => {
    if (edgeOpen) await edge.close();
    for (const b of buses) await b.close();
  });

  test("one turn's NOTIFYs are one message; answered outcomes arrive while a silent watcher's transaction is still open", async () => {
    const ok = await Promise.all([watcher(200), watcher(200), watcher(481)]);
    const silent = await watcher(null);
    const batches: number[] = [];
    const singles: number[] = [];
    const subs: BusSubscription[] = [
      await spy.subscribe(`${natsPrefix}.edge.*.notify-batch`, (m) => void batches.push(decodeNotifyBatch(m.data).length)),
      await spy.subscribe(`${natsPrefix}.edge.*.notify`, () => void singles.push(1)),
    ];
    try {
      const flow = `${edge.id}/`;
      const msgs = [...ok.map((w, i) => notifyTo(w.port, i, i === 0 ? flow : null)), notifyTo(silent.port, 9, null)];
      const t0 = Date.now();
      const settled: Array<{ i: number; outcome: NotifyOutcome; ms: number }> = [];
      const all = msgs.map((m, i) => dispatcher.send(m).then((outcome) => void settled.push({ i, outcome, ms: Date.now() - t0 })));
      await Promise.all(all.slice(0, 3));
      assert.equal(settled.length, 3, "the three answered NOTIFYs are reported before the silent one");
      assert.ok(settled.every((s) => s.ms < 2000), `answered outcomes did not wait for Timer F: ${settled.map((s) => s.ms).join(", ")} ms`);
      await Promise.all(all);
      const byIndex = new Map(settled.map((s) => [s.i, s]));
      assert.deepEqual(byIndex.get(0)!.outcome, { kind: "response", status: 200, reason: "Answer" });
      assert.deepEqual(byIndex.get(1)!.outcome, { kind: "response", status: 200, reason: "Answer" });
      assert.deepEqual(byIndex.get(2)!.outcome, { kind: "response", status: 481, reason: "Answer" });
      assert.deepEqual(byIndex.get(3)!.outcome, { kind: "timeout" });
      assert.ok(byIndex.get(3)!.ms >= 3000, `the silent watcher's outcome is its Timer F (${byIndex.get(3)!.ms} ms)`);
      // The flow of watcher 0 names this edge: its NOTIFY goes to the edge's own subject, the rest to any edge.
      assert.deepEqual(batches.sort(), [1, 3]);
      assert.deepEqual(singles, [], "no per-NOTIFY requests");
      assert.deepEqual(observed.batches.sort(), [1, 3]);
      assert.equal(observed.singly, 0);
      for (const w of ok) assert.equal(w.received.filter((t) => t.startsWith("NOTIFY ")).length, 1);
      assert.ok(silent.received.length >= 2, "the silent watcher got retransmissions");
    } finally {
      for (const s of subs) await s.unsubscribe();
      for (const w of [...ok, silent]) w.close();
    }
  });

  test("edges serving only single NOTIFY requests (an older version) still get every NOTIFY; a gone flow edge is a transport error", async () => {
    const other = await bus("old-edge");
    const seen: string[] = [];
    // An older edge: no batch subjects; answers each NotifyRequest itself.
    const old = await other.serve(names.edgeAnyNotify, QUEUES.edge, async (m) => {
      const n = decodeNotifyRequest(m.data);
      seen.push(n.subscriptionId);
      return encodeNotifyResult({ outcome: { kind: "response", status: 200, reason: "Old edge" }, subscriptionId: n.subscriptionId, cseq: n.cseq, edgeId: "old" });
    });
    // The new edge leaves, so nobody serves the batch subjects.
    edgeOpen = false;
    await edge.close();
    try {
      const outcomes = await Promise.all([notifyTo(5999, 1, null), notifyTo(5999, 2, null)].map((m) => dispatcher.send(m)));
      assert.deepEqual(outcomes, [
        { kind: "response", status: 200, reason: "Old edge" },
        { kind: "response", status: 200, reason: "Old edge" },
      ]);
      assert.deepEqual(seen.sort(), ["sub-1", "sub-2"]);
      assert.equal(observed.singly, 2, "counted as sent one by one");
      // RFC 5626 4.4: a TCP flow held by an edge nobody serves any more is gone.
      const gone = await dispatcher.send(notifyTo(5999, 3, "edge-gone/c1", "TCP"));
      assert.equal(gone.kind, "transport-error");
    } finally {
      await old.unsubscribe();
    }
  });
});
