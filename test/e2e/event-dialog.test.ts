/** dialog (RFC 4235, busy lamp field) and dialog;sla over real sockets, against both stores and the distributed topology. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { childElements, getAttribute, parseXml, textContent } from "@presence/xml";
import { Publisher, Subscriber, TestUa, type ReceivedNotify } from "../support/test-ua.js";
import { TARGETS } from "../support/test-server.js";
import { startTarget, type TestTarget } from "../support/test-target.js";

const NS = "urn:ietf:params:xml:ns:dialog-info";
const CT = "application/dialog-info+xml";

function dialogInfo(entity: string, dialogs: Array<{ id: string; state: string; extra?: string }>, version = 0): string {
  return (
    `<?xml version="1.0"?>\n<dialog-info xmlns="${NS}" xmlns:sa="urn:ietf:params:xml:ns:sa-dialog-info" version="${version}" state="full" entity="${entity}">\n` +
    dialogs.map((d) => `  <dialog id="${d.id}" direction="initiator"><state>${d.state}</state>${d.extra ?? ""}</dialog>\n`).join("") +
    "</dialog-info>\n"
  );
}

interface Doc {
  version: number;
  state: string;
  entity: string;
  dialogs: Array<[string, string]>;
}

function docOf(n: ReceivedNotify): Doc {
  assert.equal(n.request.headers.get("content-type"), CT);
  const root = parseXml(Buffer.from(n.body)).root;
  assert.equal(root.namespace, NS);
  return {
    version: Number(getAttribute(root, "version")),
    state: getAttribute(root, "state") ?? "",
    entity: getAttribute(root, "entity") ?? "",
    dialogs: childElements(root, NS, "dialog").map((d) => [getAttribute(d, "id") ?? "", textContent(childElements(d, NS, "state")[0]!).trim()]),
  };
}

/** NOTIFYs of a dialog, each once: a UDP retransmission repeats the same request (same CSeq). */
function distinct(sub: Subscriber): ReceivedNotify[] {
  const byCSeq = new Map<number, ReceivedNotify>();
  for (const n of sub.notifies()) {
    const seen = byCSeq.get(n.request.cseq.seq);
    if (seen) assert.equal(n.body, seen.body, "a retransmission carries the same body");
    else byCSeq.set(n.request.cseq.seq, n);
  }
  return [...byCSeq.values()];
}

function versions(sub: Subscriber): number[] {
  return distinct(sub).filter((n) => n.body.length > 0).map((n) => docOf(n).version);
}

