import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SipParseError } from "./errors.js";
import type { SipRequest, SipResponse } from "./message.js";
import { parseMessage, type ParseOptions, type ParseResult } from "./parser.js";

const CRLF = "\r\n";
const msg = (lines: string[], body = ""): Buffer => Buffer.from(lines.join(CRLF) + CRLF + CRLF + body);

const BASE = [
  "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKabc",
  "From: <sip:alice@example.com>;tag=f1",
  "To: <sip:bob@example.com>",
  "Call-ID: c1@example.com",
];

function subscribe(extra: string[] = [], body = "", cseq = "1 SUBSCRIBE"): Buffer {
  return msg(["SUBSCRIBE sip:bob@example.com SIP/2.0", ...BASE, `CSeq: ${cseq}`, ...extra], body);
}

function ok(r: ParseResult): SipRequest | SipResponse {
  if (!r.ok) assert.fail(r.error.message);
  return r.message;
}

function request(buf: Buffer, opts?: ParseOptions): SipRequest {
  const m = ok(parseMessage(buf, opts));
  assert.equal(m.kind, "request");
  return m as SipRequest;
}

function failure(buf: Buffer, opts?: ParseOptions): { error: SipParseError; request?: SipRequest } {
  const r = parseMessage(buf, opts);
  if (r.ok) assert.fail("expected a parse failure");
  assert.ok(r.error instanceof SipParseError);
  return r;
}

describe("parseMessage: start lines", () => {
  it("parses a request line", () => {
    const m = request(subscribe(["Content-Length: 0"]));
    assert.equal(m.method, "SUBSCRIBE");
    assert.equal(m.uri, "sip:bob@example.com");
    assert.equal(m.version, "SIP/2.0");
    assert.equal(m.ruri.user, "bob");
  });

  it("parses a status line, with or without reason phrase", () => {
    const r = ok(parseMessage(msg(["SIP/2.0 202 Accepted Now", ...BASE, "CSeq: 1 SUBSCRIBE", "l: 0"]))) as SipResponse;
    assert.equal(r.kind, "response");
    assert.equal(r.status, 202);
    assert.equal(r.reason, "Accepted Now");
    const r2 = ok(parseMessage(msg(["SIP/2.0 180", ...BASE, "CSeq: 1 INVITE"]))) as SipResponse;
    assert.equal(r2.status, 180);
    assert.equal(r2.reason, "");
  });

  it("ignores CRLFs before the start line (RFC 3261 7.5) and accepts bare LF line ends", () => {
    const m = request(Buffer.concat([Buffer.from("\r\n\r\n"), subscribe()]));
    assert.equal(m.method, "SUBSCRIBE");
    const lf = Buffer.from(["OPTIONS sip:a@b SIP/2.0", ...BASE, "CSeq: 2 OPTIONS", "", "body"].join("\n"));
    const o = request(lf);
    assert.equal(o.cseq.seq, 2);
    assert.equal(o.body.toString(), "body");
  });

  it("rejects unreadable start lines without a request", () => {
    for (const line of ["", "GARBAGE", "INVITE sip:a@b", "IN VITE sip:a@b SIP/2.0 x", "INV<ITE sip:a@b SIP/2.0", "INVITE sip:a@b HTTP/1.1", "SIP/2.0 99 Low", "SIP/2.0 2000 OK", "SIP/2.0 abc OK", "SIP/x 200 OK"]) {
      const r = failure(msg([line, ...BASE, "CSeq: 1 INVITE"]));
      assert.equal(r.request, undefined, line);
    }
  });

  it("answers a request with an unknown SIP version with 505 (RFC 3261 21.5.6)", () => {
    const r = failure(msg(["OPTIONS sip:a@b SIP/3.0", ...BASE, "CSeq: 1 OPTIONS"]));
    assert.equal(r.error.reason, "Unsupported SIP version");
    assert.equal(r.error.status, 505);
    assert.equal(r.request?.version, "SIP/3.0");
  });

  it("drops responses with an unknown SIP version", () => {
    const r = failure(msg(["SIP/3.0 200 OK", ...BASE, "CSeq: 1 OPTIONS"]));
    assert.equal(r.request, undefined);
  });
});

