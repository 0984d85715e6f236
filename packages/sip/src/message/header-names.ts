import { isToken } from "./chars.js";

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
const TABLE_SIZE = 512;
const tableKey: (string | undefined)[] = new Array(TABLE_SIZE).fill(undefined);
const tableVal: string[] = new Array(TABLE_SIZE).fill("");

function nameHash(s: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 33) + (s.charCodeAt(i) | 32)) | 0;
  return h & (TABLE_SIZE - 1);
}

function addKnown(key: string, canonical: string): void {
  let slot = nameHash(key, 0, key.length);
  while (tableKey[slot] !== undefined) slot = (slot + 1) & (TABLE_SIZE - 1);
  tableKey[slot] = key;
  tableVal[slot] = canonical;
}
for (const k of KNOWN) addKnown(k, k);
for (const [k, v] of Object.entries(COMPACT)) addKnown(k, v);

/**
 * Canonical name of the token text[start, end) when it is a well-known header name or compact form
 * (case-insensitive), else undefined. The text must already be known to be a token.
 */
export function knownName(text: string, start: number, end: number): string | undefined {
  const len = end - start;
  let slot = nameHash(text, start, end);
  for (;;) {
    const key = tableKey[slot];
    if (key === undefined) return undefined;
    if (key.length === len) {
      let i = 0;
      // '|32' folds ASCII letters to lower case; token characters other than letters are unaffected
      while (i < len && (text.charCodeAt(start + i) | 32) === key.charCodeAt(i)) i++;
      if (i === len) return tableVal[slot];
    }
    slot = (slot + 1) & (TABLE_SIZE - 1);
  }
}

// Spelling on the wire -> canonical name. Bounded so that random names cannot grow it forever.
const seen = new Map<string, string>();
const SEEN_MAX = 2048;

/** Lower-cased header name with compact forms expanded. */
export function canonicalName(name: string): string {
  const known = knownName(name, 0, name.length);
  if (known !== undefined && isToken(name)) return known;
  const hit = seen.get(name);
  if (hit !== undefined) return hit;
  const lower = name.toLowerCase();
  const full = lower.length === 1 ? (COMPACT[lower] ?? lower) : lower;
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
