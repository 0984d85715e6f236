/**
 * RFC 4475 (SIP torture test messages): every message of the RFC, kept byte for byte under
 * fixtures/rfc4475/, checked against what the RFC says a parser must make of it.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { createResponse } from "./builders.js";
import { SipParseError } from "./errors.js";
import type { SipRequest, SipResponse } from "./message.js";
import { parseMessage, type ParseOptions } from "./parser.js";
import { parseUri } from "./uri.js";

const DIR = new URL("./fixtures/rfc4475/", import.meta.url);
const load = (name: string): Buffer => readFileSync(new URL(`${name}.sip`, DIR));

function req(name: string, opts?: ParseOptions): SipRequest {
  const r = parseMessage(load(name), opts);
  if (!r.ok) assert.fail(`${name}: ${r.error.message}`);
  assert.equal(r.message.kind, "request");
  return r.message as SipRequest;
}

function res(name: string): SipResponse {
  const r = parseMessage(load(name));
  if (!r.ok) assert.fail(`${name}: ${r.error.message}`);
  assert.equal(r.message.kind, "response");
  return r.message as SipResponse;
}

/** A request the RFC says to answer with an error: it must come back with the request attached. */
function rejected(name: string, reason: string | RegExp, opts?: ParseOptions): { request: SipRequest; error: SipParseError } {
  const r = parseMessage(load(name), opts);
  assert.equal(r.ok, false, `${name} should be rejected`);
  if (r.ok) throw new Error("unreachable");
  if (typeof reason === "string") assert.equal(r.error.reason, reason);
  else assert.match(r.error.reason, reason);
  assert.ok(r.request, `${name}: request must be returned so that an error response can be sent`);
  // the response can be built and routed
  const resp = createResponse(r.request, r.error.status, r.error.reason);
  assert.deepEqual(resp.headers.getAll("via"), r.request.headers.getAll("via"));
  assert.ok(r.request.via.host.length > 0);
  return { request: r.request, error: r.error };
}

function dropped(name: string): SipParseError {
  const r = parseMessage(load(name));
  assert.equal(r.ok, false);
  if (r.ok) throw new Error("unreachable");
  assert.equal(r.request, undefined);
  return r.error;
}

const throwsParse = (f: () => unknown, reason: string) =>
  assert.throws(f, (e: unknown) => e instanceof SipParseError && e.reason === reason);

describe("RFC 4475 fixtures", () => {
  it("holds all 49 messages of the RFC", () => {
    assert.equal(readdirSync(DIR).filter((f) => f.endsWith(".sip")).length, 49);
  });
});

