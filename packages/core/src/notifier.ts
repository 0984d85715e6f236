import type { EventPackage } from "@presence/events";
import { randomBytes } from "node:crypto";
import { MemoryDialogLock, type DialogLock, type LockedRead, type Publication, type Subscription, type SubscriptionRef } from "@presence/store";
import { setActiveAttributes, withSpan } from "@presence/telemetry";
import type { CoreDeps } from "./context.js";
import type { PresentityChange, SubscriptionNotice } from "./messages.js";
import { buildNotify, type NotifyMessage } from "./notify-message.js";
import { LeaseRenewal } from "./lease-renewal.js";
import { StateCache, type CachedState } from "./state-cache.js";
import { applyPerWatcher, commitPerWatcher, type PreparedContent } from "./per-watcher.js";
import { watcherInfoState } from "./winfo-state.js";
import { WatcherInfoTrigger } from "./winfo-trigger.js";

/** How a NOTIFY transaction ended, as the edge reports it. */
export type NotifyOutcome =
  | { kind: "response"; status: number; reason: string }
  | { kind: "timeout" }
  | { kind: "transport-error"; message: string };

/** Sends one NOTIFY and resolves with its final outcome (the edge's client transaction). */
export interface NotifyDispatcher {
  send(msg: NotifyMessage): Promise<NotifyOutcome>;
}

/** Kamailio's $subs attributes, handed to the notify-reply hook (event_route[presence:notify-reply]). */
export type SubscriptionAttributes = Record<string, string | number | null>;

export interface NotifyReplyEvent {
  subscription: SubscriptionAttributes;
  outcome: NotifyOutcome;
  cseq: number;
  terminated: boolean;
}

export interface NotifierHooks {
  onNotifyReply?(event: NotifyReplyEvent): void;
}

/** What the notifier reports for metrics; every call is cheap and synchronous. */
export interface NotifierObserver {
  /** A change found its dialog's NOTIFY in flight: it is folded into the next NOTIFY of that dialog. */
  coalesced(): void;
  /** A NOTIFY caused by a change goes out `delayMs` after the change was stored. */
  changeNotified(event: string, delayMs: number): void;
  /** A NOTIFY transaction ended (final response, timeout or transport error) `ms` after it was sent. */
  notifyCompleted(event: string, outcome: NotifyOutcome, ms: number): void;
}

export interface NotifierOptions {
  observer?: NotifierObserver;
  /** Serializes NOTIFYs per dialog; shared through Redis when several notifiers run. */
  lock?: DialogLock;
  /** This replica's identity as lock owner. */
  owner?: string;
  /** Lock lease; renewed while a NOTIFY transaction is open, so only a dead owner lets it lapse. */
  leaseMs?: number;
  /** How long a final NOTIFY waits for an in-flight one on the same dialog before going anyway. */
  finalWaitMs?: number;
}

/**
 * Builds and sends NOTIFYs. Per dialog at most one NOTIFY transaction is in flight (RFC 6665 4.2.2:
 * CSeq must increase and bodies must not arrive out of order), across every replica sharing the lock;
 * changes arriving meanwhile mark the dialog dirty and are coalesced into one more NOTIFY carrying the
 * newest state.
 */
export class Notifier {
  private readonly states = new StateCache();
  private readonly running = new Set<Promise<void>>();
  private readonly lock: DialogLock;
  private readonly owner: string;
  private readonly leaseMs: number;
  private readonly finalWaitMs: number;
  private readonly winfo: WatcherInfoTrigger;
  private readonly observer: NotifierObserver | null;
  private readonly renewal: LeaseRenewal;
  private closing = false;

  constructor(
    private readonly deps: CoreDeps,
    private readonly dispatcher: NotifyDispatcher,
    private readonly hooks: NotifierHooks = {},
    opts: NotifierOptions = {},
  ) {
    this.lock = opts.lock ?? new MemoryDialogLock(deps.now);
    this.owner = opts.owner ?? `notifier-${randomBytes(6).toString("hex")}`;
    this.leaseMs = opts.leaseMs ?? 10_000;
    this.finalWaitMs = opts.finalWaitMs ?? 40_000;
    this.observer = opts.observer ?? null;
    this.renewal = new LeaseRenewal(Math.max(50, Math.floor(this.leaseMs / 3)), (ref) => {
      void this.lock.renew(ref, this.owner, this.leaseMs).catch(() => false);
    });
    this.winfo = new WatcherInfoTrigger(deps, (change) => this.presentityChanged(change));
  }

  /** Number of dialogs this replica is working on. */
  get busy(): number {
    return this.running.size;
  }

