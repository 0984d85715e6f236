/** message-summary (RFC 3842, message waiting indication) over real sockets, against both stores and the distributed topology. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { Publisher, Subscriber, TestUa } from "../support/test-ua.js";
import { sleep, TARGETS } from "../support/test-server.js";
import { startTarget, type TestTarget } from "../support/test-target.js";

const CT = "application/simple-message-summary";

function summary(newVoice: number, oldVoice: number, urgent?: [number, number]): string {
  return (
    `Messages-Waiting: ${newVoice > 0 ? "yes" : "no"}\r\n` +
    "Message-Account: sip:voicemail@example.com\r\n" +
    `Voice-Message: ${newVoice}/${oldVoice}${urgent ? ` (${urgent[0]}/${urgent[1]})` : ""}\r\n`
  );
}

for (const store of TARGETS) {
  describe(`message-summary (${store} store)`, () => {
    let srv: TestTarget;
    let ua: TestUa;
    let n = 0;
    const aor = () => `sip:mwi${++n}-${store}@example.com`;
    before(async () => {
      srv = await startTarget(store, { overrides: { min_expires: 1 } });
      ua = await TestUa.open({ transport: "udp", serverPort: srv.port });
    });
    after(async () => {
      await ua.close();
      await srv.dispose();
    });

    test("counts reach the watcher exactly as published, on subscribe and on every change", async () => {
      const box = aor();
      const vm = new Publisher(ua, box, "message-summary", CT);
      const published = summary(2, 8, [0, 2]);
      assert.equal((await vm.publish(published)).status, 200);
      const sub = new Subscriber(ua, box, "message-summary");
      assert.equal((await sub.subscribe(600)).status, 200);
      const first = await sub.waitForNotify();
      assert.equal(first.request.headers.get("content-type"), CT);
      assert.equal(first.request.headers.get("event"), "message-summary");
      assert.equal(first.body, published);
      for (const [nv, ov] of [[3, 8], [0, 11]] as const) {
        const body = summary(nv, ov);
        assert.equal((await vm.publish(body)).status, 200);
        const got = await sub.waitForNotify((x) => x.body.includes(`Voice-Message: ${nv}/${ov}\r\n`));
        assert.equal(got.body, body);
      }
    });

    test("nothing published: a NOTIFY without body; the newest publication wins; expiry empties it again", async () => {
      const box = aor();
      const sub = new Subscriber(ua, box, "message-summary");
      await sub.subscribe(600);
      const empty = await sub.waitForNotify();
      assert.equal(empty.body, "");
      assert.equal(empty.request.headers.get("content-type"), undefined);
      const a = new Publisher(ua, box, "message-summary", CT);
      const b = new Publisher(ua, box, "message-summary", CT);
      await a.publish(summary(1, 0));
      await sub.waitForNotify((x) => x.body.includes("1/0"));
      await b.publish(summary(4, 4));
      await sub.waitForNotify((x) => x.body.includes("4/4"));
      // a publishes again: its summary is now the newest.
      await a.publish(summary(7, 0));
      const newest = await sub.waitForNotify((x) => x.body.includes("7/0"));
      assert.equal(newest.body, summary(7, 0), "the most recently published summary is sent");
      await b.publish(null, 1);
      await a.publish(null, 1);
      const cleared = await sub.waitForNotify((x) => x.body === "" && x.request.cseq.seq > newest.request.cseq.seq, 6000);
      assert.match(cleared.state, /^active/);
    });

    test("invalid summaries are 400 naming the defect; another content type is 415 with Accept", async () => {
      const box = aor();
      const cases: Array<[string, RegExp]> = [
        ["Voice-Message: 1/2\r\n", /no Messages-Waiting/],
        ["Messages-Waiting: maybe\r\n", /yes or no/],
        ["Messages-Waiting: yes\r\nVoice-Message: one/2\r\n", /bad message counts/],
        ["Messages-Waiting: yes\r\nMessage-Account: not a uri\r\n", /bad Message-Account/],
        ["Messages-Waiting: yes\r\nVoice-Message: 1/2\r\nVoice-Message: 1/2\r\n", /repeated message class/],
      ];
      for (const [body, reason] of cases) {
        const r = await new Publisher(ua, box, "message-summary", CT).publish(body);
        assert.equal(r.status, 400, body);
        assert.match(r.reason, reason);
      }
      const wrong = await new Publisher(ua, box, "message-summary", "text/plain").publish("Messages-Waiting: no\r\n");
      assert.equal(wrong.status, 415);
      assert.equal(wrong.headers.get("accept"), CT);
      const accept = await new Subscriber(ua, box, "message-summary", [["Accept", "application/pidf+xml"]]).subscribe(600);
      assert.equal(accept.status, 406);
    });

    // Standalone only: the notifier code is the same in every topology, and a second distributed
    // topology per file would double its start-up time.
    test("send_fast_notify=0: no empty first NOTIFY, the first one carries the published counts", { skip: store === "distributed" }, async () => {
      const quiet = await startTarget(store, { overrides: { send_fast_notify: false } });
      const phone = await TestUa.open({ transport: "udp", serverPort: quiet.port });
      try {
        const box = aor();
        const sub = new Subscriber(phone, box, "message-summary");
        assert.equal((await sub.subscribe(600)).status, 200);
        await quiet.idle();
        await sleep(200);
        assert.equal(sub.notifies().length, 0);
        const body = summary(5, 1, [1, 0]);
        assert.equal((await new Publisher(phone, box, "message-summary", CT).publish(body)).status, 200);
        const first = await sub.waitForNotify();
        assert.equal(first.body, body);
        assert.equal(first.request.cseq.seq, 1);
      } finally {
        await phone.close();
        await quiet.dispose();
      }
    });
  });
}
