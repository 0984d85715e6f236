/**
 * Splits a SIP byte stream (TCP) into messages using Content-Length (RFC 3261 18.3). Pure: feed
 * chunks in, get complete message buffers, keep-alive pings and framing errors out.
 */

export interface FramerLimits {
  /** Largest message (head + body) in bytes. */
  maxMessageSize: number;
  /** Most header lines in one message (folded continuation lines not counted). */
  maxHeaders: number;
  /** Longest single line in the head, in bytes without the CRLF. */
  maxLineLength: number;
}

export const DEFAULT_FRAMER_LIMITS: Readonly<FramerLimits> = {
  maxMessageSize: 65536,
  maxHeaders: 256,
  maxLineLength: 8192,
};

export type FramerEvent =
  | { kind: "message"; data: Buffer }
  /** RFC 5626 4.4.1: a double-CRLF keep-alive ping; answer it with a single CRLF. */
  | { kind: "ping" }
  | { kind: "error"; error: FramingError };

export interface FramingError {
  /** Response code that fits: 400 for a malformed head, 513 for an over-limit message. */
  status: 400 | 513;
  reason: string;
  /**
   * The complete header lines read so far, ending with an empty line, so that a parser can try to
   * read enough of the request to answer it. Empty when not even the start line was complete.
   */
  head: Buffer;
}

const CR = 13;
const LF = 10;
const SP = 32;
const HT = 9;
const EMPTY = Buffer.alloc(0);
const CRLF = Buffer.from("\r\n");
const CONTENT_LENGTH = /^(?:content-length|l)[ \t]*:[ \t]*(.*?)[ \t]*$/i;

export class StreamFramer {
  private readonly limits: FramerLimits;
  private buf: Buffer = EMPTY;
  /** Scan position inside the head of the current message. */
  private pos = 0;
  /** Offset of the line being scanned. */
  private lineStart = 0;
  private headerLines = 0;
  /** Length of the head (through the empty line) once complete, else 0. */
  private headLength = 0;
  /** Total length of the current message once its head is complete, else -1. */
  private need = -1;
  /** CRLFs seen between messages; two make a ping. */
  private crlfRun = 0;
  private failed = false;

  constructor(limits: Partial<FramerLimits> = {}) {
    this.limits = { ...DEFAULT_FRAMER_LIMITS, ...limits };
  }

  /** True once a framing error was reported: the stream cannot be resynchronised. */
  get broken(): boolean {
    return this.failed;
  }

  /** Bytes held waiting for the rest of a message. */
  get buffered(): number {
    return this.buf.length;
  }

  push(chunk: Buffer): FramerEvent[] {
    const out: FramerEvent[] = [];
    if (this.failed || chunk.length === 0) return out;
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    for (;;) {
      if (this.need < 0) {
        if (this.pos === 0 && !this.skipCrlfs(out)) break;
        const err = this.scanHead();
        if (err) {
          this.fail(out, err);
          break;
        }
        if (this.need < 0) break;
      }
      if (this.buf.length < this.need) break;
      const data = this.buf.subarray(0, this.need);
      this.buf = this.buf.length === this.need ? EMPTY : this.buf.subarray(this.need);
      this.need = -1;
      this.headLength = 0;
      this.pos = 0;
      this.lineStart = 0;
      this.headerLines = 0;
      out.push({ kind: "message", data });
      if (this.buf.length === 0) break;
    }
    return out;
  }

  /** Consumes CRLFs before a message (RFC 3261 7.5 / RFC 5626 4.4.1). False when the buffer ran out. */
  private skipCrlfs(out: FramerEvent[]): boolean {
    const b = this.buf;
    let i = 0;
    while (i + 1 < b.length && b[i] === CR && b[i + 1] === LF) {
      i += 2;
      if (++this.crlfRun === 2) {
        out.push({ kind: "ping" });
        this.crlfRun = 0;
      }
    }
    if (i === b.length || (i === b.length - 1 && b[i] === CR)) {
      this.buf = i === b.length ? EMPTY : b.subarray(i);
      return false;
    }
    this.buf = i === 0 ? b : b.subarray(i);
    // A lone CRLF before a message is a leading CRLF (or a pong), not half of a ping.
    this.crlfRun = 0;
    return true;
  }

  /** Advances over the head; sets `need` when the empty line is found. */
  private scanHead(): Omit<FramingError, "head"> | null {
    const b = this.buf;
    const { maxLineLength, maxHeaders, maxMessageSize } = this.limits;
    let pos = this.pos;
    let lineStart = this.lineStart;
    while (pos < b.length) {
      if (b[pos] === LF) {
        let len = pos - lineStart;
        if (len > 0 && b[pos - 1] === CR) len--;
        if (len === 0) {
          this.pos = pos + 1;
          this.lineStart = pos + 1;
          this.headLength = pos + 1;
          return this.headComplete(pos + 1);
        }
        if (len > maxLineLength) return { status: 400, reason: "Line Too Long" };
        // Lines after the start line that do not continue a folded value are header lines.
        if (lineStart > 0 && b[lineStart] !== SP && b[lineStart] !== HT && ++this.headerLines > maxHeaders) {
          return { status: 400, reason: "Too Many Headers" };
        }
        lineStart = pos + 1;
      }
      pos++;
    }
    this.pos = pos;
    this.lineStart = lineStart;
    if (pos - lineStart > maxLineLength + 1) return { status: 400, reason: "Line Too Long" };
    if (b.length > maxMessageSize) return { status: 513, reason: "Message Too Large" };
    return null;
  }

  private headComplete(headLength: number): Omit<FramingError, "head"> | null {
    let length: number | null = null;
    // RFC 3261 18.3: on a stream, Content-Length is mandatory and delimits the body.
    for (const line of this.buf.toString("latin1", 0, headLength).split(/\r?\n/)) {
      const m = CONTENT_LENGTH.exec(line);
      if (!m) continue;
      const value = m[1]!;
      if (!/^\d{1,10}$/.test(value)) return { status: 400, reason: "Bad Content-Length" };
      const n = Number(value);
      if (length !== null && n !== length) return { status: 400, reason: "Bad Content-Length" };
      length = n;
    }
    if (length === null) return { status: 400, reason: "Missing Content-Length" };
    if (headLength + length > this.limits.maxMessageSize) return { status: 513, reason: "Message Too Large" };
    this.need = headLength + length;
    return null;
  }

  private fail(out: FramerEvent[], e: Omit<FramingError, "head">): void {
    let head = EMPTY;
    if (this.headLength > 0) head = Buffer.from(this.buf.subarray(0, this.headLength));
    else if (this.lineStart > 0) head = Buffer.concat([this.buf.subarray(0, this.lineStart), CRLF]);
    this.failed = true;
    this.buf = EMPTY;
    out.push({ kind: "error", error: { ...e, head } });
  }
}
