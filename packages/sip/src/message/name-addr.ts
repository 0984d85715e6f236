import { C_TOKEN, C_URI, C_WS, scan, skipWs, trimWs } from "./chars.js";
import { SipParseError } from "./errors.js";
import { splitList } from "./headers.js";
import { readParams, readQuoted } from "./params.js";
import { looksLikeUri } from "./uri.js";
import type { NameAddr } from "./types.js";

function bad(detail: string): SipParseError {
  return new SipParseError("Bad name-addr", { detail });
}

/**
 * Parses one `( name-addr / addr-spec ) *( SEMI generic-param )` value (RFC 3261 20.10, 25.1), as in
 * From, To, Contact, Route. Without < >, parameters after the URI are header parameters and the
 * URI may not hold ',', ';' or '?'.
 */
export function parseNameAddr(s: string): NameAddr {
  let i = skipWs(s, 0);
  let displayName: string | null = null;
  let uri: string;
  if (s.charCodeAt(i) === 34 /* " */) {
    const q = readQuoted(s, i);
    displayName = q.value;
    i = skipWs(s, q.end);
    if (s.charCodeAt(i) !== 60) throw bad("expected '<' after display name");
  } else {
    // display-name = *(token LWS): a run of token characters and whitespace ending at '<'
    const lt = scan(s, i, C_TOKEN | C_WS);
    if (s.charCodeAt(lt) === 60) {
      const dn = trimWs(s.slice(i, lt));
      displayName = dn.length > 0 ? dn : null;
      i = lt;
    }
  }
  if (s.charCodeAt(i) === 60 /* < */) {
    const gt = s.indexOf(">", i + 1);
    if (gt < 0) throw bad("missing '>'");
    uri = s.slice(i + 1, gt);
    if (!looksLikeUri(uri)) throw bad("invalid URI");
    i = gt + 1;
  } else {
    const end = scan(s, i, C_URI);
    let stop = end;
    for (let j = i; j < end; j++) {
      const c = s.charCodeAt(j);
      if (c === 59 /* ; */) {
        stop = j;
        break;
      }
      // RFC 3261 20.10: a URI with ',' or '?' must be enclosed in < >
      if (c === 44 || c === 63) throw bad("URI with ',' or '?' outside < >");
    }
    uri = s.slice(i, stop);
    if (!looksLikeUri(uri)) throw bad("invalid URI");
    i = stop;
  }
  const params = {};
  const end = readParams(s, i, params, true);
  if (end < s.length) throw bad("more than one value");
  return { displayName, uri, params };
}

/** Parses a comma-separated list of name-addr values (Contact, Route, Record-Route, ...). */
export function parseNameAddrList(values: string[]): NameAddr[] {
  const out: NameAddr[] = [];
  for (const line of values) for (const el of splitList(line)) out.push(parseNameAddr(el));
  return out;
}

/** Contact values; `*` (RFC 3261 10.2.2) comes back as a NameAddr whose uri is "*". */
export function parseContacts(values: string[]): NameAddr[] {
  const out: NameAddr[] = [];
  for (const line of values) {
    for (const el of splitList(line)) {
      if (el === "*") out.push({ displayName: null, uri: "*", params: {} });
      else out.push(parseNameAddr(el));
    }
  }
  return out;
}
