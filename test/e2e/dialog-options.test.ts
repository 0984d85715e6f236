/** Identity, routing, authorization and the Kamailio options that shape subscriptions. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { pidf, Publisher, Subscriber, TestUa } from "../support/test-ua.js";
import { sleep, startTestServer, TARGETS, type TestServer } from "../support/test-server.js";
import { startTarget, type TestTarget } from "../support/test-target.js";

for (const store of TARGETS) {
  describe(`dialog details (${store} store)`, () => {
    let srv: TestTarget;
    let ua: TestUa;
    before(async () => {
      srv = await startTarget(store, { overrides: { min_expires: 1, subscribe_watcher_header: "p-asserted-identity" } });
      ua = await TestUa.open({ transport: "udp", serverPort: srv.port });
    });
    after(async () => {
      await ua.close();
      await srv.dispose();
    });

    test("the presentity is user@host: port and URI parameters do not matter", async () => {
      const sub = new Subscriber(ua, "sip:ident@example.com");
      await sub.subscribe(600);
      await sub.waitForNotify();
      const r = await new Publisher(ua, "sip:ident@EXAMPLE.com:5060;transport=udp").publish(pidf("sip:ident@example.com", "i", "open", "same one"));
      assert.equal(r.status, 200);
      await sub.waitForNotify((n) => n.body.includes("same one"));
    });

    test("Record-Route becomes the NOTIFY route set; the NOTIFY goes to the first route", async () => {
      const proxy = await TestUa.open({ transport: "udp", serverPort: srv.port, user: "proxy" });
      try {
        const rr = `<sip:127.0.0.1:${proxy.localPort};lr>`;
        const sub = new Subscriber(ua, "sip:routed@example.com", "presence", [["Record-Route", rr]]);
        assert.equal((await sub.subscribe(600)).status, 200);
        const n = await proxy.waitForNotify();
        assert.equal(n.request.uri, ua.contact, "loose routing keeps the remote target as Request-URI");
        assert.equal(n.request.headers.get("route"), rr);
        assert.equal(sub.notifies().length, 0, "nothing went straight to the subscriber");
      } finally {
        await proxy.close();
      }
    });

    test("a Route header naming this server is consumed, not followed", async () => {
      const sub = new Subscriber(ua, "sip:viaroute@example.com", "presence", [["Route", `<sip:127.0.0.1:${srv.port};lr>`]]);
      assert.equal((await sub.subscribe(600)).status, 200);
      const n = await sub.waitForNotify();
      assert.equal(n.request.headers.get("route"), undefined);
    });

    test("handle_subscribe(watcher_uri): the watcher comes from P-Asserted-Identity", async () => {
      const target = "sip:asserted@example.com";
      await srv.store.putWatcher({
        presentity: "asserted@example.com",
        event: "presence",
        watcher: "boss@example.com",
        watcherUri: "sip:boss@example.com",
        watcherDisplayName: null,
        status: "pending",
        reason: null,
        insertedAt: Date.now(),
      });
      const sub = new Subscriber(ua, target, "presence", [["P-Asserted-Identity", "<sip:boss@example.com>"]]);
      const res = await sub.subscribe(600);
      assert.equal(res.status, 202, "the asserted identity's pending authorization applies");
      const n = await sub.waitForNotify();
      assert.match(n.state, /^pending/);
      assert.equal(n.body, "", "a pending watcher learns nothing of the state");
    });

    test("an expired publication is removed and watchers get the recomputed state", async () => {
      const target = "sip:fading@example.com";
      const keep = await new Publisher(ua, target).publish(pidf(target, "stays", "open", "long"), 600);
      const brief = await new Publisher(ua, target).publish(pidf(target, "goes", "open", "short"), 1);
      assert.equal(keep.status, 200);
      assert.equal(brief.status, 200);
      const sub = new Subscriber(ua, target);
      await sub.subscribe(600);
      const first = await sub.waitForNotify();
      assert.match(first.body, /id="goes"/);
      const later = await sub.waitForNotify((n) => !n.body.includes('id="goes"'), 5000);
      assert.match(later.body, /id="stays"/);
    });
  });
}

describe("Kamailio options", () => {
  let servers: TestServer[] = [];
  let uas: TestUa[] = [];
  after(async () => {
    for (const u of uas) await u.close();
    for (const s of servers) await s.dispose();
  });
  async function setup(overrides: Parameters<typeof startTestServer>[0]["overrides"]) {
    const srv = await startTestServer({ store: "memory", overrides });
    const ua = await TestUa.open({ transport: "udp", serverPort: srv.port });
    servers.push(srv);
    uas.push(ua);
    return { srv, ua };
  }

  test("min_expires_action=2 raises a too-brief Expires instead of 423", async () => {
    const { ua } = await setup({ min_expires: 60, min_expires_action: 2 });
    const res = await new Subscriber(ua, "sip:raise@example.com").subscribe(10);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("expires"), "60");
  });

  test("sip_uri_match=1 compares the user part case-insensitively", async () => {
    const { ua } = await setup({ sip_uri_match: 1 });
    const sub = new Subscriber(ua, "sip:MixedCase@example.com");
    await sub.subscribe(600);
    await sub.waitForNotify();
    await new Publisher(ua, "sip:mixedcase@example.com").publish(pidf("sip:mixedcase@example.com", "m", "open", "case folded"));
    await sub.waitForNotify((n) => n.body.includes("case folded"));
  });

  test("sip_uri_match=0 keeps users that differ in case apart", async () => {
    const { srv, ua } = await setup({ sip_uri_match: 0 });
    const sub = new Subscriber(ua, "sip:MixedCase@example.com");
    await sub.subscribe(600);
    await sub.waitForNotify();
    await new Publisher(ua, "sip:mixedcase@example.com").publish(pidf("sip:mixedcase@example.com", "m", "open", "other user"));
    await sleep(300);
    await srv.idle();
    assert.equal(sub.notifies().filter((n) => n.body.includes("other user")).length, 0);
  });

  test("send_fast_notify=0: no empty first NOTIFY; the first one comes with state", async () => {
    const { srv, ua } = await setup({ send_fast_notify: false });
    const target = "sip:mwi-like@example.com";
    const sub = new Subscriber(ua, target);
    assert.equal((await sub.subscribe(600)).status, 200);
    await sleep(300);
    await srv.idle();
    assert.equal(sub.notifies().length, 0);
    await new Publisher(ua, target).publish(pidf(target, "s", "open", "now there is state"));
    const n = await sub.waitForNotify();
    assert.match(n.body, /now there is state/);
  });

  test("timeout_rm_subs=0 keeps a subscription whose NOTIFY was answered 481", async () => {
    const { ua } = await setup({ timeout_rm_subs: false });
    const target = "sip:keepme@example.com";
    const sub = new Subscriber(ua, target);
    ua.notifyStatus = 481;
    await sub.subscribe(600);
    await sub.waitForNotify();
    ua.notifyStatus = 200;
    await new Publisher(ua, target).publish(pidf(target, "k", "open", "still watched"));
    await sub.waitForNotify((n) => n.body.includes("still watched"));
  });
});
