import type { EventPackage } from "@presence/events";
import type { Subscription, SubscriptionRef } from "@presence/store";
import type { CoreDeps } from "./context.js";
import type { PresentityChange, SubscriptionNotice } from "./messages.js";
import { buildNotify, type NotifyContent, type NotifyMessage } from "./notify-message.js";
import { StateCache, type CachedState } from "./state-cache.js";

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

interface DialogWork {
  slot: string;
  dirty: boolean;
  final: { subscription: Subscription; reason: string } | null;
  lastCSeq: number;
  done: Promise<void>;
}

/**
 * Builds and sends NOTIFYs. Per dialog at most one NOTIFY transaction is in flight (RFC 6665 4.2.2:
 * CSeq must increase and bodies must not arrive out of order); changes arriving meanwhile mark the
 * dialog dirty and are coalesced into one more NOTIFY carrying the newest state.
 */
export class Notifier {
  private readonly work = new Map<string, DialogWork>();
  private readonly states = new StateCache();
  private closing = false;

  constructor(
    private readonly deps: CoreDeps,
    private readonly dispatcher: NotifyDispatcher,
    private readonly hooks: NotifierHooks = {},
  ) {}

  /** Number of dialogs with a NOTIFY in flight or queued. */
  get busy(): number {
    return this.work.size;
  }

  /** A publication of the presentity changed: every watcher gets the new aggregate. */
  async presentityChanged(change: PresentityChange): Promise<void> {
    this.states.invalidate(stateKey(change.presentity, change.event));
    const subs = await this.deps.store.listSubscriptions(change.presentity, change.event, this.deps.now());
    for (const sub of subs) {
      // handle_publish(sender_uri): the sender does not hear about its own change.
      if (change.excludeWatcher && sub.watcher === change.excludeWatcher) continue;
      this.schedule({ slot: sub.slot, id: sub.id }, null);
    }
  }

  /** After a SUBSCRIBE: the first NOTIFY, the refresh NOTIFY, or the final one. */
  async subscriptionChanged(notice: SubscriptionNotice): Promise<void> {
    if (notice.kind === "state") {
      if (this.deps.settings.send_fast_notify === 0) {
        const sub = await this.deps.store.getSubscription({ slot: notice.slot, id: notice.id });
        if (sub && sub.localCSeq === 0) {
          const state = await this.stateOf(sub);
          // send_fast_notify=0: no empty first NOTIFY (CPEs that choke on one); wait for state.
          if (!state.published) return;
        }
      }
      this.schedule({ slot: notice.slot, id: notice.id }, null);
    } else {
      this.schedule({ slot: notice.subscription.slot, id: notice.subscription.id }, { subscription: notice.subscription, reason: notice.reason });
    }
  }

  /** End a stored subscription with a final NOTIFY (expiry sweep, management API). */
  terminate(subscription: Subscription, reason: string): void {
    this.schedule({ slot: subscription.slot, id: subscription.id }, { subscription, reason });
  }

  /** Resolves when every queued NOTIFY has completed (graceful shutdown, tests). */
  async idle(): Promise<void> {
    while (this.work.size > 0) {
      await Promise.all([...this.work.values()].map((w) => w.done));
    }
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

  private schedule(ref: SubscriptionRef, final: DialogWork["final"]): void {
    if (this.closing) return;
    const existing = this.work.get(ref.id);
    if (existing) {
      existing.dirty = true;
      if (final) existing.final = final;
      return;
    }
    const w: DialogWork = { slot: ref.slot, dirty: true, final, lastCSeq: 0, done: Promise.resolve() };
    this.work.set(ref.id, w);
    w.done = this.run(ref, w).finally(() => this.work.delete(ref.id));
  }

  private async run(ref: SubscriptionRef, w: DialogWork): Promise<void> {
    try {
      while (w.dirty || w.final) {
        w.dirty = false;
        if (w.final) {
          const { subscription, reason } = w.final;
          w.final = null;
          await this.sendFinal(subscription, reason, w);
          return;
        }
        const sub = await this.deps.store.getSubscription(ref);
        if (!sub || sub.expiresAt <= this.deps.now()) return;
        await this.sendState(sub, w);
      }
    } catch (err) {
      this.deps.logger.error({ err, subscription: ref.id }, "NOTIFY failed");
    }
  }

  private async sendState(sub: Subscription, w: DialogWork): Promise<void> {
    const content = await this.contentFor(sub, sub.status, null);
    const cseq = await this.deps.store.nextLocalCSeq({ slot: sub.slot, id: sub.id });
    if (cseq === null) return;
    w.lastCSeq = cseq;
    const outcome = await this.dispatcher.send(buildNotify(sub, cseq, content));
    const cutByShutdown = this.closing && outcome.kind === "transport-error";
    const terminated = this.failed(outcome) && this.deps.settings.timeout_rm_subs === 1 && !cutByShutdown;
    if (terminated) {
      // RFC 6665 4.2.2: 481 or a timeout ends the subscription (timeout_rm_subs, RFC 3265 3.2.2 SHOULD).
      await this.deps.store.deleteSubscription({ slot: sub.slot, id: sub.id });
      w.dirty = false;
    }
    this.report(sub, cseq, outcome, terminated);
  }

  private async sendFinal(sub: Subscription, reason: string, w: DialogWork): Promise<void> {
    const cseq = Math.max(sub.localCSeq, w.lastCSeq) + 1;
    w.lastCSeq = cseq;
    const content = await this.contentFor(sub, "terminated", reason);
    const outcome = await this.dispatcher.send(buildNotify({ ...sub, localCSeq: cseq }, cseq, content));
    this.report(sub, cseq, outcome, true);
  }

  private failed(o: NotifyOutcome): boolean {
    return o.kind !== "response" || o.status === 481 || o.status === 408;
  }

  private async contentFor(sub: Subscription, state: Subscription["status"] | "terminated", reason: string | null): Promise<NotifyContent> {
    const expiresIn = Math.ceil((sub.expiresAt - this.deps.now()) / 1000);
    // RFC 3856 6.6.2 / apply_auth_nbody: a pending watcher learns nothing of the state.
    if (sub.status !== "active") {
      return { state: state === "terminated" ? "terminated" : "pending", reason, expiresIn, body: null, contentType: null };
    }
    const s = await this.stateOf(sub);
    const pkg = this.pkg(sub);
    let body = s.body;
    if (body && pkg?.perWatcherBody) {
      body = pkg.perWatcherBody(body, { subscription: sub, version: sub.version });
    }
    return { state: state === "terminated" ? "terminated" : "active", reason, expiresIn, body, contentType: body ? s.contentType : null };
  }

  private pkg(sub: Subscription): EventPackage | null {
    return this.deps.events.get(sub.event) ?? null;
  }

  private stateOf(sub: Subscription): Promise<CachedState> {
    return this.states.get(stateKey(sub.presentity, sub.event), async () => {
      const pkg = this.pkg(sub);
      const pubs = await this.deps.store.listPublications(sub.presentity, sub.event, this.deps.now());
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
      return { body, contentType, published: inputs.length > 0 };
    });
  }

  private report(sub: Subscription, cseq: number, outcome: NotifyOutcome, terminated: boolean): void {
    const log = this.deps.logger;
    if (outcome.kind !== "response" || outcome.status >= 300) {
      log.info({ subscription: sub.id, callId: sub.callId, cseq, outcome, terminated }, "NOTIFY not accepted");
    }
    this.hooks.onNotifyReply?.({ subscription: subscriptionAttributes(sub, cseq), outcome, cseq, terminated });
  }
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
