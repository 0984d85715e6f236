/**
 * Just enough SIP text handling for the benchmark's watcher: split a datagram into start line,
 * headers and body, and build the 200 OK to a request. Pure and allocation-light, so the watcher
 * process stays cheap next to the server it measures.
 */

export interface ParsedDatagram {
  startLine: string;
  /** Header lines as received (name: value), in order. */
  headers: string[];
  body: string;
}

export function splitDatagram(text: string): ParsedDatagram | null {
  const end = text.indexOf("\r\n\r\n");
  if (end < 0) return null;
  const lines = text.slice(0, end).split("\r\n");
  const startLine = lines.shift() ?? "";
  return { startLine, headers: lines, body: text.slice(end + 4) };
}

const COMPACT: Record<string, string> = { v: "via", f: "from", t: "to", i: "call-id", l: "content-length", c: "content-type", o: "event", m: "contact" };

/** Lower-case full header name of a header line ("v: ..." gives "via"). */
export function headerName(line: string): string {
  const colon = line.indexOf(":");
  const raw = (colon < 0 ? line : line.slice(0, colon)).trim().toLowerCase();
  return COMPACT[raw] ?? raw;
}

export function headerValue(line: string): string {
  const colon = line.indexOf(":");
  return colon < 0 ? "" : line.slice(colon + 1).trim();
}

/** First value of a header, or null. */
export function findHeader(headers: readonly string[], name: string): string | null {
  for (const h of headers) if (headerName(h) === name) return headerValue(h);
  return null;
}

/** RFC 3261 8.2.6.2: a response copies Via, From, To, Call-ID and CSeq of the request. */
export function okResponse(req: ParsedDatagram): string {
  let out = "SIP/2.0 200 OK\r\n";
  for (const h of req.headers) {
    const n = headerName(h);
    if (n === "via" || n === "from" || n === "to" || n === "call-id" || n === "cseq") out += `${h}\r\n`;
  }
  return `${out}Content-Length: 0\r\n\r\n`;
}

/**
 * The publisher's timestamp in a PIDF note: "bench <step> <seconds>/<microseconds>", the numbers as
 * sipp prints its gettimeofday variables ("1795701281.000000/956686.000000").
 */
export interface BenchNote {
  step: string;
  /** Epoch milliseconds with microsecond precision. */
  sentAtMs: number;
}

const NOTE_RE = /bench (\S+) (\d+)(?:\.\d*)?\/(\d+)(?:\.\d*)?/;

export function parseBenchNote(body: string): BenchNote | null {
  const m = NOTE_RE.exec(body);
  if (!m) return null;
  return { step: m[1]!, sentAtMs: Number(m[2]) * 1000 + Number(m[3]) / 1000 };
}
