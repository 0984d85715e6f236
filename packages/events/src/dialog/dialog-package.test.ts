import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { childElements, getAttribute, parseXml } from "@presence/xml";
import { dialogPackage, EventRegistry, presencePackage, type AggregationInput, type PublishValidation, type WatcherSubscription } from "../mod.js";
import { DIALOG_INFO_NS } from "./dialog-info.js";

const ctx = { presentity: "alice@example.com", presentityUri: "sip:alice@example.com" };
const pkg = dialogPackage();
const CT = "application/dialog-info+xml";

const doc = (dialogs: string, root = `version="4" state="full" entity="sip:alice@example.com"`) =>
  `<?xml version="1.0"?><dialog-info xmlns="${DIALOG_INFO_NS}" ${root}>${dialogs}</dialog-info>`;
const dialog = (id: string, state: string, attrs = "") => `<dialog id="${id}"${attrs}><state>${state}</state></dialog>`;

function validate(body: string, contentType = CT): PublishValidation {
  return pkg.validatePublish(Buffer.from(body), contentType, ctx);
}

function pub(body: string, receivedAt: number, etag = `e${receivedAt}`): AggregationInput {
  return { etag, body: Buffer.from(body), contentType: CT, receivedAt, priority: 0, sender: null };
}

function dialogsOf(body: Buffer | null): Array<[string, string]> {
  assert.ok(body);
  const root = parseXml(body).root;
  return childElements(root, DIALOG_INFO_NS, "dialog").map((d) => [getAttribute(d, "id")!, getAttribute(d, "direction") ?? ""]);
}

const watcher = (version: number): WatcherSubscription => ({
  id: "t",
  presentity: ctx.presentity,
  presentityUri: ctx.presentityUri,
  event: "dialog",
  eventId: null,
  watcher: "bob@example.com",
  watcherUri: "sip:bob@example.com",
  watcherDisplayName: null,
  status: "active",
  version,
  accept: [CT],
  remoteCSeq: 1,
});

describe("dialog package: identity and registry", () => {
  it("registers dialog and dialog;sla side by side; the Event header selects the right one", () => {
    const r = new EventRegistry();
    r.add(presencePackage());
    r.add(dialogPackage());
    r.add(dialogPackage({ sla: true }));
    assert.deepEqual(r.list(), ["presence", "dialog", "dialog;sla"]);
    assert.deepEqual(r.allowEvents(), ["presence", "dialog"]);
    assert.equal(r.match({ event: "dialog", params: {} })?.name, "dialog");
    assert.equal(r.match({ event: "Dialog", params: { sla: null } })?.name, "dialog;sla");
    assert.equal(r.match({ event: "dialog", params: { "call-id": "a@b", "from-tag": "1" } })?.name, "dialog");
    assert.equal(r.match({ event: "dialog", params: { unknown: "1" } }), null);
    assert.equal(pkg.negotiate(null), CT);
    assert.equal(pkg.negotiate(["application/pidf+xml"]), null);
    assert.equal(pkg.reqAuth, false);
  });
});