  /**
   * A publication of the presentity changed: every watcher gets the new aggregate. `changedAt`
   * (epoch ms, default now) is when the change was stored, for the change->NOTIFY delay.
   */
  presentityChanged(change: PresentityChange, changedAt = Date.now()): Promise<void> {
    // The NOTIFY runs started here keep this span's context: they belong to the change's trace.
    return withSpan("notifier.fanout", () => ({ "presence.presentity": change.presentity, "presence.event": change.event }), () => this.fanOut(change, changedAt));
  }

  private async fanOut(change: PresentityChange, changedAt: number): Promise<void> {
    const acquireReading = this.lock.acquireReading?.bind(this.lock);
    if (acquireReading) return this.fanOutReading(acquireReading, change, changedAt);
    const subs = await this.deps.store.listSubscriptions(change.presentity, change.event, this.deps.now());
    setActiveAttributes({ "presence.watchers": subs.length });
    // Every lock first, then the runs: all of them can share one computation of the document.
    const taken = await Promise.all(
      subs
        // handle_publish(sender_uri): the sender does not hear about its own change.
        .filter((sub) => !(change.excludeWatcher && sub.watcher === change.excludeWatcher))
        .map(async (sub) => {
          const ref = { slot: sub.slot, id: sub.id };
          const at = await this.take(ref);
          return at === null ? null : { ref, at };
        }),
    );
    for (const t of taken) if (t) this.track(this.runState(t.ref, t.at, changedAt));
  }

  /**
   * The same where the lock reads what it guards (Redis): after the index read (none when the change
   * carries its watchers), one step takes every watcher's lock and returns the records, the
   * publications read after the locks and, for packages that send every NOTIFY they build, the
   * CSeqs. One or two store round trips per change instead of six.
   */
  private async fanOutReading(acquireReading: AcquireReading, change: PresentityChange, changedAt: number): Promise<void> {
    // Read by the change's producer right after it stored the change, when it did.
    const refs = change.watchers ?? (await this.deps.store.listSubscriptionRefs(change.presentity, change.event, this.deps.now()));
    setActiveAttributes({ "presence.watchers": refs.length });
    await this.lockReading(acquireReading, refs, change, change.excludeWatcher ?? null, changedAt);
  }

  /**
   * Locks `refs` (dialogs of `topic`), reading what their NOTIFYs need, and runs those it got.
   * `only` (a presentity's change): `exceptWatcher` (handle_publish's sender_uri) and another
   * presentity's dialog sharing the slot are locked and run but not notified; false for a dialog
   * that is itself the change (a SUBSCRIBE), which is notified whatever its record holds.
   */
  private async lockReading(
    acquireReading: AcquireReading,
    refs: readonly SubscriptionRef[],
    topic: { presentity: string; event: string },
    exceptWatcher: string | null,
    changedAt?: number,
    only = true,
  ): Promise<void> {
    if (this.closing || refs.length === 0) return;
    const { presentity, event } = topic;
    const now = this.deps.now();
    const pkg = this.pkgOf(event);
    const { dialogs, publications } = await acquireReading(refs, this.owner, this.leaseMs, "coalesce", {
      // A package that may skip a NOTIFY (perWatcherBody) takes its CSeq once it knows it sends.
      cseq: pkg?.perWatcherBody ? null : { liveAt: now, presentity, event, exceptWatcher },
      publications: pkg && pkg.type !== "winfo" ? { presentity, event, now } : null,
    });
    const at = this.states.tick();
    let primed = false;
    dialogs.forEach((read, i) => {
      if (!read.acquired) {
        this.observer?.coalesced();
        return;
      }
      const sub = read.subscription;
      // Not notified of this change, but run (locked, a change may have marked it dirty meanwhile).
      const ours = sub !== null && (!only || (sub.presentity === presentity && sub.event === event && !(exceptWatcher !== null && sub.watcher === exceptWatcher)));
      // Read after every lock was taken: the document every one of these NOTIFYs may use (invariant 3).
      if (ours && publications && !primed && sub.presentity === presentity && sub.event === event) {
        primed = true;
        this.stateOf(sub, at, publications).catch(() => undefined);
      }
      this.track(this.runState(refs[i]!, at, changedAt, { acquired: true, subscription: ours ? sub : null, cseqTaken: ours && read.cseqTaken, liveAt: now }));
    });
  }

  /** After a SUBSCRIBE: the first NOTIFY, the refresh NOTIFY, or the final one. */
  subscriptionChanged(notice: SubscriptionNotice): Promise<void> {
    return withSpan("notifier.subscription", () => ({ "presence.notice": notice.kind }), () => this.noticed(notice));
  }

