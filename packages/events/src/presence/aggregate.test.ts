import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { childElements, getAttribute, parseXml, textContent, XML_NS, type XmlElement } from "@presence/xml";
import { orderPublications, presencePackage } from "../mod.js";
import { DM_NS, LT_NS, MOBILE_PUB, PC_PUB, PHONE_PUB, PIDF_NS, pub, RFC4480_EXAMPLE, RPID_NS, SIMPLE_PIDF } from "./test-fixtures.js";

const ctx = { presentity: "alice@example.com", presentityUri: "sip:alice@example.com" };

/** The aggregate must itself be a PIDF document the package would accept. */
function aggregateOk(pubs: Parameters<ReturnType<typeof presencePackage>["aggregate"]>[0], retrieveOrder = 0): XmlElement {
  const pkg = presencePackage({ retrieveOrder });
  const body = pkg.aggregate(pubs, ctx);
  assert.ok(body, "no body");
  assert.deepEqual(pkg.validatePublish(body, "application/pidf+xml", ctx), { ok: true }, body.toString());
  return parseXml(body).root;
}

const ids = (root: XmlElement, ns: string, local: string): string[] => childElements(root, ns, local).map((e) => getAttribute(e, "id") ?? "");

describe("presence aggregation (agg_nbody)", () => {
  const phone = pub("e-phone", PHONE_PUB, 1000, 10);
  const pc = pub("e-pc", PC_PUB, 2000, 30);
  const mobile = pub("e-mobile", MOBILE_PUB, 3000, 20);

  it("keeps every tuple, person, device and note of three publications in one document", () => {
    const root = aggregateOk([phone, pc, mobile]);
    assert.equal(root.namespace, PIDF_NS);
    assert.equal(getAttribute(root, "entity"), "sip:alice@example.com", "entity is the presentity URI");
    assert.deepEqual(ids(root, PIDF_NS, "tuple").sort(), ["t-mobile", "t-pc", "t-phone"]);
    assert.deepEqual(ids(root, DM_NS, "person").sort(), ["p-pc", "p-phone"]);
    assert.deepEqual(ids(root, DM_NS, "device"), ["d-phone"]);
    // "At the desk" is published twice: written once.
    assert.deepEqual(childElements(root, PIDF_NS, "note").map((n) => textContent(n)), ["On the road", "At the desk"]);
  });

  it("keeps RPID content inside person and device with the right namespaces", () => {
    const root = aggregateOk([phone, pc, mobile]);
    const persons = new Map(childElements(root, DM_NS, "person").map((p) => [getAttribute(p, "id"), p]));
    const phonePerson = persons.get("p-phone");
    assert.ok(phonePerson);
    const activities = childElements(phonePerson, RPID_NS, "activities");
    assert.equal(activities.length, 1);
    assert.deepEqual(childElements(activities[0]).map((e) => [e.namespace, e.localName]), [[RPID_NS, "on-the-phone"]]);

    const pcPerson = persons.get("p-pc");
    assert.ok(pcPerson);
    const mood = childElements(pcPerson, RPID_NS, "mood")[0];
    assert.equal(childElements(mood, RPID_NS, "happy").length, 1);
    const placeType = childElements(pcPerson, RPID_NS, "place-type")[0];
    assert.deepEqual(childElements(placeType).map((e) => [e.namespace, e.localName]), [[LT_NS, "residence"]]);

    const device = childElements(root, DM_NS, "device")[0];
    assert.equal(textContent(childElements(device, DM_NS, "deviceID")[0]), "urn:uuid:phone");

    const mobileTuple = childElements(root, PIDF_NS, "tuple").find((t) => getAttribute(t, "id") === "t-mobile");
    assert.ok(mobileTuple);
    assert.equal(textContent(childElements(childElements(mobileTuple, PIDF_NS, "status")[0], PIDF_NS, "basic")[0]), "open");
    const tupleNote = childElements(childElements(root, PIDF_NS, "tuple").find((t) => getAttribute(t, "id") === "t-pc") as XmlElement, PIDF_NS, "note")[0];
    assert.equal(getAttribute(tupleNote, "lang", XML_NS), "en");
  });

  it("writes RFC 3863's sequence: tuples, then notes, then extension elements", () => {
    const root = aggregateOk([phone, pc, mobile]);
    const kinds = childElements(root).map((e) => (e.namespace === PIDF_NS ? e.localName : "other"));
    const firstNote = kinds.indexOf("note");
    const firstOther = kinds.indexOf("other");
    assert.ok(kinds.lastIndexOf("tuple") < firstNote && kinds.lastIndexOf("note") < firstOther, kinds.join(","));
  });

  it("declares consistently used prefixes once on the root", () => {
    const body = presencePackage().aggregate([phone, pc, mobile], ctx)?.toString() ?? "";
    const root = body.slice(0, body.indexOf(">", body.indexOf("<presence")) + 1);
    assert.match(root, /xmlns="urn:ietf:params:xml:ns:pidf"/);
    assert.match(root, new RegExp(`xmlns:dm="${DM_NS}"`));
    assert.match(root, new RegExp(`xmlns:rpid="${RPID_NS}"`));
    assert.equal(body.match(/xmlns:dm=/g)?.length, 1);
  });

  it("orders by received time, newest first, with retrieve_order 0", () => {
    const root = aggregateOk([phone, pc, mobile], 0);
    assert.deepEqual(ids(root, PIDF_NS, "tuple"), ["t-mobile", "t-pc", "t-phone"]);
    assert.deepEqual(ids(root, DM_NS, "person"), ["p-pc", "p-phone"]);
  });

  it("orders by priority, higher first, with retrieve_order 1", () => {
    const root = aggregateOk([phone, pc, mobile], 1);
    assert.deepEqual(ids(root, PIDF_NS, "tuple"), ["t-pc", "t-mobile", "t-phone"]);
    // Equal priorities fall back to received time.
    const tied = aggregateOk([pub("a", PHONE_PUB, 1000, 5), pub("b", PC_PUB, 2000, 5)], 1);
    assert.deepEqual(ids(tied, PIDF_NS, "tuple"), ["t-pc", "t-phone"]);
  });

  it("keeps the tuple of the newest (or highest-priority) publication when ids collide", () => {
    const older = pub("old", tupleDoc("t1", "sip:old@host", "closed"), 1000, 9);
    const newer = pub("new", tupleDoc("t1", "sip:new@host", "open"), 2000, 1);
    const other = pub("other", tupleDoc("t2", "sip:other@host", "open"), 1500, 5);
    const byTime = aggregateOk([older, newer, other], 0);
    assert.deepEqual(ids(byTime, PIDF_NS, "tuple"), ["t1", "t2"]);
    assert.equal(textContent(childElements(childElements(byTime, PIDF_NS, "tuple")[0], PIDF_NS, "contact")[0]), "sip:new@host");
    const byPriority = aggregateOk([older, newer, other], 1);
    assert.deepEqual(ids(byPriority, PIDF_NS, "tuple"), ["t1", "t2"]);
    assert.equal(textContent(childElements(childElements(byPriority, PIDF_NS, "tuple")[0], PIDF_NS, "contact")[0]), "sip:old@host");
  });

  it("keeps elements whose prefixes mean different namespaces in different publications", () => {
    const a = pub("a", `<presence xmlns="${PIDF_NS}" xmlns:e="urn:ext:one" entity="x"><e:info>one</e:info></presence>`, 2000);
    const b = pub("b", `<presence xmlns="${PIDF_NS}" xmlns:e="urn:ext:two" entity="x"><e:info>two</e:info></presence>`, 1000);
    const root = aggregateOk([a, b]);
    assert.deepEqual(childElements(root).map((e) => [e.namespace, textContent(e)]), [
      ["urn:ext:one", "one"],
      ["urn:ext:two", "two"],
    ]);
  });

  it("passes a single publication through byte for byte", () => {
    const only = pub("e1", PC_PUB, 1000);
    const body = presencePackage().aggregate([only], ctx);
    assert.ok(body?.equals(only.body));
    assert.ok(body);
    assert.equal(getAttribute(parseXml(body).root, "entity"), "pres:alice@example.com", "entity kept as published");
  });

  it("leaves out stored bodies that are not PIDF or do not parse", () => {
    const good = pub("good", SIMPLE_PIDF, 1000);
    const broken = pub("broken", "<presence", 3000);
    const foreign = pub("foreign", `<x xmlns="urn:x"/>`, 2000);
    const otherType = pub("winfo", `<watcherinfo xmlns="urn:ietf:params:xml:ns:watcherinfo"/>`, 4000, 0, "application/watcherinfo+xml");
    const body = presencePackage().aggregate([good, broken, foreign, otherType], ctx);
    assert.ok(body?.equals(good.body));
    const rpid = pub("rpid", RFC4480_EXAMPLE, 500);
    const root = aggregateOk([good, broken, rpid]);
    assert.deepEqual(ids(root, PIDF_NS, "tuple"), ["sg89ae", "bs35r9", "ty4658", "eg92n8"]);
    assert.deepEqual(ids(root, DM_NS, "person"), ["p1"]);
    assert.deepEqual(ids(root, DM_NS, "device"), ["pc147"]);
    // Nothing usable at all: the empty document.
    const empty = presencePackage().aggregate([broken], ctx);
    assert.equal(childElements(parseXml(empty ?? Buffer.alloc(0)).root).length, 0);
  });

  it("orderPublications is stable for equal keys", () => {
    const a = pub("a", SIMPLE_PIDF, 1000, 1);
    const b = pub("b", SIMPLE_PIDF, 1000, 1);
    assert.deepEqual(orderPublications([a, b], 0).map((p) => p.etag), ["a", "b"]);
    assert.deepEqual(orderPublications([b, a], 1).map((p) => p.etag), ["b", "a"]);
  });
});