describe("parseMessage: header lines", () => {
  it("expands compact forms and matches names case-insensitively", () => {
    const m = request(
      msg([
        "SUBSCRIBE sip:bob@example.com SIP/2.0",
        "v: SIP/2.0/UDP h1;branch=z9hG4bK1",
        "f: <sip:alice@example.com>;tag=f1",
        "T: <sip:bob@example.com>",
        "i: c2",
        "cSeQ: 7 SUBSCRIBE",
        "m: <sip:alice@h1>",
        "o: presence",
        "u: presence, dialog",
        "k: eventlist",
        "c: application/pidf+xml",
        "l: 4",
      ], "abcd"),
    );
    assert.equal(m.via.host, "h1");
    assert.equal(m.fromTag, "f1");
    assert.equal(m.callId, "c2");
    assert.equal(m.cseq.seq, 7);
    assert.equal(m.contacts[0]!.uri, "sip:alice@h1");
    assert.equal(m.event?.event, "presence");
    assert.deepEqual(m.headers.list("Allow-Events"), ["presence", "dialog"]);
    assert.equal(m.headers.get("supported"), "eventlist");
    assert.equal(m.contentType, "application/pidf+xml");
    assert.equal(m.body.toString(), "abcd");
  });

  it("unfolds continuation lines into one SP (RFC 3261 7.3.1)", () => {
    const m = request(subscribe(["Subject: I know you're there,", "       pick up the phone", "\tand talk to me!", "X-Empty:", "Contact:", " <sip:a@h>", "  ;expires=30"]));
    assert.equal(m.headers.get("subject"), "I know you're there, pick up the phone and talk to me!");
    assert.equal(m.headers.get("x-empty"), "");
    assert.equal(m.contacts[0]!.params.expires, "30");
  });

  it("reads multiple Vias per line and across lines, in order", () => {
    const m = request(
      msg([
        "NOTIFY sip:a@b SIP/2.0",
        "Via: SIP/2.0/UDP p1.example.com;branch=z9hG4bK1, SIP/2.0/TCP [2001:db8::1]:5061;branch=z9hG4bK2",
        "Via: SIP/2.0/UDP 192.0.2.9;received=198.51.100.1;rport=40000;branch=z9hG4bK3",
        "From: <sip:a@b>;tag=1",
        "To: <sip:c@d>;tag=2",
        "Call-ID: x",
        "CSeq: 3 NOTIFY",
      ]),
    );
    assert.deepEqual(
      m.vias.map((v) => [v.host, v.port, v.branch]),
      [
        ["p1.example.com", null, "z9hG4bK1"],
        ["[2001:db8::1]", 5061, "z9hG4bK2"],
        ["192.0.2.9", null, "z9hG4bK3"],
      ],
    );
    assert.equal(m.vias[2]!.rport, 40000);
    assert.equal(m.vias[2]!.received, "198.51.100.1");
    assert.equal(m.via, m.vias[0]);
  });

  it("decodes header text as UTF-8 when it is", () => {
    const m = request(msg(["MESSAGE sip:a@b SIP/2.0", ...BASE.slice(0, 1), 'From: "Zoë Ünal" <sip:z@b>;tag=9', ...BASE.slice(2), "CSeq: 1 MESSAGE"]));
    assert.equal(m.from.displayName, "Zoë Ünal");
  });

  it("reports a malformed header line but still returns the request", () => {
    const r = failure(subscribe(["this line has no colon"]));
    assert.equal(r.error.reason, "Bad header line");
    assert.ok(r.request);
    assert.equal(r.request.callId, "c1@example.com");
  });
});

