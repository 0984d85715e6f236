import { createMetricsRegistry, NotifierMetrics, registerSipMetrics, registerStoreMetrics } from "@presence/metrics";
import { runService, startOpsEndpoints } from "@presence/runtime";
import { startTelemetry } from "@presence/telemetry";
import { startPresenceServer } from "./presence-server.js";

runService("presence", async (config, logger) => {
  // Before anything that creates spans; exports only when OTEL_* configures it.
  const telemetry = await startTelemetry({ serviceName: "presence", logger, propagateWhenOff: false });
  const metrics = createMetricsRegistry();
  const observer = new NotifierMetrics(metrics);
  const server = await startPresenceServer({ config, logger, observer });
  observer.watch(metrics, server.notifier);
  registerSipMetrics(metrics, server.stack.stats);
  registerStoreMetrics(metrics, server.store, { events: () => server.events.list() });
  const health = await startOpsEndpoints(config, logger, { checks: { sip: () => server.stack.listening, store: () => server.store.countSubscriptions().then(() => true) }, metrics });
  return {
    async close() {
      await server.close();
      await health.close();
      await telemetry.shutdown();
    },
  };
});
