import { isAscii, isUtf8 } from "node:buffer";
import { C_TOKEN, parseDigits, scan, unfold } from "./chars.js";
import { SipParseError } from "./errors.js";
import { canonicalName, knownName } from "./header-names.js";
import { Headers } from "./headers.js";
import { SipRequest, SipResponse, type SipMessageAny } from "./message.js";
import { parseNameAddr } from "./name-addr.js";
import { looksLikeUri } from "./uri.js";
import { isValidCallId, parseCSeq } from "./values.js";
import { parseTopViaLenient, parseViasInto } from "./via.js";
import type { Transport, Via } from "./types.js";

export interface ParseOptions {
  /** Transport the bytes came over (default "UDP"); decides whether Content-Length is required. */
  transport?: Transport;
  /** Largest accepted message in bytes (default 65536). */
  maxMessageSize?: number;
  /** Most header lines accepted (default 256). */
  maxHeaders?: number;
  /** Longest accepted line in bytes (default 8192). */
  maxLineLength?: number;
}

export type ParseResult =
  | { ok: true; message: SipMessageAny }
  | {
      ok: false;
      error: SipParseError;
      /** Set when enough of a request was read to answer it (request line and a routable top Via). */
      request?: SipRequest;
    };

const DEFAULTS = { maxMessageSize: 65536, maxHeaders: 256, maxLineLength: 8192 };
const VERSION_RE = /^SIP\/\d+\.\d+$/i;

/**
 * Parses one SIP message from a datagram or from a frame cut by a stream framer. Only the start
 * line, the header-line structure, Content-Length and the headers a response needs (Via, From, To,
 * Call-ID, CSeq) are checked here; everything else is parsed by the message getters on first use.
 * In a response, From and To are required once each but parsed on first use too.
 * Never throws.
 */
export function parseMessage(buf: Buffer, opts?: ParseOptions): ParseResult {
  try {
    return parse(buf, opts ?? {});
  } catch (e) {
    const error = e instanceof SipParseError ? e : new SipParseError("Malformed message", { cause: e });
    return { ok: false, error };
  }
}

interface Split {
  startLine: string;
  names: string[];
  /** Unfolded values of folded lines; undefined where the value is text[offsets[2i], offsets[2i+1]). */
  values: (string | undefined)[];
  offsets: number[];
  /** Index just after the empty line ending the headers, or text.length when there is none. */
  end: number;
  complete: boolean;
  defect: SipParseError | null;
}

function fail(reason: string, detail?: string, status = 400): ParseResult {
  return { ok: false, error: new SipParseError(reason, { detail, status }) };
}

