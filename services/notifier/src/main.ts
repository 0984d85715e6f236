import { Redis } from "ioredis";
import { NatsBus } from "@presence/bus";
import { createMetricsRegistry, NotifierMetrics, registerBusMetrics, registerConsumerMetrics, registerStoreMetrics } from "@presence/metrics";
import { failFastRedisOptions, RedisDialogLock, RedisStore } from "@presence/store";
import { startOpsEndpoints, runService } from "@presence/runtime";
import { startTelemetry } from "@presence/telemetry";
import { startNotifierService } from "./notifier-service.js";

runService("notifier", async (config, logger) => {
  // Before anything that creates spans; exports only when OTEL_* configures it.
  const telemetry = await startTelemetry({ serviceName: "presence-notifier", logger });
  if (!config.redis_url) throw new Error("the notifier service needs redis_url (PRESENCE_REDIS_URL): replicas share state through Redis");
  // The store's reconnect policy (backoff capped at 2 s; ioredis' default waits up to 5 s), but no
  // offline queue: lock and CSeq calls fail at once while Redis is away and the event is redelivered.
  const redis = new Redis(config.redis_url, { ...failFastRedisOptions(1500), enableOfflineQueue: false });
  redis.on("error", (err) => logger.debug({ err }, "redis"));
  const bus = await NatsBus.connect({ servers: config.nats_url, name: "notifier", logger });
  const store = new RedisStore({ redis, keyPrefix: config.redis_key_prefix, logger });
  const lock = new RedisDialogLock({ redis, keyPrefix: config.redis_key_prefix, logger });
  const metrics = createMetricsRegistry();
  const observer = new NotifierMetrics(metrics);
  const svc = await startNotifierService({ config, logger, bus, store, lock, observer, batchObserver: observer });
  observer.watch(metrics, svc.notifier);
  registerBusMetrics(metrics, bus);
  registerConsumerMetrics(metrics, () => svc.consumers);
  // Redis errors only: the presentity and subscription services report the record counts.
  registerStoreMetrics(metrics, store, { events: () => [], counts: false });
  const health = await startOpsEndpoints(config, logger, { checks: { nats: () => bus.status() === "connected", redis: () => redis.status === "ready" }, metrics });
  return {
    async close() {
      await svc.close();
      await bus.close();
      await store.close();
      redis.disconnect();
      await health.close();
      await telemetry.shutdown();
    },
  };
});