  private async noticed(notice: SubscriptionNotice): Promise<void> {
    // The watcher information change concerns other dialogs (the winfo watchers'): the dialog's own
    // NOTIFY does not wait for it. It reports its own errors, so it never rejects.
    const winfo = this.winfo.noticed(notice);
    try {
      await this.noticedDialog(notice);
    } finally {
      await winfo;
    }
  }

  private async noticedDialog(notice: SubscriptionNotice): Promise<void> {
    if (notice.kind === "state") {
      if (this.deps.settings.send_fast_notify === 0) {
        const sub = await this.deps.store.getSubscription({ slot: notice.slot, id: notice.id });
        if (sub && sub.localCSeq === 0) {
          const state = await this.stateOf(sub, this.states.tick());
          // send_fast_notify=0: no empty first NOTIFY (CPEs that choke on one); wait for state.
          if (!state.published) return;
        }
      }
      const ref = { slot: notice.slot, id: notice.id };
      const acquireReading = this.lock.acquireReading?.bind(this.lock);
      // The dialog's own change: it is notified whatever it holds.
      if (acquireReading && notice.presentity !== undefined && notice.event !== undefined) await this.lockReading(acquireReading, [ref], { presentity: notice.presentity, event: notice.event }, null, undefined, false);
      else await this.schedule(ref);
    } else {
      // Resolves once the final NOTIFY was sent: the dialog is gone from the store, so a notifier
      // service must not ack the event before (a crash would lose the NOTIFY).
      await this.terminate(notice.subscription, notice.reason);
    }
  }

  /** End a subscription already removed from the store with a final NOTIFY (expiry, unsubscribe). */
  terminate(subscription: Subscription, reason: string): Promise<void> {
    if (this.closing) return Promise.resolve();
    const run = this.runFinal(subscription, reason);
    this.track(run);
    // RFC 3857: the watcher left; its presentity's winfo subscribers are locked or marked dirty too.
    const winfo = this.winfo.removed(subscription);
    this.track(winfo);
    return Promise.all([run, winfo]).then(() => undefined);
  }

