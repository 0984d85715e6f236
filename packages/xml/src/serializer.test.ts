import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  childElements,
  cloneElement,
  collectNamespaceBindings,
  createElement,
  parseXml,
  serializeDocument,
  serializeElement,
  serializeNode,
  type XmlElement,
} from "./mod.js";
import { canonical } from "./test-canonical.js";

const PIDF = "urn:ietf:params:xml:ns:pidf";
const DM = "urn:ietf:params:xml:ns:pidf:data-model";
const RPID = "urn:ietf:params:xml:ns:pidf:rpid";

const RPID_DOC = `<?xml version="1.0" encoding="UTF-8"?>
<presence xmlns="${PIDF}" xmlns:dm="${DM}" xmlns:rpid="${RPID}" xmlns:lt="urn:ietf:params:xml:ns:location-type" entity="pres:someone@example.com">
  <tuple id="bs35r9">
    <status><basic>open</basic></status>
    <dm:deviceID>urn:device:0003ba4811e3</dm:deviceID>
    <rpid:relationship><rpid:self/></rpid:relationship>
    <contact priority="0.8">im:someone@mobile.example.net</contact>
    <note xml:lang="en">Don't Disturb Please!</note>
  </tuple>
  <dm:person id="p1">
    <rpid:activities from="2005-05-30T12:00:00+05:00"><rpid:away/></rpid:activities>
    <rpid:place-type><lt:residence/></rpid:place-type>
    <dm:note>Scoring 120</dm:note>
  </dm:person>
</presence>`;

describe("serializeDocument", () => {
  it("round-trips a document to an equal tree", () => {
    const doc = parseXml(RPID_DOC);
    const again = parseXml(serializeDocument(doc));
    assert.deepEqual(canonical(again.root), canonical(doc.root));
    assert.deepEqual(again.root.namespaces, doc.root.namespaces, "declarations written where they were");
  });

  it("escapes what must be escaped and keeps CR, tabs and newlines in attributes", () => {
    const doc = parseXml(`<r a="&quot;&lt;&amp;&#9;&#10;&#13;x">&lt;a&gt; &amp; ]]&gt; &#13;</r>`);
    const text = serializeDocument(doc, { declaration: false });
    assert.equal(text, `<r a="&quot;&lt;&amp;&#9;&#10;&#13;x">&lt;a&gt; &amp; ]]&gt; &#13;</r>`);
    assert.deepEqual(canonical(parseXml(text).root), canonical(doc.root));
  });

  it("writes comments, PIs and CDATA so they parse back", () => {
    const doc = parseXml(`<!--top--><?p a?><r><![CDATA[x < y]]><!--in--><?q?></r>`);
    const text = serializeDocument(doc);
    assert.equal(text, `<?xml version="1.0" encoding="UTF-8"?>\n<!--top-->\n<?p a?>\n<r><![CDATA[x < y]]><!--in--><?q?></r>`);
  });

  it("keeps built nodes well-formed: ']]>' in CDATA, '--' in comments, invalid characters", () => {
    const el = createElement(null, "r", {
      children: [
        { type: "cdata", value: "a]]>b" },
        { type: "comment", value: "x--y-" },
        { type: "text", value: "bad\u0001char\uD800" },
      ],
    });
    const back = parseXml(serializeElement(el)).root;
    assert.equal(back.children[0].type, "cdata");
    assert.equal(back.children.length, 4, "CDATA split in two");
    assert.equal((back.children[0] as { value: string }).value + (back.children[1] as { value: string }).value, "a]]>b");
    assert.equal((back.children[3] as { value: string }).value, "bad\uFFFDchar\uFFFD");
  });
});

describe("serializeElement: moving a subtree into another document", () => {
  it("declares every prefix the subtree needs, once, on the subtree root", () => {
    const doc = parseXml(RPID_DOC);
    const person = childElements(doc.root, DM, "person")[0];
    const text = serializeElement(person);
    const standalone = parseXml(text).root;
    assert.deepEqual(canonical(standalone), canonical(person));
    assert.match(text, /^<dm:person xmlns:dm="[^"]+" xmlns:rpid="[^"]+" xmlns:lt="[^"]+" id="p1">/);
    assert.equal(text.match(/xmlns:rpid=/g)?.length, 1);
  });

  it("leaves out declarations the target scope already has", () => {
    const doc = parseXml(RPID_DOC);
    const tuple = childElements(doc.root, PIDF, "tuple")[0];
    const text = serializeElement(tuple, { inScope: { "": PIDF, dm: DM, rpid: RPID } });
    assert.doesNotMatch(text, /xmlns/);
    // Wrapped in an element that declares the same scope, it means what it meant.
    const wrapped = parseXml(`<presence xmlns="${PIDF}" xmlns:dm="${DM}" xmlns:rpid="${RPID}" entity="x">${text}</presence>`).root;
    assert.deepEqual(canonical(childElements(wrapped)[0]), canonical(tuple));
  });

  it("redeclares when the target scope binds the same prefix or the default to another URI", () => {
    const doc = parseXml(RPID_DOC);
    const tuple = childElements(doc.root, PIDF, "tuple")[0];
    const text = serializeElement(tuple, { inScope: new Map([["", "urn:other"], ["rpid", "urn:other:rpid"]]) });
    const wrapped = parseXml(`<x xmlns="urn:other" xmlns:rpid="urn:other:rpid">${text}</x>`).root;
    assert.deepEqual(canonical(childElements(wrapped)[0]), canonical(tuple));
  });

  it("writes xmlns='' for a no-namespace element under a default namespace", () => {
    const el = createElement(null, "plain", { children: [createElement("urn:a", "inner")] });
    const text = serializeElement(el, { inScope: { "": "urn:d" } });
    const wrapped = parseXml(`<w xmlns="urn:d">${text}</w>`).root;
    assert.deepEqual(canonical(childElements(wrapped)[0]), canonical(el));
    assert.match(text, /^<plain xmlns="">/);
  });

  it("invents a prefix when an attribute's prefix is taken by the element's own namespace", () => {
    const el = createElement("urn:e", "e", { prefix: "p", attributes: [{ localName: "a", value: "v", namespace: "urn:attr", prefix: "p" }] });
    const text = serializeElement(el);
    const back = parseXml(text).root;
    assert.deepEqual(canonical(back), canonical(el));
  });

  it("keeps subtrees with conflicting prefixes correct without hoisting them", () => {
    const doc = parseXml(`<r><x:a xmlns:x="urn:1"/><x:b xmlns:x="urn:2"/></r>`);
    assert.equal(collectNamespaceBindings([doc.root]).has("x"), false);
    const back = parseXml(serializeElement(doc.root)).root;
    assert.deepEqual(canonical(back), canonical(doc.root));
  });

  it("serializes a cloned, detached copy the same way", () => {
    const doc = parseXml(RPID_DOC);
    const person = childElements(doc.root, DM, "person")[0];
    const copy: XmlElement = cloneElement(person);
    assert.notEqual(copy.children, person.children);
    assert.equal(serializeNode(copy), serializeElement(person));
  });
});
