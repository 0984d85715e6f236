import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { childElements, getAttribute, parseXml, textContent } from "@presence/xml";
import {
  EventRegistry,
  presencePackage,
  winfoPackage,
  WATCHERINFO_NS,
  type SubscribeContext,
  type WatcherAuthorization,
  type WatcherInfoEntry,
  type WatcherSubscription,
} from "../mod.js";

const pkg = winfoPackage();
const ctx = { presentity: "alice@example.com", presentityUri: "sip:alice@example.com", watchedPackage: "presence" };
const T0 = 1_700_000_000_000;

function entry(id: string, status: WatcherInfoEntry["status"] = "active", extra: Partial<WatcherInfoEntry> = {}): WatcherInfoEntry {
  return { id, watcherUri: `sip:${id}@example.com`, displayName: null, status, createdAt: T0, expiresAt: T0 + 600_000, ...extra };
}

/** One winfo subscriber: keeps its subscription record the way the core does between NOTIFYs. */
class WinfoWatcher {
  sub: WatcherSubscription = {
    id: "t1",
    presentity: ctx.presentity,
    presentityUri: ctx.presentityUri,
    event: "presence.winfo",
    eventId: null,
    watcher: "alice@example.com",
    watcherUri: "sip:alice@example.com",
    watcherDisplayName: null,
    status: "active",
    version: 0,
    accept: ["application/watcherinfo+xml"],
    remoteCSeq: 1,
  };

  notify(watchers: WatcherInfoEntry[], opts: { now?: number; final?: boolean; auth?: WatcherAuthorization[] } = {}) {
    const shared = pkg.watcherInfo!({ watchers, authorizations: opts.auth ?? [] }, ctx);
    assert.ok(shared);
    const out = pkg.perWatcherBody!(shared, { subscription: this.sub, version: this.sub.version, now: opts.now ?? T0 + 30_000, final: opts.final ?? false });
    if (out === null) return null;
    assert.ok(out.body);
    this.sub = { ...this.sub, version: this.sub.version + 1, ...(out.extra ? { extra: out.extra } : {}) };
    return parse(out.body);
  }
}

function parse(body: Buffer) {
  const root = parseXml(body, { maxBytes: 1 << 20 }).root;
  assert.equal(root.namespace, WATCHERINFO_NS);
  const list = childElements(root, WATCHERINFO_NS, "watcher-list")[0]!;
  return {
    version: getAttribute(root, "version"),
    state: getAttribute(root, "state"),
    resource: getAttribute(list, "resource"),
    package: getAttribute(list, "package"),
    watchers: childElements(list, WATCHERINFO_NS, "watcher").map((w) => ({
      id: getAttribute(w, "id"),
      uri: textContent(w),
      status: getAttribute(w, "status"),
      event: getAttribute(w, "event"),
      displayName: getAttribute(w, "display-name"),
      expiration: getAttribute(w, "expiration"),
      duration: getAttribute(w, "duration-subscribed"),
    })),
  };
}

const brief = (d: ReturnType<typeof parse> | null) => d && [d.state, d.watchers.map((w) => `${w.id}:${w.status}:${w.event}`)];

describe("winfo package: identity", () => {
  it("is presence.winfo, reporting the watchers of presence (wipeer)", () => {
    const r = new EventRegistry();
    r.add(presencePackage());
    r.add(pkg);
    assert.equal(pkg.name, "presence.winfo");
    assert.equal(pkg.type, "winfo");
    assert.equal(r.watcherInfoFor("presence")?.name, "presence.winfo");
    assert.equal(pkg.negotiate(null), "application/watcherinfo+xml");
    assert.equal(pkg.negotiate(["application/pidf+xml"]), null);
    assert.equal(winfoPackage({ watchedPackage: "dialog;sla" }).name, "dialog.winfo;sla");
    assert.throws(() => winfoPackage({ watchedPackage: "bad name" }));
  });

  it("RFC 3857 4.6: only the resource itself may subscribe, unless configured otherwise", () => {
    const sc = (watcher: string): SubscribeContext => ({
      presentity: "alice@example.com",
      presentityUri: "sip:alice@example.com",
      event: { event: "presence.winfo", params: {} },
      watcher,
      watcherUri: `sip:${watcher}`,
      accept: null,
      expires: 600,
      body: null,
      contentType: null,
    });
    assert.deepEqual(pkg.onSubscribe!(sc("alice@example.com")), { ok: true });
    const other = pkg.onSubscribe!(sc("eve@example.com"));
    assert.equal(other.ok === false && other.status, 403);
    const open = winfoPackage({ authorize: (c) => c.watcher.endsWith("@example.com") });
    assert.deepEqual(open.onSubscribe!(sc("eve@example.com")), { ok: true });
  });
});

