/** What went wrong, coarse enough for the SIP layer to pick a response. */
export type StoreErrorCode =
  /** Redis unreachable, timed out, loading or failing over: answer 503 + Retry-After. */
  | "unavailable"
  /** The caller passed a record or key the store cannot hold. */
  | "invalid-argument"
  /** A stored record could not be decoded. */
  | "corrupt-record"
  /** The store was closed. */
  | "closed"
  /** Any other backend failure (script error, wrong key type). */
  | "backend";

/** The only error type the Store rejects with. */
export class StoreError extends Error {
  override readonly name = "StoreError";
  readonly code: StoreErrorCode;
  /** True when the same call may succeed later (the SIP layer answers 503 with Retry-After). */
  readonly retryable: boolean;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown; retryable?: boolean }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options?.retryable ?? code === "unavailable";
  }

  static invalid(message: string): StoreError {
    return new StoreError("invalid-argument", message);
  }
}

const RETRYABLE_REPLY_PREFIXES = ["LOADING", "BUSY", "TRYAGAIN", "CLUSTERDOWN", "MASTERDOWN", "READONLY", "NOREPLICAS"];
const RETRYABLE_MESSAGES = [
  "Command timed out",
  "Connection is closed",
  "Stream isn't writeable",
  "Reached the max retries per request limit",
  "connect ETIMEDOUT",
];
const RETRYABLE_ERRNO = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN"]);

/** Classifies an ioredis failure: connection-level trouble is retryable, reply errors are not. */
export function wrapRedisError(err: unknown, operation: string): StoreError {
  if (err instanceof StoreError) return err;
  const e = err instanceof Error ? err : new Error(String(err));
  const errno = (e as NodeJS.ErrnoException).code;
  const retryable =
    e.name === "MaxRetriesPerRequestError" ||
    (errno !== undefined && RETRYABLE_ERRNO.has(errno)) ||
    RETRYABLE_MESSAGES.some((m) => e.message.includes(m)) ||
    RETRYABLE_REPLY_PREFIXES.some((p) => e.message.startsWith(p));
  return new StoreError(retryable ? "unavailable" : "backend", `redis ${operation} failed: ${e.message}`, {
    cause: e,
    retryable,
  });
}
