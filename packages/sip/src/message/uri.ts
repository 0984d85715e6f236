import { C_ALPHA, C_DIGIT, C_HOST, C_URI, is, scan } from "./chars.js";
import { SipParseError } from "./errors.js";
import { setParam, unescapePercent } from "./params.js";
import type { Params, SipUri } from "./types.js";

function bad(detail: string): SipParseError {
  return new SipParseError("Bad URI", { detail });
}

/** Index of the ':' ending a valid scheme (ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")), or -1. */
export function schemeEnd(s: string): number {
  if (s.length === 0 || !is(s.charCodeAt(0), C_ALPHA)) return -1;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 58) return i;
    if (!is(c, C_ALPHA | C_DIGIT) && c !== 43 && c !== 45 && c !== 46) return -1;
  }
  return -1;
}

/** Cheap check used where a URI is only carried, not parsed: scheme, then URI characters only. */
export function looksLikeUri(s: string): boolean {
  const e = schemeEnd(s);
  return e > 0 && e + 1 < s.length && scan(s, e + 1, C_URI) === s.length;
}

/**
 * Parses a SIP/SIPS URI (RFC 3261 19.1), a tel URI (RFC 3966, number and parameters) or any other
 * absoluteURI (scheme only). URI parameter names and values are percent-decoded; the user part
 * and header values are kept as written.
 */
export function parseUri(s: string): SipUri {
  const colon = schemeEnd(s);
  if (colon <= 0) throw bad("no scheme");
  if (colon + 1 >= s.length) throw bad("empty");
  if (scan(s, colon + 1, C_URI) !== s.length) throw bad("invalid character");
  const scheme = s.slice(0, colon).toLowerCase();
  const uri: SipUri = { scheme, user: null, password: null, host: "", port: null, params: {}, headers: {} };
  if (scheme === "sip" || scheme === "sips") {
    parseSipParts(s, colon + 1, uri);
  } else if (scheme === "tel") {
    const semi = s.indexOf(";", colon + 1);
    uri.user = s.slice(colon + 1, semi < 0 ? s.length : semi);
    if (semi >= 0) readUriParams(s, semi, uri.params);
  }
  return uri;
}

function parseSipParts(s: string, i: number, uri: SipUri): void {
  // The user part may itself hold ';', '?' and ':' (RFC 4475 3.1.1.2, 3.1.1.9); '@' may not
  // appear unescaped after the host, so the last '@' ends the userinfo.
  const at = s.lastIndexOf("@");
  if (at >= i) {
    const userinfo = s.slice(i, at);
    const pc = userinfo.indexOf(":");
    const user = pc < 0 ? userinfo : userinfo.slice(0, pc);
    if (user.length === 0) throw bad("empty user");
    if (/[@[\]]/.test(user)) throw bad("invalid user");
    uri.user = user;
    if (pc >= 0) uri.password = userinfo.slice(pc + 1);
    i = at + 1;
  }
  let hostEnd: number;
  if (s.charCodeAt(i) === 91 /* [ */) {
    hostEnd = s.indexOf("]", i);
    if (hostEnd < 0 || !isIpv6(s.slice(i + 1, hostEnd))) throw bad("invalid IPv6 reference");
    hostEnd++;
  } else {
    hostEnd = scan(s, i, C_HOST);
    if (hostEnd === i) throw bad("empty host");
  }
  uri.host = s.slice(i, hostEnd).toLowerCase();
  i = hostEnd;
  if (s.charCodeAt(i) === 58 /* : */) {
    const pe = scan(s, i + 1, C_DIGIT);
    uri.port = toPort(s.slice(i + 1, pe));
    i = pe;
  }
  if (s.charCodeAt(i) === 59 /* ; */) {
    const q = s.indexOf("?", i);
    const end = q < 0 ? s.length : q;
    readUriParams(s.slice(0, end), i, uri.params);
    i = end;
  }
  if (i < s.length) {
    if (s.charCodeAt(i) !== 63 /* ? */) throw bad("unexpected character after host");
    for (const pair of s.slice(i + 1).split("&")) {
      const eq = pair.indexOf("=");
      const name = eq < 0 ? pair : pair.slice(0, eq);
      if (name.length === 0) throw bad("empty header name");
      if (name !== "__proto__") uri.headers[name] = eq < 0 ? "" : pair.slice(eq + 1);
    }
  }
}

/** `;name[=value]` pairs from s[i] === ';' to the end of s. */
function readUriParams(s: string, i: number, params: Params): void {
  for (const part of s.slice(i + 1).split(";")) {
    if (part.length === 0) throw bad("empty parameter");
    const eq = part.indexOf("=");
    const name = unescapePercent(eq < 0 ? part : part.slice(0, eq)).toLowerCase();
    if (name.length === 0) throw bad("empty parameter name");
    if (eq >= 0 && eq === part.length - 1) throw bad("empty parameter value");
    setParam(params, name, eq < 0 ? null : unescapePercent(part.slice(eq + 1)));
  }
}

export function toPort(digits: string): number {
  if (digits.length === 0 || digits.length > 5) throw bad("invalid port");
  const n = Number(digits);
  if (n > 65535) throw bad("invalid port");
  return n;
}

/** Loose IPv6 text check: hex groups, ':' and an optional dotted IPv4 tail. */
export function isIpv6(s: string): boolean {
  if (s.length < 2 || s.indexOf(":") < 0) return false;
  return /^[0-9a-fA-F:.]+$/.test(s) && !/:::/.test(s);
}
