import type { Registry } from "prom-client";
import type { Bus, BusConsumer } from "@presence/bus";
import { pulledCounter, pulledGauge } from "./pulled-counter.js";

/** NATS connection state and counters. */
export function registerBusMetrics(registry: Registry, bus: Bus): void {
  pulledGauge(registry, "presence_nats_connected", "1 while connected to NATS", [], () => [[{}, bus.status() === "connected" ? 1 : 0]]);
  pulledCounter(registry, "presence_nats_errors_total", "NATS failures: connection attempts, server-reported errors, calls that failed", [], () => [[{}, bus.stats.errors]]);
  pulledCounter(registry, "presence_nats_reconnects_total", "Connections to NATS restored after a loss", [], () => [[{}, bus.stats.reconnects]]);
  pulledCounter(registry, "presence_nats_disconnects_total", "Connections to NATS lost", [], () => [[{}, bus.stats.disconnects]]);
  pulledCounter(registry, "presence_nats_held_writes_total", "Requests held for the write linger under load (edge_bus_linger_ms)", [], () => [[{}, bus.stats.heldWrites]]);
}

/**
 * The backlog of the notifier's durable consumers (shared by every replica): the lag is what the
 * HorizontalPodAutoscaler's external metric reads.
 */
export function registerConsumerMetrics(registry: Registry, consumers: () => readonly BusConsumer[]): void {
  const backlogs = async () => Promise.all(consumers().map(async (c) => ({ durable: c.durable, backlog: await c.backlog() })));
  pulledGauge(registry, "presence_notifier_consumer_lag", "Change events stored and not yet delivered to a notifier", ["durable"], async () =>
    (await backlogs()).map(({ durable, backlog }) => [{ durable }, backlog.undelivered] as const),
  );
  pulledGauge(registry, "presence_notifier_consumer_unacked", "Change events delivered to a notifier and not yet acknowledged", ["durable"], async () =>
    (await backlogs()).map(({ durable, backlog }) => [{ durable }, backlog.unacked] as const),
  );
}
