import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SipParseError } from "./errors.js";
import { parseUri } from "./uri.js";

describe("parseUri", () => {
  it("parses a full SIP URI", () => {
    assert.deepEqual(parseUri("SIP:Alice:secret@Atlanta.Example.COM:5061;Transport=TCP;lr;maddr=239.255.255.1?Subject=hi&Priority=urgent"), {
      scheme: "sip",
      user: "Alice",
      password: "secret",
      host: "atlanta.example.com",
      port: 5061,
      params: { transport: "TCP", lr: null, maddr: "239.255.255.1" },
      headers: { Subject: "hi", Priority: "urgent" },
    });
  });

  it("parses sips, bare hosts, IPv4 and IPv6 references", () => {
    assert.deepEqual(parseUri("sips:example.com"), {
      scheme: "sips", user: null, password: null, host: "example.com", port: null, params: {}, headers: {},
    });
    assert.equal(parseUri("sip:10.0.0.1:5060").port, 5060);
    const v6 = parseUri("sip:user@[2001:DB8::10]:5070;transport=udp");
    assert.equal(v6.host, "[2001:db8::10]");
    assert.equal(v6.port, 5070);
    assert.equal(parseUri("sip:[2001:db8::10:5070]").port, null); // RFC 5118 4.3: port inside the brackets is part of the address
  });

  it("keeps the user part escaped and decodes parameters", () => {
    const u = parseUri("sip:%61lice@example.com;n%61me=v%61lue");
    assert.equal(u.user, "%61lice");
    assert.deepEqual(u.params, { name: "value" });
  });

  it("parses tel URIs and keeps other schemes opaque", () => {
    const tel = parseUri("tel:+1-201-555-0123;phone-context=example.com");
    assert.equal(tel.scheme, "tel");
    assert.equal(tel.user, "+1-201-555-0123");
    assert.deepEqual(tel.params, { "phone-context": "example.com" });
    const http = parseUri("http://www.example.com/x");
    assert.equal(http.scheme, "http");
    assert.equal(http.host, "");
    assert.equal(http.user, null);
  });

  it("rejects malformed URIs", () => {
    for (const bad of [
      "",
      "sip:",
      "nocolon",
      "1sip:host",
      "<sip:a@b>",
      "sip:a@b c",
      "sip:@host",
      "sip:user@",
      "sip:host:99999",
      "sip:host:",
      "sip:host;;x",
      "sip:host;=x",
      "sip:[zz::1]",
      "sip:host?=x",
      "sip:ho\"st",
    ]) {
      assert.throws(() => parseUri(bad), SipParseError, bad);
    }
  });
});
