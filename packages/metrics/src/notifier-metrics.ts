import { Counter, type Registry } from "prom-client";
import { LightHistogram, type HistogramSeries } from "./light-histogram.js";
import type { Notifier, NotifierObserver, NotifyOutcome } from "@presence/core";
import { pulledGauge } from "./pulled-counter.js";

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 32];
const BATCH_BUCKETS = [1, 2, 4, 8, 16, 32, 64];

/** "2xx".."6xx", "timeout" or "transport_error": bounded, whatever the watcher answers. */
export function outcomeLabel(outcome: NotifyOutcome): string {
  if (outcome.kind === "timeout") return "timeout";
  if (outcome.kind === "transport-error") return "transport_error";
  return `${Math.min(6, Math.max(1, Math.floor(outcome.status / 100)))}xx`;
}

/** The notifier's observer: NOTIFY latencies, coalesced updates, NOTIFY batches to the edges. */
export class NotifierMetrics implements NotifierObserver {
  private readonly coalescedTotal: Counter;
  private readonly batchSize: LightHistogram;
  private readonly unbatchedTotal: Counter;
  private readonly changeDelay: LightHistogram;
  private readonly responseTime: LightHistogram;
  private readonly changeSeries = new Map<string, HistogramSeries>();
  private readonly responseSeries = new Map<string, HistogramSeries>();

  constructor(registry: Registry) {
    this.coalescedTotal = new Counter({
      name: "presence_notifier_coalesced_updates_total",
      help: "Changes folded into the next NOTIFY of a dialog because one was already in flight",
      registers: [registry],
    });
    this.changeDelay = new LightHistogram(registry, "presence_change_to_notify_seconds", "From a change being stored (PUBLISH, expiry) to the NOTIFY it causes being sent", ["event"], LATENCY_BUCKETS);
    this.responseTime = new LightHistogram(registry, "presence_notify_response_seconds", "From a NOTIFY being sent to its final response, timeout or transport error", ["event", "outcome"], LATENCY_BUCKETS);
    this.batchSize = new LightHistogram(registry, "presence_notifier_notify_batch_size", "NOTIFYs handed to an edge in one bus message", [], BATCH_BUCKETS);
    this.unbatchedTotal = new Counter({
      name: "presence_notifier_notify_unbatched_total",
      help: "NOTIFYs sent to an edge one by one because no edge served the batch subject (edges of an older version, or a gone edge holding the flow)",
      registers: [registry],
    });
  }

  /** A NotifyBatch of `entries` NOTIFYs went to an edge. */
  batchSent(entries: number): void {
    this.batchSize.with().observe(entries);
  }

  /** `entries` NOTIFYs went one by one (no edge served the batch subject). */
  sentSingly(entries: number): void {
    this.unbatchedTotal.inc(entries);
  }

  /** NOTIFY dialogs in flight on this replica. */
  watch(registry: Registry, notifier: Notifier): void {
    pulledGauge(registry, "presence_notifier_dialogs_in_flight", "Dialogs with a NOTIFY being built or awaiting its response on this replica", [], () => [[{}, notifier.busy]]);
  }

  coalesced(): void {
    this.coalescedTotal.inc();
  }

  changeNotified(event: string, delayMs: number): void {
    let series = this.changeSeries.get(event);
    if (!series) this.changeSeries.set(event, (series = this.changeDelay.with(event)));
    series.observe(Math.max(0, delayMs) / 1000);
  }

  notifyCompleted(event: string, outcome: NotifyOutcome, ms: number): void {
    const label = outcomeLabel(outcome);
    const key = `${event}\n${label}`;
    let series = this.responseSeries.get(key);
    if (!series) this.responseSeries.set(key, (series = this.responseTime.with(event, label)));
    series.observe(ms / 1000);
  }
}
