import { runService } from "@presence/runtime";
import { startTelemetry } from "@presence/telemetry";
import { startPresenceServer } from "./presence-server.js";

runService("presence", async (config, logger) => {
  // Exports only when OTEL_* configures it.
  const telemetry = await startTelemetry({ serviceName: "presence", logger });
  const server = await startPresenceServer({ config, logger });
  return {
    async close() {
      await server.close();
      await telemetry.shutdown();
    },
  };
});
