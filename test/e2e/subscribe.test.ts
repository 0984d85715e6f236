/** RFC 6665 / 3856 SUBSCRIBE and NOTIFY over real sockets, against both stores. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { pidf, Publisher, Subscriber, TestUa } from "../support/test-ua.js";
import { sleep, TARGETS } from "../support/test-server.js";
import { startTarget, type TestTarget } from "../support/test-target.js";

function cseqOf(n: { request: { cseq: { seq: number } } }): number {
  return n.request.cseq.seq;
}

for (const store of TARGETS) {
  describe(`SUBSCRIBE and NOTIFY (${store} store)`, () => {
    let srv: TestTarget;
    let ua: TestUa;
    let tcp: TestUa;
    let n = 0;
    const aor = () => `sip:pres${++n}-${store}@example.com`;
    before(async () => {
      srv = await startTarget(store, { overrides: { min_expires: 2, to_tag_pref: "pres", publish_sender_header: true } });
      ua = await TestUa.open({ transport: "udp", serverPort: srv.port });
      tcp = await TestUa.open({ transport: "tcp", serverPort: srv.port });
    });
    after(async () => {
      await ua.close();
      await tcp.close();
      await srv.dispose();
    });

    test("initial SUBSCRIBE: 200 with To-tag, Expires and Contact, then the first NOTIFY", async () => {
      const target = aor();
      const sub = new Subscriber(ua, target, "presence", [["Accept", "application/pidf+xml"]]);
      const res = await sub.subscribe(600);
      assert.equal(res.status, 200);
      assert.ok(res.toTag?.startsWith("pres"), "To-tag starts with to_tag_pref");
      assert.equal(res.headers.get("expires"), "600");
      assert.match(res.headers.get("contact") ?? "", /^<sip:127\.0\.0\.1:\d+/);
      const notify = await sub.waitForNotify();
      assert.match(notify.state, /^active;expires=(600|599)$/);
      assert.equal(notify.request.headers.get("event"), "presence");
      assert.equal(notify.request.fromTag, res.toTag);
      assert.equal(notify.request.toTag, sub.fromTag);
      assert.equal(notify.request.uri, ua.contact);
      // Nothing published yet: a PIDF without tuples for the presentity.
      assert.match(notify.body, /urn:ietf:params:xml:ns:pidf/);
      assert.doesNotMatch(notify.body, /<tuple/);
    });

    test("the Event id parameter is echoed in NOTIFY", async () => {
      const sub = new Subscriber(ua, aor(), "presence;id=42");
      assert.equal((await sub.subscribe(600)).status, 200);
      const notify = await sub.waitForNotify();
      assert.equal(notify.request.event?.id, "42");
    });

    test("SUBSCRIBE first, PUBLISH later: a NOTIFY with the new state", async () => {
      const target = aor();
      const sub = new Subscriber(ua, target);
      await sub.subscribe(600);
      await sub.waitForNotify();
      const r = await new Publisher(ua, target).publish(pidf(target, "phone", "open", "at my desk"));
      assert.equal(r.status, 200);
      const notify = await sub.waitForNotify((x) => x.body.includes("at my desk"));
      assert.match(notify.body, /<basic>open<\/basic>/);
    });

    test("two publications with different ETags give one NOTIFY body with both tuples", async () => {
      const target = aor();
      const p1 = await new Publisher(ua, target).publish(pidf(target, "pc", "open", "pc client"));
      const p2 = await new Publisher(tcp, target).publish(pidf(target, "mobile", "closed", "mobile client"));
      assert.equal(p1.status, 200);
      assert.equal(p2.status, 200);
      assert.notEqual(p1.headers.get("sip-etag"), p2.headers.get("sip-etag"));
      const sub = new Subscriber(ua, target);
      await sub.subscribe(600);
      const notify = await sub.waitForNotify();
      assert.match(notify.body, /<tuple[^>]*id="pc"/);
      assert.match(notify.body, /<tuple[^>]*id="mobile"/);
      assert.equal(notify.body.match(/<presence[\s>]/g)?.length, 1, "one PIDF document");
    });

    test("in-dialog refresh gets 200 and a NOTIFY with a higher CSeq", async () => {
      const sub = new Subscriber(ua, aor());
      await sub.subscribe(600);
      const first = await sub.waitForNotify();
      const res = await sub.subscribe(300);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("expires"), "300");
      const second = await sub.waitForNotify((x) => cseqOf(x) > cseqOf(first));
      assert.match(second.state, /^active;expires=(300|299)$/);
    });

    test("unsubscribe (Expires: 0) gets 200 and a final NOTIFY terminated carrying the state", async () => {
      const target = aor();
      await new Publisher(ua, target).publish(pidf(target, "x", "open", "before unsubscribe"));
      const sub = new Subscriber(ua, target);
      await sub.subscribe(600);
      await sub.waitForNotify();
      const res = await sub.subscribe(0);
      assert.equal(res.status, 200);
      const last = await sub.waitForNotify((x) => x.state.startsWith("terminated"));
      assert.match(last.state, /^terminated;reason=timeout$/);
      assert.match(last.body, /before unsubscribe/);
      // The dialog is gone: a further refresh is 481.
      assert.equal((await sub.subscribe(600)).status, 481);
    });

    test("fetch (initial SUBSCRIBE with Expires: 0) gets one terminated NOTIFY with the state", async () => {
      const target = aor();
      await new Publisher(ua, target).publish(pidf(target, "f", "open", "fetched"));
      const sub = new Subscriber(ua, target);
      const res = await sub.subscribe(0);
      assert.equal(res.status, 200);
      const notify = await sub.waitForNotify();
      assert.match(notify.state, /^terminated/);
      assert.match(notify.body, /fetched/);
    });

    test("481 for an in-dialog SUBSCRIBE matching no dialog", async () => {
      const sub = new Subscriber(ua, aor());
      sub.toTag = "presAAAAAAAAAA.nosuchdialog";
      assert.equal((await sub.subscribe(600)).status, 481);
      sub.toTag = "foreign-tag";
      assert.equal((await sub.subscribe(600)).status, 481);
    });

    test("489 with Allow-Events for an unknown event; 423 with Min-Expires", async () => {
      const bad = await new Subscriber(ua, aor(), "nonsense").subscribe(600);
      assert.equal(bad.status, 489);
      assert.match(bad.headers.get("allow-events") ?? "", /presence/);
      const brief = await new Subscriber(ua, aor()).subscribe(1);
      assert.equal(brief.status, 423);
      assert.equal(brief.headers.get("min-expires"), "2");
    });

    test("a subscription that is not refreshed ends with terminated;reason=timeout", async () => {
      const sub = new Subscriber(ua, aor());
      await sub.subscribe(2);
      await sub.waitForNotify();
      const last = await sub.waitForNotify((x) => x.state.startsWith("terminated"), 6000);
      assert.equal(last.state, "terminated;reason=timeout");
    });

    test("over TCP the NOTIFY comes back on the subscriber's own connection", async () => {
      const target = aor();
      const sub = new Subscriber(tcp, target);
      assert.equal((await sub.subscribe(600)).status, 200);
      await sub.waitForNotify();
      await new Publisher(ua, target).publish(pidf(target, "tcp", "open", "via tcp"));
      const notify = await sub.waitForNotify((x) => x.body.includes("via tcp"));
      assert.equal(notify.request.via.transport, "TCP");
    });

    test("a NOTIFY answered 481 ends the subscription (timeout_rm_subs)", async () => {
      const target = aor();
      const gone = await TestUa.open({ transport: "udp", serverPort: srv.port });
      try {
        const sub = new Subscriber(gone, target);
        await sub.subscribe(600);
        await sub.waitForNotify();
        gone.notifyStatus = 481;
        await new Publisher(ua, target).publish(pidf(target, "z", "open", "one"));
        await sub.waitForNotify((x) => x.body.includes("one"));
        await sleep(200);
        gone.notifyStatus = 200;
        await new Publisher(ua, target).publish(pidf(target, "z2", "open", "two"));
        await sleep(500);
        assert.equal(sub.notifies().filter((x) => x.body.includes("two")).length, 0, "no NOTIFY after the 481");
        assert.ok(srv.notifyReplies.some((e) => e.subscription.callid === sub.callId && e.outcome.kind === "response" && e.outcome.status === 481 && e.terminated));
      } finally {
        await gone.close();
      }
    });

    test("the Sender of a PUBLISH is left out of the NOTIFYs it causes", async () => {
      const target = aor();
      const watcher = await TestUa.open({ transport: "udp", serverPort: srv.port, user: "sender", domain: "example.com" });
      const other = await TestUa.open({ transport: "udp", serverPort: srv.port });
      try {
        const s1 = new Subscriber(watcher, target);
        const s2 = new Subscriber(other, target);
        await s1.subscribe(600);
        await s2.subscribe(600);
        await s1.waitForNotify();
        await s2.waitForNotify();
        await srv.idle();
        const r = await new Publisher(ua, target).publish(pidf(target, "sla", "open", "from sender"), 600, [["Sender", "<sip:sender@example.com>"]]);
        assert.equal(r.status, 200);
        await s2.waitForNotify((x) => x.body.includes("from sender"));
        await srv.idle();
        assert.equal(s1.notifies().filter((x) => x.body.includes("from sender")).length, 0);
      } finally {
        await watcher.close();
        await other.close();
      }
    });

    test("NOTIFY CSeqs strictly increase and the last body is the last state published", async () => {
      const target = aor();
      const sub = new Subscriber(ua, target);
      await sub.subscribe(600);
      await sub.waitForNotify();
      const pub = new Publisher(ua, target);
      for (let i = 0; i < 20; i++) await pub.publish(pidf(target, "seq", "open", `n${i}`));
      await sub.waitForNotify((x) => x.body.includes("n19"));
      await srv.idle();
      // UDP retransmissions repeat one NOTIFY with its branch; each transaction counts once.
      const branches = new Set<string>();
      const seqs = sub
        .notifies()
        .filter((x) => !branches.has(x.request.via.branch ?? "") && branches.add(x.request.via.branch ?? ""))
        .map(cseqOf);
      for (let i = 1; i < seqs.length; i++) assert.ok(seqs[i]! > seqs[i - 1]!, `CSeq ${seqs[i]} after ${seqs[i - 1]}`);
      assert.match(sub.notifies().at(-1)!.body, /n19/);
    });
  });
}
