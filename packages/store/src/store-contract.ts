// The behaviour every Store implementation must have. memory-store.test.ts and redis-store.test.ts
// run the same suite, so the two implementations cannot drift apart.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { StoreError } from "./errors.js";
import { presentitySlot } from "./slot.js";
import { T0, publication, refOf, subscription, watcher } from "./test-fixtures.js";
import type { Publication, Store, Subscription } from "./types.js";

export interface StoreHarness {
  store: Store;
  /** Closes the store and removes whatever it stored. */
  dispose(): Promise<void>;
}

const HOUR = 3_600_000;

async function rejectsWith(p: Promise<unknown>, code: StoreError["code"]): Promise<void> {
  await assert.rejects(p, (err: unknown) => {
    assert.ok(err instanceof StoreError, `expected StoreError, got ${String(err)}`);
    assert.equal(err.code, code);
    return true;
  });
}

const etags = (ps: Publication[]) => ps.map((p) => p.etag).sort();
const ids = (ss: Subscription[]) => ss.map((s) => s.id).sort();

/** Registers the contract tests for stores made by `open` (one fresh store per test). */
export function registerStoreContract(name: string, open: () => Promise<StoreHarness>): void {
  const it = (title: string, fn: (store: Store) => Promise<void>) =>
    test(title, async () => {
      const h = await open();
      try {
        await fn(h.store);
      } finally {
        await h.dispose();
      }
    });

  describe(`${name}: publications`, () => {
    it("stores publications byte-exact and lists the live ones oldest first", async (store) => {
      const binary = Buffer.from([0x0a, ...Array.from({ length: 256 }, (_, i) => i), 0x0a]); // every byte value
      const a = publication({ receivedAt: T0 + 2, body: binary, priority: 5, callId: "c1@x", version: 3, sender: "sip:bob@pc" });
      const b = publication({ receivedAt: T0 + 1, body: null, contentType: null });
      const expired = publication({ receivedAt: T0, expiresAt: T0 + 10 });
      const otherEvent = publication({ event: "dialog" });
      const otherPresentity = publication({ presentity: "carol@example.com" });
      for (const p of [a, b, expired, otherEvent, otherPresentity]) await store.insertPublication(p);

      const listed = await store.listPublications("bob@example.com", "presence", T0 + 10);
      assert.deepEqual(listed, [b, a]);
      assert.deepEqual(etags(await store.listPublications("bob@example.com", "presence", T0 + 9)), etags([a, b, expired]));
      assert.deepEqual(await store.listPublications("bob@example.com", "dialog", T0), [otherEvent]);
      assert.deepEqual(await store.listPublications("nobody@example.com", "presence", T0), []);
      assert.equal(await store.countPublications(), 5);
      assert.equal(await store.countPublications("presence"), 4);
      assert.equal(await store.countPublications("dialog"), 1);
      assert.equal(await store.countPublications("message-summary"), 0);
    });

    it("updatePublication is a compare-and-swap on the ETag (RFC 3903 412 otherwise)", async (store) => {
      const p = publication({ sender: "sip:bob@pc", priority: 2 });
      await store.insertPublication(p);
      const key = { presentity: p.presentity, event: p.event, etag: p.etag };

      // Refresh without body: body, type, sender and priority are kept.
      const r1 = await store.updatePublication(key, { newEtag: "e-2", expiresAt: T0 + 2 * HOUR, receivedAt: T0 + 100 });
      assert.deepEqual(r1, { publication: { ...p, etag: "e-2", expiresAt: T0 + 2 * HOUR, receivedAt: T0 + 100 }, documentChanged: false });
      assert.equal(await store.updatePublication(key, { newEtag: "e-3", expiresAt: T0 + HOUR, receivedAt: T0 + 200 }), null);
      assert.equal(
        await store.updatePublication({ ...key, etag: "nope" }, { newEtag: "e-4", expiresAt: T0 + HOUR, receivedAt: T0 }),
        null,
      );

      // Modify: new body, cleared sender and content type, new priority.
      const body = Buffer.from("new\nbody\u0000");
      const r2 = await store.updatePublication(
        { ...key, etag: "e-2" },
        { newEtag: "e-5", expiresAt: T0 + 3 * HOUR, receivedAt: T0 + 300, body, sender: null, contentType: null, priority: 9 },
      );
      const expected = { ...p, etag: "e-5", expiresAt: T0 + 3 * HOUR, receivedAt: T0 + 300, body, sender: null, contentType: null, priority: 9 };
      assert.deepEqual(r2, { publication: expected, documentChanged: true });
      assert.deepEqual(await store.listPublications(p.presentity, p.event, T0), [expected]);
      assert.equal(await store.countPublications(), 1);

      // Body removed.
      const r3 = await store.updatePublication({ ...key, etag: "e-5" }, { newEtag: "e-6", expiresAt: T0 + 3 * HOUR, receivedAt: T0 + 400, body: null });
      assert.equal(r3?.publication.body, null);
      assert.equal(r3?.publication.contentType, null);
      assert.equal(r3?.documentChanged, true);
    });

    it("updatePublication tells a modification from the same document sent again (RFC 3903 4.4)", async (store) => {
      const p = publication({ body: Buffer.from("<presence>open</presence>"), contentType: "application/pidf+xml" });
      await store.insertPublication(p);
      const at = (etag: string) => ({ presentity: p.presentity, event: p.event, etag });
      const base = { expiresAt: T0 + HOUR, receivedAt: T0 + 10 };
      const same = await store.updatePublication(at(p.etag), { ...base, newEtag: "s-1", body: Buffer.from("<presence>open</presence>"), contentType: "application/pidf+xml" });
      assert.equal(same?.documentChanged, false);
      const other = await store.updatePublication(at("s-1"), { ...base, newEtag: "s-2", body: Buffer.from("<presence>closed</presence>") });
      assert.equal(other?.documentChanged, true);
      const retyped = await store.updatePublication(at("s-2"), { ...base, newEtag: "s-3", body: Buffer.from("<presence>closed</presence>"), contentType: "application/xml" });
      assert.equal(retyped?.documentChanged, true);
      const refresh = await store.updatePublication(at("s-3"), { ...base, newEtag: "s-4" });
      assert.equal(refresh?.documentChanged, false);
      const cleared = await store.updatePublication(at("s-4"), { ...base, newEtag: "s-5", body: null, contentType: null });
      assert.equal(cleared?.documentChanged, true);
      const stillNone = await store.updatePublication(at("s-5"), { ...base, newEtag: "s-6", body: null, contentType: null });
      assert.equal(stillNone?.documentChanged, false);
    });

    it("a refresh that keeps the ETag moves its expiry", async (store) => {
      const p = publication({ expiresAt: T0 + 100 });
      await store.insertPublication(p);
      const key = { presentity: p.presentity, event: p.event, etag: p.etag };
      assert.ok(await store.updatePublication(key, { newEtag: p.etag, expiresAt: T0 + HOUR, receivedAt: T0 + 50 }));
      assert.deepEqual(await store.takeExpiredPublications(T0 + 200, 10), []);
      assert.equal((await store.listPublications(p.presentity, p.event, T0 + 200)).length, 1);
      // A failed refresh (already expired) leaves the expiry where it was.
      assert.equal(await store.updatePublication(key, { newEtag: p.etag, expiresAt: T0 + 9 * HOUR, receivedAt: T0 + HOUR }), null);
      assert.equal((await store.takeExpiredPublications(T0 + HOUR, 10)).length, 1);
      assert.equal(await store.countPublications(), 0);
    });

    it("an expired ETag no longer matches", async (store) => {
      const p = publication({ expiresAt: T0 + 1000 });
      await store.insertPublication(p);
      const key = { presentity: p.presentity, event: p.event, etag: p.etag };
      assert.equal(await store.updatePublication(key, { newEtag: "late", expiresAt: T0 + HOUR, receivedAt: T0 + 1000 }), null);
      const ok = await store.updatePublication(key, { newEtag: "in-time", expiresAt: T0 + HOUR, receivedAt: T0 + 999 });
      assert.equal(ok?.publication.etag, "in-time");
    });

    it("deletePublication returns the removed publication once", async (store) => {
      const p = publication();
      await store.insertPublication(p);
      const key = { presentity: p.presentity, event: p.event, etag: p.etag };
      assert.deepEqual(await store.deletePublication(key), p);
      assert.equal(await store.deletePublication(key), null);
      assert.deepEqual(await store.listPublications(p.presentity, p.event, T0), []);
      assert.equal(await store.countPublications(), 0);
      assert.deepEqual(await store.listPresentities(), []);
    });

    it("takeExpiredPublications takes each expired publication once, respecting the limit", async (store) => {
      const expired = Array.from({ length: 7 }, (_, i) =>
        publication({ presentity: `u${i % 3}@example.com`, expiresAt: T0 + 100 + i }),
      );
      const live = publication({ expiresAt: T0 + HOUR });
      const refreshed = publication({ expiresAt: T0 + 50 });
      for (const p of [...expired, live, refreshed]) await store.insertPublication(p);
      const r = await store.updatePublication(
        { presentity: refreshed.presentity, event: refreshed.event, etag: refreshed.etag },
        { newEtag: "refreshed-2", expiresAt: T0 + HOUR, receivedAt: T0 + 10 },
      );
      assert.ok(r);

      assert.deepEqual(await store.takeExpiredPublications(T0 + 99, 100), []);
      const first = await store.takeExpiredPublications(T0 + 200, 3);
      assert.equal(first.length, 3);
      const rest = await store.takeExpiredPublications(T0 + 200, 100);
      assert.equal(rest.length, 4);
      assert.deepEqual(etags([...first, ...rest]), etags(expired));
      for (const p of [...first, ...rest]) assert.deepEqual(p, expired.find((e) => e.etag === p.etag));
      assert.deepEqual(await store.takeExpiredPublications(T0 + 200, 100), []);
      assert.deepEqual(await store.takeExpiredPublications(T0 + 200, 0), []);
      assert.equal(await store.countPublications(), 2);
      assert.deepEqual(etags(await store.listPublications("bob@example.com", "presence", T0 + 200)), ["refreshed-2", live.etag].sort());
    });

    it("listPresentities lists presentities with publications, per event", async (store) => {
      await store.insertPublication(publication({ presentity: "zed@example.com" }));
      await store.insertPublication(publication({ presentity: "amy@example.com" }));
      await store.insertPublication(publication({ presentity: "amy@example.com" }));
      await store.insertPublication(publication({ presentity: "dan@example.com", event: "dialog" }));
      assert.deepEqual(await store.listPresentities(), ["amy@example.com", "dan@example.com", "zed@example.com"]);
      assert.deepEqual(await store.listPresentities("presence"), ["amy@example.com", "zed@example.com"]);
      assert.deepEqual(await store.listPresentities("dialog"), ["dan@example.com"]);
      assert.deepEqual(await store.listPresentities("message-summary"), []);
    });

    it("stored publications cannot be mutated through inputs or results", async (store) => {
      const p = publication({ body: Buffer.from("original") });
      const copy = structuredClone({ ...p, body: null });
      await store.insertPublication(p);
      p.body!.write("XXXXXXXX");
      p.priority = 99;
      const [got] = await store.listPublications(p.presentity, p.event, T0);
      assert.equal(got!.body!.toString(), "original");
      got!.body!.write("YYYYYYYY");
      got!.expiresAt = 0;
      const [again] = await store.listPublications(p.presentity, p.event, T0);
      assert.deepEqual({ ...again!, body: null }, copy);
      assert.equal(again!.body!.toString(), "original");
    });

    it("rejects invalid publications without storing anything", async (store) => {
      await rejectsWith(store.insertPublication(publication({ event: "bad:event" })), "invalid-argument");
      await rejectsWith(store.insertPublication(publication({ presentity: "" })), "invalid-argument");
      await rejectsWith(store.insertPublication(publication({ expiresAt: 1.5 })), "invalid-argument");
      await rejectsWith(store.insertPublication(publication({ body: "text" as unknown as Buffer })), "invalid-argument");
      await rejectsWith(store.insertPublication(publication({ etag: "" })), "invalid-argument");
      await rejectsWith(
        store.updatePublication({ presentity: "bob@example.com", event: "presence", etag: "x" }, { newEtag: "", expiresAt: T0, receivedAt: T0 }),
        "invalid-argument",
      );
      await rejectsWith(store.listPublications("bob@example.com", "pres ence", T0), "invalid-argument");
      await rejectsWith(store.takeExpiredPublications(T0, -1), "invalid-argument");
      assert.equal(await store.countPublications(), 0);
    });
  });

  describe(`${name}: subscriptions`, () => {
    it("calls on one presentity take effect in the order made: a read called before a write settles sees it", async (store) => {
      const s = subscription();
      const p = publication();
      // Neither write awaited before its read is called (how PUBLISH handling reads the dialogs).
      const [, refs] = await Promise.all([store.putSubscription(s), store.listSubscriptionRefs(s.presentity, s.event, T0)]);
      assert.deepEqual(refs, [refOf(s)]);
      const [, pubs, refsAgain] = await Promise.all([store.insertPublication(p), store.listPublications(p.presentity, p.event, T0), store.listSubscriptionRefs(s.presentity, s.event, T0)]);
      assert.deepEqual(pubs, [p]);
      assert.deepEqual(refsAgain, [refOf(s)]);
      const [, gone] = await Promise.all([store.deleteSubscription(refOf(s)), store.listSubscriptionRefs(s.presentity, s.event, T0)]);
      assert.deepEqual(gone, []);
    });

    it("stores a subscription and finds it by its ref only", async (store) => {
      const s = subscription({ extra: { "dialog-state": "full", n: "1" }, eventId: "7", connectionId: "edge-1/c9" });
      const bare = subscription({ routeSet: [], accept: [], watcherDisplayName: null, userAgent: null });
      await store.putSubscription(s);
      await store.putSubscription(bare);
      assert.deepEqual(await store.getSubscription(refOf(s)), s);
      assert.deepEqual(await store.getSubscription(refOf(bare)), bare);
      assert.equal(await store.getSubscription({ slot: presentitySlot("carol@example.com"), id: s.id }), null);
      assert.equal(await store.getSubscription({ slot: s.slot, id: "unknown" }), null);
    });

    it("malformed refs (from a bogus To-tag) match nothing and never throw", async (store) => {
      const s = subscription();
      await store.putSubscription(s);
      for (const ref of [
        { slot: "", id: s.id },
        { slot: "{x}", id: s.id },
        { slot: s.slot, id: "" },
        { slot: 42, id: s.id },
        null,
      ] as unknown as { slot: string; id: string }[]) {
        assert.equal(await store.getSubscription(ref), null);
        assert.equal(await store.updateSubscription(ref, { status: "terminated" }), null);
        assert.equal(await store.nextLocalCSeq(ref), null);
        assert.equal(await store.deleteSubscription(ref), null);
      }
      assert.deepEqual(await store.getSubscription(refOf(s)), s);
    });

    it("putSubscription replaces a subscription with the same ref", async (store) => {
      const s = subscription();
      await store.putSubscription(s);
      const refreshed = { ...s, remoteCSeq: 2, expiresAt: T0 + 2 * HOUR, updatedAt: T0 + 5 };
      await store.putSubscription(refreshed);
      assert.deepEqual(await store.getSubscription(refOf(s)), refreshed);
      assert.equal(await store.countSubscriptions(), 1);
      assert.deepEqual(await store.takeExpiredSubscriptions(T0 + HOUR, 10), []);
    });

    it("putSubscriptionWithWatcher stores the subscription and its watcher record together", async (store) => {
      const s = subscription();
      const w = watcher({ status: "pending", callId: s.callId });
      await store.putSubscriptionWithWatcher(s, w);
      assert.deepEqual(await store.getSubscription(refOf(s)), s);
      assert.deepEqual(await store.getWatcher(w.presentity, w.event, w.watcher), w);
      assert.deepEqual(await store.listSubscriptions(s.presentity, s.event, T0), [s]);
      // A second dialog of the same watcher replaces the record and adds a subscription.
      const second = subscription({ callId: "c2@x" });
      const approved = { ...w, status: "active" as const, callId: "c2@x" };
      await store.putSubscriptionWithWatcher(second, approved);
      assert.deepEqual(await store.getWatcher(w.presentity, w.event, w.watcher), approved);
      assert.deepEqual(await store.getSubscription(refOf(second)), second);
      assert.deepEqual(await store.getSubscription(refOf(s)), s);
      assert.equal(await store.countSubscriptions(), 2);
    });

    it("putSubscriptionWithWatcher stores neither when either is invalid or they do not belong together", async (store) => {
      const s = subscription();
      const w = watcher();
      await rejectsWith(store.putSubscriptionWithWatcher(s, { ...w, presentity: "carol@example.com" }), "invalid-argument");
      await rejectsWith(store.putSubscriptionWithWatcher(s, { ...w, event: "presence.winfo" }), "invalid-argument");
      await rejectsWith(store.putSubscriptionWithWatcher(s, { ...w, status: "waiting" as "pending" }), "invalid-argument");
      await rejectsWith(store.putSubscriptionWithWatcher({ ...s, toTag: "different" }, w), "invalid-argument");
      assert.equal(await store.getSubscription(refOf(s)), null);
      assert.equal(await store.getWatcher(w.presentity, w.event, w.watcher), null);
      assert.equal(await store.countSubscriptions(), 0);
    });

    it("updateSubscription merges a patch atomically and ignores identity fields", async (store) => {
      const s = subscription({ reason: "x", extra: { a: "1" } });
      await store.putSubscription(s);
      const patch = {
        status: "terminated" as const,
        reason: null,
        remoteCSeq: 7,
        routeSet: [],
        accept: ["application/xpidf+xml", "application/pidf+xml"],
        extra: { b: "2" },
        id: "other",
        slot: presentitySlot("x@y"),
        presentity: "x@y",
        event: "dialog",
        toTag: "other",
        watcherUri: undefined,
      };
      const updated = await store.updateSubscription(refOf(s), patch);
      const expected = {
        ...s,
        status: "terminated" as const,
        reason: null,
        remoteCSeq: 7,
        routeSet: [],
        accept: ["application/xpidf+xml", "application/pidf+xml"],
        extra: { b: "2" },
      };
      assert.deepEqual(updated, expected);
      assert.deepEqual(await store.getSubscription(refOf(s)), expected);
      assert.deepEqual(await store.updateSubscription(refOf(s), {}), expected);
      assert.equal(await store.updateSubscription({ slot: s.slot, id: "gone" }, { remoteCSeq: 9 }), null);
      assert.equal(await store.countSubscriptions("dialog"), 0);
    });

    it("updateSubscription with the event the caller read refreshes as without it; another event leaves the record as is", async (store) => {
      const s = subscription({ event: "dialog", expiresAt: T0 + 100 });
      await store.putSubscription(s);
      const refreshed = await store.updateSubscription(refOf(s), { expiresAt: T0 + HOUR, remoteCSeq: 4 }, { event: "dialog" });
      assert.deepEqual(refreshed, { ...s, expiresAt: T0 + HOUR, remoteCSeq: 4 });
      // The new expiry holds: not taken at the old time, taken at the new one.
      assert.deepEqual(await store.takeExpiredSubscriptions(T0 + 500, 10), []);
      assert.equal(await store.updateSubscription(refOf(s), { expiresAt: T0 + 9 * HOUR, remoteCSeq: 5 }, { event: "presence" }), null);
      assert.equal(await store.updateSubscription(refOf(s), {}, { event: "presence" }), null);
      assert.deepEqual(await store.getSubscription(refOf(s)), refreshed);
      assert.equal(await store.updateSubscription({ slot: s.slot, id: "gone" }, { expiresAt: T0 + HOUR }, { event: "dialog" }), null);
      assert.deepEqual(ids(await store.takeExpiredSubscriptions(T0 + 2 * HOUR, 10)), ids([s]));
    });

    it("rejects an invalid patch and leaves the record unchanged", async (store) => {
      const s = subscription();
      await store.putSubscription(s);
      await rejectsWith(store.updateSubscription(refOf(s), { status: "bogus" as "active" }), "invalid-argument");
      await rejectsWith(store.updateSubscription(refOf(s), { expiresAt: Number.NaN }), "invalid-argument");
      await rejectsWith(store.updateSubscription(refOf(s), { routeSet: [1] as unknown as string[] }), "invalid-argument");
      await rejectsWith(store.updateSubscription(refOf(s), { remoteCSeq: 2 ** 32 }), "invalid-argument");
      assert.deepEqual(await store.getSubscription(refOf(s)), s);
    });

    it("rejects invalid subscriptions without storing anything", async (store) => {
      await rejectsWith(store.putSubscription(subscription({ slot: presentitySlot("someone@else") })), "invalid-argument");
      await rejectsWith(store.putSubscription({ ...subscription(), toTag: "different" }), "invalid-argument");
      await rejectsWith(store.putSubscription(subscription({ event: "presence:x" })), "invalid-argument");
      await rejectsWith(store.putSubscription(subscription({ sourcePort: 70000 })), "invalid-argument");
      await rejectsWith(store.putSubscription(subscription({ watcherUri: 5 as unknown as string })), "invalid-argument");
      await rejectsWith(store.putSubscription(null as unknown as Subscription), "invalid-argument");
      assert.equal(await store.countSubscriptions(), 0);
    });

    it("nextLocalCSeq increments atomically and never repeats", async (store) => {
      const s = subscription({ localCSeq: 41 });
      await store.putSubscription(s);
      const values = await Promise.all(Array.from({ length: 50 }, () => store.nextLocalCSeq(refOf(s))));
      assert.deepEqual(
        [...values].sort((a, b) => a! - b!),
        Array.from({ length: 50 }, (_, i) => 42 + i),
      );
      assert.equal((await store.getSubscription(refOf(s)))?.localCSeq, 91);
      // A patch of other fields keeps the counter.
      await store.updateSubscription(refOf(s), { remoteCSeq: 5 });
      assert.equal(await store.nextLocalCSeq(refOf(s)), 92);
      await store.deleteSubscription(refOf(s));
      assert.equal(await store.nextLocalCSeq(refOf(s)), null);
    });

    it("deleteSubscription returns the removed dialog once", async (store) => {
      const s = subscription();
      await store.putSubscription(s);
      assert.deepEqual(await store.deleteSubscription(refOf(s)), s);
      assert.equal(await store.deleteSubscription(refOf(s)), null);
      assert.equal(await store.getSubscription(refOf(s)), null);
      assert.deepEqual(await store.listSubscriptions(s.presentity, s.event, T0), []);
      assert.equal(await store.countSubscriptions(), 0);
      assert.deepEqual(await store.takeExpiredSubscriptions(T0 + 10 * HOUR, 10), []);
    });

    it("listSubscriptions lists live dialogs of one presentity and event, oldest first", async (store) => {
      const a = subscription({ createdAt: T0 + 2 });
      const b = subscription({ createdAt: T0 + 1, watcher: "carol@example.com" });
      const soon = subscription({ expiresAt: T0 + 100 });
      const winfo = subscription({ event: "presence.winfo" });
      const other = subscription({ presentity: "carol@example.com" });
      for (const s of [a, b, soon, winfo, other]) await store.putSubscription(s);
      assert.deepEqual(await store.listSubscriptions("bob@example.com", "presence", T0 + 100), [b, a]);
      assert.deepEqual(ids(await store.listSubscriptions("bob@example.com", "presence", T0 + 99)), ids([a, b, soon]));
      assert.deepEqual(await store.listSubscriptions("bob@example.com", "presence.winfo", T0), [winfo]);
      assert.deepEqual(await store.listSubscriptions("carol@example.com", "presence", T0), [other]);
      assert.deepEqual(await store.listSubscriptions("dave@example.com", "presence", T0), []);

      // A refresh brings the dialog back into the live set.
      await store.updateSubscription(refOf(soon), { expiresAt: T0 + HOUR });
      assert.deepEqual(ids(await store.listSubscriptions("bob@example.com", "presence", T0 + 100)), ids([a, b, soon]));
    });

    it("listSubscriptionRefs lists the refs of the same live dialogs", async (store) => {
      const a = subscription();
      const soon = subscription({ expiresAt: T0 + 100 });
      const winfo = subscription({ event: "presence.winfo" });
      const other = subscription({ presentity: "carol@example.com" });
      for (const s of [a, soon, winfo, other]) await store.putSubscription(s);
      const sorted = (refs: Array<{ slot: string; id: string }>) => [...refs].sort((x, y) => x.id.localeCompare(y.id));
      assert.deepEqual(sorted(await store.listSubscriptionRefs("bob@example.com", "presence", T0 + 99)), sorted([refOf(a), refOf(soon)]));
      assert.deepEqual(await store.listSubscriptionRefs("bob@example.com", "presence", T0 + 100), [refOf(a)]);
      assert.deepEqual(await store.listSubscriptionRefs("bob@example.com", "presence.winfo", T0), [refOf(winfo)]);
      assert.deepEqual(await store.listSubscriptionRefs("dave@example.com", "presence", T0), []);
      await store.deleteSubscription(refOf(a));
      assert.deepEqual(await store.listSubscriptionRefs("bob@example.com", "presence", T0), [refOf(soon)]);
    });

    it("takeExpiredSubscriptions takes each expired dialog once; refreshed and deleted ones are not taken", async (store) => {
      const expired = Array.from({ length: 9 }, (_, i) =>
        subscription({ presentity: `u${i % 4}@example.com`, expiresAt: T0 + 100 + i, event: i % 2 ? "presence" : "dialog" }),
      );
      const refreshedByPatch = subscription({ expiresAt: T0 + 100 });
      const refreshedByPut = subscription({ expiresAt: T0 + 100 });
      const deleted = subscription({ expiresAt: T0 + 100 });
      const live = subscription();
      for (const s of [...expired, refreshedByPatch, refreshedByPut, deleted, live]) await store.putSubscription(s);
      await store.updateSubscription(refOf(refreshedByPatch), { expiresAt: T0 + HOUR });
      await store.putSubscription({ ...refreshedByPut, expiresAt: T0 + HOUR });
      await store.deleteSubscription(refOf(deleted));

      const first = await store.takeExpiredSubscriptions(T0 + 500, 4);
      assert.equal(first.length, 4);
      const rest = await store.takeExpiredSubscriptions(T0 + 500, 100);
      assert.deepEqual(ids([...first, ...rest]), ids(expired));
      for (const s of [...first, ...rest]) assert.deepEqual(s, expired.find((e) => e.id === s.id));
      assert.deepEqual(await store.takeExpiredSubscriptions(T0 + 500, 100), []);
      assert.equal(await store.countSubscriptions(), 3);
      assert.deepEqual(ids(await store.takeExpiredSubscriptions(T0 + 2 * HOUR, 100)), ids([refreshedByPatch, refreshedByPut, live]));
      assert.equal(await store.countSubscriptions(), 0);
    });

    it("counts subscriptions per event", async (store) => {
      await store.putSubscription(subscription());
      await store.putSubscription(subscription());
      await store.putSubscription(subscription({ event: "dialog" }));
      const w = subscription({ event: "presence.winfo" });
      await store.putSubscription(w);
      assert.equal(await store.countSubscriptions(), 4);
      assert.equal(await store.countSubscriptions("presence"), 2);
      assert.equal(await store.countSubscriptions("dialog"), 1);
      assert.equal(await store.countSubscriptions("message-summary"), 0);
      await store.deleteSubscription(refOf(w));
      assert.equal(await store.countSubscriptions("presence.winfo"), 0);
    });

    it("stored subscriptions cannot be mutated through inputs or results", async (store) => {
      const s = subscription({ extra: { k: "v" } });
      const snapshot = structuredClone(s);
      await store.putSubscription(s);
      s.routeSet.push("<sip:evil;lr>");
      s.accept[0] = "text/plain";
      s.extra!.k = "changed";
      s.status = "terminated";
      const got = await store.getSubscription(refOf(snapshot));
      assert.deepEqual(got, snapshot);
      got!.routeSet.length = 0;
      got!.extra!.k = "changed";
      const listed = await store.listSubscriptions(snapshot.presentity, snapshot.event, T0);
      listed[0]!.accept.push("x/y");
      const updated = await store.updateSubscription(refOf(snapshot), { version: 1 });
      updated!.routeSet.push("<sip:evil;lr>");
      assert.deepEqual(await store.getSubscription(refOf(snapshot)), { ...snapshot, version: 1 });
    });
  });

  describe(`${name}: watchers`, () => {
    it("stores, replaces, lists and deletes watcher authorization records", async (store) => {
      const a = watcher({ insertedAt: T0 + 2, callId: "c@x" });
      const b = watcher({ watcher: "carol@example.com", watcherUri: "sip:carol@example.com;transport=tcp", insertedAt: T0 + 1, watcherDisplayName: null });
      const other = watcher({ event: "presence.winfo" });
      for (const w of [a, b, other]) await store.putWatcher(w);
      assert.deepEqual(await store.getWatcher(a.presentity, a.event, a.watcher), a);
      assert.deepEqual(await store.listWatchers("bob@example.com", "presence"), [b, a]);
      assert.deepEqual(await store.listWatchers("bob@example.com", "presence.winfo"), [other]);
      assert.deepEqual(await store.listWatchers("carol@example.com", "presence"), []);

      const approved = { ...a, status: "active" as const };
      await store.putWatcher(approved);
      assert.deepEqual(await store.getWatcher(a.presentity, a.event, a.watcher), approved);
      const rejected = { ...b, status: "rejected" as const, reason: "rejected" };
      await store.putWatcher(rejected);

      assert.deepEqual(await store.deleteWatcher(a.presentity, a.event, a.watcher), approved);
      assert.equal(await store.deleteWatcher(a.presentity, a.event, a.watcher), null);
      assert.equal(await store.getWatcher(a.presentity, a.event, a.watcher), null);
      assert.deepEqual(await store.listWatchers("bob@example.com", "presence"), [rejected]);
    });

    it("rejects invalid watcher records and keys", async (store) => {
      await rejectsWith(store.putWatcher(watcher({ status: "waiting" as "pending" })), "invalid-argument");
      await rejectsWith(store.putWatcher(watcher({ watcher: "" })), "invalid-argument");
      await rejectsWith(store.getWatcher("bob@example.com", "a b", "alice@example.com"), "invalid-argument");
      const w = watcher();
      w.watcherUri = "sip:changed@example.com";
      assert.equal(await store.getWatcher(w.presentity, w.event, w.watcher), null);
    });
  });

  describe(`${name}: lifecycle`, () => {
    it("rejects every call after close with a non-retryable StoreError", async (store) => {
      await store.close();
      await rejectsWith(store.getSubscription(refOf(subscription())), "closed");
      await rejectsWith(store.insertPublication(publication()), "closed");
      await assert.rejects(store.countPublications(), (e: unknown) => e instanceof StoreError && !e.retryable);
    });
  });
}
