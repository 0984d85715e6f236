import { NatsBus } from "@presence/bus";
import { createMetricsRegistry, registerBusMetrics, registerSipMetrics } from "@presence/metrics";
import { startOpsEndpoints, runService } from "@presence/runtime";
import { startTelemetry } from "@presence/telemetry";
import { startEdge } from "./edge.js";

runService("edge", async (config, logger) => {
  // Before anything that creates spans; exports only when OTEL_* configures it.
  const telemetry = await startTelemetry({ serviceName: "presence-edge", logger });
  const bus = await NatsBus.connect({ servers: config.nats_url, name: "edge", logger, writeLingerMs: config.edge_bus_linger_ms });
  const edge = await startEdge({ config, logger, bus });
  const metrics = createMetricsRegistry();
  registerBusMetrics(metrics, bus);
  registerSipMetrics(metrics, edge.stack.stats);
  const health = await startOpsEndpoints(config, logger, { checks: { nats: () => bus.status() === "connected", sip: () => edge.stack.listening }, metrics });
  return {
    async close() {
      await edge.close();
      await bus.close();
      await health.close();
      await telemetry.shutdown();
    },
  };
});
