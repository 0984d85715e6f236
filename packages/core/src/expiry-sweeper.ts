import type { CoreDeps } from "./context.js";
import type { PresentityChange } from "./messages.js";
import type { Notifier } from "./notifier.js";

export interface SweepResult {
  publications: number;
  subscriptions: number;
}

/**
 * Removes expired publications (the aggregate is recomputed and watchers notified) and expired
 * subscriptions (a final NOTIFY terminated;reason=timeout, RFC 6665 4.2.2). The store hands each
 * expired record to exactly one caller, so any number of replicas may sweep.
 */
export async function sweepExpired(deps: CoreDeps, notifier: Notifier, batch = 500): Promise<SweepResult> {
  const now = deps.now();
  let publications = 0;
  let subscriptions = 0;
  for (;;) {
    const pubs = await deps.store.takeExpiredPublications(now, batch);
    publications += pubs.length;
    const seen = new Set<string>();
    for (const p of pubs) {
      const key = `${p.event}\n${p.presentity}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const change: PresentityChange = {
        presentity: p.presentity,
        presentityUri: `sip:${p.presentity}`,
        event: p.event,
        reason: "expired",
        excludeWatcher: null,
      };
      await notifier.presentityChanged(change);
    }
    if (pubs.length < batch) break;
  }
  for (;;) {
    const subs = await deps.store.takeExpiredSubscriptions(now, batch);
    subscriptions += subs.length;
    for (const s of subs) void notifier.terminate(s, "timeout");
    if (subs.length < batch) break;
  }
  // Dialogs whose NOTIFY owner died (lease expired) are taken over here too.
  await notifier.recoverOrphans();
  return { publications, subscriptions };
}

/** Runs sweepExpired every intervalMs until stopped; errors are logged, never thrown. */
export class ExpirySweeper {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly deps: CoreDeps,
    private readonly notifier: Notifier,
    private readonly intervalMs: number,
  ) {}

  start(): void {
    if (this.timer || this.intervalMs <= 0) return;
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
    this.timer.unref();
  }

  /** One sweep now (also the `cleanup` RPC); concurrent calls share the running sweep. */
  runOnce(): Promise<void> {
    if (this.running) return this.running;
    this.running = sweepExpired(this.deps, this.notifier)
      .then((r) => {
        if (r.publications || r.subscriptions) this.deps.logger.debug(r, "expired records removed");
      })
      .catch((err: unknown) => this.deps.logger.warn({ err }, "expiry sweep failed"))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
