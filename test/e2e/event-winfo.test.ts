/** presence.winfo (RFC 3857 / RFC 3858) over real sockets, against both stores and the distributed topology. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { childElements, getAttribute, parseXml, textContent } from "@presence/xml";
import { Publisher, Subscriber, TestUa, type ReceivedNotify } from "../support/test-ua.js";
import { sleep, TARGETS } from "../support/test-server.js";
import { startTarget, type TestTarget } from "../support/test-target.js";

const WINFO_NS = "urn:ietf:params:xml:ns:watcherinfo";

interface Watcher {
  uri: string;
  id: string;
  status: string;
  event: string;
  displayName: string | null;
  duration: string | null;
}

interface Winfo {
  version: number;
  state: string;
  resource: string;
  pkg: string;
  watchers: Watcher[];
}

function winfoOf(n: ReceivedNotify): Winfo {
  assert.equal(n.request.headers.get("content-type"), "application/watcherinfo+xml");
  const root = parseXml(Buffer.from(n.body)).root;
  assert.equal(root.namespace, WINFO_NS);
  assert.equal(root.localName, "watcherinfo");
  const lists = childElements(root, WINFO_NS, "watcher-list");
  assert.equal(lists.length, 1);
  const list = lists[0]!;
  return {
    version: Number(getAttribute(root, "version")),
    state: getAttribute(root, "state") ?? "",
    resource: getAttribute(list, "resource") ?? "",
    pkg: getAttribute(list, "package") ?? "",
    watchers: childElements(list, WINFO_NS, "watcher").map((w) => ({
      uri: textContent(w),
      id: getAttribute(w, "id") ?? "",
      status: getAttribute(w, "status") ?? "",
      event: getAttribute(w, "event") ?? "",
      displayName: getAttribute(w, "display-name"),
      duration: getAttribute(w, "duration-subscribed"),
    })),
  };
}

/** The winfo documents a subscriber received, in order, with their versions strictly increasing. */
function documents(sub: Subscriber): Winfo[] {
  // A UDP retransmission repeats the same request (same CSeq): counted once.
  const byCSeq = new Map<number, ReceivedNotify>();
  for (const n of sub.notifies()) if (!byCSeq.has(n.request.cseq.seq)) byCSeq.set(n.request.cseq.seq, n);
  const docs = [...byCSeq.values()].filter((n) => n.body.length > 0).map(winfoOf);
  for (let i = 1; i < docs.length; i++) assert.equal(docs[i]!.version, docs[i - 1]!.version + 1, "versions go up by one");
  return docs;
}

