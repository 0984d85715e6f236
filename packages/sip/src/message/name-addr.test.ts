import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SipParseError } from "./errors.js";
import { parseContacts, parseNameAddr } from "./name-addr.js";

describe("parseNameAddr", () => {
  it("reads quoted display names with escapes", () => {
    const n = parseNameAddr('"Bob \\"the\\" Builder \\\\ Jr" <sip:bob@example.com>;tag=a1;x="q;v"');
    assert.equal(n.displayName, 'Bob "the" Builder \\ Jr');
    assert.equal(n.uri, "sip:bob@example.com");
    assert.deepEqual(n.params, { tag: "a1", x: "q;v" });
  });

  it("reads token display names and name-addrs without display name", () => {
    assert.deepEqual(parseNameAddr("Bob  Smith <sip:b@x>"), { displayName: "Bob  Smith", uri: "sip:b@x", params: {} });
    assert.deepEqual(parseNameAddr("<sip:b@x;lr>"), { displayName: null, uri: "sip:b@x;lr", params: {} });
    assert.equal(parseNameAddr('"" <sip:b@x>').displayName, "");
    assert.equal(parseNameAddr('"Ünïcødé" <sip:b@x>').displayName, "Ünïcødé");
  });

  it("takes parameters after a bare addr-spec as header parameters (RFC 3261 20.10)", () => {
    const n = parseNameAddr("sip:alice@atlanta.example.com;tag=88sja8x ; expires = 60");
    assert.equal(n.uri, "sip:alice@atlanta.example.com");
    assert.deepEqual(n.params, { tag: "88sja8x", expires: "60" });
  });

  it("lower-cases parameter names and keeps values", () => {
    assert.deepEqual(parseNameAddr("<sip:a@b>;TAG=AbC;+sip.instance=\"<urn:uuid:1>\"").params, {
      tag: "AbC",
      "+sip.instance": "<urn:uuid:1>",
    });
  });

  it("rejects malformed values", () => {
    for (const bad of [
      '"unterminated <sip:a@b>',
      "Bell, Alexander <sip:a@b>",
      "< sip:a@b >",
      "<sip:a@b",
      "sip:a@b?x=1",
      "<sip:a@b>;;",
      "<sip:a@b>;tag=",
      "<sip:a@b>, <sip:c@d>",
      "<sip:a@b> junk",
      "",
      "<>",
    ]) {
      assert.throws(() => parseNameAddr(bad), SipParseError, bad);
    }
  });
});

describe("parseContacts", () => {
  it("splits lists across lines and accepts the * form", () => {
    const c = parseContacts(['<sip:a@1.2.3.4>;expires=60, "B, C" <sip:b@x>;q=0.1', "sip:c@y"]);
    assert.deepEqual(
      c.map((x) => [x.displayName, x.uri, x.params]),
      [
        [null, "sip:a@1.2.3.4", { expires: "60" }],
        ["B, C", "sip:b@x", { q: "0.1" }],
        [null, "sip:c@y", {}],
      ],
    );
    assert.deepEqual(parseContacts(["*"]), [{ displayName: null, uri: "*", params: {} }]);
  });
});
