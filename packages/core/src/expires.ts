import { SipFailure } from "./sip-reply.js";

export interface ExpiresPolicy {
  /** max_expires: requests asking for more are clamped. */
  max: number;
  /** min_expires: 0 disables the lower bound. */
  min: number;
  /** min_expires_action: 1 = 423 Interval Too Brief (RFC compliant), 2 = raise to min_expires. */
  minAction: 1 | 2;
}

/**
 * The granted duration for a PUBLISH or SUBSCRIBE. Zero passes through (remove / unsubscribe / fetch).
 * RFC 3903 5 / RFC 6665 4.2.1.1: a non-zero value below the minimum gets 423 with Min-Expires; the
 * notifier may shorten but never lengthen the duration.
 */
export function grantExpires(requested: number | null, packageDefault: number, policy: ExpiresPolicy): number {
  const asked = requested ?? packageDefault;
  if (asked === 0) return 0;
  if (policy.min > 0 && asked < policy.min) {
    if (policy.minAction === 2) return Math.min(policy.min, Math.max(policy.max, policy.min));
    throw new SipFailure(423, "Interval Too Brief", {
      headers: [["Min-Expires", String(policy.min)]],
      detail: `expires ${asked} is below ${policy.min}`,
    });
  }
  return Math.min(asked, policy.max);
}
