import { C_DIGIT, C_TOKEN, C_WORD, C_WS, is, isToken, parseDigits, scan, skipWs, trimWs } from "./chars.js";
import { SipParseError } from "./errors.js";
import { readParams } from "./params.js";
import type { CSeq, EventHeader, Params, SubscriptionState } from "./types.js";

/** RFC 3261 8.1.1.5: the CSeq number must be less than 2**31. */
const CSEQ_MAX = 2 ** 31 - 1;
/** RFC 3261 20.19 / 20.43: delta-seconds range. */
const DELTA_MAX = 2 ** 32 - 1;

/** `CSeq: 1*DIGIT LWS Method` (RFC 3261 20.16). */
export function parseCSeq(s: string): CSeq {
  const i = skipWs(s, 0);
  const d = scan(s, i, C_DIGIT);
  if (d === i) throw new SipParseError("Bad CSeq", { detail: "no sequence number", header: "cseq" });
  if (!is(s.charCodeAt(d), C_WS)) throw new SipParseError("Bad CSeq", { detail: "expected LWS", header: "cseq" });
  const seq = parseDigits(s.slice(i, d));
  if (seq > CSEQ_MAX) throw new SipParseError("Bad CSeq", { detail: "sequence number out of range", header: "cseq" });
  const m = skipWs(s, d);
  const e = scan(s, m, C_TOKEN);
  if (e === m || skipWs(s, e) !== s.length) throw new SipParseError("Bad CSeq", { detail: "bad method", header: "cseq" });
  return { seq, method: s.slice(m, e) };
}

/** Call-ID = word [ "@" word ] (RFC 3261 25.1). */
export function isValidCallId(s: string): boolean {
  const at = s.indexOf("@");
  if (at < 0) return s.length > 0 && scan(s, 0, C_WORD) === s.length;
  return at > 0 && scan(s, 0, C_WORD) === at && at + 1 < s.length && scan(s, at + 1, C_WORD) === s.length;
}

/** Event = event-type *( SEMI event-param ) (RFC 6665 8.2.1); the package name is lower-cased. */
export function parseEvent(s: string): EventHeader {
  const i = skipWs(s, 0);
  const e = scan(s, i, C_TOKEN);
  if (e === i) throw new SipParseError("Bad Event", { detail: "no event type", header: "event" });
  const params: Params = {};
  try {
    readParams(s, e, params, false);
  } catch (err) {
    throw new SipParseError("Bad Event", { detail: (err as Error).message, header: "event", cause: err });
  }
  const id = params.id ?? null;
  delete params.id;
  return { event: s.slice(i, e).toLowerCase(), id, params };
}

/** Subscription-State = substate-value *( SEMI subexp-params ) (RFC 6665 8.2.3). */
export function parseSubscriptionState(s: string): SubscriptionState {
  const i = skipWs(s, 0);
  const e = scan(s, i, C_TOKEN);
  if (e === i) throw subStateError("no state");
  const params: Params = {};
  try {
    readParams(s, e, params, false);
  } catch (err) {
    throw subStateError((err as Error).message, err);
  }
  const expires = subStateNumber(params, "expires");
  const retryAfter = subStateNumber(params, "retry-after");
  const reason = params.reason ?? null;
  delete params.expires;
  delete params["retry-after"];
  delete params.reason;
  return { state: s.slice(i, e).toLowerCase(), expires, reason: reason === null ? null : reason.toLowerCase(), retryAfter, params };
}

function subStateError(detail: string, cause?: unknown): SipParseError {
  return new SipParseError("Bad Subscription-State", { detail, header: "subscription-state", cause });
}

function subStateNumber(params: Params, name: string): number | null {
  const v = params[name];
  if (v === undefined) return null;
  if (v === null) throw subStateError(`${name} without value`);
  const n = parseDigits(v);
  if (n < 0) throw subStateError(`bad ${name}`);
  return Math.min(n, DELTA_MAX);
}

/** delta-seconds (Expires, Min-Expires): values above 2**32-1 are taken as 2**32-1. */
export function parseDeltaSeconds(s: string, header: string, reason: string): number {
  const n = parseDigits(trimWs(s));
  if (n < 0) throw new SipParseError(reason, { header });
  return Math.min(n, DELTA_MAX);
}

/** Max-Forwards = 1*DIGIT, 0..255 (RFC 3261 20.22). */
export function parseMaxForwards(s: string): number {
  const n = parseDigits(trimWs(s));
  if (n < 0 || n > 255) throw new SipParseError("Bad Max-Forwards", { header: "max-forwards" });
  return n;
}

/** The media type of a Content-Type value, lower-cased, without parameters (RFC 3261 20.15). */
export function parseMediaType(s: string): string {
  const semi = s.indexOf(";");
  const t = trimWs(semi < 0 ? s : s.slice(0, semi));
  const slash = t.indexOf("/");
  if (slash < 0 || !isToken(trimWs(t.slice(0, slash))) || !isToken(trimWs(t.slice(slash + 1)))) {
    throw new SipParseError("Bad Content-Type", { header: "content-type" });
  }
  return t.replace(/[ \t]+/g, "").toLowerCase();
}
