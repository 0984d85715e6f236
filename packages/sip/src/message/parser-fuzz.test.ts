/**
 * parseMessage must never throw, whatever the bytes; getters of what it returns may only throw
 * SipParseError; anything it returns can be answered and serialized.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { createResponse } from "./builders.js";
import { SipParseError } from "./errors.js";
import type { SipMessageAny } from "./message.js";
import { parseMessage, type ParseOptions } from "./parser.js";
import { serialize } from "./serializer.js";

/** Small deterministic PRNG (mulberry32) so that a failure can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const dir = new URL("./fixtures/rfc4475/", import.meta.url);
const seeds: Buffer[] = readdirSync(dir).map((f) => readFileSync(new URL(f, dir)));
seeds.push(
  Buffer.from(
    "SUBSCRIBE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776;rport\r\nMax-Forwards: 70\r\nFrom: \"Alice\" <sip:alice@example.com>;tag=19\r\nTo: <sip:bob@example.com>\r\nCall-ID: a84b@pc33\r\nCSeq: 314159 SUBSCRIBE\r\nContact: <sip:alice@192.0.2.10:5060;transport=udp>;expires=60\r\nEvent: presence;id=1\r\nSubscription-State: active;expires=60\r\nExpires: 3600\r\nRoute: <sip:p@x;lr>\r\nRecord-Route: <sip:q@y;lr>\r\nContent-Type: application/pidf+xml\r\nContent-Length: 5\r\n\r\nhello",
  ),
);

// Bytes that matter to the grammar, favoured by the mutator.
const SPECIAL = Buffer.from(' \t\r\n:;,="<>\\@[]/%?&0123456789-SIPsip');

function mutate(r: () => number, src: Buffer): Buffer {
  const b = Buffer.from(src);
  const pick = (n: number) => Math.floor(r() * n);
  const byte = () => (r() < 0.6 ? SPECIAL[pick(SPECIAL.length)]! : pick(256));
  const kind = pick(7);
  if (kind === 0) {
    for (let i = 0, n = 1 + pick(8); i < n && b.length; i++) b[pick(b.length)] = byte();
    return b;
  }
  if (kind === 1) return b.subarray(0, pick(b.length + 1));
  if (kind === 2) {
    const at = pick(b.length + 1);
    const ins = Buffer.from(Array.from({ length: 1 + pick(16) }, byte));
    return Buffer.concat([b.subarray(0, at), ins, b.subarray(at)]);
  }
  if (kind === 3) {
    const a = pick(b.length + 1);
    const e = Math.min(b.length, a + pick(64));
    return Buffer.concat([b.subarray(0, a), b.subarray(e)]);
  }
  if (kind === 4) {
    // duplicate a line
    const lines = b.toString("latin1").split("\r\n");
    const i = pick(lines.length);
    lines.splice(i, 0, lines[i]!);
    return Buffer.from(lines.join("\r\n"), "latin1");
  }
  if (kind === 5) {
    // swap two lines
    const lines = b.toString("latin1").split("\r\n");
    const i = pick(lines.length);
    const j = pick(lines.length);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return Buffer.from(lines.join("\r\n"), "latin1");
  }
  const other = seeds[pick(seeds.length)]!;
  return Buffer.concat([b.subarray(0, pick(b.length + 1)), other.subarray(pick(other.length + 1))]);
}

const GETTERS = [
  "callId", "cseq", "from", "to", "fromTag", "toTag", "via", "vias", "contacts", "routes", "recordRoutes",
  "event", "expires", "minExpires", "maxForwards", "contentType", "subscriptionState", "sipETag", "sipIfMatch",
] as const;

function exercise(m: SipMessageAny): void {
  for (const g of GETTERS) {
    try {
      void m[g];
    } catch (e) {
      if (!(e instanceof SipParseError)) throw e;
    }
  }
  if (m.kind === "request") {
    try {
      void m.ruri;
    } catch (e) {
      if (!(e instanceof SipParseError)) throw e;
    }
  }
  serialize(m);
}

function check(buf: Buffer, opts?: ParseOptions): void {
  let r;
  try {
    r = parseMessage(buf, opts);
  } catch (e) {
    assert.fail(`parseMessage threw on ${JSON.stringify(buf.toString("latin1"))}: ${String(e)}`);
  }
  try {
    if (r.ok) exercise(r.message);
    else {
      assert.ok(r.error instanceof SipParseError);
      assert.ok(r.error.reason.length > 0);
      if (r.request) {
        exercise(r.request);
        serialize(createResponse(r.request, r.error.status, r.error.reason));
        void r.request.via.host;
      }
    }
  } catch (e) {
    assert.fail(`unexpected ${String(e)} for ${JSON.stringify(buf.toString("latin1"))}\n${(e as Error).stack}`);
  }
}

describe("parser fuzzing", () => {
  it("never throws on random bytes", () => {
    const r = rng(1);
    for (let i = 0; i < 2000; i++) {
      const len = Math.floor(r() * 600);
      const b = Buffer.alloc(len);
      for (let j = 0; j < len; j++) b[j] = r() < 0.5 ? SPECIAL[Math.floor(r() * SPECIAL.length)]! : Math.floor(r() * 256);
      check(b);
      check(Buffer.concat([Buffer.from("INVITE sip:a@b SIP/2.0\r\n"), b]), { transport: "TCP" });
    }
  });

  it("never throws on mutated valid and torture messages", () => {
    const r = rng(42);
    let parsed = 0;
    for (let i = 0; i < 8000; i++) {
      let b = seeds[Math.floor(r() * seeds.length)]!;
      for (let k = 0, n = 1 + Math.floor(r() * 3); k < n; k++) b = mutate(r, b);
      check(b, i % 3 === 0 ? { transport: "TCP" } : undefined);
      if (parseMessage(b).ok) parsed++;
    }
    // the mutations leave a fair share of messages parseable, so the getters were exercised too
    assert.ok(parsed > 700, `only ${parsed} mutated messages parsed`);
  });

  it("copes with pathological whitespace, repetition and escapes", () => {
    // inputs that make backtracking or quadratic code crawl
    const big = (s: string) => Buffer.from(s);
    const ws = " ".repeat(60000);
    check(big(`OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h\r\nX:${ws}\r\n${ws}x\r\n\r\n`));
    check(big(`OPTIONS sip:a@b SIP/2.0${ws}\r\nVia: SIP/2.0/UDP h\r\n\r\n`));
    check(big(`OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h${";a".repeat(20000)}\r\n\r\n`));
    check(big(`OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h\r\nContact: ${"<sip:a@b>,".repeat(5000)}\r\n\r\n`));
    check(big(`OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h\r\nFrom: "${'\\"'.repeat(20000)}" <sip:a@b>\r\n\r\n`));
    check(big(`OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h\r\n${"X: 1\r\n \r\n".repeat(5000)}\r\n`));
    check(big(`OPTIONS sip:a@b SIP/2.0\r\nVia: SIP/2.0/UDP h\r\n${"no colon here\r\n".repeat(4000)}X: ${"y".repeat(1000)}\r\n\r\n`));
  });
});