describe("parseMessage: Content-Length and body (RFC 3261 18.3, 20.14)", () => {
  it("on UDP the body runs to the end of the datagram when Content-Length is absent", () => {
    const m = request(subscribe([], "hello"));
    assert.equal(m.body.toString(), "hello");
  });

  it("on UDP a smaller Content-Length truncates the body", () => {
    const m = request(subscribe(["Content-Length: 3"], "hello"));
    assert.equal(m.body.toString(), "hel");
  });

  it("the body is a slice of the input, not a copy", () => {
    const buf = subscribe(["Content-Length: 5"], "hello");
    const m = request(buf);
    assert.equal(m.body.buffer, buf.buffer);
    assert.equal(m.body.byteOffset, buf.byteOffset + buf.length - 5);
  });

  it("a Content-Length larger than what arrived is an error with the request", () => {
    const r = failure(subscribe(["Content-Length: 6"], "hello"));
    assert.equal(r.error.reason, "Content-Length larger than message");
    assert.equal(r.error.status, 400);
    assert.ok(r.request);
  });

  it("bad and negative Content-Length values are named", () => {
    assert.equal(failure(subscribe(["Content-Length: 1x"])).error.reason, "Bad Content-Length");
    assert.equal(failure(subscribe(["Content-Length: -1"])).error.reason, "Negative Content-Length");
    assert.equal(failure(subscribe(["Content-Length: 1", "l: 1"], "x")).error.reason, "Multiple Content-Length");
  });

  it("on TCP Content-Length is required and must match the frame", () => {
    const tcp = { transport: "TCP" } as const;
    assert.equal(request(subscribe(["Content-Length: 5"], "hello"), tcp).body.toString(), "hello");
    assert.equal(failure(subscribe([], "hello"), tcp).error.reason, "Missing Content-Length");
    assert.equal(failure(subscribe(["Content-Length: 3"], "hello"), tcp).error.reason, "Content-Length mismatch");
    assert.equal(failure(Buffer.from("OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/TCP h\r\n"), tcp).error.reason, "Incomplete message");
  });

  it("on WebSocket, as on UDP, Content-Length may be absent", () => {
    assert.equal(request(subscribe([], "hey"), { transport: "WS" }).body.toString(), "hey");
  });

  it("accepts a UDP datagram whose headers end without the empty line", () => {
    const m = request(Buffer.from(["OPTIONS sip:a@b SIP/2.0", ...BASE, "CSeq: 1 OPTIONS", "Content-Length: 0"].join(CRLF)));
    assert.equal(m.body.length, 0);
    assert.equal(m.headers.get("content-length"), "0");
  });
});

