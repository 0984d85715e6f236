import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { childElements, getAttribute, parseXml } from "@presence/xml";
import { EventRegistry, regPackage, REGINFO_NS, type AggregationInput, type WatcherSubscription } from "../mod.js";

const pkg = regPackage();
const ctx = { presentity: "bob@example.com", presentityUri: "sip:bob@example.com" };
const CT = "application/reginfo+xml";
const reg = (id: string, contact: string, event = "registered") =>
  `<registration aor="sip:bob@example.com" id="${id}" state="active"><contact id="${contact}" state="active" event="${event}"><uri>sip:${contact}@192.0.2.4</uri></contact></registration>`;
const doc = (regs: string) => `<reginfo xmlns="${REGINFO_NS}" version="7" state="full">${regs}</reginfo>`;
const pub = (body: string, receivedAt: number): AggregationInput => ({ etag: `e${receivedAt}`, body: Buffer.from(body), contentType: CT, receivedAt, priority: 0, sender: null });

describe("worked example: the reg package (RFC 3680)", () => {
  it("registers and is selected by Event: reg", () => {
    const r = new EventRegistry();
    r.add(pkg);
    assert.equal(r.match({ event: "reg", params: {} }), pkg);
    assert.equal(pkg.defaultExpires, 3761);
  });

  it("validates reginfo", () => {
    assert.deepEqual(pkg.validatePublish(Buffer.from(doc(reg("r1", "c1"))), CT, ctx), { ok: true });
    for (const [body, reason] of [
      [doc(reg("r1", "c1", "exploded")), /bad contact event/],
      [doc(reg("r1", "c1") + reg("r1", "c2")), /duplicate registration id/],
      [`<reginfo xmlns="${REGINFO_NS}" state="full"/>`, /bad version/],
      ["<reginfo", /Malformed XML/],
    ] as const) {
      const r = pkg.validatePublish(Buffer.from(body), CT, ctx);
      assert.ok(!r.ok && r.status === 400 && reason.test(r.reason), body);
    }
    const wrong = pkg.validatePublish(Buffer.from(doc("")), "application/pidf+xml", ctx);
    assert.equal(wrong.ok === false && wrong.status, 415);
  });

  it("aggregates registrations newest first and sets each watcher's version", () => {
    const body = pkg.aggregate([pub(doc(reg("r1", "old") + reg("r2", "c2")), 1), pub(doc(reg("r1", "new")), 2)], ctx);
    assert.ok(body);
    const sub = { version: 3 } as WatcherSubscription;
    const out = pkg.perWatcherBody!(body, { subscription: sub, version: 3, now: 0, final: false });
    assert.ok(out?.body);
    const root = parseXml(out.body).root;
    assert.equal(getAttribute(root, "version"), "3");
    const contacts = childElements(root, REGINFO_NS, "registration").map((r) => getAttribute(childElements(r, REGINFO_NS, "contact")[0]!, "id"));
    assert.deepEqual(contacts, ["new", "c2"]);
    assert.deepEqual(pkg.validatePublish(out.body, CT, ctx), { ok: true });
    assert.deepEqual(pkg.validatePublish(pkg.emptyBody(ctx)!, CT, ctx), { ok: true });
  });
});
