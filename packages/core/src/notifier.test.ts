import { test } from "node:test";
import assert from "node:assert/strict";
import { handlePublish } from "./publish-handler.js";
import { handleSubscribe } from "./subscribe-handler.js";
import { Notifier, type NotifyDispatcher, type NotifyOutcome } from "./notifier.js";
import type { NotifyMessage } from "./notify-message.js";
import type { SubscribeRequest } from "./messages.js";
import { MemoryDialogLock } from "@presence/store";
import { peer, testDeps } from "./test-deps.js";

/** A dispatcher whose NOTIFY transactions stay open until the test lets them finish. */
class SlowDispatcher implements NotifyDispatcher {
  sent: NotifyMessage[] = [];
  inFlight = 0;
  maxInFlight = 0;
  constructor(private readonly delayMs: number) {}
  async send(msg: NotifyMessage): Promise<NotifyOutcome> {
    this.sent.push(msg);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    await new Promise((r) => setTimeout(r, this.delayMs));
    this.inFlight--;
    return { kind: "response", status: 200, reason: "OK" };
  }
}

/** An initial presence SUBSCRIBE from sip:w@example.com to sip:p@example.com. */
function subscribeRequest(callId: string): SubscribeRequest {
  return {
    requestUri: "sip:p@example.com",
    fromUri: "sip:w@example.com",
    fromTag: "ft",
    fromDisplayName: null,
    toUri: "sip:p@example.com",
    toTag: null,
    callId,
    cseq: 1,
    event: { name: "presence", id: null, params: {} },
    expires: 600,
    accept: null,
    contact: "sip:w@127.0.0.1:5070",
    recordRoute: [],
    watcherUri: null,
    userAgent: null,
    source: peer,
  };
}

const pidf = (note: string) =>
  Buffer.from(`<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:p@example.com"><tuple id="t"><status><basic>open</basic></status><note>${note}</note></tuple></presence>`);

test("changes during an in-flight NOTIFY are coalesced; CSeq increases; last body is the last state", async () => {
  const deps = testDeps();
  const dispatcher = new SlowDispatcher(30);
  const notifier = new Notifier(deps, dispatcher);
  const sub = await handleSubscribe(subscribeRequest("c1"), deps);
  assert.equal(sub.reply.status, 200);
  await notifier.subscriptionChanged(sub.notice!);
  let etag: string | null = null;
  for (let i = 0; i < 30; i++) {
    const r = await handlePublish(
      { presentityUri: "sip:p@example.com", event: { name: "presence", id: null, params: {} }, expires: 600, ifMatch: etag, contentType: "application/pidf+xml", body: pidf(`v${i}`), sender: null, priority: null, callId: "p", source: peer },
      deps,
    );
    assert.equal(r.reply.status, 200);
    etag = r.reply.headers.find(([n]) => n === "SIP-ETag")![1];
    await notifier.presentityChanged(r.change!);
  }
  await notifier.idle();
  assert.equal(dispatcher.maxInFlight, 1, "never two NOTIFY transactions on one dialog");
  assert.ok(dispatcher.sent.length < 31, `coalesced: ${dispatcher.sent.length} NOTIFYs for 31 changes`);
  const cseqs = dispatcher.sent.map((m) => m.cseq);
  for (let i = 1; i < cseqs.length; i++) assert.ok(cseqs[i]! > cseqs[i - 1]!);
  assert.match(dispatcher.sent.at(-1)!.body!.toString(), /v29/);
});

test("a final NOTIFY waits for the one in flight and uses the next CSeq", async () => {
  const deps = testDeps();
  const dispatcher = new SlowDispatcher(50);
  const notifier = new Notifier(deps, dispatcher);
  const base = {
    requestUri: "sip:q@example.com", fromUri: "sip:w@example.com", fromTag: "ft", fromDisplayName: null, toUri: "sip:q@example.com",
    callId: "c2", event: { name: "presence", id: null, params: {} }, accept: null, contact: "sip:w@127.0.0.1:5070",
    recordRoute: [], watcherUri: null, userAgent: null, source: peer,
  };
  const first = await handleSubscribe({ ...base, toTag: null, cseq: 1, expires: 600 }, deps);
  await notifier.subscriptionChanged(first.notice!);
  const toTag = first.reply.toTag!;
  while (dispatcher.inFlight === 0) await new Promise((r) => setTimeout(r, 1));
  const bye = await handleSubscribe({ ...base, toTag, cseq: 2, expires: 0 }, deps);
  assert.equal(bye.reply.status, 200);
  await notifier.subscriptionChanged(bye.notice!);
  await notifier.idle();
  assert.equal(dispatcher.maxInFlight, 1);
  assert.deepEqual(dispatcher.sent.map((m) => m.cseq), [1, 2]);
  const state = dispatcher.sent[1]!.headers.find(([n]) => n === "Subscription-State")![1];
  assert.equal(state, "terminated;reason=timeout");
});

test("a NOTIFY transaction that outlasts the lock's lease keeps its dialog locked until it ends", async () => {
  const deps = testDeps();
  const dispatcher = new SlowDispatcher(400);
  const lock = new MemoryDialogLock(deps.now);
  const renewals: string[] = [];
  const renew = lock.renew.bind(lock);
  lock.renew = (ref, owner, leaseMs) => {
    renewals.push(ref.id);
    return renew(ref, owner, leaseMs);
  };
  const notifier = new Notifier(deps, dispatcher, {}, { lock, owner: "me", leaseMs: 150 });
  const sub = await handleSubscribe(subscribeRequest("c-lease"), deps);
  assert.equal(sub.reply.status, 200);
  const notice = sub.notice!;
  assert.ok(notice.kind === "state");
  const ref = { slot: notice.slot, id: notice.id };
  await notifier.subscriptionChanged(notice);
  await new Promise((r) => setTimeout(r, 250));
  // Past the 150 ms lease, the first NOTIFY still in flight: another replica cannot take the dialog.
  assert.equal(await lock.acquire(ref, "other", 150, "probe"), false, "still held by its owner");
  assert.ok(renewals.length >= 2, `renewed while in flight (${renewals.length})`);
  await notifier.idle();
  const after = renewals.length;
  await new Promise((r) => setTimeout(r, 200));
  assert.equal(renewals.length, after, "no renewal once the transaction ended");
  assert.equal(await lock.acquire(ref, "other", 150, "probe"), true, "free once the NOTIFY ended");
});
