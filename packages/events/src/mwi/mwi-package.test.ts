import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EventRegistry, mwiPackage, parseMessageSummary, type AggregationInput } from "../mod.js";

const ctx = { presentity: "alice@example.com", presentityUri: "sip:alice@example.com" };
const pkg = mwiPackage();
const CT = "application/simple-message-summary";
// RFC 3842 section 6 example, with its message headers after the empty line.
const RFC_EXAMPLE =
  "Messages-Waiting: yes\r\nMessage-Account: sip:alice@vmail.example.com\r\nVoice-Message: 4/8 (1/2)\r\n\r\n" +
  "To: <alice@atlanta.example.com>\r\nFrom: <bob@biloxi.example.com>\r\nSubject: carpool tomorrow?\r\n";

describe("message-summary parsing (RFC 3842 5.2)", () => {
  it("reads status, account and counts", () => {
    const r = parseMessageSummary(Buffer.from(RFC_EXAMPLE));
    assert.ok(r.ok);
    assert.deepEqual(r.summary, {
      messagesWaiting: true,
      account: "sip:alice@vmail.example.com",
      counts: [{ messageClass: "voice-message", newMessages: 4, oldMessages: 8, newUrgent: 1, oldUrgent: 2 }],
    });
  });

  it("is case-insensitive, takes LF line ends, optional spaces and several classes", () => {
    const r = parseMessageSummary(Buffer.from("messages-waiting:NO\nfax-message : 0 / 0\ntext-message: 3/4(0 / 1)\nX-Vendor: 1\n"));
    assert.ok(r.ok);
    assert.equal(r.summary.messagesWaiting, false);
    assert.equal(r.summary.account, null);
    assert.deepEqual(r.summary.counts.map((c) => [c.messageClass, c.newMessages, c.oldMessages, c.newUrgent, c.oldUrgent]), [
      ["fax-message", 0, 0, null, null],
      ["text-message", 3, 4, 0, 1],
    ]);
    assert.ok(parseMessageSummary(Buffer.from("Messages-Waiting: no")).ok, "a status line alone");
  });

  it("refuses what the grammar does not allow, naming the defect", () => {
    const cases: Array<[string | Buffer, RegExp]> = [
      ["", /Empty/],
      [Buffer.from([0x4d, 0xff, 0xfe]), /not UTF-8/],
      ["Voice-Message: 1/1\r\nMessages-Waiting: yes\r\n", /no Messages-Waiting/],
      ["Messages-Waiting yes\r\n", /no Messages-Waiting/],
      ["Messages-Waiting: perhaps\r\n", /yes or no/],
      ["Messages-Waiting: yes\r\nMessages-Waiting: no\r\n", /repeated Messages-Waiting/],
      ["Messages-Waiting: yes\r\nVoice-Message: 1/1\r\nMessage-Account: sip:a@b\r\n", /misplaced Message-Account/],
      ["Messages-Waiting: yes\r\nMessage-Account: <sip:a@b>\r\n", /bad Message-Account/],
      ["Messages-Waiting: yes\r\nVoice-Message: 1\r\n", /bad message counts/],
      ["Messages-Waiting: yes\r\nVoice-Message: 1/2 (3)\r\n", /bad message counts/],
      ["Messages-Waiting: yes\r\nVoice-Message: 4294967296/0\r\n", /bad message counts/],
      ["Messages-Waiting: yes\r\nVoice-Message: 1/2\r\nvoice-message: 1/2\r\n", /repeated message class/],
      ["Messages-Waiting: yes\r\nthis is not a header\r\n", /malformed line/],
    ];
    for (const [body, reason] of cases) {
      const r = parseMessageSummary(Buffer.isBuffer(body) ? body : Buffer.from(body));
      assert.equal(r.ok, false, String(body));
      if (!r.ok) assert.match(r.reason, reason, String(body));
    }
  });
});

describe("message-summary package", () => {
  it("is registered as message-summary with its content type; 415 and 400 from validatePublish", () => {
    const r = new EventRegistry();
    r.add(pkg);
    assert.equal(r.match({ event: "message-summary", params: {} })?.name, "message-summary");
    assert.deepEqual(pkg.contentTypes, [CT]);
    assert.equal(pkg.negotiate(["application/*"]), CT);
    assert.deepEqual(pkg.validatePublish(Buffer.from(RFC_EXAMPLE), `${CT}; charset=utf-8`, ctx), { ok: true });
    const wrong = pkg.validatePublish(Buffer.from(RFC_EXAMPLE), "text/plain", ctx);
    assert.equal(wrong.ok === false && wrong.status, 415);
    const bad = pkg.validatePublish(Buffer.from("Messages-Waiting: ?"), CT, ctx);
    assert.equal(bad.ok === false && bad.status, 400);
    const big = mwiPackage({ maxBodyBytes: 10 }).validatePublish(Buffer.from(RFC_EXAMPLE), CT, ctx);
    assert.equal(big.ok === false && big.status, 400);
  });

  it("the newest publication is the state, byte for byte; nothing published is no body", () => {
    const p = (body: string, receivedAt: number): AggregationInput => ({ etag: `e${receivedAt}`, body: Buffer.from(body), contentType: CT, receivedAt, priority: 0, sender: null });
    const out = pkg.aggregate([p("Messages-Waiting: yes\r\nVoice-Message: 9/9\r\n", 5), p("Messages-Waiting: no\r\n", 3)], ctx);
    assert.equal(out?.toString(), "Messages-Waiting: yes\r\nVoice-Message: 9/9\r\n");
    assert.equal(pkg.emptyBody(ctx), null);
    assert.equal(pkg.perWatcherBody, undefined);
  });
});
