import type { PresenceConfig } from "@presence/config";
import type { Logger } from "@presence/log";
import { metricsRoute, type Registry } from "@presence/metrics";
import { startHealthServer, type HealthServer, type ReadinessCheck } from "./health-server.js";

export interface OpsEndpointsOptions {
  /** Named checks for /readyz. */
  checks: Record<string, ReadinessCheck>;
  /** Served at /metrics. */
  metrics: Registry;
}

/** /healthz, /readyz and /metrics of a service on api_host:api_port; logs the bound port. */
export async function startOpsEndpoints(config: PresenceConfig, logger: Logger, opts: OpsEndpointsOptions): Promise<HealthServer> {
  const server = await startHealthServer({
    host: config.api_host,
    port: config.api_port,
    checks: opts.checks,
    routes: { "/metrics": metricsRoute(opts.metrics) },
  });
  logger.info({ host: config.api_host, port: server.port }, "ops endpoints listening (/healthz, /readyz, /metrics)");
  return server;
}