function parse(input: Buffer, opts: ParseOptions): ParseResult {
  const buf = Buffer.isBuffer(input) ? input : toBuffer(input);
  const maxSize = opts.maxMessageSize ?? DEFAULTS.maxMessageSize;
  const maxHeaders = opts.maxHeaders ?? DEFAULTS.maxHeaders;
  const maxLine = opts.maxLineLength ?? DEFAULTS.maxLineLength;
  const transport = opts.transport ?? "UDP";
  const stream = transport === "TCP" || transport === "TLS";
  if (buf.length > maxSize) return fail("Message Too Large", `${buf.length} bytes`, 513);
  // RFC 3261 7.5: CRLFs before the start line are ignored
  let start = 0;
  while (start < buf.length && (buf[start] === 13 || buf[start] === 10)) start++;
  if (start >= buf.length) return fail("Empty message");

  let text = buf.toString("latin1", start);
  let split = splitHeaders(text, maxHeaders, maxLine);
  if (split instanceof SipParseError) return { ok: false, error: split };
  if (!split.complete && stream) return fail("Incomplete message", "no empty line after the headers");
  const bodyStart = start + split.end;
  const head = buf.subarray(start, bodyStart);
  if (!isAscii(head) && isUtf8(head)) {
    // Header text is UTF-8 (RFC 3261 7.3.1); the byte offsets found above stay valid.
    text = buf.toString("utf8", start, bodyStart);
    const again = splitHeaders(text, maxHeaders, maxLine);
    if (again instanceof SipParseError) return { ok: false, error: again };
    split = again;
  }

  // The first defect found in a message whose request line and Via are readable.
  const st: State = { defect: null };

  // Start line
  const line = split.startLine;
  let request: SipRequest | null = null;
  let response: SipResponse | null = null;
  const headers = Headers.fromText(split.names, split.values, text, split.offsets);
  if (isSipSlash(line)) {
    const sp = line.indexOf(" ");
    const version = sp < 0 ? line : line.slice(0, sp);
    const code = sp < 0 ? "" : line.slice(sp + 1, sp + 4);
    const rest = sp < 0 ? "" : line.slice(sp + 4);
    if (version !== "SIP/2.0" && !VERSION_RE.test(version)) return fail("Bad Status-Line", "bad version");
    const status = parseDigits(code);
    if (status < 100 || status > 699 || (rest.length > 0 && rest.charCodeAt(0) !== 32)) return fail("Bad Status-Line", "bad status code");
    if (version.toUpperCase() !== "SIP/2.0") return fail("Unsupported SIP version", version, 505);
    response = new SipResponse(status, rest.slice(1), headers);
  } else {
    let l = line;
    let e = l.length;
    while (e > 0 && (l.charCodeAt(e - 1) === 32 || l.charCodeAt(e - 1) === 9)) e--;
    const trimmed = l.slice(0, e);
    if (e !== l.length) {
      note(st, new SipParseError("Bad Request-Line", { detail: "trailing whitespace" }));
      l = trimmed;
    }
    const sp1 = l.indexOf(" ");
    const sp2 = l.lastIndexOf(" ");
    if (sp1 <= 0 || sp2 === sp1) return fail("Bad Request-Line");
    const method = l.slice(0, sp1);
    const version = l.slice(sp2 + 1);
    let uri = l.slice(sp1 + 1, sp2);
    if (scan(method, 0, C_TOKEN) !== method.length) return fail("Bad Request-Line", "bad method");
    if (version !== "SIP/2.0" && !VERSION_RE.test(version)) return fail("Bad Request-Line", "bad version");
    if (uri.charCodeAt(0) === 32 || uri.charCodeAt(uri.length - 1) === 32) {
      // RFC 3261 7.1: exactly one SP between the elements
      note(st, new SipParseError("Bad Request-Line", { detail: "extra whitespace" }));
      uri = uri.trim();
      if (uri.length === 0) return fail("Bad Request-Line");
    }
    request = new SipRequest(method, uri, headers);
    if (version !== "SIP/2.0") request.version = version.toUpperCase();
    if (request.version !== "SIP/2.0") note(st, new SipParseError("Unsupported SIP version", { detail: version, status: 505 }));
    // The Request-URI is parsed in full by the ruri getter; here only what makes it unusable.
    const uriDefect = requestUriDefect(uri);
    if (uriDefect !== null) note(st, new SipParseError("Bad Request-URI", { detail: uriDefect }));
  }
  if (split.defect) note(st, split.defect);
  const msg: SipMessageAny = request ?? response!;

  // Body and Content-Length (RFC 3261 18.3, 20.14)
  const avail = buf.length - bodyStart;
  let bodyLen = avail;
  let clCount = 0;
  let clValue = "";
  for (let i = 0; i < split.names.length; i++) {
    if (split.names[i] === "content-length") {
      clCount++;
      if (clCount === 1) clValue = headers.valueAt(i);
    }
  }
  if (clCount > 1) note(st, new SipParseError("Multiple Content-Length", { header: "content-length" }));
  else if (clCount === 1) {
    const n = clValue.length <= 10 ? parseDigits(clValue) : -1;
    if (n >= 0) {
      if (n > avail) note(st, new SipParseError("Content-Length larger than message", { header: "content-length" }));
      else {
        if (n < avail && stream) note(st, new SipParseError("Content-Length mismatch", { header: "content-length" }));
        bodyLen = n;
      }
    } else if (/^-\d+$/.test(clValue)) note(st, new SipParseError("Negative Content-Length", { header: "content-length" }));
    else note(st, new SipParseError("Bad Content-Length", { header: "content-length" }));
  } else if (stream) note(st, new SipParseError("Missing Content-Length", { header: "content-length" }));
  if (bodyLen > 0) msg.body = buf.subarray(bodyStart, bodyStart + bodyLen);

  // Headers every response to this message needs (RFC 3261 8.1.1, 8.2.6)
  const cache = msg._cache;
  const vias: Via[] = [];
  let viaLines = 0;
  try {
    for (let i = 0; i < split.names.length; i++) {
      if (split.names[i] === "via") {
        viaLines++;
        parseViasInto(headers.valueAt(i), vias);
      }
    }
    if (viaLines === 0) return fail("Missing Via");
    cache.vias = vias;
  } catch (e) {
    if (response || viaLines === 0) return { ok: false, error: e as SipParseError };
    const top = parseTopViaLenient(headers.get("via")!);
    if (top === null) return { ok: false, error: e as SipParseError };
    cache.vias = [top];
    note(st, e as SipParseError);
  }
  // A request's From and To are parsed now: its answer needs them (RFC 3261 8.2.6.2). A response
  // is matched by its top Via and CSeq alone (17.1.3), so its From and To are only required here
  // and parsed when read: the 200 to each NOTIFY costs no name-addr parse that nobody uses.
  const from = single(headers, split, "from", "From", st);
  if (from !== null && request) {
    try {
      cache.from = parseNameAddr(from);
    } catch (e) {
      note(st, rewrap(e, "Bad From", "from"));
    }
  }
  const to = single(headers, split, "to", "To", st);
  if (to !== null && request) {
    try {
      cache.to = parseNameAddr(to);
    } catch (e) {
      note(st, rewrap(e, "Bad To", "to"));
    }
  }
  const callId = single(headers, split, "call-id", "Call-ID", st);
  if (callId !== null) {
    if (isValidCallId(callId)) cache.callId = callId;
    else note(st, new SipParseError("Bad Call-ID", { header: "call-id" }));
  }
  const cseqValue = single(headers, split, "cseq", "CSeq", st);
  if (cseqValue !== null) {
    try {
      const cseq = parseCSeq(cseqValue);
      cache.cseq = cseq;
      // RFC 3261 8.1.1.7 / RFC 4475 3.1.2.17: the CSeq method matches the request method
      if (request && cseq.method !== request.method) note(st, new SipParseError("CSeq method mismatch", { header: "cseq" }));
    } catch (e) {
      note(st, rewrap(e, "Bad CSeq", "cseq"));
    }
  }

  const error = st.defect;
  if (error === null) return { ok: true, message: msg };
  if (request) return { ok: false, error, request };
  return { ok: false, error };
}