describe("RFC 4475 3.1.1 valid messages", () => {
  it("3.1.1.1 wsinv: a short tortuous INVITE", () => {
    const m = req("wsinv");
    assert.equal(m.method, "INVITE");
    assert.equal(m.ruri.user, "vivekg");
    assert.equal(m.ruri.host, "chair-dnrc.example.com");
    assert.deepEqual(m.ruri.params, { unknownparam: null });
    assert.equal(m.to.uri, "sip:vivekg@chair-dnrc.example.com");
    assert.equal(m.toTag, "1918181833n");
    assert.equal(m.from.displayName, 'J Rosenberg \\"');
    assert.equal(m.from.uri, "sip:jdrosen@example.com");
    assert.equal(m.fromTag, "98asjd8");
    assert.equal(m.maxForwards, 68);
    assert.equal(m.callId, "wsinv.ndaksdj@192.0.2.1");
    assert.deepEqual(m.cseq, { seq: 9, method: "INVITE" });
    assert.deepEqual(
      m.vias.map((v) => [v.transport, v.host, v.port, v.branch]),
      [
        ["UDP", "192.0.2.2", null, "390skdjuw"],
        ["TCP", "spindle.example.com", null, "z9hG4bK9ikj8"],
        ["UDP", "192.168.255.111", null, "z9hG4bK30239"],
      ],
    );
    assert.equal(m.headers.get("subject"), "");
    assert.equal(m.headers.get("NewFangledHeader"), "newfangled value continued newfangled value");
    assert.equal(m.headers.get("unknownheaderwithunusualvalue"), ";;,,;;,;");
    assert.equal(m.routes.length, 1);
    assert.deepEqual(parseUri(m.routes[0]!.uri).params, { lr: null, unknownwith: "value", "unknown-no-value": null });
    assert.equal(m.contacts.length, 1);
    assert.equal(m.contacts[0]!.displayName, 'Quoted string ""');
    assert.equal(m.contacts[0]!.uri, "sip:jdrosen@example.com");
    assert.deepEqual(m.contacts[0]!.params, { newparam: "newvalue", secondparam: null, q: "0.33" });
    assert.equal(m.contentType, "application/sdp");
    assert.equal(m.body.length, 150);
    assert.ok(m.body.toString("latin1").startsWith("v=0\r\n"));
  });

  it("3.1.1.2 intmeth: wide range of valid characters", () => {
    const method = "!interesting-Method0123456789_*+`.%indeed'~";
    const m = req("intmeth");
    assert.equal(m.method, method);
    assert.deepEqual(m.cseq, { seq: 139122385, method });
    assert.equal(m.ruri.user, "1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*");
    assert.equal(m.ruri.password, "&it+has=1,weird!*pas$wo~d_too.(doesn't-it)");
    assert.equal(m.ruri.host, "example.com");
    assert.equal(m.via.branch, "z9hG4bK-.!%66*_+`'~");
    assert.equal(m.via.transport, "TCP");
    assert.equal(m.to.displayName, "BEL:\x07 NUL:\x00 DEL:\x7f");
    assert.equal(m.to.uri, "sip:1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*@example.com");
    assert.equal(m.from.displayName, "token1~` token2'+_ token3*%!.-");
    assert.equal(m.from.params["fromparam''~+*_!.-%"], "работающий");
    assert.equal(m.fromTag, "_token~1'+`*%!-.");
    assert.equal(m.toTag, null);
    assert.equal(m.callId, "intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{");
    assert.equal(m.maxForwards, 255);
    assert.equal(m.headers.get("extensionHeader-!.%*+_`'~"), "\ufeff大停電");
    assert.equal(m.body.length, 0);
  });

  it("3.1.1.3 esc01: valid use of the % escaping mechanism", () => {
    const m = req("esc01");
    assert.equal(m.ruri.user, "sips%3Auser%40example.com");
    assert.equal(m.ruri.host, "example.net");
    assert.equal(parseUri(m.to.uri).user, "%75se%72");
    assert.equal(parseUri(m.from.uri).user, "I%20have%20spaces");
    assert.equal(m.fromTag, "938");
    assert.equal(m.callId, "esc01.239409asdfakjkn23onasd0-3234");
    assert.deepEqual(m.cseq, { seq: 234234, method: "INVITE" });
    assert.equal(m.contentType, "application/sdp");
    assert.equal(m.contacts.length, 1);
    const contact = parseUri(m.contacts[0]!.uri);
    assert.equal(contact.user, "cal%6Cer");
    assert.deepEqual(contact.params, { lr: null, name: "value%41" });
    assert.equal(m.body.length, 150);
  });

  it("3.1.1.4 escnull: escaped nulls in URIs", () => {
    const m = req("escnull");
    assert.equal(parseUri(m.to.uri).user, "null-%00-null");
    assert.equal(parseUri(m.from.uri).user, "null-%00-null");
    assert.equal(m.fromTag, "839923423");
    assert.deepEqual(
      m.contacts.map((c) => parseUri(c.uri).user),
      ["%00", "%00%00"],
    );
    assert.deepEqual(m.cseq, { seq: 14398234, method: "REGISTER" });
    assert.equal(m.body.length, 0);
  });

  it("3.1.1.5 esc02: use of % when it is not an escape", () => {
    const m = req("esc02");
    assert.equal(m.method, "RE%47IST%45R");
    assert.equal(m.cseq.method, "RE%47IST%45R");
    assert.equal(m.to.displayName, "%Z%45");
    assert.equal(m.from.displayName, "%Z%45");
    assert.equal(m.fromTag, "f232jadfj23");
    assert.equal(m.via.branch, "z9hG4bK209%fzsnel234");
    assert.equal(m.via.transport, "TCP");
    // C%6Fntact is another header, so two Contact values, not three
    assert.deepEqual(
      m.contacts.map((c) => c.uri),
      ["sip:alias1@host1.example.com", "sip:alias3@host3.example.com"],
    );
    assert.equal(m.headers.get("C%6Fntact"), "<sip:alias2@host2.example.com>");
  });

  it("3.1.1.6 lwsdisp: no LWS between display name and <", () => {
    const m = req("lwsdisp");
    assert.equal(m.from.displayName, "caller");
    assert.equal(m.from.uri, "sip:caller@example.com");
    assert.equal(m.fromTag, "323");
    assert.equal(m.callId, "lwsdisp.1234abcd@funky.example.com");
  });

  it("3.1.1.7 longreq: long values in header fields", () => {
    const m = req("longreq");
    assert.equal(m.to.displayName, `I have a user name of ${"extreme".repeat(10)} proportion`);
    const to = parseUri(m.to.uri);
    assert.equal(to.port, 6000);
    assert.equal(to.params.unknownparam1, `very${"long".repeat(20)}value`);
    assert.equal(to.params[`longparam${"name".repeat(26)}`], "shortvalue");
    assert.equal(to.params[`very${"long".repeat(25)}parameternamewithnovalue`], null);
    assert.equal(parseUri(m.from.uri).user, "amazinglylongcallername".repeat(5));
    assert.equal(m.fromTag, `12${"982".repeat(50)}424`);
    assert.equal(m.from.params[`unknownheaderparam${"name".repeat(20)}`], `unknowheaderparam${"value".repeat(15)}`);
    assert.equal(m.from.params[`unknownvalueless${"paramname".repeat(10)}`], null);
    assert.equal(m.callId, `longreq.one${"really".repeat(20)}longcallid`);
    assert.equal(m.vias.length, 34);
    for (let i = 0; i < 33; i++) assert.equal(m.vias[i]!.host, `sip${33 - i}.example.com`);
    assert.equal(m.vias[33]!.branch, `very${"long".repeat(50)}branchvalue`);
    assert.equal(m.vias[33]!.received, "192.0.2.5");
    assert.equal(parseUri(m.contacts[0]!.uri).user, "amazinglylongcallername".repeat(5));
    assert.equal(m.headers.get(`Unknown-${"Long".repeat(20)}-Name`)?.startsWith("unknown-long"), true);
    assert.equal(m.body.length, 150);
  });

  it("3.1.1.8 dblreq: extra trailing octets in a UDP datagram", () => {
    const m = req("dblreq");
    assert.equal(m.method, "REGISTER");
    assert.equal(m.callId, "dblreq.0ha0isndaksdj99sdfafnl3lk233412");
    assert.equal(m.body.length, 0);
    assert.equal(m.contacts[0]!.uri, "sip:j.user@host.example.com");
  });

  it("3.1.1.9 semiuri: semicolon-separated parameters in the URI user part", () => {
    const m = req("semiuri");
    assert.equal(m.ruri.user, "user;par=u%40example.net");
    assert.equal(m.ruri.host, "example.com");
    assert.deepEqual(m.ruri.params, {});
    assert.deepEqual(m.headers.list("accept"), [
      "application/sdp",
      "application/pkcs7-mime",
      "multipart/mixed",
      "multipart/signed",
      "message/sip",
      "message/sipfrag",
    ]);
  });

  it("3.1.1.10 transports: varied and unknown transport types", () => {
    const m = req("transports");
    assert.deepEqual(
      m.vias.map((v) => v.transport),
      ["UDP", "SCTP", "TLS", "UNKNOWN", "TCP"],
    );
    assert.equal(m.callId, "transports.kijh4akdnaqjkwendsasfdj");
  });

  it("3.1.1.11 mpart01: multipart MIME message with binary content", () => {
    const raw = load("mpart01");
    const m = req("mpart01");
    assert.equal(m.body.length, 553);
    assert.ok(raw.subarray(raw.length - 553).equals(m.body));
    assert.ok(m.body.includes(0), "the binary part holds NUL octets");
    assert.equal(m.contentType, "multipart/mixed");
    assert.equal(m.via.rport, true);
    assert.equal(m.callId, "3d9485ad0c49859b@Zmx1ZmZ5LW1hYy0xNi5sb2NhbA..");
    assert.deepEqual(m.cseq, { seq: 1, method: "MESSAGE" });
    assert.equal(m.routes[0]!.uri, "sip:127.0.0.1:5080");
  });

  it("3.1.1.12 unreason: unusual reason phrase", () => {
    const m = res("unreason");
    assert.equal(m.status, 200);
    assert.equal(m.reason, "= 2**3 * 5**2 но сто девяносто девять - простое");
    assert.equal(m.callId, "unreason.1234ksdfak3j2erwedfsASdf");
    assert.equal(m.toTag, "2229");
    assert.equal(m.body.length, 154);
  });

  it("3.1.1.13 noreason: empty reason phrase", () => {
    const m = res("noreason");
    assert.equal(m.status, 100);
    assert.equal(m.reason, "");
    assert.equal(m.fromTag, "39ansfi3");
    assert.equal(m.toTag, "902jndnke3");
  });
});

