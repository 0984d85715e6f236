import { InternTable } from "./intern-table.js";

/** Header-name normalisation: compact forms (RFC 3261 7.3.3 and extensions) and display case. */

const COMPACT: Record<string, string> = {
  a: "accept-contact", // RFC 3841
  b: "referred-by", // RFC 3892
  c: "content-type",
  d: "request-disposition", // RFC 3841
  e: "content-encoding",
  f: "from",
  i: "call-id",
  j: "reject-contact", // RFC 3841
  k: "supported",
  l: "content-length",
  m: "contact",
  n: "identity-info", // RFC 4474
  o: "event", // RFC 6665
  r: "refer-to", // RFC 3515
  s: "subject",
  t: "to",
  u: "allow-events", // RFC 6665
  v: "via",
  x: "session-expires", // RFC 4028
  y: "identity", // RFC 4474
};

const DISPLAY: Record<string, string> = {
  "call-id": "Call-ID",
  cseq: "CSeq",
  "www-authenticate": "WWW-Authenticate",
  "sip-etag": "SIP-ETag",
  "sip-if-match": "SIP-If-Match",
  "mime-version": "MIME-Version",
  "rseq": "RSeq",
  "rack": "RAck",
  "p-asserted-identity": "P-Asserted-Identity",
};

/** Canonical names looked up straight from the message text, so that the common ones cost no allocation. */
const KNOWN = [
  "via", "from", "to", "call-id", "cseq", "contact", "max-forwards", "content-length", "content-type",
  "event", "expires", "min-expires", "subscription-state", "allow-events", "allow", "accept", "supported",
  "require", "proxy-require", "unsupported", "route", "record-route", "user-agent", "server", "sip-etag",
  "sip-if-match", "authorization", "proxy-authorization", "www-authenticate", "proxy-authenticate", "date",
  "subject", "content-encoding", "content-disposition", "content-language", "refer-to", "referred-by",
  "session-expires", "timestamp", "warning", "retry-after", "organization", "priority", "accept-encoding",
  "accept-language", "alert-info", "call-info", "error-info", "in-reply-to", "mime-version", "reply-to",
  "p-asserted-identity", "p-preferred-identity", "privacy", "identity", "identity-info", "path", "rseq",
  "rack", "reason", "accept-contact", "reject-contact", "request-disposition", "security-client",
  "security-server", "security-verify", "service-route", "replaces", "join", "target-dialog",
];
const table = new InternTable([...KNOWN.map((k) => [k, k] as const), ...Object.entries(COMPACT)]);

/** Canonical name of text[start, end) when it is a well-known header name or compact form (any case), else undefined. */
export function knownName(text: string, start: number, end: number): string | undefined {
  return table.lookup(text, start, end);
}

// Spelling -> canonical name, for the names code spells ("Call-ID", "event"): a string constant
// keeps its hash, so a hit costs less than the table's letter-by-letter compare. Bounded so that
// random names cannot grow it forever.
const seen = new Map<string, string>();
const SEEN_MAX = 2048;

/** Lower-cased header name with compact forms expanded. */
export function canonicalName(name: string): string {
  const hit = seen.get(name);
  if (hit !== undefined) return hit;
  let full = knownName(name, 0, name.length);
  if (full === undefined) {
    const lower = name.toLowerCase();
    full = lower.length === 1 ? (COMPACT[lower] ?? lower) : lower;
  }
  if (seen.size < SEEN_MAX) seen.set(name, full);
  return full;
}

const displayCache = new Map<string, string>();

/** Display spelling of a canonical name: "call-id" -> "Call-ID", "x-foo" -> "X-Foo". */
export function displayName(canonical: string): string {
  const fixed = DISPLAY[canonical];
  if (fixed !== undefined) return fixed;
  const hit = displayCache.get(canonical);
  if (hit !== undefined) return hit;
  let out = "";
  let up = true;
  for (let i = 0; i < canonical.length; i++) {
    const ch = canonical[i]!;
    out += up ? ch.toUpperCase() : ch;
    up = ch === "-";
  }
  if (displayCache.size < SEEN_MAX) displayCache.set(canonical, out);
  return out;
}