  /** Resolves when every NOTIFY this replica started has completed (graceful shutdown, tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  /**
   * Graceful stop: no new dialogs are started; the ones in flight get up to drainMs to finish. A
   * NOTIFY cut short by the shutdown does not remove its subscription.
   */
  async close(drainMs: number): Promise<void> {
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.idle(), new Promise<void>((r) => (timer = setTimeout(r, drainMs)))]);
    clearTimeout(timer);
  }

  /** Takes over dialogs whose lock owner died (lease expired) and notifies them once. */
  async recoverOrphans(limit = 100): Promise<number> {
    const refs = await this.lock.takeOrphans(this.owner, this.deps.now(), this.leaseMs, limit);
    const at = this.states.tick();
    for (const ref of refs) this.track(this.runState(ref, at));
    return refs.length;
  }

  private track(p: Promise<void>): void {
    this.running.add(p);
    void p.finally(() => this.running.delete(p));
  }

  /**
   * Resolves once the dialog is either taken by this replica (the NOTIFY runs in the background) or
   * marked dirty for its current owner: from then on the change cannot be lost.
   */
  private async schedule(ref: SubscriptionRef): Promise<void> {
    const at = await this.take(ref);
    if (at !== null) this.track(this.runState(ref, at));
  }

  /** Takes the dialog lock (or marks it dirty); returns the tick at which it was taken. */
  private async take(ref: SubscriptionRef): Promise<number | null> {
    if (this.closing) return null;
    if (!(await this.lock.acquire(ref, this.owner, this.leaseMs, "coalesce"))) {
      this.observer?.coalesced();
      return null;
    }
    return this.states.tick();
  }

  /**
   * `lockedAt`: when this replica took the lock; the document must be computed after it.
   * `changedAt`: when the change that took it was stored (the first NOTIFY's delay is measured).
   */
  private async runState(ref: SubscriptionRef, lockedAt: number, changedAt?: number, first?: Extract<LockedRead, { acquired: true }> & { liveAt: number }): Promise<void> {
    try {
      for (;;) {
        // The first round may come with the record read (and its CSeq taken) by the lock itself.
        const sub = first ? first.subscription : await this.deps.store.getSubscription(ref);
        const cseqTaken = first?.cseqTaken ?? false;
        const live = sub !== null && sub.expiresAt > (first ? first.liveAt : this.deps.now());
        first = undefined;
        if (sub && live) await withSpan("notifier.notify", () => notifySpanAttributes(sub), () => this.sendState(sub, lockedAt, changedAt, cseqTaken));
        if (!(await this.lock.release(ref, this.owner, this.leaseMs))) return;
        // Dirty: a change came in meanwhile; the next document must be newer than that.
        lockedAt = this.states.tick();
        changedAt = undefined;
      }
    } catch (err) {
      this.deps.logger.error({ err, subscription: ref.id }, "NOTIFY failed");
    }
  }

  private async runFinal(sub: Subscription, reason: string): Promise<void> {
    const ref = { slot: sub.slot, id: sub.id };
    try {
      const deadline = this.deps.now() + this.finalWaitMs;
      // Invariant 2: wait for a NOTIFY still in flight on this dialog (any replica) to finish.
      while (!(await this.lock.acquire(ref, this.owner, this.leaseMs, "probe")) && this.deps.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await withSpan("notifier.notify", () => ({ ...notifySpanAttributes(sub), "presence.final": true }), () => this.sendFinal(sub, reason, this.states.tick()));
      while (await this.lock.release(ref, this.owner, this.leaseMs)) {
        // Changes that arrived meanwhile concern a subscription that no longer exists.
      }
    } catch (err) {
      this.deps.logger.error({ err, subscription: sub.id }, "final NOTIFY failed");
    }
  }

  /** Sends one NOTIFY, keeping the dialog lock alive while the transaction is open. */
  private async dispatch(ref: SubscriptionRef, msg: NotifyMessage, event: string): Promise<NotifyOutcome> {
    this.renewal.hold(ref);
    const started = performance.now();
    try {
      const outcome = await this.dispatcher.send(msg);
      this.observer?.notifyCompleted(event, outcome, performance.now() - started);
      return outcome;
    } finally {
      this.renewal.drop(ref);
    }
  }

  /** `cseqTaken`: sub.localCSeq is this NOTIFY's CSeq, already stored (the package sends every NOTIFY). */
  private async sendState(sub: Subscription, lockedAt: number, changedAt: number | undefined, cseqTaken: boolean): Promise<void> {
    const ref = { slot: sub.slot, id: sub.id };
    const content = await this.contentFor(sub, sub.status, null, lockedAt);
    if (!(await commitPerWatcher(this.deps.store, ref, content))) return;
    // RFC 3261 12.2.1.1: the CSeq is taken only for a NOTIFY that is sent (no gaps). A taken one is
    // lost only when building this NOTIFY fails (a store error): the watcher sees a gap, which RFC
    // 3261 12.2.2 tells it to accept.
    const cseq = cseqTaken ? sub.localCSeq : await this.deps.store.nextLocalCSeq(ref);
    if (cseq === null) return;
    const msg = buildNotify(sub, cseq, content);
    if (changedAt !== undefined) this.observer?.changeNotified(sub.event, Date.now() - changedAt);
    const outcome = await this.dispatch(ref, msg, sub.event);
    const cutByShutdown = this.closing && outcome.kind === "transport-error";
    const terminated = this.failed(outcome) && this.deps.settings.timeout_rm_subs === 1 && !cutByShutdown;
    if (terminated) {
      // RFC 6665 4.2.2: 481 or a timeout ends the subscription (timeout_rm_subs, RFC 3265 3.2.2 SHOULD).
      await this.deps.store.deleteSubscription(ref);
      this.track(this.winfo.removed(sub));
    }
    this.report(sub, cseq, outcome, terminated);
  }

  private async sendFinal(sub: Subscription, reason: string, lockedAt: number): Promise<void> {
    // The record left the store atomically with its last CSeq, so +1 was never used.
    const cseq = sub.localCSeq + 1;
    const content = await this.contentFor(sub, "terminated", reason, lockedAt);
    const outcome = await this.dispatch({ slot: sub.slot, id: sub.id }, buildNotify({ ...sub, localCSeq: cseq }, cseq, content), sub.event);
    this.report(sub, cseq, outcome, true);
  }

  private failed(o: NotifyOutcome): boolean {
    return o.kind !== "response" || o.status === 481 || o.status === 408;
  }

  private async contentFor(
    sub: Subscription,
    state: Subscription["status"] | "terminated",
    reason: string | null,
    lockedAt: number,
  ): Promise<PreparedContent> {
    const expiresIn = Math.ceil((sub.expiresAt - this.deps.now()) / 1000);
    // RFC 3856 6.6.2 / apply_auth_nbody: a pending watcher learns nothing of the state.
    if (sub.status !== "active") {
      return { state: state === "terminated" ? "terminated" : "pending", reason, expiresIn, body: null, contentType: null };
    }
    const s = await this.stateOf(sub, lockedAt);
    const pkg = this.pkg(sub);
    const perWatcher = applyPerWatcher(pkg, s.body, sub, { now: this.deps.now(), final: state === "terminated" });
    const body = perWatcher.body;
    return { state: state === "terminated" ? "terminated" : "active", reason, expiresIn, body, contentType: body ? s.contentType : null, perWatcher };
  }

  private pkg(sub: Subscription): EventPackage | null {
    return this.pkgOf(sub.event);
  }

  private pkgOf(event: string): EventPackage | null {
    return this.deps.events.get(event) ?? null;
  }

  /** `read`: the publications, when already read after the lock (the fan-out's lock step). */
  private stateOf(sub: Subscription, notBefore: number, read?: Publication[]): Promise<CachedState> {
    // Computed once per change and shared: the span belongs to the first watcher's NOTIFY.
    return this.states.get(stateKey(sub.presentity, sub.event), notBefore, () => withSpan("notifier.aggregate", () => ({ "presence.presentity": sub.presentity, "presence.event": sub.event }), async () => {
      const pkg = this.pkg(sub);
      if (pkg?.type === "winfo") return watcherInfoState(this.deps, pkg, sub);
      const pubs = read ?? (await this.deps.store.listPublications(sub.presentity, sub.event, this.deps.now()));
      const contentType = sub.accept[0] ?? pkg?.contentTypes[0] ?? null;
      if (!pkg) return { body: null, contentType: null, published: pubs.length > 0 };
      const ctx = { presentity: sub.presentity, presentityUri: sub.presentityUri };
      const inputs = pubs
        .filter((p) => p.body !== null)
        .map((p) => ({
          etag: p.etag,
          body: p.body as Buffer,
          contentType: p.contentType ?? contentType ?? "",
          receivedAt: p.receivedAt,
          priority: p.priority,
          sender: p.sender,
        }));
      const body = inputs.length > 0 ? pkg.aggregate(inputs, ctx) : pkg.emptyBody(ctx);
      setActiveAttributes({ "presence.publications": inputs.length });
      return { body, contentType, published: inputs.length > 0 };
    }));
  }

  private report(sub: Subscription, cseq: number, outcome: NotifyOutcome, terminated: boolean): void {
    const log = this.deps.logger;
    setActiveAttributes(() => ({ "sip.cseq": cseq, "sip.outcome": outcome.kind, "presence.terminated": terminated, ...(outcome.kind === "response" ? { "sip.status_code": outcome.status } : {}) }));
    if (outcome.kind !== "response" || outcome.status >= 300) {
      log.info({ subscription: sub.id, callId: sub.callId, cseq, outcome, terminated }, "NOTIFY not accepted");
    }
    this.hooks.onNotifyReply?.({ subscription: subscriptionAttributes(sub, cseq), outcome, cseq, terminated });
  }
}

