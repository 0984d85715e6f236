import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dialogPackage, presencePackage, type EventPackage } from "@presence/events";
import { MemoryStore, presentitySlot, type Subscription } from "@presence/store";
import { applyPerWatcher, commitPerWatcher, type PreparedContent } from "./per-watcher.js";

function subscription(version: number): Subscription {
  const slot = presentitySlot("alice@example.com");
  return {
    id: `x${slot}.abc`, slot, presentity: "alice@example.com", presentityUri: "sip:alice@example.com", localUri: "sip:alice@example.com",
    event: "dialog", eventId: null, watcher: "bob@example.com", watcherUri: "sip:bob@example.com", watcherDisplayName: null,
    callId: "c@h", fromTag: "f", toTag: `x${slot}.abc`, remoteCSeq: 1, localCSeq: 0, contact: "sip:bob@192.0.2.1", routeSet: [],
    localContact: "sip:192.0.2.9", transport: "UDP", sourceAddress: "192.0.2.1", sourcePort: 5060, connectionId: null,
    expiresAt: Date.now() + 600_000, status: "active", reason: null, accept: ["application/dialog-info+xml"], userAgent: null,
    createdAt: Date.now(), updatedAt: Date.now(), version,
  };
}

const skipping: EventPackage = { ...dialogPackage(), perWatcherBody: () => null };
const withExtra: EventPackage = { ...dialogPackage(), perWatcherBody: (body) => ({ body, extra: { k: "v" } }) };
const body = Buffer.from('<dialog-info version="0" xmlns="urn:ietf:params:xml:ns:dialog-info" state="full" entity="sip:a@b"/>');

describe("per-watcher body step (aux_body_processing)", () => {
  it("uses the subscription's version and stores the next one", () => {
    const out = applyPerWatcher(dialogPackage(), body, subscription(4), { now: 0, final: false });
    assert.match(out.body!.toString(), /version="4"/);
    assert.deepEqual(out.patch, { version: 5 });
    assert.equal(out.skip, false);
    assert.deepEqual(applyPerWatcher(withExtra, body, subscription(0), { now: 0, final: false }).patch, { version: 1, extra: { k: "v" } });
  });

  it("leaves packages without perWatcherBody, and NOTIFYs without body, alone", () => {
    assert.deepEqual(applyPerWatcher(presencePackage(), body, subscription(2), { now: 0, final: false }), { body, patch: null, skip: false });
    assert.deepEqual(applyPerWatcher(dialogPackage(), null, subscription(2), { now: 0, final: false }), { body: null, patch: null, skip: false });
  });

  it("a package with nothing new skips a state NOTIFY but never the final one", () => {
    assert.equal(applyPerWatcher(skipping, body, subscription(1), { now: 0, final: false }).skip, true);
    assert.deepEqual(applyPerWatcher(skipping, body, subscription(1), { now: 0, final: true }), { body: null, patch: null, skip: false });
  });

  it("commit stores the patch before sending; false when skipped or the dialog is gone", async () => {
    const store = new MemoryStore();
    const sub = subscription(7);
    await store.putSubscription(sub);
    const ref = { slot: sub.slot, id: sub.id };
    const content = (perWatcher: PreparedContent["perWatcher"]): PreparedContent => ({ state: "active", reason: null, expiresIn: 60, body, contentType: "x/y", ...(perWatcher ? { perWatcher } : {}) });
    assert.equal(await commitPerWatcher(store, ref, content(undefined)), true);
    assert.equal(await commitPerWatcher(store, ref, content({ body, patch: { version: 8, extra: { a: "b" } }, skip: false })), true);
    const stored = await store.getSubscription(ref);
    assert.equal(stored?.version, 8);
    assert.deepEqual(stored?.extra, { a: "b" });
    assert.equal(await commitPerWatcher(store, ref, content({ body: null, patch: null, skip: true })), false);
    await store.deleteSubscription(ref);
    assert.equal(await commitPerWatcher(store, ref, content({ body, patch: { version: 9 }, skip: false })), false);
    await store.close();
  });
});