describe("RFC 4475 3.1.2 invalid messages", () => {
  it("3.1.2.1 badinv01: extraneous header field separators -> 400", () => {
    const { request } = rejected("badinv01", "Bad Via");
    assert.equal(request.via.host, "192.0.2.15");
    throwsParse(() => request.contacts, "Bad Contact");
  });

  it("3.1.2.2 clerr: Content-Length larger than the message -> 400", () => {
    const { request } = rejected("clerr", "Content-Length larger than message");
    assert.equal(request.callId, "clerr.0ha0isndaksdjweiafasdk3");
    rejected("clerr", "Content-Length larger than message", { transport: "TCP" });
  });

  it("3.1.2.3 ncl: negative Content-Length -> 400", () => {
    rejected("ncl", "Negative Content-Length");
  });

  it("3.1.2.4 scalar02: request scalar fields with overlarge values -> 400", () => {
    const { request } = rejected("scalar02", "Bad CSeq");
    throwsParse(() => request.cseq, "Bad CSeq");
    throwsParse(() => request.maxForwards, "Bad Max-Forwards");
    assert.equal(request.expires, 2 ** 32 - 1);
    assert.equal(request.contacts[0]!.params.expires, "280297596632815");
  });

  it("3.1.2.5 scalarlg: response scalar fields with overlarge values -> discarded", () => {
    assert.equal(dropped("scalarlg").reason, "Bad CSeq");
  });

  it("3.1.2.6 quotbal: unterminated quoted string in display name -> 400", () => {
    rejected("quotbal", "Bad To");
  });

  it("3.1.2.7 ltgtruri: <> enclosing the Request-URI -> 400", () => {
    const { request } = rejected("ltgtruri", "Bad Request-URI");
    assert.equal(request.uri, "<sip:user@example.com>");
  });

  it("3.1.2.8 lwsruri: malformed SIP Request-URI (embedded LWS) -> 400", () => {
    rejected("lwsruri", "Bad Request-URI");
  });

  it("3.1.2.9 lwsstart: multiple SP separating Request-Line elements -> 400", () => {
    const { request } = rejected("lwsstart", "Bad Request-Line");
    assert.equal(request.uri, "sip:user@example.com");
  });

  it("3.1.2.10 trws: SP characters at the end of the Request-Line -> 400", () => {
    const { request } = rejected("trws", "Bad Request-Line");
    assert.equal(request.version, "SIP/2.0");
  });

  it("3.1.2.11 escruri: escaped headers in the SIP Request-URI -> 400", () => {
    rejected("escruri", "Bad Request-URI");
  });

  it("3.1.2.12 baddate: invalid time zone in Date (accepted: Date is not interpreted)", () => {
    const m = req("baddate");
    assert.equal(m.headers.get("date"), "Fri, 01 Jan 2010 16:00:00 EST");
  });

  it("3.1.2.13 regbadct: name-addr URI not enclosed in <> (Contact fails when read)", () => {
    const m = req("regbadct");
    throwsParse(() => m.contacts, "Bad Contact");
  });

  it("3.1.2.14 badaspec: spaces within addr-spec -> 400", () => {
    const { request } = rejected("badaspec", "Bad To");
    assert.equal(request.from.displayName, "Bell, Alexander");
  });

  it("3.1.2.15 baddn: non-token characters in display name -> 400", () => {
    rejected("baddn", "Bad From");
  });

  it("3.1.2.16 badvers: unknown protocol version -> 505", () => {
    const { request, error } = rejected("badvers", "Unsupported SIP version");
    assert.equal(error.status, 505);
    assert.equal(request.version, "SIP/7.0");
  });

  it("3.1.2.17 mismatch01: start line and CSeq method mismatch -> 400", () => {
    rejected("mismatch01", "CSeq method mismatch");
  });

  it("3.1.2.18 mismatch02: unknown method with CSeq method mismatch -> 400", () => {
    const { request } = rejected("mismatch02", "CSeq method mismatch");
    assert.equal(request.method, "NEWMETHOD");
  });

  it("3.1.2.19 bigcode: overlarge response code -> discarded", () => {
    dropped("bigcode");
  });
});

