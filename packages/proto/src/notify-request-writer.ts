/**
 * NotifyRequest bytes written directly: the notifier encodes one per NOTIFY (ten per change of a
 * presentity with ten watchers), and the generated encoder, with its intermediate object, forked
 * writers and per-character UTF-8 loops, takes about twice as long. The wire format is the
 * schema's (notify.proto); a test compares both encoders byte for byte.
 */
import type { NotifyMessage } from "@presence/core";
import { u32 } from "./uint32.js";
import { ProtoError } from "./errors.js";

const LEN = 2; // wire type: length-delimited
const VARINT = 0;

function tag(field: number, wire: number): number {
  return (field << 3) | wire;
}

function varintSize(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

/** Size of a length-delimited field of `len` bytes (tags here are one byte: fields 1..15). */
function fieldSize(len: number): number {
  return 1 + varintSize(len) + len;
}

// proto3: a string or number without `optional` is left out when it holds its default ("", 0).
function implicitSize(len: number): number {
  return len === 0 ? 0 : fieldSize(len);
}

function uintSize(v: number): number {
  return v === 0 ? 0 : 1 + varintSize(v);
}

// Short ASCII strings (most of a NOTIFY's) are copied by a loop: a call into Buffer's native
// code costs more. A string is ASCII when its UTF-8 length is its length.
const SHORT = 64;

// Called through a constant, not looked up on each string: the header values arrive as flat, cons,
// sliced and internalized strings, more representations than V8 keeps per call site, and a
// megamorphic `s.charCodeAt` lookup per character cost several times the copy itself.
const charCodeAt = String.prototype.charCodeAt;

class Out {
  pos = 0;
  constructor(readonly buf: Buffer) {}

  varint(v: number): void {
    // Unsigned 32-bit values only (lengths, port, CSeq).
    while (v > 0x7f) {
      this.buf[this.pos++] = (v & 0x7f) | 0x80;
      v >>>= 7;
    }
    this.buf[this.pos++] = v;
  }

  /** A string field without `optional`: nothing when empty. */
  implicit(field: number, s: string, len: number): void {
    if (len > 0) this.string(field, s, len);
  }

  uint(field: number, v: number): void {
    if (v === 0) return;
    this.buf[this.pos++] = tag(field, VARINT);
    this.varint(v);
  }

  string(field: number, s: string, len: number): void {
    this.buf[this.pos++] = tag(field, LEN);
    this.varint(len);
    if (len === s.length && len <= SHORT) {
      // ASCII (its byte length is its length).
      const buf = this.buf;
      let pos = this.pos;
      for (let i = 0; i < len; i++) buf[pos++] = charCodeAt.call(s, i);
      this.pos = pos;
    } else {
      this.pos += this.buf.write(s, this.pos, len, "utf8");
    }
  }

  bytes(field: number, b: Uint8Array): void {
    this.buf[this.pos++] = tag(field, LEN);
    this.varint(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** The tag and length of an embedded message of `len` bytes, whose fields follow. */
  messagePrefix(field: number, len: number): void {
    this.buf[this.pos++] = tag(field, LEN);
    this.varint(len);
  }
}

/** The NotifyRequest of `n`, with `traceContext` (possibly empty) as its trace_context map. */
export function writeNotifyRequest(n: NotifyMessage, traceContext: Record<string, string>): Uint8Array {
  const port = u32("target.port", n.target.port);
  const cseq = u32("cseq", n.cseq);
  const t = n.target;
  // Byte lengths first: every length-delimited field is prefixed by its size.
  const uriLen = Buffer.byteLength(n.requestUri);
  const headerLens: number[] = new Array<number>(n.headers.length * 2);
  let size = implicitSize(uriLen);
  n.headers.forEach(([name, value], i) => {
    const nl = Buffer.byteLength(name);
    const vl = Buffer.byteLength(value);
    headerLens[2 * i] = nl;
    headerLens[2 * i + 1] = vl;
    size += fieldSize(implicitSize(nl) + implicitSize(vl));
  });
  if (n.body !== null) size += fieldSize(n.body.length);
  const transportLen = Buffer.byteLength(t.transport);
  const hostLen = Buffer.byteLength(t.host);
  const connLen = t.connectionId === null ? -1 : Buffer.byteLength(t.connectionId);
  const targetLen = implicitSize(transportLen) + implicitSize(hostLen) + uintSize(port) + (connLen < 0 ? 0 : fieldSize(connLen));
  size += fieldSize(targetLen);
  const subLen = Buffer.byteLength(n.subscriptionId);
  size += implicitSize(subLen) + uintSize(cseq);
  const trace = Object.entries(traceContext);
  // A map entry carries its key and value even when empty.
  const traceLens = trace.map(([k, v]) => [Buffer.byteLength(k), Buffer.byteLength(v)] as const);
  for (const [kl, vl] of traceLens) size += fieldSize(fieldSize(kl) + fieldSize(vl));

  const out = new Out(Buffer.allocUnsafe(size));
  out.implicit(1, n.requestUri, uriLen);
  n.headers.forEach(([name, value], i) => {
    const nl = headerLens[2 * i]!;
    const vl = headerLens[2 * i + 1]!;
    out.messagePrefix(2, implicitSize(nl) + implicitSize(vl));
    out.implicit(1, name, nl);
    out.implicit(2, value, vl);
  });
  if (n.body !== null) out.bytes(3, n.body);
  out.messagePrefix(4, targetLen);
  out.implicit(1, t.transport, transportLen);
  out.implicit(2, t.host, hostLen);
  out.uint(3, port);
  if (t.connectionId !== null) out.string(4, t.connectionId, connLen);
  out.implicit(5, n.subscriptionId, subLen);
  out.uint(6, cseq);
  trace.forEach(([k, v], i) => {
    const [kl, vl] = traceLens[i]!;
    out.messagePrefix(7, fieldSize(kl) + fieldSize(vl));
    out.string(1, k, kl);
    out.string(2, v, vl);
  });
  if (out.pos !== size) throw new ProtoError("invalid-value", `NotifyRequest: wrote ${out.pos} bytes of ${size}`);
  return out.buf;
}
