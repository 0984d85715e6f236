import { test } from "node:test";
import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { createTransactionStats, createTransportStats, type SipStackStats } from "@presence/sip";
import { MemoryStore } from "@presence/store";
import { NotifierMetrics, outcomeLabel } from "./notifier-metrics.js";
import { pulledGauge } from "./pulled-counter.js";
import { createMetricsRegistry, metricsRoute } from "./registry.js";
import { registerSipMetrics } from "./sip-metrics.js";
import { registerStoreMetrics } from "./store-metrics.js";

function stackStats(): SipStackStats {
  return { ...createTransportStats(), ...createTransactionStats(), parseErrors: 0, badRequests: 0, strayAcks: 0, acksAbsorbed: 0, requestsDelivered: 0, requestsAnsweredByStack: 0 };
}

test("SIP counters are read from the stack's live stats at each scrape", async () => {
  const registry = new Registry();
  const stats = stackStats();
  registerSipMetrics(registry, stats);
  stats.requestsReceived.set("PUBLISH", 3);
  stats.responsesSent.set("PUBLISH 412", 1);
  stats.timeouts = 2;
  stats.udpDropped = 7;
  let text = await registry.metrics();
  assert.match(text, /^presence_sip_udp_dropped_total 7$/m);
  assert.match(text, /^presence_sip_requests_received_total\{method="PUBLISH"\} 3$/m);
  assert.match(text, /^presence_sip_responses_sent_total\{method="PUBLISH",code="412"\} 1$/m);
  assert.match(text, /^presence_sip_transaction_timeouts_total 2$/m);
  stats.requestsReceived.set("PUBLISH", 5);
  text = await registry.metrics();
  assert.match(text, /^presence_sip_requests_received_total\{method="PUBLISH"\} 5$/m, "not added up twice");
});

test("a gauge whose source fails keeps its last values instead of failing the scrape", async () => {
  const registry = new Registry();
  let fail = false;
  pulledGauge(registry, "x_things", "things", ["kind"], async () => {
    if (fail) throw new Error("store down");
    return [[{ kind: "a" }, 7]];
  });
  assert.match(await registry.metrics(), /^x_things\{kind="a"\} 7$/m);
  fail = true;
  assert.match(await registry.metrics(), /^x_things\{kind="a"\} 7$/m);
});

test("record counts per event package come from the store", async () => {
  const registry = new Registry();
  const store = new MemoryStore();
  registerStoreMetrics(registry, store, { events: () => ["presence", "dialog"] });
  const text = await registry.metrics();
  assert.match(text, /^presence_subscriptions_active\{event="presence"\} 0$/m);
  assert.match(text, /^presence_publications_active\{event="dialog"\} 0$/m);
  assert.doesNotMatch(text, /presence_redis_errors_total/, "a memory store has no connection");
  await store.close();
});

test("NOTIFY outcomes are bucketed by class and the histograms count them", async () => {
  assert.equal(outcomeLabel({ kind: "response", status: 481, reason: "Gone" }), "4xx");
  assert.equal(outcomeLabel({ kind: "response", status: 200, reason: "OK" }), "2xx");
  assert.equal(outcomeLabel({ kind: "timeout" }), "timeout");
  assert.equal(outcomeLabel({ kind: "transport-error", message: "x" }), "transport_error");
  const registry = createMetricsRegistry();
  const m = new NotifierMetrics(registry);
  m.notifyCompleted("presence", { kind: "response", status: 200, reason: "OK" }, 3);
  m.notifyCompleted("presence", { kind: "response", status: 200, reason: "OK" }, 300);
  m.changeNotified("dialog", 4);
  m.coalesced();
  m.batchSent(10);
  m.batchSent(3);
  m.sentSingly(2);
  const [status, type, text] = await metricsRoute(registry)();
  assert.equal(status, 200);
  assert.match(type, /^text\/plain/);
  assert.match(text, /^presence_notify_response_seconds_bucket\{le="0.005",event="presence",outcome="2xx"\} 1$/m);
  assert.match(text, /^presence_notify_response_seconds_count\{event="presence",outcome="2xx"\} 2$/m);
  assert.match(text, /^presence_change_to_notify_seconds_count\{event="dialog"\} 1$/m);
  assert.match(text, /^presence_notifier_coalesced_updates_total 1$/m);
  assert.match(text, /^presence_notifier_notify_batch_size_bucket\{le="4"\} 1$/m);
  assert.match(text, /^presence_notifier_notify_batch_size_bucket\{le="8"\} 1$/m);
  assert.match(text, /^presence_notifier_notify_batch_size_bucket\{le="16"\} 2$/m);
  assert.match(text, /^presence_notifier_notify_batch_size_sum 13$/m);
  assert.match(text, /^presence_notifier_notify_unbatched_total 2$/m);
  assert.match(text, /^process_cpu_seconds_total /m);
});
