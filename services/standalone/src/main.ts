import { runService, startHealthServer } from "@presence/runtime";
import { startTelemetry } from "@presence/telemetry";
import { startPresenceServer } from "./presence-server.js";

runService("presence", async (config, logger) => {
  // Before anything that creates spans; exports only when OTEL_* configures it.
  const telemetry = await startTelemetry({ serviceName: "presence", logger });
  const server = await startPresenceServer({ config, logger });
  const health = await startHealthServer({
    host: config.api_host,
    port: config.api_port,
    checks: { sip: () => server.port > 0, store: () => server.store.countSubscriptions().then(() => true) },
  });
  logger.info({ port: health.port }, "health endpoints listening (/healthz, /readyz)");
  return {
    async close() {
      await server.close();
      await health.close();
      await telemetry.shutdown();
    },
  };
});
