import { test } from "node:test";
import assert from "node:assert/strict";
import { MemoryReadingDialogLock, MemoryStore, type Store, type SubscriptionRef } from "@presence/store";
import type { PublishRequest, SubscribeRequest } from "./messages.js";
import { Notifier, type NotifyDispatcher, type NotifyOutcome } from "./notifier.js";
import type { NotifyMessage } from "./notify-message.js";
import { handlePublish } from "./publish-handler.js";
import { handleSubscribe } from "./subscribe-handler.js";
import { peer, testDeps } from "./test-deps.js";

const pidf = (note: string) =>
  Buffer.from(`<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:p@example.com"><tuple id="t"><status><basic>open</basic></status><note>${note}</note></tuple></presence>`);

function publish(ifMatch: string | null, body: Buffer, expires = 600): PublishRequest {
  return { presentityUri: "sip:p@example.com", event: { name: "presence", id: null, params: {} }, expires, ifMatch, contentType: body.length ? "application/pidf+xml" : null, body, sender: null, priority: null, callId: "pub", source: peer };
}

function subscribe(watcher: string): SubscribeRequest {
  return {
    requestUri: "sip:p@example.com",
    fromUri: `sip:${watcher}@example.com`,
    fromTag: `ft-${watcher}`,
    fromDisplayName: null,
    toUri: "sip:p@example.com",
    toTag: null,
    callId: `c-${watcher}`,
    cseq: 1,
    event: { name: "presence", id: null, params: {} },
    expires: 600,
    accept: null,
    contact: `sip:${watcher}@127.0.0.1:5070`,
    recordRoute: [],
    watcherUri: null,
    userAgent: null,
    source: peer,
  };
}

/** Records the calls of listSubscriptionRefs in the order made, beside the store's other calls. */
function spiedStore(): { store: MemoryStore; calls: string[] } {
  const store = new MemoryStore();
  const calls: string[] = [];
  for (const name of ["insertPublication", "updatePublication", "deletePublication", "listSubscriptionRefs"] as const) {
    const real = store[name].bind(store) as (...args: unknown[]) => Promise<unknown>;
    (store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[name] = (...args: unknown[]) => {
      calls.push(name);
      return real(...args);
    };
  }
  return { store, calls };
}

const etagOf = (headers: Array<[string, string]>) => headers.find(([n]) => n === "SIP-ETag")![1];
const sortRefs = (refs: readonly SubscriptionRef[]) => [...refs].sort((a, b) => a.id.localeCompare(b.id));

test("a change carries the presentity's dialogs, read right behind the write that made it", async () => {
  const { store, calls } = spiedStore();
  const deps = { ...testDeps(), store, changeWatchers: true };
  const refs: SubscriptionRef[] = [];
  for (const w of ["a", "b"]) {
    const s = await handleSubscribe(subscribe(w), deps);
    assert.equal(s.reply.status, 200);
    assert.equal(s.notice?.kind, "state");
    if (s.notice?.kind === "state") refs.push({ slot: s.notice.slot, id: s.notice.id });
  }
  calls.length = 0;
  const created = await handlePublish(publish(null, pidf("one")), deps);
  assert.equal(created.change?.reason, "new");
  assert.deepEqual(sortRefs(created.change.watchers!), sortRefs(refs));
  assert.deepEqual(calls, ["insertPublication", "listSubscriptionRefs"], "the read is made after the write, before it is awaited");

  calls.length = 0;
  const modified = await handlePublish(publish(etagOf(created.reply.headers), pidf("two")), deps);
  assert.equal(modified.change?.reason, "modified");
  assert.deepEqual(sortRefs(modified.change.watchers!), sortRefs(refs));
  assert.deepEqual(calls, ["updatePublication", "listSubscriptionRefs"]);

  // RFC 3903 4.2: a refresh without a body changes nothing and reads nothing.
  calls.length = 0;
  const refreshed = await handlePublish(publish(etagOf(modified.reply.headers), Buffer.alloc(0)), deps);
  assert.equal(refreshed.reply.status, 200);
  assert.equal(refreshed.change, null);
  assert.deepEqual(calls, ["updatePublication"]);

  calls.length = 0;
  const removed = await handlePublish(publish(etagOf(refreshed.reply.headers), Buffer.alloc(0), 0), deps);
  assert.equal(removed.change?.reason, "removed");
  assert.deepEqual(sortRefs(removed.change.watchers!), sortRefs(refs));
  assert.deepEqual(calls, ["deletePublication", "listSubscriptionRefs"]);

  // RFC 3903 6: 412 for an unknown entity-tag; the read made beside it is dropped.
  const missing = await handlePublish(publish("no-such-etag", pidf("three")), deps);
  assert.equal(missing.reply.status, 412);
  assert.equal(missing.change, null);
});

test("without changeWatchers (a notifier reading the dialogs itself) the PUBLISH reads none", async () => {
  const { store, calls } = spiedStore();
  const deps = { ...testDeps(), store };
  await handleSubscribe(subscribe("a"), deps);
  const created = await handlePublish(publish(null, pidf("one")), deps);
  assert.equal(created.change?.reason, "new");
  assert.equal("watchers" in created.change, false);
  assert.deepEqual(calls, ["insertPublication"]);
});

test("a failed read of the dialogs leaves the change without them; the PUBLISH still succeeds", async () => {
  const store: Store = new MemoryStore();
  store.listSubscriptionRefs = () => Promise.reject(new Error("read refused by the test"));
  const created = await handlePublish(publish(null, pidf("one")), { ...testDeps(), store, changeWatchers: true });
  assert.equal(created.reply.status, 200);
  assert.equal(created.change?.reason, "new");
  assert.equal("watchers" in created.change, false);
});

class Recorder implements NotifyDispatcher {
  sent: NotifyMessage[] = [];
  send(msg: NotifyMessage): Promise<NotifyOutcome> {
    this.sent.push(msg);
    return Promise.resolve({ kind: "response", status: 200, reason: "OK" });
  }
}

test("the notifier locks the dialogs a change carries without reading them itself; without them it reads", async () => {
  const store = new MemoryStore();
  const deps = { ...testDeps(), store, changeWatchers: true };
  const lock = new MemoryReadingDialogLock(store);
  const dispatcher = new Recorder();
  const notifier = new Notifier(deps, dispatcher, {}, { lock, owner: "n1", leaseMs: 5000 });
  for (const w of ["a", "b", "c"]) await handleSubscribe(subscribe(w), deps);
  const created = await handlePublish(publish(null, pidf("carried")), deps);
  const watchers = created.change!.watchers!;
  assert.equal(watchers.length, 3);

  let reads = 0;
  const real = store.listSubscriptionRefs.bind(store);
  store.listSubscriptionRefs = (...args) => {
    reads++;
    return real(...args);
  };
  // Only two of the three carried: the notifier trusts the producer's read.
  await notifier.presentityChanged({ ...created.change!, watchers: watchers.slice(0, 2) });
  await notifier.idle();
  assert.equal(reads, 0);
  assert.equal(dispatcher.sent.length, 2);
  assert.ok(dispatcher.sent.every((m) => m.body?.toString().includes("carried")));

  const { watchers: _carried, ...without } = created.change!;
  await notifier.presentityChanged(without);
  await notifier.idle();
  assert.equal(reads, 1);
  assert.equal(dispatcher.sent.length, 5);
});
