import { test } from "node:test";
import assert from "node:assert/strict";
import type { Endpoint, Via } from "../message/types.js";
import { Headers } from "../message/headers.js";
import { responseTarget, stampVia, withTopVia } from "./via-routing.js";

function via(o: Partial<Via> = {}): Via {
  return { transport: "UDP", host: "10.0.0.1", port: 5070, params: {}, branch: "z9hG4bK1", received: null, rport: null, ...o };
}
const udp = (address: string, port: number): Endpoint => ({ transport: "UDP", address, port });

test("received is added only when sent-by differs from the source (RFC 3261 18.2.1)", () => {
  const text = "SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bK1";
  assert.equal(stampVia(text, via(), udp("10.0.0.1", 5070)), null);
  assert.equal(stampVia(text, via(), udp("192.0.2.7", 40000)), `${text};received=192.0.2.7`);
  const named = "SIP/2.0/UDP pc.example.com;branch=z9hG4bK1";
  assert.equal(stampVia(named, via({ host: "pc.example.com" }), udp("192.0.2.7", 5060)), `${named};received=192.0.2.7`);
});

test("rport is filled with the source port and received always added (RFC 3581 4)", () => {
  const text = "SIP/2.0/UDP 10.0.0.1:5070;rport;branch=z9hG4bK1";
  assert.equal(stampVia(text, via({ rport: true }), udp("10.0.0.1", 33333)), "SIP/2.0/UDP 10.0.0.1:5070;rport=33333;branch=z9hG4bK1;received=10.0.0.1");
  const last = "SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bK1;RPort";
  assert.equal(stampVia(last, via({ rport: true }), udp("::ffff:192.0.2.1", 4)), "SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bK1;rport=4;received=192.0.2.1");
});

test("an existing received value is replaced, IPv6 written bare", () => {
  const text = "SIP/2.0/UDP [::1]:5070;received=1.1.1.1;branch=z9hG4bK1";
  assert.equal(stampVia(text, via({ host: "[::1]", received: "1.1.1.1" }), udp("::1", 5070)), null);
  assert.equal(
    stampVia(text, via({ host: "[::1]", received: "1.1.1.1" }), udp("2001:db8::5", 5070)),
    "SIP/2.0/UDP [::1]:5070;received=2001:db8::5;branch=z9hG4bK1",
  );
});

test("UDP responses: rport -> source address and port; else source address and sent-by port", () => {
  assert.deepEqual(responseTarget(via({ rport: true }), udp("192.0.2.7", 40000)), udp("192.0.2.7", 40000));
  assert.deepEqual(responseTarget(via(), udp("192.0.2.7", 40000)), udp("192.0.2.7", 5070));
  assert.deepEqual(responseTarget(via({ port: null }), udp("192.0.2.7", 40000)), udp("192.0.2.7", 5060));
  assert.deepEqual(responseTarget(via({ params: { maddr: "224.0.1.75" } }), udp("192.0.2.7", 40000)), udp("224.0.1.75", 5070));
});

test("TCP responses go back on the request's connection, falling back to source address + sent-by port", () => {
  const src: Endpoint = { transport: "TCP", address: "::ffff:192.0.2.7", port: 51000, connectionId: "c9" };
  assert.deepEqual(responseTarget(via({ transport: "TCP", rport: true }), src), {
    transport: "TCP",
    address: "192.0.2.7",
    port: 5070,
    connectionId: "c9",
  });
});

test("withTopVia replaces the first Via element only, keeping every other element and line where it was", () => {
  const one = new Headers([["via", "SIP/2.0/UDP a;branch=z9hG4bK-1, SIP/2.0/UDP b;branch=z9hG4bK-0"], ["call-id", "x"]]);
  const same = withTopVia(one, "SIP/2.0/UDP a;branch=z9hG4bK-1;received=192.0.2.1");
  assert.equal(same, one, "a single Via line is changed in place");
  assert.deepEqual([...same.entries()], [
    ["via", "SIP/2.0/UDP a;branch=z9hG4bK-1;received=192.0.2.1, SIP/2.0/UDP b;branch=z9hG4bK-0"],
    ["call-id", "x"],
  ]);
  const several = new Headers([["via", "SIP/2.0/UDP a;branch=z9hG4bK-2"], ["from", "<sip:f@example.com>;tag=1"], ["via", "SIP/2.0/UDP b;branch=z9hG4bK-0"]]);
  const out = withTopVia(several, "SIP/2.0/UDP a;branch=z9hG4bK-2;rport=5070;received=192.0.2.1");
  assert.deepEqual([...out.entries()], [
    ["via", "SIP/2.0/UDP a;branch=z9hG4bK-2;rport=5070;received=192.0.2.1"],
    ["from", "<sip:f@example.com>;tag=1"],
    ["via", "SIP/2.0/UDP b;branch=z9hG4bK-0"],
  ]);
});
