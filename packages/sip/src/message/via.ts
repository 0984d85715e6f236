import { C_DIGIT, C_HOST, C_TOKEN, C_WS, is, scan, skipWs } from "./chars.js";
import { SipParseError } from "./errors.js";
import { readParams } from "./params.js";
import { isIpv6, toPort } from "./uri.js";
import type { Params, Via } from "./types.js";

function bad(detail: string): SipParseError {
  return new SipParseError("Bad Via", { detail, header: "via" });
}

/** Parses one Via header value: `via-parm *(COMMA via-parm)` (RFC 3261 20.42, 25.1). */
export function parseVias(s: string): Via[] {
  const out: Via[] = [];
  parseViasInto(s, out);
  return out;
}

export function parseViasInto(s: string, out: Via[]): void {
  try {
    let i = 0;
    for (;;) {
      const r = readVia(s, i, false);
      out.push(r.via);
      i = skipWs(s, r.end);
      if (i >= s.length) return;
      if (s.charCodeAt(i) !== 44) throw bad("unexpected character");
      i++;
    }
  } catch (e) {
    if (e instanceof SipParseError && e.reason === "Bad Via") throw e;
    throw new SipParseError("Bad Via", { detail: e instanceof Error ? e.message : String(e), header: "via", cause: e });
  }
}

/**
 * Reads only what is needed to route a response (sent-protocol, sent-by and any readable
 * parameters) from the first via-parm, skipping junk after it; null when even that is unreadable.
 * Used to answer 400 to requests whose Via is otherwise malformed (RFC 4475 3.1.2.1).
 */
export function parseTopViaLenient(s: string): Via | null {
  try {
    return readVia(s, 0, true).via;
  } catch {
    return null;
  }
}

function readVia(s: string, i: number, lenient: boolean): { via: Via; end: number } {
  i = skipWs(s, i);
  // sent-protocol = protocol-name SLASH protocol-version SLASH transport (SLASH allows LWS around '/')
  const p1 = scan(s, i, C_TOKEN);
  if (p1 === i) throw bad("missing protocol");
  i = skipWs(s, p1);
  if (s.charCodeAt(i) !== 47) throw bad("expected '/'");
  i = skipWs(s, i + 1);
  const p2 = scan(s, i, C_TOKEN);
  if (p2 === i) throw bad("missing protocol version");
  i = skipWs(s, p2);
  if (s.charCodeAt(i) !== 47) throw bad("expected '/'");
  i = skipWs(s, i + 1);
  const t = scan(s, i, C_TOKEN);
  if (t === i) throw bad("missing transport");
  const transport = s.slice(i, t).toUpperCase();
  if (!is(s.charCodeAt(t), C_WS)) throw bad("expected LWS after transport");
  i = skipWs(s, t);
  // sent-by = host [ COLON port ]
  let hostEnd: number;
  if (s.charCodeAt(i) === 91) {
    hostEnd = s.indexOf("]", i);
    if (hostEnd < 0 || !isIpv6(s.slice(i + 1, hostEnd))) throw bad("invalid IPv6 reference");
    hostEnd++;
  } else {
    hostEnd = scan(s, i, C_HOST);
    if (hostEnd === i) throw bad("missing host");
  }
  const host = s.slice(i, hostEnd).toLowerCase();
  i = skipWs(s, hostEnd);
  let port: number | null = null;
  if (s.charCodeAt(i) === 58) {
    i = skipWs(s, i + 1);
    const pe = scan(s, i, C_DIGIT);
    port = toPort(s.slice(i, pe));
    i = pe;
  }
  const params: Params = {};
  i = readParams(s, i, params, true, lenient);
  let rport: number | true | null = null;
  const v = params.rport;
  if (v !== undefined) {
    if (v === null) rport = true;
    else if (/^\d{1,5}$/.test(v) && Number(v) <= 65535) rport = Number(v);
    else if (!lenient) throw bad("invalid rport");
  }
  const via: Via = {
    transport,
    host,
    port,
    params,
    branch: params.branch ?? null,
    received: params.received ?? null,
    rport,
  };
  return { via, end: i };
}