describe("winfo package: documents per subscriber (RFC 3858)", () => {
  it("first NOTIFY: full state with every watcher's id, status, event, display name and times", () => {
    const w = new WinfoWatcher();
    const doc = w.notify([entry("bob", "active", { displayName: 'Bob "B" <Smith>' }), entry("carol", "pending")]);
    assert.equal(doc?.version, "0");
    assert.equal(doc?.state, "full");
    assert.equal(doc?.resource, "sip:alice@example.com");
    assert.equal(doc?.package, "presence");
    assert.deepEqual(doc?.watchers, [
      { id: "bob", uri: "sip:bob@example.com", status: "active", event: "subscribe", displayName: 'Bob "B" <Smith>', expiration: "570", duration: "30" },
      { id: "carol", uri: "sip:carol@example.com", status: "pending", event: "subscribe", displayName: null, expiration: "570", duration: "30" },
    ]);
  });

  it("then partial state with only what changed; an unchanged list sends nothing", () => {
    const w = new WinfoWatcher();
    w.notify([entry("bob")]);
    assert.deepEqual(brief(w.notify([entry("bob"), entry("dave")])), ["partial", ["dave:active:subscribe"]]);
    assert.equal(w.notify([entry("bob"), entry("dave")]), null, "no change for this subscriber: no NOTIFY");
    assert.equal(w.sub.version, 2, "a skipped NOTIFY uses no version");
    assert.deepEqual(brief(w.notify([entry("dave")])), ["partial", ["bob:terminated:timeout"]]);
    assert.equal(w.sub.version, 3);
  });

  it("pending then active is 'approved', and stays approved in later full states", () => {
    const w = new WinfoWatcher();
    w.notify([entry("erin", "pending")]);
    assert.deepEqual(brief(w.notify([entry("erin", "active")])), ["partial", ["erin:active:approved"]]);
    w.sub = { ...w.sub, remoteCSeq: 2 };
    assert.deepEqual(brief(w.notify([entry("erin", "active")])), ["full", ["erin:active:approved"]]);
  });

  it("a watcher that left while the presentity now rejects it is reported 'rejected'", () => {
    const w = new WinfoWatcher();
    w.notify([entry("mallory")]);
    const auth: WatcherAuthorization[] = [{ watcherUri: "sip:mallory@example.com", status: "rejected", reason: null }];
    assert.deepEqual(brief(w.notify([], { auth })), ["partial", ["mallory:terminated:rejected"]]);
  });

  it("a re-SUBSCRIBE (new remoteCSeq) and the final NOTIFY carry full state", () => {
    const w = new WinfoWatcher();
    w.notify([entry("bob")]);
    w.sub = { ...w.sub, remoteCSeq: 5 };
    assert.deepEqual(brief(w.notify([entry("bob")])), ["full", ["bob:active:subscribe"]]);
    assert.deepEqual(brief(w.notify([entry("bob")], { final: true })), ["full", ["bob:active:subscribe"]]);
  });

  it("versions go up by one per NOTIFY sent, whatever the mix of full and partial", () => {
    const w = new WinfoWatcher();
    const seen: string[] = [];
    const lists = [[], [entry("a")], [entry("a"), entry("b")], [entry("b")], [entry("b")], []];
    for (const l of lists) {
      const d = w.notify(l);
      if (d) seen.push(d.version ?? "");
    }
    assert.deepEqual(seen, ["0", "1", "2", "3", "4"]);
  });

  it("a large watcher list keeps its snapshot within the store's limits", () => {
    const w = new WinfoWatcher();
    const many = Array.from({ length: 400 }, (_, i) => entry(`watcher-with-a-long-identifier-${i}`));
    w.notify(many);
    const extra = w.sub.extra ?? {};
    assert.ok(Object.keys(extra).length <= 256 && Object.values(extra).every((v) => v.length <= 8192));
    assert.ok(Object.keys(extra).length > 2, "split into several values");
    assert.deepEqual(brief(w.notify(many.slice(1))), ["partial", ["watcher-with-a-long-identifier-0:terminated:timeout"]]);
  });

  it("an unusable shared state or snapshot gives no body / full state instead of failing", () => {
    const w = new WinfoWatcher();
    assert.deepEqual(pkg.perWatcherBody!(Buffer.from("not json"), { subscription: w.sub, version: 0, now: T0, final: false }), { body: null });
    w.sub = { ...w.sub, extra: { "winfo.cseq": "1", "winfo.0": "{broken" } };
    assert.equal(w.notify([entry("bob")])?.state, "full");
  });
});
