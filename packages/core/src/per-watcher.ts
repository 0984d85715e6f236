import type { EventPackage } from "@presence/events";
import type { Store, Subscription, SubscriptionPatch, SubscriptionRef } from "@presence/store";
import type { NotifyContent } from "./notify-message.js";

/** The outcome of a package's aux_body_processing for one NOTIFY. */
export interface PerWatcherOutcome {
  body: Buffer | null;
  /** Stored before the NOTIFY leaves (the next version, the package's values); null = nothing. */
  patch: SubscriptionPatch | null;
  /** The package has nothing new for this watcher: no NOTIFY (never for a final one). */
  skip: boolean;
}

/** NotifyContent plus what must be stored before it is sent. */
export type PreparedContent = NotifyContent & { perWatcher?: PerWatcherOutcome };

/**
 * Runs the package's perWatcherBody on the shared body. RFC 3858 / RFC 4235: the version starts at 0
 * and goes up by one for every NOTIFY with a body on the subscription, so the version used here is
 * stored incremented (with the package's values) before the NOTIFY is sent.
 */
export function applyPerWatcher(
  pkg: EventPackage | null,
  body: Buffer | null,
  sub: Subscription,
  opts: { now: number; final: boolean },
): PerWatcherOutcome {
  if (!body || !pkg?.perWatcherBody) return { body, patch: null, skip: false };
  const result = pkg.perWatcherBody(body, { subscription: sub, version: sub.version, now: opts.now, final: opts.final });
  if (result === null) return { body: null, patch: null, skip: !opts.final };
  const patch: SubscriptionPatch = { version: sub.version + 1 };
  if (result.extra) patch.extra = result.extra;
  return { body: result.body, patch, skip: false };
}

/**
 * Stores the per-watcher patch of a state NOTIFY. The caller holds the dialog lock, so nothing else
 * writes `version` meanwhile; storing before sending means a version is never used twice even when
 * the dialog ends during the transaction (the final NOTIFY takes the stored, higher one).
 * false = do not send (the package skipped it, or the dialog is gone).
 */
export async function commitPerWatcher(store: Store, ref: SubscriptionRef, content: PreparedContent): Promise<boolean> {
  const per = content.perWatcher;
  if (!per) return true;
  if (per.skip) return false;
  if (!per.patch) return true;
  return (await store.updateSubscription(ref, per.patch)) !== null;
}
