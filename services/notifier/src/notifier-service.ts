import { randomUUID } from "node:crypto";
import type { PresenceConfig } from "@presence/config";
import { coreDepsFrom, ExpirySweeper, Notifier, type CoreDeps, type NotifierObserver, type NotifyReplyEvent } from "@presence/core";
import { busNames, DURABLES, eventsStreamOptions, MSG_ID, type Bus, type BusConsumer, type EventMessage } from "@presence/bus";
import type { Logger } from "@presence/log";
import { decodePresentityChanged, decodeSubscriptionChanged, encodeNotifyReplyEvent } from "@presence/proto";
import type { DialogLock, Store } from "@presence/store";
import { injectHeaders, SpanKind, withIncomingSpan } from "@presence/telemetry";
import { BusNotifyDispatcher, type NotifyBatchObserver } from "./bus-notify-dispatcher.js";

export interface NotifierService {
  readonly notifier: Notifier;
  /** The durable consumers this replica pulls from (their backlog is the consumer lag). */
  readonly consumers: readonly BusConsumer[];
  close(): Promise<void>;
}

export interface NotifierServiceOptions {
  config: PresenceConfig;
  logger: Logger;
  bus: Bus;
  store: Store;
  lock: DialogLock;
  owner?: string;
  observer?: NotifierObserver;
  /** Batches of NOTIFYs handed to the edges (metrics). */
  batchObserver?: NotifyBatchObserver;
}

/** Keeps a JetStream message from being redelivered while its work is still running. */
async function withHeartbeat<T>(msg: EventMessage, everyMs: number, work: () => Promise<T>): Promise<T> {
  const t = setInterval(() => msg.working(), everyMs);
  try {
    return await work();
  } finally {
    clearInterval(t);
  }
}

/**
 * Consumes change events (durable consumers shared by every replica), builds NOTIFYs and hands them
 * to the edges. An event is acked once every dialog it concerns is either locked by this replica
 * or marked dirty for its current owner; a replica dying after that leaves locks whose lease lapses
 * and another replica's orphan scan re-runs them: NOTIFYs are delayed, never lost.
 */
export async function startNotifierService(opts: NotifierServiceOptions): Promise<NotifierService> {
  const { config, logger, bus, store, lock } = opts;
  const names = busNames(config.nats_subject_prefix);
  const owner = opts.owner ?? config.instance_id ?? `notifier-${process.pid}-${randomUUID().slice(0, 8)}`;
  const leaseMs = config.waitn_time * 1000;
  const deps: CoreDeps = coreDepsFrom(config, store, logger);
  const publishReply = (e: NotifyReplyEvent) => {
    const eventId = randomUUID();
    bus
      .publishEvent(names.eventsNotifyReply, encodeNotifyReplyEvent(e, { eventId, occurredAtMs: Date.now(), producer: owner }), { ...injectHeaders(), [MSG_ID]: eventId })
      .catch((err: unknown) => logger.debug({ err }, "notify-reply event not published"));
  };
  const dispatcher = new BusNotifyDispatcher(bus, config.nats_subject_prefix, { timeoutMs: 64 * config.sip_t1_ms + 2000, ...(opts.batchObserver ? { observer: opts.batchObserver } : {}) });
  const notifier = new Notifier(deps, dispatcher, config.notify_reply_events ? { onNotifyReply: publishReply } : {}, { lock, owner, leaseMs, ...(opts.observer ? { observer: opts.observer } : {}) });
  await bus.ensureStream(eventsStreamOptions(names));

  // Acks unconfirmed: a lost one redelivers the event, and the notifier re-reads the current state.
  const common = { stream: names.eventsStream, ackWaitMs: leaseMs, maxAckPending: 1000, concurrency: Math.max(1, config.notifier_processes), confirmAcks: false };
  const consumers: BusConsumer[] = [
    await bus.consume({
      ...common,
      durable: DURABLES.notifierPresentity,
      filterSubject: names.eventsPresentity,
      // The event's trace (the PUBLISH) goes on into every NOTIFY the change causes.
      handler: (msg) => withIncomingSpan("bus.consume events.presentity", msg, async () => {
        const { value, meta } = decodePresentityChanged(msg.data);
        await withHeartbeat(msg, leaseMs / 3, () => notifier.presentityChanged(value, meta?.occurredAtMs || Date.now()));
        await msg.ack();
      }, SpanKind.CONSUMER),
    }),
    await bus.consume({
      ...common,
      durable: DURABLES.notifierSubscription,
      filterSubject: names.eventsSubscription,
      handler: (msg) => withIncomingSpan("bus.consume events.subscription", msg, async () => {
        const { value } = decodeSubscriptionChanged(msg.data);
        // Resolves after a final NOTIFY was sent (its dialog is already gone from the store).
        await withHeartbeat(msg, leaseMs / 3, () => notifier.subscriptionChanged(value));
        await msg.ack();
      }, SpanKind.CONSUMER),
    }),
  ];

  const sweeper = new ExpirySweeper(deps, notifier, config.clean_period * 1000);
  sweeper.start();
  // Dialogs whose owner died are taken over well within one lease.
  const orphans = setInterval(() => {
    notifier.recoverOrphans().catch((err: unknown) => logger.warn({ err }, "orphan scan failed"));
  }, Math.max(200, leaseMs / 2));
  orphans.unref();
  logger.info({ owner, stream: names.eventsStream }, "notifier consuming");

  return {
    notifier,
    consumers,
    async close() {
      clearInterval(orphans);
      for (const c of consumers) await c.stop();
      await sweeper.stop();
      await notifier.close(config.shutdown_drain_ms);
    },
  };
}
