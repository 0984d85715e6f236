import type { PresenceConfig } from "@presence/config";
import { coreDepsFrom,
  contactFor,
  handleSubscribe,
  toReply,
  WatchersTableAuthorizer,
  type CoreDeps,
} from "@presence/core";
import { busNames, eventsStreamOptions, QUEUES, type Bus, type BusSubscription } from "@presence/bus";
import type { Logger } from "@presence/log";
import { decodeSubscribeRequest, encodeSubscribeReply, encodeSubscriptionChanged } from "@presence/proto";
import type { Store } from "@presence/store";
import { emitChangeEvent } from "@presence/runtime";
import { withIncomingSpan, withSpan } from "@presence/telemetry";

const PRODUCER = "subscription";

export interface SubscriptionService {
  close(): Promise<void>;
}

/**
 * handle_subscribe as a service: replicas answer SubscribeRequests (queue group), store the dialog
 * and put a SubscriptionChanged event on the stream before replying, so the first NOTIFY (or the
 * final one of an unsubscribe) cannot be lost.
 */
export async function startSubscriptionService(opts: { config: PresenceConfig; logger: Logger; bus: Bus; store: Store }): Promise<SubscriptionService> {
  const { config, logger, bus, store } = opts;
  const names = busNames(config.nats_subject_prefix);
  const producer = config.instance_id ?? `${PRODUCER}-${process.pid}`;
  const deps: CoreDeps = coreDepsFrom(config, store, logger, {
    authorizer: new WatchersTableAuthorizer(),
    // Behind a load balancer set server_address; else the edges' shared port on the advertised host.
    localContact: (transport) => contactFor(config, config.sip_port, transport),
  });
  await bus.ensureStream(eventsStreamOptions(names));
  // Each request continues the edge's trace: handling (the store work) and the change event are its children.
  const sub: BusSubscription = await bus.serve(names.subscriptionSubscribe, QUEUES.subscription, (msg) => withIncomingSpan("bus.serve subscription.subscribe", msg, async () => {
    const request = decodeSubscribeRequest(msg.data);
    const attrs = { "presence.presentity_uri": request.requestUri, "presence.event": request.event?.name ?? "", "sip.call_id": request.callId };
    const result = await withSpan("subscription.handle_subscribe", attrs, async (span) => {
      const r = await handleSubscribe(request, deps);
      span.setAttribute("sip.status_code", r.reply.status);
      return r;
    });
    if (result.notice) {
      try {
        const change = result.notice;
        await emitChangeEvent({
          bus,
          subject: names.eventsSubscription,
          spanName: "bus.publish events.subscription",
          producer,
          headers: msg.headers,
          encode: (meta) => encodeSubscriptionChanged(change, meta),
        });
      } catch (err) {
        logger.error({ err }, "subscription event not stored");
        return encodeSubscribeReply({ reply: toReply(err), notice: null });
      }
    }
    return encodeSubscribeReply(result);
  }));
  logger.info({ subject: names.subscriptionSubscribe }, "subscription service ready");
  return {
    async close() {
      await sub.unsubscribe();
    },
  };
}
