import { SipError } from "../message/errors.js";

/** A request the client transaction layer cannot run (e.g. INVITE, or missing mandatory headers). */
export class UnsupportedRequestError extends SipError {}

/** The stack was closed while the transaction was pending, or before it started. */
export class StackClosedError extends SipError {}

/** The request of a server transaction was read after its final response, when it is no longer kept. */
export class TransactionReleasedError extends SipError {}
