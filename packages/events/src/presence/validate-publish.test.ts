import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { presencePackage, type PublishValidation } from "../mod.js";
import { MOBILE_PUB, PC_PUB, PHONE_PUB, RFC4480_EXAMPLE, SIMPLE_PIDF } from "./test-fixtures.js";

const ctx = { presentity: "someone@example.com", presentityUri: "sip:someone@example.com" };
const pkg = presencePackage();

function validate(body: string | Buffer, contentType = "application/pidf+xml", p = pkg): PublishValidation {
  return p.validatePublish(Buffer.isBuffer(body) ? body : Buffer.from(body), contentType, ctx);
}

function refused(result: PublishValidation, status: 400 | 415, reason: RegExp, warning?: RegExp): void {
  assert.equal(result.ok, false, "accepted");
  if (result.ok) return;
  assert.equal(result.status, status);
  assert.match(result.reason, reason);
  assert.doesNotMatch(result.reason, /[\r\n]/);
  if (warning) assert.match(result.warning ?? "", warning);
}

describe("presence package: what it is", () => {
  it("is the RFC 3856 presence package with PIDF bodies", () => {
    assert.equal(pkg.name, "presence");
    assert.equal(pkg.event, "presence");
    assert.deepEqual(pkg.params, {});
    assert.deepEqual(pkg.contentTypes, ["application/pidf+xml"]);
    assert.equal(pkg.defaultExpires, 3600);
    assert.equal(pkg.type, "publication");
    assert.equal(pkg.reqAuth, true);
    assert.equal(pkg.etagNotNew, false);
  });
});

describe("presence package: validatePublish accepts PIDF", () => {
  for (const [name, doc] of [
    ["a minimal RFC 3863 document", SIMPLE_PIDF],
    ["the RFC 4480 RPID example", RFC4480_EXAMPLE],
    ["person and device with RPID", PHONE_PUB],
    ["namespaces declared on inner elements, no XML declaration", PC_PUB],
    ["a prefixed PIDF namespace", MOBILE_PUB],
    ["a document without tuples", `<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:a@b"/>`],
  ] as const) {
    it(name, () => assert.deepEqual(validate(doc), { ok: true }));
  }

  it("accepts the content type with parameters and in any case", () => {
    assert.equal(validate(SIMPLE_PIDF, "Application/PIDF+XML; charset=UTF-8").ok, true);
  });
});

describe("presence package: validatePublish refuses", () => {
  it("another Content-Type with 415", () => {
    refused(validate(SIMPLE_PIDF, "application/xpidf+xml"), 415, /Unsupported Media Type/, /xpidf\+xml/);
    refused(validate(SIMPLE_PIDF, "text/plain"), 415, /Unsupported Media Type/);
  });

  it("bodies that are not XML, naming the defect and its position", () => {
    refused(validate("hello"), 400, /Malformed XML/, /text before the root element at line 1, column 1/);
    refused(validate(`<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="a">\n<tuple id="t">`), 400, /Malformed XML/, /not closed/);
    refused(validate(Buffer.from([0x3c, 0x61, 0xff, 0x3e])), 400, /not UTF-8/);
    refused(validate(""), 400, /Empty PIDF body/);
  });

  it("DOCTYPEs and entity declarations (billion laughs, external entities)", () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE presence [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
]>
<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:a@b"><note>&lol2;</note></presence>`;
    refused(validate(laughs), 400, /DOCTYPE and entities not allowed/, /line 2, column 1/);
    refused(
      validate(`<!DOCTYPE p SYSTEM "http://attacker.example/x.dtd"><presence xmlns="urn:ietf:params:xml:ns:pidf" entity="a"/>`),
      400,
      /DOCTYPE/,
    );
    refused(validate(`<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="a"><note>&xxe;</note></presence>`), 400, /DOCTYPE and entities/, /undefined entity/);
  });

  it("XML that is not PIDF", () => {
    refused(validate(`<presence entity="sip:a@b"><tuple id="t"><status><basic>open</basic></status></tuple></presence>`), 400, /Not a PIDF document/, /no namespace/);
    refused(validate(`<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="0" state="full" entity="sip:a@b"/>`), 400, /Not a PIDF document/, /dialog-info/);
    refused(validate(`<p:presence xmlns:p="urn:ietf:params:xml:ns:pidf:rpid" entity="a"/>`), 400, /Not a PIDF document/);
  });

  it("PIDF documents with a missing or broken part", () => {
    const doc = (inner: string, attrs = ` entity="sip:a@b"`): string => `<presence xmlns="urn:ietf:params:xml:ns:pidf"${attrs}>${inner}</presence>`;
    refused(validate(doc("", "")), 400, /presence without entity/);
    refused(validate(doc("", ` entity=" "`)), 400, /presence without entity/);
    refused(validate(doc(`<tuple><status><basic>open</basic></status></tuple>`)), 400, /tuple without id/, /tuple #1/);
    refused(validate(doc(`<tuple id="t1"><contact>sip:a@b</contact></tuple>`)), 400, /tuple without status/, /'t1'/);
    refused(validate(doc(`<tuple id="t1"><status/><status/></tuple>`)), 400, /several status/);
    refused(validate(doc(`<tuple id="t1"><status><basic>busy</basic></status></tuple>`)), 400, /basic must be open or closed/, /'busy'/);
    refused(validate(doc(`<tuple id="t1"><status/></tuple><tuple id="t1"><status/></tuple>`)), 400, /duplicate tuple id/);
    refused(validate(doc(`<status/>`)), 400, /unexpected element/, /<status>/);
  });

  it("documents over the size limit", () => {
    const big = `<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:a@b"><note>${"x".repeat(70000)}</note></presence>`;
    refused(validate(big), 400, /exceeds limits/, /larger than 65536 bytes/);
    const small = presencePackage({ maxBodyBytes: 512 });
    refused(validate(RFC4480_EXAMPLE, "application/pidf+xml", small), 400, /exceeds limits/, /larger than 512 bytes/);
    assert.equal(validate(SIMPLE_PIDF, "application/pidf+xml", small).ok, true);
  });

  it("keeps reason and warning on one line even with hostile ids", () => {
    const r = validate(`<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="a"><tuple id="x&#10;Via: evil"><status><basic>maybe</basic></status></tuple></presence>`);
    refused(r, 400, /basic/);
    if (!r.ok) assert.doesNotMatch(r.warning ?? "", /[\r\n]/);
  });
});
