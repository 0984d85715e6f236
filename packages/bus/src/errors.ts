/** What went wrong on the bus; coarse enough for a caller to pick a SIP response. */
export type BusErrorCode =
  /** No reply within the request's timeout, or no JetStream ack in time. */
  | "timeout"
  /** Not connected to NATS (down, reconnecting, never connected), or JetStream not answering. */
  | "unavailable"
  /** Nobody serves the subject (no replica of the service is running). */
  | "no-responders"
  /** The serving handler threw; the requester gets its error name and message. */
  | "remote"
  /** This bus was closed by its owner. */
  | "closed"
  /** The caller passed a subject, header, stream or consumer setting the bus cannot use. */
  | "invalid-argument"
  /** A stream or consumer operation was refused by the server. */
  | "jetstream";

/**
 * Base of every error the bus rejects with. `retryable` is true when the same call may succeed
 * later or on another replica: the SIP edge answers 503 with Retry-After (RFC 3261 21.5.4).
 */
export class BusError extends Error {
  override readonly name: string = "BusError";
  readonly code: BusErrorCode;
  readonly retryable: boolean;

  constructor(code: BusErrorCode, message: string, options?: { cause?: unknown; retryable?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options?.retryable ?? false;
  }
}

/** No reply (or JetStream ack) within the timeout. The request may still have been processed. */
export class BusTimeoutError extends BusError {
  override readonly name = "BusTimeoutError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("timeout", message, { ...options, retryable: true });
  }
}

/** NATS is unreachable or the connection is being re-established; the client keeps reconnecting. */
export class BusUnavailableError extends BusError {
  override readonly name = "BusUnavailableError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("unavailable", message, { ...options, retryable: true });
  }
}

/** No subscriber for the subject: no replica of the service is running. */
export class NoRespondersError extends BusError {
  override readonly name = "NoRespondersError";
  readonly subject: string;
  constructor(subject: string, options?: { cause?: unknown }) {
    super("no-responders", `no responders for ${subject}`, { ...options, retryable: true });
    this.subject = subject;
  }
}

/** The remote handler failed. Retryable when the remote error was (e.g. its store was down). */
export class BusRemoteError extends BusError {
  override readonly name = "BusRemoteError";
  /** `name` of the error the remote handler threw. */
  readonly remoteName: string;
  constructor(remoteName: string, message: string, retryable: boolean) {
    super("remote", message, { retryable });
    this.remoteName = remoteName;
  }
}

/** The bus was closed by its owner (shutdown): another replica may take the request. */
export class BusClosedError extends BusError {
  override readonly name = "BusClosedError";
  constructor(message = "bus closed") {
    super("closed", message, { retryable: true });
  }
}