describe("parseMessage: mandatory headers", () => {
  it("without a readable Via there is nothing to answer", () => {
    assert.equal(failure(msg(["OPTIONS sip:a@b SIP/2.0", ...BASE.slice(1), "CSeq: 1 OPTIONS"])).request, undefined);
    assert.equal(failure(msg(["OPTIONS sip:a@b SIP/2.0", "Via: nonsense", ...BASE.slice(1), "CSeq: 1 OPTIONS"])).request, undefined);
  });

  it("names the missing, repeated or malformed header", () => {
    const cases: [string[], string][] = [
      [[BASE[0]!, BASE[2]!, BASE[3]!, "CSeq: 1 OPTIONS"], "Missing From"],
      [[BASE[0]!, BASE[1]!, BASE[3]!, "CSeq: 1 OPTIONS"], "Missing To"],
      [[BASE[0]!, BASE[1]!, BASE[2]!, "CSeq: 1 OPTIONS"], "Missing Call-ID"],
      [[...BASE], "Missing CSeq"],
      [[...BASE, "CSeq: 1 OPTIONS", "CSeq: 2 OPTIONS"], "Multiple CSeq"],
      [[...BASE, "CSeq: one OPTIONS"], "Bad CSeq"],
      [[...BASE, "CSeq: 2147483648 OPTIONS"], "Bad CSeq"],
      [[...BASE, "CSeq: 1 INVITE"], "CSeq method mismatch"],
      [[...BASE, "CSeq: 1 options"], "CSeq method mismatch"],
      [[BASE[0]!, "From: <sip:a@b", BASE[2]!, BASE[3]!, "CSeq: 1 OPTIONS"], "Bad From"],
      [[BASE[0]!, BASE[1]!, "To: sip:a@b c", BASE[3]!, "CSeq: 1 OPTIONS"], "Bad To"],
      [[BASE[0]!, BASE[1]!, BASE[2]!, "Call-ID: a b", "CSeq: 1 OPTIONS"], "Bad Call-ID"],
      [["Via: SIP/2.0/UDP h;branch=", ...BASE.slice(1), "CSeq: 1 OPTIONS"], "Bad Via"],
    ];
    for (const [headers, reason] of cases) {
      const r = failure(msg(["OPTIONS sip:a@b SIP/2.0", ...headers]));
      assert.equal(r.error.reason, reason);
      assert.ok(r.request, reason);
      assert.equal(r.request.method, "OPTIONS");
    }
  });

  it("reads a response's From and To when asked: required once each, but a bad one fails only its getter", () => {
    const good = ok(parseMessage(msg(["SIP/2.0 200 OK", ...BASE, "CSeq: 7 NOTIFY"]))) as SipResponse;
    assert.equal(good.from.uri, "sip:alice@example.com");
    assert.equal(good.fromTag, "f1");
    assert.equal(good.toTag, null);
    // RFC 3261 17.1.3: the transaction is found by the top Via and CSeq, which are intact here.
    const badTo = ok(parseMessage(msg(["SIP/2.0 200 OK", BASE[0]!, BASE[1]!, "To: sip:a@b c", BASE[3]!, "CSeq: 7 NOTIFY"]))) as SipResponse;
    assert.equal(badTo.status, 200);
    assert.equal(badTo.via.branch, "z9hG4bKabc");
    assert.equal(badTo.cseq.method, "NOTIFY");
    assert.throws(() => badTo.to, (e: unknown) => e instanceof SipParseError && e.reason === "Bad To");
    assert.equal(badTo.fromTag, "f1");
    // Missing or repeated, they still make the response unusable.
    assert.equal(failure(msg(["SIP/2.0 200 OK", BASE[0]!, BASE[2]!, BASE[3]!, "CSeq: 7 NOTIFY"])).error.reason, "Missing From");
    assert.equal(failure(msg(["SIP/2.0 200 OK", ...BASE, BASE[2]!, "CSeq: 7 NOTIFY"])).error.reason, "Multiple To");
  });

  it("drops responses whose Via or CSeq are unusable", () => {
    for (const lines of [
      ["SIP/2.0 200 OK", ...BASE, "CSeq: x OPTIONS"],
      ["SIP/2.0 200 OK", ...BASE.slice(1), "CSeq: 1 OPTIONS"],
      ["SIP/2.0 200 OK", "Via: SIP/2.0/UDP h;;", ...BASE.slice(1), "CSeq: 1 OPTIONS"],
    ]) {
      const r = failure(msg(lines));
      assert.equal(r.request, undefined);
    }
  });
});

describe("parseMessage: limits", () => {
  it("rejects messages over maxMessageSize with 513", () => {
    const r = failure(subscribe([], "x".repeat(2000)), { maxMessageSize: 1000 });
    assert.equal(r.error.status, 513);
    assert.equal(r.request, undefined);
    assert.equal(request(subscribe([], "x".repeat(2000)), { maxMessageSize: 3000 }).body.length, 2000);
  });

  it("limits header count and line length", () => {
    const many = Array.from({ length: 20 }, (_, i) => `X-H${i}: ${i}`);
    assert.equal(failure(subscribe(many), { maxHeaders: 10 }).error.reason, "Too many headers");
    assert.equal(request(subscribe(many), { maxHeaders: 30 }).headers.size, 25);
    const long = `X-Long: ${"a".repeat(500)}`;
    assert.equal(failure(subscribe([long]), { maxLineLength: 200 }).error.reason, "Header line too long");
    assert.equal(failure(subscribe(), { maxLineLength: 10 }).request, undefined);
  });

  it("default limits: 64 KiB, 256 headers, 8192-byte lines", () => {
    assert.equal(failure(subscribe([], "x".repeat(65536))).error.status, 513);
    assert.equal(failure(subscribe(Array.from({ length: 260 }, (_, i) => `X-${i}: 1`))).error.reason, "Too many headers");
    assert.equal(failure(subscribe([`X: ${"a".repeat(8200)}`])).error.reason, "Header line too long");
  });
});

