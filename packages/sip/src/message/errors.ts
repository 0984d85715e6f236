/** Base class of every error thrown by @presence/sip. */
export class SipError extends Error {
  override cause?: unknown;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = new.target.name;
    if (options && "cause" in options) this.cause = options.cause;
  }
}

/**
 * A message or header value that does not follow the grammar. `reason` is a short phrase that can
 * be used as the reason phrase of the error response ("Bad CSeq"); `status` is the response code
 * that fits (400, or 505 for an unsupported SIP version, 513 for an oversized message).
 */
export class SipParseError extends SipError {
  readonly reason: string;
  readonly status: number;
  /** Canonical (lower-case) name of the header at fault, when there is one. */
  readonly header?: string;
  constructor(reason: string, options?: { detail?: string; status?: number; header?: string; cause?: unknown }) {
    super(options?.detail ? `${reason}: ${options.detail}` : reason, options);
    this.reason = reason;
    this.status = options?.status ?? 400;
    if (options?.header !== undefined) this.header = options.header;
  }
}
