import { SipError } from "../message/errors.js";
import type { Endpoint } from "../message/types.js";
import { formatHostPort } from "./addresses.js";

/** A message could not be handed to the network (socket error, refused connection, closed flow...). */
export class TransportError extends SipError {
  readonly target: Endpoint | undefined;
  constructor(message: string, options?: { target?: Endpoint; cause?: unknown }) {
    super(options?.target ? `${message} (${options.target.transport} ${formatHostPort(options.target.address, options.target.port)})` : message, options);
    this.target = options?.target;
  }
}

/** The transport layer has been closed. */
export class TransportClosedError extends TransportError {}

/** Binding the listening sockets failed. */
export class BindError extends TransportError {}
