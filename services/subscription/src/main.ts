import { NatsBus } from "@presence/bus";
import { eventRegistryFrom } from "@presence/core";
import { createMetricsRegistry, registerBusMetrics, registerStoreMetrics } from "@presence/metrics";
import { createStore } from "@presence/store";
import { startOpsEndpoints, runService } from "@presence/runtime";
import { startTelemetry } from "@presence/telemetry";
import { startSubscriptionService } from "./subscription-service.js";

runService("subscription", async (config, logger) => {
  // Before anything that creates spans; exports only when OTEL_* configures it.
  const telemetry = await startTelemetry({ serviceName: "presence-subscription", logger });
  const bus = await NatsBus.connect({ servers: config.nats_url, name: "subscription", logger });
  const store = createStore({ redisUrl: config.redis_url ?? undefined, keyPrefix: config.redis_key_prefix, logger });
  const svc = await startSubscriptionService({ config, logger, bus, store });
  const metrics = createMetricsRegistry();
  registerBusMetrics(metrics, bus);
  // Global figures: every presentity and subscription replica reports the same counts.
  const events = eventRegistryFrom(config);
  registerStoreMetrics(metrics, store, { events: () => events.list() });
  const health = await startOpsEndpoints(config, logger, { checks: { nats: () => bus.status() === "connected", redis: () => store.countSubscriptions().then(() => true) }, metrics });
  return {
    async close() {
      await svc.close();
      await bus.close();
      await store.close();
      await health.close();
      await telemetry.shutdown();
    },
  };
});
