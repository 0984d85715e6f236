import { collectDefaultMetrics, Registry } from "prom-client";

/** Route handlers of the health server: [status, content type, body]. */
export type MetricsRoute = () => Promise<[number, string, string]>;

/** A registry with the Node.js process metrics (CPU, memory, event-loop lag, GC) already in. */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** GET /metrics in the Prometheus text format. */
export function metricsRoute(registry: Registry): MetricsRoute {
  return async () => [200, registry.contentType, await registry.metrics()];
}
