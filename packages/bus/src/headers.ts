import { BusError } from "./errors.js";

/** Message headers: one value per name. Names are case-sensitive, as in NATS. */
export type BusHeaders = Record<string, string>;

/** W3C Trace Context (https://www.w3.org/TR/trace-context/) header names. */
export const TRACEPARENT = "traceparent";
export const TRACESTATE = "tracestate";

/** JetStream de-duplication id (set it on publishEvent to make a re-publish idempotent). */
export const MSG_ID = "Nats-Msg-Id";

/** Headers of an error reply produced when a serve() handler throws. */
export const ERROR_HEADER = "Presence-Bus-Error";
export const ERROR_MESSAGE_HEADER = "Presence-Bus-Error-Message";
export const ERROR_RETRYABLE_HEADER = "Presence-Bus-Error-Retryable";

/** Marks a reply of a stream that is not the last one (requestStream / serveStream). */
export const MORE_HEADER = "Presence-Bus-More";

// NATS header names are HTTP-like tokens; values must not break the header block.
const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const BAD_VALUE = /[\r\n]/;

/** Rejects headers NATS could not carry, identically in both bus implementations. */
export function checkHeaders(h: BusHeaders | undefined): void {
  if (!h) return;
  for (const [k, v] of Object.entries(h)) {
    if (!NAME.test(k)) throw new BusError("invalid-argument", `invalid header name ${JSON.stringify(k)}`);
    if (typeof v !== "string" || BAD_VALUE.test(v)) throw new BusError("invalid-argument", `invalid value for header ${k}`);
  }
}

/** Trace context of a request, copied onto its reply unless the handler set its own. */
export function traceHeaders(h: BusHeaders): BusHeaders {
  const out: BusHeaders = {};
  if (h[TRACEPARENT] !== undefined) out[TRACEPARENT] = h[TRACEPARENT];
  if (h[TRACESTATE] !== undefined) out[TRACESTATE] = h[TRACESTATE];
  return out;
}

/** Header-safe one-line text (error messages travel in a header). */
export function headerText(s: string, max = 1000): string {
  const flat = s.replace(/[\r\n]+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
