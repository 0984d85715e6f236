/** Base of the errors the events package throws. */
export class EventsError extends Error {
  override readonly name: string = "EventsError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** add_event with a name that is already registered. */
export class DuplicateEventError extends EventsError {
  override readonly name = "DuplicateEventError";
  constructor(readonly eventName: string) {
    super(`event package '${eventName}' is already registered`);
  }
}

/** A package definition that cannot work (bad name, no content type, winfo without its peer...). */
export class InvalidEventPackageError extends EventsError {
  override readonly name = "InvalidEventPackageError";
  constructor(
    readonly eventName: string,
    readonly problem: string,
  ) {
    super(`event package '${eventName}': ${problem}`);
  }
}
