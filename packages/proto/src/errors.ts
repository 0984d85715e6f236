/** Why a value could not cross the wire. */
export type ProtoErrorCode =
  /** A TS value does not fit its protobuf field (e.g. a port above 65535 in a uint32, a fractional CSeq). */
  | "invalid-value"
  /** Bytes from the bus are not a valid message of the expected type. */
  | "malformed"
  /** A decoded message lacks a field the TS type requires, or carries an unknown enum value. */
  | "missing-field";

/** The only error the converters and codecs throw. Never retryable: the same input fails again. */
export class ProtoError extends Error {
  override readonly name = "ProtoError";
  readonly code: ProtoErrorCode;
  readonly retryable = false;

  constructor(code: ProtoErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}
