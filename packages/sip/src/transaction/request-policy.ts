/** The methods RFC 3261 and its extensions define; others get 501, these 405 when not handled. */
export const KNOWN_METHODS: ReadonlySet<string> = new Set([
  "INVITE",
  "ACK",
  "CANCEL",
  "BYE",
  "OPTIONS",
  "REGISTER",
  "MESSAGE",
  "REFER",
  "INFO",
  "UPDATE",
  "PRACK",
  "SUBSCRIBE",
  "NOTIFY",
  "PUBLISH",
]);

/** Methods the stack keeps for itself: INVITE sessions are not served, CANCEL is answered here. */
export const RESERVED_METHODS: ReadonlySet<string> = new Set(["INVITE", "ACK", "CANCEL"]);

export interface RequestFacts {
  method: string;
  maxForwards: number | null;
  /** The stack is shutting down. */
  closing: boolean;
  /** The application handles this method (listed in `allow` and a handler is registered). */
  claimed: boolean;
  /** For CANCEL: whether a server transaction matches it. */
  cancelMatched: boolean;
}

export type RequestDecision =
  | { action: "deliver" }
  | { action: "options" }
  | { action: "reply"; status: number; withAllow: boolean };

/**
 * What the stack does with a new request (not a retransmission, not an ACK): hand it to the
 * application, answer OPTIONS itself, or reject it.
 */
export function decideRequest(f: RequestFacts): RequestDecision {
  if (f.closing) return { action: "reply", status: 503, withAllow: false };
  // RFC 3261 16.3 item 2: Max-Forwards 0 gets 483, except OPTIONS which may be answered as the final recipient.
  if (f.maxForwards === 0 && f.method !== "OPTIONS") return { action: "reply", status: 483, withAllow: false };
  // RFC 3261 9.2: a CANCEL matching no transaction gets 481; a matching one is answered 200 (a non-INVITE request is not cancelled).
  if (f.method === "CANCEL") return { action: "reply", status: f.cancelMatched ? 200 : 481, withAllow: false };
  if (f.claimed) return { action: "deliver" };
  // RFC 3261 11.2: OPTIONS is answered as an INVITE would be, here 200 with the capabilities.
  if (f.method === "OPTIONS") return { action: "options" };
  // RFC 3261 8.2.1: a known but unsupported method gets 405 with Allow; an unknown one 501.
  if (KNOWN_METHODS.has(f.method)) return { action: "reply", status: 405, withAllow: true };
  return { action: "reply", status: 501, withAllow: false };
}
