import type { Registry } from "prom-client";
import type { Store } from "@presence/store";
import { pulledCounter, pulledGauge, type Sample } from "./pulled-counter.js";

export interface StoreMetricsOptions {
  /** Event packages to count records of (the registry's names). */
  events: () => readonly string[];
  /** Whether this service reports the counts (one service per deployment is enough; they are global). */
  counts?: boolean;
}

async function perEvent(events: readonly string[], count: (event: string) => Promise<number>): Promise<Sample[]> {
  const counts = await Promise.all(events.map(count));
  return events.map((event, i) => [{ event }, counts[i]!] as const);
}

/**
 * Active subscriptions and publications per event package (read from the store at scrape time,
 * expired records not yet swept included) and, for Redis, the connection's error counters.
 */
export function registerStoreMetrics(registry: Registry, store: Store, opts: StoreMetricsOptions): void {
  if (opts.counts !== false) {
    pulledGauge(registry, "presence_subscriptions_active", "Subscriptions held, per event package", ["event"], () => perEvent(opts.events(), (ev) => store.countSubscriptions(ev)));
    pulledGauge(registry, "presence_publications_active", "Publications held, per event package", ["event"], () => perEvent(opts.events(), (ev) => store.countPublications(ev)));
  }
  const backend = store.backendStats;
  if (backend === undefined) return;
  pulledCounter(registry, "presence_redis_errors_total", "Redis failures: connection attempts that failed, calls that failed", ["kind"], () => [
    [{ kind: "connection" }, backend.connectionErrors],
    [{ kind: "command" }, backend.commandErrors],
  ]);
  pulledCounter(registry, "presence_redis_reconnects_total", "Reconnect attempts to Redis after a lost connection", [], () => [[{}, backend.reconnects]]);
}
