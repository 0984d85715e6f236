import { test } from "node:test";
import assert from "node:assert/strict";
import { dialogPackage, winfoPackage } from "@presence/events";
import type { PresentityChange, SubscriptionNotice } from "./messages.js";
import { handleSubscribe } from "./subscribe-handler.js";
import { peer, testDeps } from "./test-deps.js";
import { WatcherInfoTrigger } from "./winfo-trigger.js";

/**
 * A trigger over testDeps with presence.winfo and dialog registered, counting the store's record
 * reads and collecting the changes it fans out.
 */
function triggerCountingReads() {
  const deps = testDeps();
  deps.events.add(winfoPackage({ watchedPackage: "presence" }));
  deps.events.add(dialogPackage());
  const store = deps.store;
  const reads = { n: 0 };
  const get = store.getSubscription.bind(store);
  store.getSubscription = (ref) => {
    reads.n++;
    return get(ref);
  };
  const changes: PresentityChange[] = [];
  const trigger = new WatcherInfoTrigger(deps, async (c) => void changes.push(c));
  return { deps, reads, changes, trigger };
}

async function subscribe(deps: ReturnType<typeof testDeps>, event: string): Promise<SubscriptionNotice> {
  const r = await handleSubscribe(
    {
      requestUri: "sip:p@example.com", fromUri: "sip:w@example.com", fromTag: "ft", fromDisplayName: null, toUri: "sip:p@example.com", toTag: null,
      callId: `c-${event}`, cseq: 1, event: { name: event, id: null, params: {} }, expires: 600, accept: null, contact: "sip:w@127.0.0.1:5070",
      recordRoute: [], watcherUri: null, userAgent: null, source: peer,
    },
    deps,
  );
  assert.ok(r.notice?.kind === "state", `SUBSCRIBE ${event} answered ${r.reply.status}`);
  return r.notice;
}

test("a state notice naming presentity, URI and event fans out the winfo change without reading the record", async () => {
  const { deps, reads, changes, trigger } = triggerCountingReads();
  const notice = await subscribe(deps, "presence");
  assert.equal(notice.kind === "state" && notice.presentityUri, "sip:p@example.com");
  await trigger.noticed(notice);
  assert.equal(reads.n, 0);
  assert.deepEqual(changes, [{ presentity: "p@example.com", presentityUri: "sip:p@example.com", event: "presence.winfo", reason: "modified", excludeWatcher: null }]);
});

test("a notice from an older producer (no presentity) reads the record, and a gone dialog changes nothing", async () => {
  const { deps, reads, changes, trigger } = triggerCountingReads();
  const notice = await subscribe(deps, "presence");
  assert.ok(notice.kind === "state");
  await trigger.noticed({ kind: "state", slot: notice.slot, id: notice.id });
  assert.equal(reads.n, 1);
  assert.equal(changes.length, 1);
  assert.equal(changes[0]!.presentityUri, "sip:p@example.com");
  await trigger.noticed({ kind: "state", slot: notice.slot, id: `${notice.id}x` });
  assert.equal(changes.length, 1);
});

test("a package without a winfo package neither reads nor fans out", async () => {
  const { deps, reads, changes, trigger } = triggerCountingReads();
  const notice = await subscribe(deps, "dialog");
  assert.ok(notice.kind === "state");
  await trigger.noticed(notice);
  // Without the event named, the record tells it is a dialog subscription: still no change.
  await trigger.noticed({ kind: "state", slot: notice.slot, id: notice.id });
  assert.equal(reads.n, 1);
  assert.deepEqual(changes, []);
});
