import type { PresenceConfig } from "@presence/config";
import { coreDepsFrom,
  ExpirySweeper,
  handlePublish,
  handleSubscribe,
  Notifier,
  reply,
  toPublishRequest,
  toReply,
  toSipResponse,
  toSubscribeRequest,
  contactFor,
  sipStackOptions,
  eventRegistryFrom,
  type CoreDeps,
  type NotifierHooks,
  type NotifierObserver,
  WatchersTableAuthorizer,
  traceServerTransaction,
} from "@presence/core";
import type { EventRegistry } from "@presence/events";
import { createLogger, type Logger } from "@presence/log";
import { SipStack, type ServerTransaction, type SipRequest, type Transport } from "@presence/sip";
import { createStore, MemoryReadingDialogLock, MemoryStore, type Store } from "@presence/store";
import { StackNotifyDispatcher } from "./notify-dispatcher.js";

export interface PresenceServerOptions {
  config: PresenceConfig;
  logger?: Logger;
  /** Inject a store (tests); default: Redis when redis_url is set, else memory. */
  store?: Store;
  hooks?: NotifierHooks;
  /** Told of NOTIFY latencies and coalesced updates (metrics). */
  observer?: NotifierObserver;
}

export interface PresenceServer {
  readonly stack: SipStack;
  readonly store: Store;
  readonly notifier: Notifier;
  readonly sweeper: ExpirySweeper;
  readonly events: EventRegistry;
  readonly port: number;
  /** Stops accepting requests, lets in-flight transactions and NOTIFYs finish, closes the store. */
  close(): Promise<void>;
}

/** Edge, presentity, subscription and notifier logic in one process. */
export async function startPresenceServer(opts: PresenceServerOptions): Promise<PresenceServer> {
  const { config } = opts;
  const logger = opts.logger ?? createLogger({ name: "presence" });
  const store = opts.store ?? createStore({ redisUrl: config.redis_url ?? undefined, keyPrefix: config.redis_key_prefix });
  const events = eventRegistryFrom(config);

  const stack = await SipStack.start(sipStackOptions(config, logger, { allowEvents: events.allowEvents() }));

  const deps: CoreDeps = coreDepsFrom(config, store, logger, {
    events,
    authorizer: new WatchersTableAuthorizer(),
    localContact: (transport) => contactFor(config, stack.port, transport),
  });
  // On the memory store the lock reads what it guards in the same step (a change's dialogs, their
  // CSeqs and the publications at once); on Redis the in-process lock leaves the reads to the notifier.
  const lock = store instanceof MemoryStore ? new MemoryReadingDialogLock(store, deps.now) : undefined;
  const notifier = new Notifier(deps, new StackNotifyDispatcher(stack), opts.hooks, { ...(lock ? { lock } : {}), ...(opts.observer ? { observer: opts.observer } : {}) });
  const sweeper = new ExpirySweeper(deps, notifier, config.clean_period * 1000);
  const adapter = { useSenderHeader: config.publish_sender_header, watcherHeader: config.subscribe_watcher_header || null };

  async function onRequest(req: SipRequest, tx: ServerTransaction): Promise<void> {
    try {
      if (req.method === "PUBLISH") {
        const result = await handlePublish(toPublishRequest(req, tx.source, adapter), deps);
        tx.respond(toSipResponse(req, result.reply));
        if (result.change) await notifier.presentityChanged(result.change);
      } else if (req.method === "SUBSCRIBE") {
        const result = await handleSubscribe(toSubscribeRequest(req, tx.source, adapter), deps);
        tx.respond(toSipResponse(req, result.reply));
        if (result.notice) await notifier.subscriptionChanged(result.notice);
      } else {
        tx.respond(toSipResponse(req, reply(405, "Method Not Allowed", [["Allow", "SUBSCRIBE, PUBLISH, OPTIONS"]])));
      }
    } catch (err) {
      logger.warn({ err, method: req.method, callId: safeCallId(req) }, "request failed");
      try {
        tx.respond(toSipResponse(req, toReply(err)));
      } catch {
        // already answered: the failure came from the NOTIFY fan-out after the reply.
      }
    }
  }
  // One trace per request: its NOTIFY fan-out runs inside the server span's context.
  stack.onRequest((req, tx) => void traceServerTransaction(req, tx, (traced) => onRequest(req, traced)));
  sweeper.start();
  logger.info({ port: stack.port, store: config.redis_url ? "redis" : "memory", events: events.list() }, "presence server listening");

  return {
    stack,
    store,
    notifier,
    sweeper,
    events,
    port: stack.port,
    async close() {
      const started = Date.now();
      await sweeper.stop();
      await notifier.close(config.shutdown_drain_ms);
      await stack.close({ drainMs: Math.max(100, config.shutdown_drain_ms - (Date.now() - started)) });
      await store.close();
    },
  };
}

function safeCallId(req: SipRequest): string | undefined {
  try {
    return req.callId;
  } catch {
    return undefined;
  }
}