type AcquireReading = NonNullable<DialogLock["acquireReading"]>;

function notifySpanAttributes(sub: Subscription): Record<string, string> {
  return { "presence.subscription": sub.id, "presence.presentity": sub.presentity, "presence.event": sub.event, "sip.call_id": sub.callId };
}

function stateKey(presentity: string, event: string): string {
  return `${event}\n${presentity}`;
}

function splitUserHost(key: string): [string, string] {
  const at = key.lastIndexOf("@");
  return at < 0 ? ["", key] : [key.slice(0, at), key.slice(at + 1)];
}

/** The $subs(attr) names of Kamailio's presence module. */
export function subscriptionAttributes(sub: Subscription, localCSeq = sub.localCSeq): SubscriptionAttributes {
  const [toUser, toDomain] = splitUserHost(sub.presentity);
  const [fromUser, fromDomain] = splitUserHost(sub.watcher);
  return {
    uri: sub.presentityUri,
    pres_uri: sub.presentityUri,
    to_user: toUser,
    to_domain: toDomain,
    from_user: fromUser,
    from_domain: fromDomain,
    watcher_username: fromUser,
    watcher_domain: fromDomain,
    event: sub.event,
    event_id: sub.eventId,
    to_tag: sub.toTag,
    from_tag: sub.fromTag,
    callid: sub.callId,
    remote_cseq: sub.remoteCSeq,
    local_cseq: localCSeq,
    contact: sub.contact,
    local_contact: sub.localContact,
    record_route: sub.routeSet.join(", "),
    expires: Math.floor(sub.expiresAt / 1000),
    status: sub.status,
    reason: sub.reason,
    version: sub.version,
    flags: 0,
    user_agent: sub.userAgent,
  };
}
