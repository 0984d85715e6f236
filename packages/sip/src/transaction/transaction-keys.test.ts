import { test } from "node:test";
import assert from "node:assert/strict";
import { cancelKey, clientKey, serverKey, type RequestIdentity } from "./transaction-keys.js";

function req(over: Partial<RequestIdentity> = {}, via: Partial<RequestIdentity["via"]> = {}): RequestIdentity {
  return {
    method: "SUBSCRIBE",
    uri: "sip:bob@example.com",
    via: { transport: "UDP", host: "10.0.0.1", port: 5060, params: {}, branch: "z9hG4bKabc", received: null, rport: null, ...via },
    viaText: "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKabc",
    callId: "call-1",
    cseq: { seq: 1, method: "SUBSCRIBE" },
    fromTag: "f1",
    toTag: null,
    ...over,
  };
}

test("with the magic cookie, branch + sent-by + method decide; other fields do not", () => {
  const a = serverKey(req());
  assert.equal(serverKey(req({ uri: "sip:other", callId: "x", fromTag: "zz" })), a);
  assert.notEqual(serverKey(req({}, { branch: "z9hG4bKabd" })), a);
  assert.notEqual(serverKey(req({}, { port: 5070 })), a);
  assert.notEqual(serverKey(req({}, { host: "10.0.0.2" })), a);
  assert.notEqual(serverKey(req({ method: "NOTIFY" })), a);
  assert.equal(serverKey(req({}, { host: "[::1]" })), serverKey(req({}, { host: "::1" })));
});

test("ACK matches the INVITE it acknowledges; CANCEL gets its own transaction but shares the cancel key", () => {
  assert.equal(serverKey(req({ method: "ACK" })), serverKey(req({ method: "INVITE" })));
  assert.notEqual(serverKey(req({ method: "CANCEL" })), serverKey(req()));
  assert.equal(cancelKey(req({ method: "CANCEL", cseq: { seq: 1, method: "CANCEL" } })), cancelKey(req()));
});

test("without the cookie, RFC 2543 fields decide", () => {
  const old = (o: Partial<RequestIdentity> = {}) => req(o, { branch: "1234" });
  const a = serverKey(old());
  assert.equal(serverKey(old()), a);
  for (const change of [
    { uri: "sip:carol@example.com" },
    { toTag: "t9" },
    { fromTag: "f2" },
    { callId: "call-2" },
    { cseq: { seq: 2, method: "SUBSCRIBE" } },
    { viaText: "SIP/2.0/UDP 10.0.0.9:5060;branch=1234" },
  ]) {
    assert.notEqual(serverKey(old(change)), a, JSON.stringify(change));
  }
  const noBranch = req({}, { branch: null });
  assert.equal(serverKey(noBranch), serverKey({ ...noBranch }));
  assert.equal(cancelKey(old({ method: "CANCEL" })), cancelKey(old()));
});

test("client key is branch + CSeq method", () => {
  assert.equal(clientKey("z9hG4bKx", "NOTIFY"), clientKey("z9hG4bKx", "NOTIFY"));
  assert.notEqual(clientKey("z9hG4bKx", "NOTIFY"), clientKey("z9hG4bKx", "CANCEL"));
});
