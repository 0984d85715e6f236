// The notifier over Redis, as the notifier service runs it: the dialog lock reads each record (and,
// for packages that send every NOTIFY they build, takes its CSeq) in the same step as the lock.
// Two replicas on one Redis, changes racing: per dialog one NOTIFY at a time, CSeqs contiguous, the
// last NOTIFY carries the last state (DESIGN invariants 1-3).
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { DEFAULT_CORE_SETTINGS, handlePublish, handleSubscribe, Notifier, type CoreDeps, type NotifyDispatcher, type NotifyMessage, type NotifyOutcome } from "@presence/core";
import { dialogPackage, EventRegistry, presencePackage } from "@presence/events";
import { silentLogger } from "@presence/log";
import { RedisDialogLock, RedisStore } from "@presence/store";

const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const peer = { transport: "UDP", address: "127.0.0.1", port: 5070, connectionId: null };

/** Keeps each NOTIFY transaction open a few ms and records, per dialog, what was sent and overlaps. */
class RecordingDispatcher implements NotifyDispatcher {
  readonly sent = new Map<string, NotifyMessage[]>();
  readonly overlaps: string[] = [];
  private readonly open = new Set<string>();
  async send(msg: NotifyMessage): Promise<NotifyOutcome> {
    const callId = msg.headers.find(([n]) => n === "Call-ID")![1];
    if (this.open.has(callId)) this.overlaps.push(callId);
    this.open.add(callId);
    const list = this.sent.get(callId) ?? [];
    list.push(msg);
    this.sent.set(callId, list);
    await new Promise((r) => setTimeout(r, 3));
    this.open.delete(callId);
    return { kind: "response", status: 200, reason: "OK" };
  }
}

const bodies = {
  presence: {
    contentType: "application/pidf+xml",
    body: (v: number) => `<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:p@example.com"><tuple id="t"><status><basic>open</basic></status><note>v${v}</note></tuple></presence>`,
  },
  dialog: {
    contentType: "application/dialog-info+xml",
    body: (v: number) =>
      `<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="${v}" state="full" entity="sip:p@example.com"><dialog id="v${v}"><state>confirmed</state></dialog></dialog-info>`,
  },
} as const;

describe("notifier over Redis: locks that read their records", () => {
  const prefix = `test:fanout:${randomBytes(5).toString("hex")}:`;
  const clients = [new Redis(url, { maxRetriesPerRequest: 1 }), new Redis(url, { maxRetriesPerRequest: 1 })];
  after(async () => {
    const keys = await clients[0]!.keys(`${prefix}*`);
    if (keys.length) await clients[0]!.del(...keys);
    for (const c of clients) c.disconnect();
  });

  for (const event of ["presence", "dialog"] as const) {
    test(`${event}: two replicas, racing changes: one NOTIFY per dialog at a time, CSeqs contiguous, last state last`, async () => {
      const events = new EventRegistry();
      events.add(presencePackage({}));
      events.add(dialogPackage({}));
      const depsOf = (redis: Redis): CoreDeps => ({
        store: new RedisStore({ redis, keyPrefix: prefix }),
        events,
        settings: { ...DEFAULT_CORE_SETTINGS },
        logger: silentLogger(),
        now: Date.now,
        localContact: () => "sip:127.0.0.1:5060",
      });
      const dispatcher = new RecordingDispatcher();
      const notifiers = clients.map((redis, i) => new Notifier(depsOf(redis), dispatcher, {}, { lock: new RedisDialogLock({ redis, keyPrefix: prefix }), owner: `n${i}`, leaseMs: 5000 }));
      const deps = depsOf(clients[0]!);
      const presentity = `sip:${event}-${randomBytes(3).toString("hex")}@example.com`;
      const evt = { name: event, id: null, params: {} };

      const refs = new Map<string, { slot: string; id: string }>();
      for (let w = 0; w < 4; w++) {
        const callId = `${event}-w${w}-${randomBytes(4).toString("hex")}`;
        const sub = await handleSubscribe(
          {
            requestUri: presentity, fromUri: `sip:w${w}@example.com`, fromTag: `ft${w}`, fromDisplayName: null, toUri: presentity, toTag: null,
            callId, cseq: 1, event: evt, expires: 600, accept: null, contact: `sip:w${w}@127.0.0.1:5070`, recordRoute: [], watcherUri: null, userAgent: null, source: peer,
          },
          deps,
        );
        assert.equal(sub.reply.status, 200);
        assert.equal(sub.notice?.kind, "state");
        if (sub.notice?.kind === "state") refs.set(callId, { slot: sub.notice.slot, id: sub.notice.id });
        await notifiers[0]!.subscriptionChanged(sub.notice!);
      }

      let etag: string | null = null;
      const pending: Promise<void>[] = [];
      for (let v = 1; v <= 20; v++) {
        const r = await handlePublish(
          { presentityUri: presentity, event: evt, expires: 600, ifMatch: etag, contentType: bodies[event].contentType, body: Buffer.from(bodies[event].body(v)), sender: null, priority: null, callId: "p", source: peer },
          deps,
        );
        assert.equal(r.reply.status, 200, r.reply.reason);
        etag = r.reply.headers.find(([n]) => n === "SIP-ETag")![1];
        // Alternate replicas without waiting: both work on the same dialogs at once.
        pending.push(notifiers[v % 2]!.presentityChanged(r.change!));
        if (v % 5 === 0) await new Promise((res) => setTimeout(res, 4));
      }
      await Promise.all(pending);
      for (const n of notifiers) await n.idle();

      // handle_publish(sender_uri): the sender's own dialog is locked with the others but not
      // notified, and its CSeq is not used up; the next change reaches it with the next CSeq.
      const sender = "w0@example.com";
      const senderCallId = [...refs.keys()][0]!;
      const before = (dispatcher.sent.get(senderCallId) ?? []).length;
      const quiet = await handlePublish(
        { presentityUri: presentity, event: evt, expires: 600, ifMatch: etag, contentType: bodies[event].contentType, body: Buffer.from(bodies[event].body(21)), sender: null, priority: null, callId: "p", source: peer },
        deps,
      );
      etag = quiet.reply.headers.find(([n]) => n === "SIP-ETag")![1];
      await notifiers[0]!.presentityChanged({ ...quiet.change!, excludeWatcher: sender });
      await notifiers[0]!.idle();
      assert.equal((dispatcher.sent.get(senderCallId) ?? []).length, before, "the sender hears nothing of its own change");
      const last = await handlePublish(
        { presentityUri: presentity, event: evt, expires: 600, ifMatch: etag, contentType: bodies[event].contentType, body: Buffer.from(bodies[event].body(22)), sender: null, priority: null, callId: "p", source: peer },
        deps,
      );
      await notifiers[1]!.presentityChanged(last.change!);
      for (const n of notifiers) await n.idle();

      assert.deepEqual(dispatcher.overlaps, [], "never two NOTIFY transactions on one dialog");
      for (const [callId, ref] of refs) {
        const sent = dispatcher.sent.get(callId) ?? [];
        const cseqs = sent.map((m) => m.cseq);
        assert.deepEqual(cseqs, cseqs.map((_, i) => i + 1), `${callId}: CSeqs contiguous from 1 (${cseqs.join(",")})`);
        assert.match(sent.at(-1)!.body!.toString(), /v22/, `${callId}: the last NOTIFY carries the last state`);
        const record = await deps.store.getSubscription(ref);
        assert.equal(record?.localCSeq, cseqs.at(-1), "the stored CSeq is the last one sent");
      }
    });
  }
});
