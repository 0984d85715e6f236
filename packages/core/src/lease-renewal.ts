import type { SubscriptionRef } from "@presence/store";

/**
 * Keeps the dialog locks of the NOTIFY transactions in flight alive with one timer for all of them:
 * every `everyMs` each held dialog is renewed. A timer per NOTIFY cost its start and stop on every
 * NOTIFY; this one runs while anything is held and stops at the first tick that finds nothing.
 * A dialog added just before a tick is renewed early, never later than `everyMs` after it was added.
 */
export class LeaseRenewal {
  private readonly held = new Set<SubscriptionRef>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly everyMs: number,
    private readonly renew: (ref: SubscriptionRef) => void,
  ) {}

  /** Whether the timer is running (tests). */
  get running(): boolean {
    return this.timer !== null;
  }

  /** Keeps `ref` alive until `drop(ref)` (the same object). */
  hold(ref: SubscriptionRef): void {
    this.held.add(ref);
    if (this.timer === null) {
      this.timer = setInterval(this.tick, this.everyMs);
      // Held dialogs belong to transactions that keep the process alive on their own.
      this.timer.unref();
    }
  }

  drop(ref: SubscriptionRef): void {
    this.held.delete(ref);
  }

  /** Stops the timer (shutdown); dialogs still held are no longer renewed. */
  stop(): void {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }

  private readonly tick = (): void => {
    if (this.held.size === 0) {
      this.stop();
      return;
    }
    for (const ref of this.held) this.renew(ref);
  };
}