interface State {
  defect: SipParseError | null;
}

function note(st: State, e: SipParseError): void {
  if (st.defect === null) st.defect = e;
}

function rewrap(e: unknown, reason: string, header: string): SipParseError {
  if (e instanceof SipParseError && e.reason === reason) return e;
  return new SipParseError(reason, { detail: e instanceof Error ? e.message : String(e), header, cause: e });
}

/** The value of a header that must appear exactly once, or null after noting the defect. */
function single(headers: Headers, split: Split, name: string, display: string, st: State): string | null {
  let count = 0;
  let first = -1;
  for (let i = 0; i < split.names.length; i++) {
    if (split.names[i] === name) {
      if (count === 0) first = i;
      count++;
    }
  }
  if (count === 1) return headers.valueAt(first);
  note(st, new SipParseError(count === 0 ? `Missing ${display}` : `Multiple ${display}`, { header: name }));
  return null;
}

/** Splits the start line and header lines (unfolding continuation lines, RFC 3261 7.3.1). */
function splitHeaders(text: string, maxHeaders: number, maxLine: number): Split | SipParseError {
  let nl = text.indexOf("\n");
  if (nl < 0) return new SipParseError("Incomplete message", { detail: "no end of start line" });
  let lineEnd = nl > 0 && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
  if (lineEnd > maxLine) return new SipParseError("Start line too long");
  const startLine = text.slice(0, lineEnd);
  const names: string[] = [];
  const values: (string | undefined)[] = [];
  const offsets: number[] = [];
  let defect: SipParseError | null = null;
  let pos = nl + 1;
  let vStart = -1; // value start of the header being read, -1 when none
  let vEnd = 0;
  let folded = false;
  let end = text.length;
  let complete = false;
  let colon = -1; // next ':' at or after pos; searched again only once passed, so the search stays linear

  while (pos < text.length) {
    nl = text.indexOf("\n", pos);
    const last = nl < 0;
    if (last) nl = text.length;
    lineEnd = nl > pos && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    if (lineEnd === pos) {
      end = last ? nl : nl + 1;
      complete = true;
      break;
    }
    if (lineEnd - pos > maxLine) defect ??= new SipParseError("Header line too long");
    const c0 = text.charCodeAt(pos);
    if (c0 === 32 || c0 === 9) {
      // continuation of the previous header line
      if (vStart < 0) defect ??= new SipParseError("Bad header line", { detail: "continuation without header" });
      else {
        folded = true;
        vEnd = lineEnd;
      }
    } else {
      if (vStart >= 0) pushValue(text, vStart, vEnd, folded, values, offsets);
      vStart = -1;
      folded = false;
      // header-name = token, then HCOLON = *( SP / HTAB ) ":" SWS
      if (colon < pos) {
        colon = text.indexOf(":", pos);
        if (colon < 0) colon = text.length;
      }
      let nameEnd = colon > lineEnd ? pos : colon;
      while (nameEnd > pos && (text.charCodeAt(nameEnd - 1) === 32 || text.charCodeAt(nameEnd - 1) === 9)) nameEnd--;
      // a well-known name is a token by construction; anything else is checked
      const name = nameEnd > pos ? (knownName(text, pos, nameEnd) ?? unknownName(text, pos, nameEnd)) : undefined;
      if (name === undefined) {
        defect ??= new SipParseError("Bad header line", { detail: JSON.stringify(text.slice(pos, Math.min(lineEnd, pos + 40))) });
      } else if (names.length >= maxHeaders) {
        defect ??= new SipParseError("Too many headers");
      } else {
        names.push(name);
        vStart = colon + 1;
        vEnd = lineEnd;
      }
    }
    if (last) break;
    pos = nl + 1;
  }
  if (vStart >= 0) pushValue(text, vStart, vEnd, folded, values, offsets);
  return { startLine, names, values, offsets, end, complete, defect };
}