for (const store of TARGETS) {
  describe(`presence.winfo (${store} store)`, () => {
    let srv: TestTarget;
    const uas: TestUa[] = [];
    let n = 0;
    const open = async (user: string) => {
      const ua = await TestUa.open({ transport: "udp", serverPort: srv.port, user: `${user}${++n}-${store}` });
      uas.push(ua);
      return ua;
    };
    before(async () => {
      srv = await startTarget(store, { overrides: { min_expires: 1 } });
    });
    after(async () => {
      for (const ua of uas) await ua.close();
      await srv.dispose();
    });

    /** The presentity subscribed to its own watcher information, first NOTIFY received. */
    async function ownWinfo(): Promise<{ owner: TestUa; winfo: Subscriber }> {
      const owner = await open("alice");
      const winfo = new Subscriber(owner, owner.aor, "presence.winfo");
      const res = await winfo.subscribe(600);
      assert.equal(res.status, 200);
      await winfo.waitForNotify();
      return { owner, winfo };
    }

    test("first NOTIFY is full state, version 0, for the presentity's presence watchers", async () => {
      const owner = await open("alice");
      const bob = await open("bob");
      const watch = new Subscriber(bob, owner.aor);
      assert.equal((await watch.subscribe(600)).status, 200);
      await watch.waitForNotify();
      const winfo = new Subscriber(owner, owner.aor, "presence.winfo");
      const res = await winfo.subscribe(600);
      assert.equal(res.status, 200);
      const first = winfoOf(await winfo.waitForNotify());
      assert.equal(first.version, 0);
      assert.equal(first.state, "full");
      assert.equal(first.resource, owner.aor);
      assert.equal(first.pkg, "presence");
      assert.equal(first.watchers.length, 1);
      const w = first.watchers[0]!;
      assert.equal(w.uri, bob.aor);
      assert.equal(w.status, "active");
      assert.equal(w.event, "subscribe");
      assert.match(w.id, /^[A-Za-z0-9_-]{8,}$/);
      assert.ok(!w.id.includes(watch.toTag ?? "?"), "the id is not the dialog's To-tag");
      assert.match(w.duration ?? "", /^\d+$/);
    });

    test("a watcher subscribing, refreshing and unsubscribing: partial NOTIFYs, the refresh changes nothing", async () => {
      const { owner, winfo } = await ownWinfo();
      const bob = await open("bob");
      const watch = new Subscriber(bob, owner.aor);
      await watch.subscribe(600);
      await winfo.waitForNotify((x) => x.body.includes(bob.aor));
      let docs = documents(winfo);
      assert.deepEqual(docs.map((d) => d.state), ["full", "partial"]);
      assert.deepEqual(docs[1]!.watchers.map((w) => [w.uri, w.status, w.event]), [[bob.aor, "active", "subscribe"]]);
      const id = docs[1]!.watchers[0]!.id;

      // A refresh does not change the watcher's state: nothing for the winfo subscriber.
      assert.equal((await watch.subscribe(600)).status, 200);
      await srv.idle();
      await sleep(100);
      assert.equal(documents(winfo).length, 2);

      assert.equal((await watch.subscribe(0)).status, 200);
      await winfo.waitForNotify((x) => x.body.includes('status="terminated"'));
      docs = documents(winfo);
      const last = docs.at(-1)!;
      assert.equal(last.state, "partial");
      assert.deepEqual(last.watchers, [{ uri: bob.aor, id, status: "terminated", event: "timeout", displayName: null, duration: null }]);
    });

    test("a watcher whose subscription times out is reported terminated by timeout", async () => {
      const { owner, winfo } = await ownWinfo();
      const carol = await open("carol");
      const watch = new Subscriber(carol, owner.aor);
      await watch.subscribe(2);
      await winfo.waitForNotify((x) => x.body.includes('status="active"'));
      await watch.waitForNotify((x) => x.state.startsWith("terminated"), 6000);
      const gone = winfoOf(await winfo.waitForNotify((x) => x.body.includes('status="terminated"'), 6000));
      assert.equal(gone.state, "partial");
      assert.deepEqual(gone.watchers.map((w) => [w.uri, w.status, w.event]), [[carol.aor, "terminated", "timeout"]]);
    });

    test("display name, pending watchers, and full state again after a winfo refresh", async () => {
      const { owner, winfo } = await ownWinfo();
      const dave = await open("dave");
      const presentity = owner.aor.slice("sip:".length);
      await srv.store.putWatcher({
        presentity,
        event: "presence",
        watcher: dave.aor.slice("sip:".length),
        watcherUri: dave.aor,
        watcherDisplayName: null,
        status: "pending",
        reason: null,
        insertedAt: Date.now(),
      });
      // From with a display name (RFC 3858 display-name).
      const res = await dave.request("SUBSCRIBE", owner.aor, [
        ["From", `"Dave Q. Watcher" <${dave.aor}>;tag=dq1`],
        ["Contact", `<${dave.contact}>`],
        ["Event", "presence"],
        ["Expires", "600"],
      ]);
      assert.equal(res.status, 202);
      const pending = winfoOf(await winfo.waitForNotify((x) => x.body.includes(dave.aor)));
      assert.deepEqual(pending.watchers.map((w) => [w.status, w.event, w.displayName]), [["pending", "subscribe", "Dave Q. Watcher"]]);

      const erin = await open("erin");
      await new Subscriber(erin, owner.aor).subscribe(600);
      await winfo.waitForNotify((x) => x.body.includes(erin.aor));
      const before = documents(winfo).length;
      assert.equal((await winfo.subscribe(600)).status, 200);
      await winfo.waitForNotify(() => documents(winfo).length > before);
      const full = documents(winfo).at(-1)!;
      assert.equal(full.state, "full");
      assert.deepEqual(full.watchers.map((w) => [w.uri, w.status]).sort(), [[dave.aor, "pending"], [erin.aor, "active"]].sort());
    });

    test("only the presentity may subscribe to its watcher information (403 for others)", async () => {
      const owner = await open("alice");
      const eve = await open("eve");
      const res = await new Subscriber(eve, owner.aor, "presence.winfo").subscribe(600);
      assert.equal(res.status, 403);
      const fetch = await new Subscriber(eve, owner.aor, "presence.winfo").subscribe(0);
      assert.equal(fetch.status, 403);
    });

    test("watcher information cannot be published (489), and Allow-Events lists it", async () => {
      const owner = await open("alice");
      const r = await new Publisher(owner, owner.aor, "presence.winfo", "application/watcherinfo+xml").publish("<watcherinfo/>");
      assert.equal(r.status, 489);
      assert.match(r.headers.get("allow-events") ?? "", /presence\.winfo/);
    });

    test("Accept without application/watcherinfo+xml is 406", async () => {
      const owner = await open("alice");
      const res = await new Subscriber(owner, owner.aor, "presence.winfo", [["Accept", "application/pidf+xml"]]).subscribe(600);
      assert.equal(res.status, 406);
      assert.equal(res.headers.get("accept"), "application/watcherinfo+xml");
    });

    test("several winfo subscribers each get their own versions; the winfo final NOTIFY is full state", async () => {
      const { owner, winfo } = await ownWinfo();
      const frank = await open("frank");
      await new Subscriber(frank, owner.aor).subscribe(600);
      await winfo.waitForNotify((x) => x.body.includes(frank.aor));
      const second = new Subscriber(owner, owner.aor, "presence.winfo");
      await second.subscribe(600);
      const first = winfoOf(await second.waitForNotify());
      assert.equal(first.version, 0, "a new subscription starts at version 0");
      assert.equal(first.state, "full");
      assert.equal(documents(winfo).at(-1)!.version, 1);
      assert.equal((await second.subscribe(0)).status, 200);
      const final = await second.waitForNotify((x) => x.state.startsWith("terminated"));
      const doc = winfoOf(final);
      assert.equal(doc.version, 1);
      assert.equal(doc.state, "full");
      assert.deepEqual(doc.watchers.map((w) => w.uri), [frank.aor]);
    });
  });
}
