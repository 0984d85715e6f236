import type { Subscription } from "@presence/store";
import type { CoreDeps } from "./context.js";
import type { PresentityChange, SubscriptionNotice } from "./messages.js";

/**
 * RFC 3857: a watcher that subscribes, refreshes, unsubscribes, times out or is removed changes the
 * watcher information of its presentity. Each such event becomes a PresentityChange for the winfo
 * package of the watched package (pres_ev_t wipeer), fanned out by the notifier like a publication
 * change; each winfo subscriber's package then decides what is new for it.
 */
export class WatcherInfoTrigger {
  constructor(
    private readonly deps: CoreDeps,
    private readonly fanOut: (change: PresentityChange) => Promise<void>,
  ) {}

  /** After a SUBSCRIBE: the stored dialog of a state notice was created or refreshed. */
  async noticed(notice: SubscriptionNotice): Promise<void> {
    if (notice.kind !== "state" || !this.deps.events.all().some((p) => p.type === "winfo")) return;
    // A package without a winfo package changes no watcher information: nothing to read.
    if (notice.event !== undefined && !this.deps.events.watcherInfoFor(notice.event)) return;
    try {
      const { presentity, presentityUri, event } = notice;
      // The notice names the dialog's presentity: no read of the record (one store round trip).
      if (presentity !== undefined && presentityUri !== undefined && event !== undefined) return await this.changed({ presentity, presentityUri, event });
      const sub = await this.deps.store.getSubscription({ slot: notice.slot, id: notice.id });
      if (sub) await this.changed(sub);
    } catch (err) {
      this.deps.logger.warn({ err, subscription: notice.id }, "watcher information change not notified");
    }
  }

  /** A subscription left the store (unsubscribe, expiry, NOTIFY failure). */
  async removed(sub: Subscription): Promise<void> {
    try {
      await this.changed(sub);
    } catch (err) {
      this.deps.logger.warn({ err, subscription: sub.id }, "watcher information change not notified");
    }
  }

  private async changed(sub: Pick<Subscription, "presentity" | "presentityUri" | "event">): Promise<void> {
    const winfo = this.deps.events.watcherInfoFor(sub.event);
    if (!winfo) return;
    await this.fanOut({ presentity: sub.presentity, presentityUri: sub.presentityUri, event: winfo.name, reason: "modified", excludeWatcher: null });
  }
}
