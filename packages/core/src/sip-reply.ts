/**
 * The answer a handler gives to a request, independent of the transport that carries it: the edge
 * turns it into a SIP response (standalone: directly; distributed: after a bus hop).
 */
export type HeaderList = Array<[string, string]>;

export interface SipReply {
  status: number;
  reason: string;
  headers: HeaderList;
  /** The To-tag to put on the response when the request had none (dialog-creating SUBSCRIBE). */
  toTag?: string;
}

const REASONS: Record<number, string> = {
  200: "OK",
  202: "Accepted",
  400: "Bad Request",
  403: "Forbidden",
  404: "Not Found",
  406: "Not Acceptable",
  412: "Conditional Request Failed",
  413: "Request Entity Too Large",
  415: "Unsupported Media Type",
  423: "Interval Too Brief",
  481: "Call/Transaction Does Not Exist",
  489: "Bad Event",
  500: "Server Internal Error",
  503: "Service Unavailable",
};

export function reply(status: number, reason?: string, headers: HeaderList = []): SipReply {
  return { status, reason: reason ?? REASONS[status] ?? "Unknown", headers };
}

/** A Warning header (RFC 3261 20.43): code 399 = miscellaneous, agent = our host token. */
export function warning(text: string, agent = "presence"): [string, string] {
  return ["Warning", `399 ${agent} "${text.replace(/["\\]/g, "'")}"`];
}

/**
 * A request that must be refused: thrown by validation deep inside a handler and turned into a reply
 * in exactly one place (`toReply`).
 */
export class SipFailure extends Error {
  readonly status: number;
  readonly reason: string;
  readonly headers: HeaderList;
  constructor(status: number, reason: string, opts: { headers?: HeaderList; detail?: string; cause?: unknown } = {}) {
    super(`${status} ${reason}${opts.detail ? `: ${opts.detail}` : ""}`, { cause: opts.cause });
    this.name = "SipFailure";
    this.status = status;
    this.reason = reason;
    this.headers = [...(opts.headers ?? [])];
    if (opts.detail) this.headers.push(warning(opts.detail));
  }
}

/** Whether an error means a dependency (store, bus) is unavailable rather than a bug. */
export interface RetryableError {
  retryable: boolean;
}

function isRetryable(err: unknown): err is RetryableError {
  return typeof err === "object" && err !== null && (err as RetryableError).retryable === true;
}

/**
 * The one place errors become SIP responses. A dependency outage is 503 with Retry-After
 * (RFC 3261 21.5.4) so clients back off instead of hanging; anything else is 500.
 */
export function toReply(err: unknown, retryAfterSeconds = 5): SipReply {
  if (err instanceof SipFailure) return { status: err.status, reason: err.reason, headers: err.headers };
  if (isRetryable(err)) {
    return reply(503, "Service Unavailable", [
      ["Retry-After", String(retryAfterSeconds)],
      warning("state store or message bus unavailable"),
    ]);
  }
  return reply(500, "Server Internal Error", [["Retry-After", String(retryAfterSeconds)]]);
}
