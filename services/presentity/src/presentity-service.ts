import type { PresenceConfig } from "@presence/config";
import { coreDepsFrom, handlePublish, toReply, type CoreDeps } from "@presence/core";
import { busNames, eventsStreamOptions, QUEUES, type Bus, type BusSubscription } from "@presence/bus";
import type { Logger } from "@presence/log";
import { decodePublishRequest, encodePresentityChanged, encodePublishReply } from "@presence/proto";
import type { Store } from "@presence/store";
import { emitChangeEvent } from "@presence/runtime";
import { withIncomingSpan, withSpan } from "@presence/telemetry";

const PRODUCER = "presentity";

export interface PresentityService {
  close(): Promise<void>;
}

/**
 * handle_publish as a service: any number of replicas answer PublishRequests (queue group), store
 * the publication, and put a PresentityChanged event on the stream before replying, so an accepted
 * PUBLISH never loses its NOTIFYs.
 */
export async function startPresentityService(opts: { config: PresenceConfig; logger: Logger; bus: Bus; store: Store }): Promise<PresentityService> {
  const { config, logger, bus, store } = opts;
  const names = busNames(config.nats_subject_prefix);
  const producer = config.instance_id ?? `${PRODUCER}-${process.pid}`;
  // PUBLISH replies carry no Contact.
  // The notifier service locks a change's dialogs by ref: they are read here, with the write.
  const deps: CoreDeps = coreDepsFrom(config, store, logger, { changeWatchers: true });
  await bus.ensureStream(eventsStreamOptions(names));
  // Each request continues the edge's trace: handling (the store work) and the change event are its children.
  const sub: BusSubscription = await bus.serve(names.presentityPublish, QUEUES.presentity, (msg) => withIncomingSpan("bus.serve presentity.publish", msg, async () => {
    const request = decodePublishRequest(msg.data);
    const attrs = { "presence.presentity_uri": request.presentityUri, "presence.event": request.event?.name ?? "", "sip.call_id": request.callId };
    const result = await withSpan("presentity.handle_publish", attrs, async (span) => {
      const r = await handlePublish(request, deps);
      span.setAttribute("sip.status_code", r.reply.status);
      return r;
    });
    if (result.change) {
      try {
        const change = result.change;
        await emitChangeEvent({
          bus,
          subject: names.eventsPresentity,
          spanName: "bus.publish events.presentity",
          producer,
          headers: msg.headers,
          encode: (meta) => encodePresentityChanged(change, meta),
        });
      } catch (err) {
        // The state is stored but watchers would not hear of it: let the client retry.
        logger.error({ err }, "change event not stored");
        return encodePublishReply({ reply: toReply(err), change: null });
      }
    }
    return encodePublishReply(result);
  }));
  logger.info({ subject: names.presentityPublish }, "presentity service ready");
  return {
    async close() {
      await sub.unsubscribe();
    },
  };
}