function unknownName(text: string, start: number, end: number): string | undefined {
  return scan(text, start, C_TOKEN) === end ? canonicalName(text.slice(start, end)) : undefined;
}

function isSipSlash(line: string): boolean {
  return (
    line.length >= 4 &&
    (line.charCodeAt(0) | 32) === 115 &&
    (line.charCodeAt(1) | 32) === 105 &&
    (line.charCodeAt(2) | 32) === 112 &&
    line.charCodeAt(3) === 47
  );
}

/** Why a Request-URI cannot be used (RFC 3261 19.1.1: no headers in a SIP Request-URI), or null. */
function requestUriDefect(uri: string): string | null {
  if (!looksLikeUri(uri)) return "malformed";
  const c = uri.charCodeAt(3);
  if ((uri.charCodeAt(0) | 32) === 115 && (uri.charCodeAt(1) | 32) === 105 && (uri.charCodeAt(2) | 32) === 112 && (c === 58 || ((c | 32) === 115 && uri.charCodeAt(4) === 58))) {
    const at = uri.lastIndexOf("@");
    if (uri.indexOf("?", at + 1) >= 0) return "headers in Request-URI";
  }
  return null;
}

/** Records a header value: unfolded now if folded, else as trimmed offsets to be cut on first use. */
function pushValue(text: string, a: number, b: number, folded: boolean, values: (string | undefined)[], offsets: number[]): void {
  if (folded) {
    values.push(unfold(text.slice(a, b)));
    offsets.push(0, 0);
    return;
  }
  while (a < b && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
  while (b > a && (text.charCodeAt(b - 1) === 32 || text.charCodeAt(b - 1) === 9)) b--;
  values.push(undefined);
  offsets.push(a, b);
}

function toBuffer(input: unknown): Buffer {
  if (input instanceof Uint8Array) return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  throw new SipParseError("Malformed message", { detail: "not a Buffer" });
}