describe("presence emptyBody", () => {
  it("is a PIDF with the presentity as entity and no tuple (valid: tuple minOccurs=0)", () => {
    const pkg = presencePackage();
    const body = pkg.emptyBody({ presentity: "a@b", presentityUri: 'sip:a@b;x="&<'});
    assert.ok(body);
    assert.deepEqual(pkg.validatePublish(body, "application/pidf+xml", ctx), { ok: true });
    const root = parseXml(body).root;
    assert.equal(root.namespace, PIDF_NS);
    assert.equal(getAttribute(root, "entity"), 'sip:a@b;x="&<');
    assert.equal(childElements(root).length, 0);
    assert.deepEqual(pkg.aggregate([], ctx), pkg.emptyBody(ctx));
  });

  it("is no body with emptyBody 'none' (Kamailio without force_dummy_presence)", () => {
    const pkg = presencePackage({ emptyBody: "none" });
    assert.equal(pkg.emptyBody(ctx), null);
    assert.equal(pkg.aggregate([], ctx), null);
  });
});

function tupleDoc(id: string, contact: string, basic: string): string {
  return `<presence xmlns="${PIDF_NS}" entity="sip:alice@example.com"><tuple id="${id}"><status><basic>${basic}</basic></status><contact>${contact}</contact></tuple></presence>`;
}
