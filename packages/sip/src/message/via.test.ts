import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SipParseError } from "./errors.js";
import { parseTopViaLenient, parseVias } from "./via.js";

describe("parseVias", () => {
  it("parses branch, received and rport (RFC 3581) and several values on one line", () => {
    const v = parseVias("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;rport;received=198.51.100.7, sip/2.0/tcp Proxy.Example.com;rport=5070");
    assert.equal(v.length, 2);
    assert.deepEqual(v[0], {
      transport: "UDP",
      host: "192.0.2.1",
      port: 5060,
      params: { branch: "z9hG4bK1", rport: null, received: "198.51.100.7" },
      branch: "z9hG4bK1",
      received: "198.51.100.7",
      rport: true,
    });
    assert.equal(v[1]!.transport, "TCP");
    assert.equal(v[1]!.host, "proxy.example.com");
    assert.equal(v[1]!.rport, 5070);
    assert.equal(v[1]!.branch, null);
    assert.equal(v[1]!.received, null);
  });

  it("parses IPv6 sent-by and received with or without brackets (RFC 5118 4.5)", () => {
    const [a] = parseVias("SIP/2.0/UDP [2001:db8::9:1]:5060;received=[2001:db8::9:255];branch=z9hG4bKas3-111");
    assert.equal(a!.host, "[2001:db8::9:1]");
    assert.equal(a!.port, 5060);
    assert.equal(a!.received, "[2001:db8::9:255]");
    const [b] = parseVias("SIP/2.0/UDP [2001:db8::9:1];received=2001:db8::9:255;branch=z9hG4bKas3");
    assert.equal(b!.received, "2001:db8::9:255");
  });

  it("accepts LWS around the protocol slashes, the colon and parameters", () => {
    const [v] = parseVias("SIP / 2.0 / WSS  host.example.com : 443 ; branch = z9hG4bKx ; ttl=1");
    assert.equal(v!.transport, "WSS");
    assert.equal(v!.host, "host.example.com");
    assert.equal(v!.port, 443);
    assert.equal(v!.branch, "z9hG4bKx");
    assert.equal(v!.params.ttl, "1");
  });

  it("rejects malformed values", () => {
    for (const bad of [
      "",
      "SIP/2.0/UDP",
      "SIP/2.0 host",
      "SIP/2.0/UDP host;;",
      "SIP/2.0/UDP host;branch=",
      "SIP/2.0/UDP host,,",
      "SIP/2.0/UDP host:70000",
      "SIP/2.0/UDP host;rport=abc",
      "SIP/2.0/UDP [::1",
      "SIP/2.0/UDPhost",
    ]) {
      assert.throws(() => parseVias(bad), (e: unknown) => e instanceof SipParseError && e.reason === "Bad Via", bad);
    }
  });

  it("lenient top-Via reading skips junk after sent-by", () => {
    const v = parseTopViaLenient("SIP/2.0/UDP 192.0.2.15;;,;,,");
    assert.equal(v?.host, "192.0.2.15");
    assert.equal(parseTopViaLenient("garbage"), null);
  });
});