describe("dialog package: validation (RFC 4235 schema)", () => {
  it("accepts documents with dialogs, extensions and no dialogs", () => {
    assert.deepEqual(validate(doc(dialog("a", "confirmed", ' direction="recipient" call-id="c@h"') + dialog("b", "terminated"))), { ok: true });
    assert.deepEqual(validate(doc("")), { ok: true });
    assert.deepEqual(validate(doc(`<dialog id="x"><state code="486" event="rejected">terminated</state></dialog><x:ext xmlns:x="urn:x"/>`)), { ok: true });
    assert.deepEqual(validate(doc(dialog("p", "early"), `version="0" state="partial" entity="sip:a@b"`)), { ok: true });
    assert.deepEqual(validate(doc(dialog("a", "trying")), "Application/Dialog-Info+XML; charset=UTF-8"), { ok: true });
  });

  it("refuses bodies that are not valid dialog-info, naming the defect", () => {
    const cases: Array<[string, RegExp]> = [
      ["<dialog-info", /Malformed XML/],
      [`<!DOCTYPE x [<!ENTITY a "b">]><dialog-info xmlns="${DIALOG_INFO_NS}"/>`, /DOCTYPE/],
      [`<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:a@b"/>`, /Not a dialog-info document/],
      [doc("", `state="full" entity="sip:a@b"`), /bad version/],
      [doc("", `version="-1" state="full" entity="sip:a@b"`), /bad version/],
      [doc("", `version="1" state="some" entity="sip:a@b"`), /full or partial/],
      [doc("", `version="1" state="full"`), /no entity/],
      [doc(`<dialog><state>trying</state></dialog>`), /dialog without id/],
      [doc(dialog("a", "trying") + dialog("a", "early")), /duplicate dialog id/],
      [doc(dialog("a", "ringing")), /unknown dialog state/],
      [doc(`<dialog id="a"/>`), /needs one state/],
      [doc(dialog("a", "trying", ' direction="sideways"')), /bad direction/],
      [doc(`<dialog id="a"><state code="99">trying</state></dialog>`), /bad state code/],
      [doc(`<note>x</note>`), /unexpected element/],
    ];
    for (const [body, reason] of cases) {
      const r = validate(body);
      assert.equal(r.ok, false, body);
      if (!r.ok) {
        assert.equal(r.status, 400, body);
        assert.match(r.reason, reason, body);
        assert.doesNotMatch(`${r.reason}${r.warning ?? ""}`, /[\r\n]/);
      }
    }
    const wrong = validate(doc(""), "application/pidf+xml");
    assert.equal(wrong.ok === false && wrong.status, 415);
  });
});

describe("dialog package: aggregation and per-watcher version", () => {
  it("one publication is rebuilt with entity = presentity, state full, version 0", () => {
    const body = pkg.aggregate([pub(doc(dialog("a", "confirmed"), `version="9" state="partial" entity="sip:other@x"`), 1)], ctx);
    assert.ok(body);
    const root = parseXml(body).root;
    assert.equal(getAttribute(root, "version"), "0");
    assert.equal(getAttribute(root, "state"), "full");
    assert.equal(getAttribute(root, "entity"), ctx.presentityUri);
    assert.deepEqual(validate(body.toString()), { ok: true });
  });

  it("several publications: every dialog, newest publication first; a repeated id keeps the newest", () => {
    const older = pub(doc(dialog("shared", "confirmed", ' direction="initiator"') + dialog("old-only", "early")), 1);
    const newer = pub(doc(dialog("shared", "terminated", ' direction="recipient"') + dialog("new-only", "trying")), 2);
    const body = pkg.aggregate([older, newer], ctx);
    assert.deepEqual(dialogsOf(body), [["shared", "recipient"], ["new-only", ""], ["old-only", ""]]);
  });

  it("keeps extension namespaces and leaves out stored bodies that do not parse", () => {
    const sa = `<dialog id="l1" xmlns:sa="urn:ietf:params:xml:ns:sa-dialog-info"><sa:exclusive>true</sa:exclusive><state>confirmed</state></dialog>`;
    const body = pkg.aggregate([pub(doc(sa), 1), pub("<broken", 2)], ctx);
    assert.ok(body);
    assert.match(body.toString(), /<sa:exclusive>true<\/sa:exclusive>/);
    assert.deepEqual(validate(body.toString()), { ok: true });
    assert.deepEqual(dialogsOf(pkg.aggregate([pub("<broken", 3)], ctx)), [], "nothing usable: the empty document");
  });

  it("nothing published: a full-state document without dialogs (or no body with emptyBody none)", () => {
    const empty = pkg.emptyBody(ctx);
    assert.ok(empty);
    assert.deepEqual(validate(empty.toString()), { ok: true });
    assert.deepEqual(dialogsOf(empty), []);
    assert.equal(dialogPackage({ emptyBody: "none" }).emptyBody(ctx), null);
  });

  it("perWatcherBody writes the NOTIFY's version and nothing else", () => {
    const shared = pkg.aggregate([pub(doc(dialog("a", "early")), 1)], ctx)!;
    for (const v of [0, 1, 17, 4294967296]) {
      const out = pkg.perWatcherBody!(shared, { subscription: watcher(v), version: v, now: 0, final: false });
      assert.ok(out?.body);
      assert.equal(getAttribute(parseXml(out.body).root, "version"), String(v));
      assert.equal(out.body.toString().replace(/version="\d+" xmlns/, 'version="0" xmlns'), shared.toString());
      assert.equal(out.extra, undefined);
    }
  });
});
