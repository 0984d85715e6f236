import { test } from "node:test";
import assert from "node:assert/strict";
import { StreamFramer, type FramerEvent } from "./stream-framer.js";

function msg(body = "", extra = ""): string {
  return (
    "NOTIFY sip:a@example.com SIP/2.0\r\n" +
    "Via: SIP/2.0/TCP 10.0.0.1:5060;branch=z9hG4bK1\r\n" +
    "Call-ID: c1\r\n" +
    extra +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
    body
  );
}

function texts(events: FramerEvent[]): string[] {
  return events.map((e) => (e.kind === "message" ? e.data.toString() : e.kind === "ping" ? "<ping>" : `<error ${e.error.status} ${e.error.reason}>`));
}

test("two messages in one chunk come out separately", () => {
  const f = new StreamFramer();
  const a = msg("hello");
  const b = msg("", "Max-Forwards: 70\r\n");
  assert.deepEqual(texts(f.push(Buffer.from(a + b))), [a, b]);
  assert.equal(f.buffered, 0);
});

test("one message fed byte by byte comes out once, complete", () => {
  const f = new StreamFramer();
  const a = msg("<presence/>");
  const out: FramerEvent[] = [];
  const bytes = Buffer.from(a);
  for (let i = 0; i < bytes.length; i++) {
    const ev = f.push(bytes.subarray(i, i + 1));
    if (i < bytes.length - 1) assert.equal(ev.length, 0, `nothing before the last byte (at ${i})`);
    out.push(...ev);
  }
  assert.deepEqual(texts(out), [a]);
});

test("a body arriving after its head is joined to it", () => {
  const f = new StreamFramer();
  const body = "x".repeat(300);
  const a = msg(body);
  const split = a.length - body.length;
  assert.deepEqual(f.push(Buffer.from(a.slice(0, split))), []);
  assert.equal(f.buffered, split);
  assert.deepEqual(texts(f.push(Buffer.from(body.slice(0, 100)))), []);
  assert.deepEqual(texts(f.push(Buffer.from(body.slice(100)))), [a]);
});

test("a multi-byte UTF-8 body is measured in bytes", () => {
  const f = new StreamFramer();
  const a = msg("ñandú ✓");
  assert.deepEqual(texts(f.push(Buffer.from(a + a))), [a, a]);
});

test("leading CRLFs are skipped; a double CRLF is a ping", () => {
  const f = new StreamFramer();
  const a = msg();
  assert.deepEqual(texts(f.push(Buffer.from("\r\n" + a))), [a]);
  assert.deepEqual(texts(f.push(Buffer.from("\r\n\r\n"))), ["<ping>"]);
  // A ping split over two chunks still counts once.
  assert.deepEqual(texts(f.push(Buffer.from("\r\n"))), []);
  assert.deepEqual(texts(f.push(Buffer.from("\r\n"))), ["<ping>"]);
  assert.deepEqual(texts(f.push(Buffer.from("\r"))), []);
  assert.deepEqual(texts(f.push(Buffer.from("\n\r\n" + a + "\r\n\r\n"))), ["<ping>", a, "<ping>"]);
  assert.equal(f.broken, false);
});

test("compact l: header and repeated equal Content-Length are accepted", () => {
  const f = new StreamFramer();
  const a = "OPTIONS sip:x SIP/2.0\r\nl: 2\r\nContent-Length:2\r\n\r\nok";
  assert.deepEqual(texts(f.push(Buffer.from(a))), [a]);
});

test("missing Content-Length breaks the stream with 400 and returns the head", () => {
  const f = new StreamFramer();
  const head = "OPTIONS sip:x SIP/2.0\r\nVia: SIP/2.0/TCP h;branch=z9hG4bKa\r\n\r\n";
  const ev = f.push(Buffer.from(head + "more"));
  assert.equal(ev.length, 1);
  assert.equal(ev[0]!.kind, "error");
  if (ev[0]!.kind !== "error") return;
  assert.equal(ev[0].error.status, 400);
  assert.equal(ev[0].error.reason, "Missing Content-Length");
  assert.equal(ev[0].error.head.toString(), head);
  assert.equal(f.broken, true);
  assert.deepEqual(f.push(Buffer.from(msg())), [], "nothing after a framing error");
});

test("invalid or conflicting Content-Length is a 400", () => {
  for (const cl of ["Content-Length: -1\r\n", "Content-Length: 12x\r\n", "Content-Length: 3\r\nl: 4\r\n"]) {
    const f = new StreamFramer();
    const ev = f.push(Buffer.from(`OPTIONS sip:x SIP/2.0\r\n${cl}\r\n`));
    assert.deepEqual(texts(ev), ["<error 400 Bad Content-Length>"], cl);
  }
});

test("a message over the size limit is a 513, whether the head says so or never ends", () => {
  const f = new StreamFramer({ maxMessageSize: 1000 });
  assert.deepEqual(texts(f.push(Buffer.from(msg("y".repeat(1200))))), ["<error 513 Message Too Large>"]);

  const g = new StreamFramer({ maxMessageSize: 1000 });
  const start = "NOTIFY sip:a SIP/2.0\r\nVia: SIP/2.0/TCP h;branch=z9hG4bKb\r\n";
  let ev: FramerEvent[] = g.push(Buffer.from(start));
  for (let i = 0; ev.length === 0 && i < 100; i++) ev = g.push(Buffer.from(`X-Filler-${i}: ${"z".repeat(40)}\r\n`));
  assert.deepEqual(texts(ev), ["<error 513 Message Too Large>"]);
  if (ev[0]!.kind === "error") {
    assert.ok(ev[0].error.head.toString().startsWith(start));
    assert.ok(ev[0].error.head.toString().endsWith("\r\n\r\n"), "head ends with an empty line");
  }
});

test("header count and line length limits", () => {
  const many = new StreamFramer({ maxHeaders: 5 });
  let head = "OPTIONS sip:x SIP/2.0\r\n";
  for (let i = 0; i < 6; i++) head += `X-H${i}: v\r\n`;
  assert.deepEqual(texts(many.push(Buffer.from(head + "Content-Length: 0\r\n\r\n"))), ["<error 400 Too Many Headers>"]);

  const folded = new StreamFramer({ maxHeaders: 2 });
  const ok = "OPTIONS sip:x SIP/2.0\r\nSubject: a\r\n b\r\n c\r\nContent-Length: 0\r\n\r\n";
  assert.deepEqual(texts(folded.push(Buffer.from(ok))), [ok], "continuation lines are not header lines");

  const long = new StreamFramer({ maxLineLength: 100 });
  assert.deepEqual(texts(long.push(Buffer.from(`OPTIONS sip:x SIP/2.0\r\nX-Long: ${"a".repeat(120)}\r\n\r\n`))), ["<error 400 Line Too Long>"]);

  const endless = new StreamFramer({ maxLineLength: 100 });
  assert.deepEqual(texts(endless.push(Buffer.from("OPTIONS sip:x SIP/2.0\r\nX: "))), []);
  assert.deepEqual(texts(endless.push(Buffer.from("b".repeat(200)))), ["<error 400 Line Too Long>"]);
});
