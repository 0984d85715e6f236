// How a serve() handler's result or exception becomes a reply, and how the requester reads it back.
// Both bus implementations use these, so an error reply looks the same in memory and over NATS.
import { BusRemoteError } from "./errors.js";
import {
  checkHeaders,
  ERROR_HEADER,
  ERROR_MESSAGE_HEADER,
  ERROR_RETRYABLE_HEADER,
  headerText,
  MORE_HEADER,
  traceHeaders,
  type BusHeaders,
} from "./headers.js";
import type { BusReply } from "./types.js";

const EMPTY = new Uint8Array(0);

/** The reply to send for a handler's return value; the request's trace context unless the handler set one. */
export function successReply(result: Uint8Array | BusReply, requestHeaders: BusHeaders): BusReply {
  if (result instanceof Uint8Array) return { data: result, headers: traceHeaders(requestHeaders) };
  if (typeof result !== "object" || result === null || !(result.data instanceof Uint8Array)) {
    // Thrown inside the serve wrapper, so the requester gets an error reply instead of garbage.
    throw new TypeError("serve handler returned neither a Uint8Array nor { data: Uint8Array }");
  }
  checkHeaders(result.headers);
  return { data: result.data, headers: { ...traceHeaders(requestHeaders), ...result.headers } };
}

/** The reply for a handler that threw: name, message and retryability travel in headers. */
export function errorReply(err: unknown, requestHeaders: BusHeaders): BusReply {
  const e = err instanceof Error ? err : new Error(String(err));
  const retryable = (e as { retryable?: unknown }).retryable === true;
  return {
    data: EMPTY,
    headers: {
      ...traceHeaders(requestHeaders),
      [ERROR_HEADER]: headerText(e.name || "Error", 100),
      [ERROR_MESSAGE_HEADER]: headerText(e.message),
      [ERROR_RETRYABLE_HEADER]: retryable ? "1" : "0",
    },
  };
}

/** Throws BusRemoteError when `reply` is an error reply. */
export function throwIfErrorReply(reply: BusReply, subject: string): void {
  const name = reply.headers[ERROR_HEADER];
  if (name === undefined) return;
  const message = reply.headers[ERROR_MESSAGE_HEADER] ?? "";
  throw new BusRemoteError(name, `${subject}: remote handler failed: ${name}: ${message}`, reply.headers[ERROR_RETRYABLE_HEADER] === "1");
}

/** A reply of a stream before its last one. */
export function moreReply(data: Uint8Array, requestHeaders: BusHeaders): BusReply {
  if (!(data instanceof Uint8Array)) throw new TypeError("a stream reply must be a Uint8Array");
  return { data, headers: { ...traceHeaders(requestHeaders), [MORE_HEADER]: "1" } };
}

/** Whether `reply` ends its stream; removes the stream marker from its headers. */
export function takeLast(reply: BusReply): boolean {
  if (reply.headers[MORE_HEADER] !== "1") return true;
  delete reply.headers[MORE_HEADER];
  return false;
}