describe("RFC 4475 3.2 transaction layer", () => {
  it("3.2.1 badbranch: magic cookie without a transaction id parses", () => {
    const m = req("badbranch");
    assert.equal(m.via.branch, "z9hG4bK");
  });
});

describe("RFC 4475 3.3 application layer", () => {
  it("3.3.1 insuf: missing required header fields -> 400 with what there is", () => {
    const { request } = rejected("insuf", /^Missing (From|To|Call-ID)$/);
    assert.equal(request.via.branch, "z9hG4bKkdj.insuf");
    const resp = createResponse(request, 400);
    assert.equal(resp.headers.get("cseq"), "193942 INVITE");
    assert.equal(resp.headers.has("to"), false);
  });

  it("3.3.2 unkscm: Request-URI with unknown scheme", () => {
    const m = req("unkscm");
    assert.equal(m.ruri.scheme, "nobodyknowsthisscheme");
    assert.equal(m.ruri.host, "");
  });

  it("3.3.3 novelsc: Request-URI with known but atypical scheme", () => {
    assert.equal(req("novelsc").ruri.scheme, "soap.beep");
  });

  it("3.3.4 unksm2: unknown URI schemes in header fields", () => {
    const m = req("unksm2");
    assert.equal(m.to.uri, "isbn:2983792873");
    assert.equal(m.from.uri, "http://www.example.com");
    assert.equal(m.fromTag, "3234233");
    assert.equal(m.contacts[0]!.uri, "name:John_Smith");
  });

  it("3.3.5 bext01: Proxy-Require and Require", () => {
    const m = req("bext01");
    assert.deepEqual(m.headers.list("require"), ["nothingSupportsThis", "nothingSupportsThisEither"]);
    assert.deepEqual(m.headers.list("proxy-require"), ["noProxiesSupportThis", "norDoAnyProxiesSupportThis"]);
    assert.equal(m.via.transport, "TLS");
  });

  it("3.3.6 invut: unknown Content-Type", () => {
    const m = req("invut");
    assert.equal(m.contentType, "application/unknownformat");
    assert.equal(m.body.length, 40);
  });

  it("3.3.7 regaut01: unknown authorization scheme", () => {
    const m = req("regaut01");
    assert.equal(m.headers.get("authorization"), "NoOneKnowsThisScheme opaque-data=here");
  });

  it("3.3.8 multi01: multiple values in single-value required fields -> 400", () => {
    rejected("multi01", /^Multiple (From|To|Call-ID|CSeq)$/);
  });

  it("3.3.9 mcl01: multiple Content-Length values -> error", () => {
    rejected("mcl01", "Multiple Content-Length");
  });

  it("3.3.10 bcast: 200 OK with a broadcast Via", () => {
    const m = res("bcast");
    assert.equal(m.vias[1]!.host, "255.255.255.255");
    assert.equal(m.body.length, 154);
  });

  it("3.3.11 zeromf: Max-Forwards of zero", () => {
    assert.equal(req("zeromf").maxForwards, 0);
  });

  it("3.3.12 cparam01: REGISTER with a Contact header parameter", () => {
    const m = req("cparam01");
    assert.equal(m.contacts[0]!.uri, "sip:+19725552222@gw1.example.net");
    assert.deepEqual(m.contacts[0]!.params, { unknownparam: null });
  });

  it("3.3.13 cparam02: REGISTER with a url-parameter", () => {
    const m = req("cparam02");
    assert.deepEqual(m.contacts[0]!.params, {});
    assert.deepEqual(parseUri(m.contacts[0]!.uri).params, { unknownparam: null });
  });

  it("3.3.14 regescrt: REGISTER with a URL escaped header", () => {
    const m = req("regescrt");
    assert.deepEqual(parseUri(m.contacts[0]!.uri).headers, { Route: "%3Csip:sip.example.com%3E" });
  });

  it("3.3.15 sdp01: unacceptable Accept offering", () => {
    const m = req("sdp01");
    assert.deepEqual(m.headers.list("accept"), ["text/nobodyKnowsThis"]);
    assert.equal(m.contentType, "application/sdp");
  });
});

describe("RFC 4475 3.4 backward compatibility", () => {
  it("3.4.1 inv2543: INVITE with RFC 2543 syntax", () => {
    const m = req("inv2543");
    assert.equal(m.via.branch, null);
    assert.equal(m.maxForwards, null);
    assert.equal(m.fromTag, null);
    assert.equal(m.body.length, load("inv2543").length - load("inv2543").indexOf("\r\n\r\n") - 4);
    assert.equal(m.recordRoutes[0]!.uri, "sip:UserB@example.com;maddr=ss1.example.com");
    // over a stream, the missing Content-Length is a framing error
    rejected("inv2543", "Missing Content-Length", { transport: "TCP" });
  });
});