describe("lazy header values", () => {
  it("parses other headers only on first use, caches them, and reports bad ones by name", () => {
    const m = request(subscribe(["Contact: <sip:broken", "Event: presence;id=", "Expires: soon", "Max-Forwards: 70"]));
    assert.equal(m.maxForwards, 70);
    const throwsReason = (f: () => unknown, reason: string) =>
      assert.throws(f, (e: unknown) => e instanceof SipParseError && e.reason === reason);
    throwsReason(() => m.contacts, "Bad Contact");
    throwsReason(() => m.event, "Bad Event");
    throwsReason(() => m.expires, "Bad Expires");
    assert.equal(m.from, m.from);
  });

  it("drops cached values when headers change", () => {
    const m = request(subscribe(["Expires: 60"]));
    assert.equal(m.expires, 60);
    m.headers.set("expires", "120");
    assert.equal(m.expires, 120);
    m.headers.prepend("via", "SIP/2.0/TCP proxy.example.com;branch=z9hG4bKp");
    assert.equal(m.via.host, "proxy.example.com");
    assert.equal(m.vias.length, 2);
  });

  it("reads Event, Subscription-State, Expires, Content-Type, SIP-ETag and SIP-If-Match", () => {
    const m = request(
      subscribe([
        "Event: Presence.WINFO;id=abc;Foo=Bar",
        "Subscription-State: Terminated;reason=Timeout;retry-after=30;x=1",
        "Expires: 0",
        "Min-Expires: 60",
        "Content-Type: Application/PIDF+XML ; charset=utf-8",
        "SIP-ETag: 179520d9",
        "SIP-If-Match: dx200xyz",
      ]),
    );
    assert.deepEqual(m.event, { event: "presence.winfo", id: "abc", params: { foo: "Bar" } });
    assert.deepEqual(m.subscriptionState, { state: "terminated", expires: null, reason: "timeout", retryAfter: 30, params: { x: "1" } });
    assert.equal(m.expires, 0);
    assert.equal(m.minExpires, 60);
    assert.equal(m.contentType, "application/pidf+xml");
    assert.equal(m.sipETag, "179520d9");
    assert.equal(m.sipIfMatch, "dx200xyz");
    const plain = request(subscribe());
    assert.equal(plain.event, null);
    assert.equal(plain.expires, null);
    assert.equal(plain.subscriptionState, null);
    assert.equal(plain.contentType, null);
    assert.equal(plain.sipETag, null);
    assert.deepEqual(plain.contacts, []);
    assert.deepEqual(plain.routes, []);
    assert.equal(plain.toTag, null);
  });

  it("Subscription-State with expires", () => {
    const m = request(subscribe(["Subscription-State: active;expires=3599"]));
    assert.deepEqual(m.subscriptionState, { state: "active", expires: 3599, reason: null, retryAfter: null, params: {} });
  });

  it("Route and Record-Route lists", () => {
    const m = request(subscribe(["Route: <sip:p1@example.com;lr>, <sip:p2@example.com;lr>", "Record-Route: <sip:rr@example.com;lr>"]));
    assert.deepEqual(m.routes.map((r) => r.uri), ["sip:p1@example.com;lr", "sip:p2@example.com;lr"]);
    assert.equal(m.recordRoutes[0]!.uri, "sip:rr@example.com;lr");
  });
});

describe("parseMessage never throws", () => {
  it("on odd inputs", () => {
    const inputs: unknown[] = [Buffer.alloc(0), Buffer.from("\r\n\r\n"), Buffer.from([0xff, 0xfe, 0, 1]), new Uint8Array(subscribe()), "not a buffer", null];
    for (const x of inputs) {
      const r = parseMessage(x as Buffer);
      assert.equal(typeof r.ok, "boolean");
    }
    assert.equal(parseMessage(new Uint8Array(subscribe()) as Buffer).ok, true);
  });
});
