// @presence/metrics: Prometheus metrics of the presence services (prom-client), served at /metrics
// by each service's health server.
export { createMetricsRegistry, metricsRoute, type MetricsRoute } from "./registry.js";
export { registerSipMetrics } from "./sip-metrics.js";
export { registerStoreMetrics, type StoreMetricsOptions } from "./store-metrics.js";
export { registerBusMetrics, registerConsumerMetrics } from "./bus-metrics.js";
export { NotifierMetrics, outcomeLabel } from "./notifier-metrics.js";
export { pulledCounter, pulledGauge, type Sample } from "./pulled-counter.js";
export type { Registry } from "prom-client";
export { LightHistogram, HistogramSeries } from "./light-histogram.js";