for (const store of TARGETS) {
  describe(`dialog and dialog;sla (${store} store)`, () => {
    let srv: TestTarget;
    let ua: TestUa;
    let n = 0;
    const aor = () => `sip:blf${++n}-${store}@example.com`;
    before(async () => {
      srv = await startTarget(store, { overrides: { min_expires: 1, publish_sender_header: true } });
      ua = await TestUa.open({ transport: "udp", serverPort: srv.port });
    });
    after(async () => {
      await ua.close();
      await srv.dispose();
    });

    test("publications of one entity are aggregated into one full-state document", async () => {
      const target = aor();
      assert.equal((await new Publisher(ua, target, "dialog", CT).publish(dialogInfo(target, [{ id: "desk-1", state: "confirmed" }]))).status, 200);
      const extra = "<sa:exclusive>true</sa:exclusive>";
      assert.equal((await new Publisher(ua, target, "dialog", CT).publish(dialogInfo(target, [{ id: "mobile-1", state: "early", extra }]))).status, 200);
      const sub = new Subscriber(ua, target, "dialog");
      assert.equal((await sub.subscribe(600)).status, 200);
      const first = await sub.waitForNotify();
      const doc = docOf(first);
      assert.equal(doc.version, 0);
      assert.equal(doc.state, "full");
      assert.equal(doc.entity, target);
      assert.deepEqual(doc.dialogs.sort(), [["desk-1", "confirmed"], ["mobile-1", "early"]]);
      assert.match(first.body, /<sa:exclusive[^>]*>true<\/sa:exclusive>/, "extension elements pass through");
    });

    test("BLF: each watcher's version starts at 0 and goes up by one per NOTIFY across changes and expiry", async () => {
      const target = aor();
      const early = new Subscriber(ua, target, "dialog");
      await early.subscribe(600);
      const idle = docOf(await early.waitForNotify());
      assert.deepEqual([idle.version, idle.dialogs], [0, []], "nothing published: a document without dialogs");
      const phone = new Publisher(ua, target, "dialog", CT);
      await phone.publish(dialogInfo(target, [{ id: "c1", state: "trying" }]));
      await early.waitForNotify((x) => x.body.includes("trying"));
      const late = new Subscriber(ua, target, "dialog");
      await late.subscribe(600);
      await late.waitForNotify();
      for (const state of ["proceeding", "early", "confirmed"]) {
        await phone.publish(dialogInfo(target, [{ id: "c1", state }]));
        await early.waitForNotify((x) => x.body.includes(`>${state}<`));
        await late.waitForNotify((x) => x.body.includes(`>${state}<`));
      }
      // The publication expires: both watchers get the idle document with their next version.
      await phone.publish(dialogInfo(target, [{ id: "c1", state: "terminated" }]), 2);
      await early.waitForNotify((x) => x.body.includes("terminated"));
      await early.waitForNotify((x) => x.body.length > 0 && docOf(x).dialogs.length === 0 && docOf(x).version > 0, 6000);
      await late.waitForNotify((x) => x.body.length > 0 && docOf(x).dialogs.length === 0, 6000);
      await srv.idle();
      for (const sub of [early, late]) {
        const v = versions(sub);
        assert.equal(v[0], 0);
        for (let i = 1; i < v.length; i++) assert.equal(v[i], v[i - 1]! + 1, `versions ${v.join(",")}`);
      }
      assert.ok(versions(early).at(-1)! > versions(late).at(-1)!, "versions are per watcher");
    });

    test("invalid dialog-info is 400 naming the defect; another content type is 415 with Accept", async () => {
      const target = aor();
      const pub = new Publisher(ua, target, "dialog", CT);
      const bad = await pub.publish(`<dialog-info xmlns="${NS}" version="0" state="full" entity="${target}"><dialog id="x"><state>ringing</state></dialog></dialog-info>`);
      assert.equal(bad.status, 400);
      assert.match(bad.reason, /unknown dialog state/);
      assert.match(bad.headers.get("warning") ?? "", /ringing/);
      const noVersion = await pub.publish(`<dialog-info xmlns="${NS}" state="full" entity="${target}"/>`);
      assert.equal(noVersion.status, 400);
      const wrong = await new Publisher(ua, target, "dialog", "application/pidf+xml").publish(`<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="${target}"/>`);
      assert.equal(wrong.status, 415);
      assert.equal(wrong.headers.get("accept"), CT);
    });

    test("SUBSCRIBE accepting only PIDF is 406; RFC 4235 Event parameters are accepted", async () => {
      const target = aor();
      const res = await new Subscriber(ua, target, "dialog", [["Accept", "application/pidf+xml"]]).subscribe(600);
      assert.equal(res.status, 406);
      assert.equal(res.headers.get("accept"), CT);
      const withParams = new Subscriber(ua, target, `dialog;call-id="abc@host";from-tag=12`);
      assert.equal((await withParams.subscribe(600)).status, 200);
      assert.equal(docOf(await withParams.waitForNotify()).entity, target);
    });

    test("dialog;sla is its own package, and the Sender of a PUBLISH does not hear its own change", async () => {
      const target = aor();
      const sender = await TestUa.open({ transport: "udp", serverPort: srv.port, user: `sla-phone-${store}` });
      try {
        const mine = new Subscriber(sender, target, "dialog;sla");
        const other = new Subscriber(ua, target, "dialog;sla");
        const plain = new Subscriber(ua, target, "dialog");
        for (const s of [mine, other, plain]) {
          assert.equal((await s.subscribe(600)).status, 200);
          await s.waitForNotify();
        }
        await srv.idle();
        const r = await new Publisher(ua, target, "dialog;sla", CT).publish(dialogInfo(target, [{ id: "line-1", state: "confirmed" }]), 600, [
          ["Sender", `<${sender.aor}>`],
        ]);
        assert.equal(r.status, 200);
        await other.waitForNotify((x) => x.body.includes("line-1"));
        assert.equal(other.notifies().at(-1)!.request.headers.get("event"), "dialog;sla");
        await srv.idle();
        assert.equal(mine.notifies().filter((x) => x.body.includes("line-1")).length, 0, "the sender is left out");
        assert.equal(plain.notifies().filter((x) => x.body.includes("line-1")).length, 0, "dialog watchers do not see dialog;sla state");
      } finally {
        await sender.close();
      }
    });

    test("489 for an unknown event lists every registered package in Allow-Events", async () => {
      const res = await new Subscriber(ua, aor(), "no-such-event").subscribe(600);
      assert.equal(res.status, 489);
      const allow = (res.headers.get("allow-events") ?? "").split(/\s*,\s*/).sort();
      assert.deepEqual(allow, ["dialog", "message-summary", "presence", "presence.winfo"]);
    });
  });
}
