/**
 * /metrics as Prometheus scrapes it, on the standalone process and on every process of the
 * distributed topology: SIP traffic by method and code, retransmissions, transaction timeouts,
 * active subscriptions and publications, NOTIFY latencies, coalesced updates, consumer lag.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createSocket } from "node:dgram";
import { DURABLES } from "@presence/bus";
import { pidf, Publisher, Subscriber, TestUa } from "../support/test-ua.js";
import { REDIS_URL } from "../support/test-server.js";
import { freePort, startService, type ServiceProcess } from "../support/processes.js";
import { Scrape } from "../support/prometheus.js";
import { startTopology, type ServiceProc, type Topology } from "../topology/topology.js";

const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Scrapes until `check` passes (counters are read live; NOTIFY responses arrive a little later). */
async function scrapeUntil(url: string, what: string, check: (s: Scrape) => boolean, timeoutMs = 10_000): Promise<Scrape> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await Scrape.of(url);
    if (check(s)) return s;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The first NOTIFY's 200 is counted and no dialog is locked: a change now gets a NOTIFY of its own. */
function firstNotifyReleased(s: Scrape): boolean {
  return (s.value("presence_notify_response_seconds_count", { event: "presence", outcome: "2xx" }) ?? 0) >= 1 && s.value("presence_notifier_dialogs_in_flight") === 0;
}

function opsPort(lines: readonly string[]): number | undefined {
  for (const line of lines) {
    if (!line.includes("ops endpoints listening")) continue;
    return (JSON.parse(line) as { port: number }).port;
  }
  return undefined;
}

async function opsUrl(lines: readonly string[]): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const port = opsPort(lines);
    if (port !== undefined) return `http://127.0.0.1:${port}`;
    await sleep(50);
  }
  throw new Error(`no ops endpoints line: ${lines.slice(-5).join("\n")}`);
}

describe("standalone process", () => {
  let proc: ServiceProcess;
  let port: number;
  let base: string;

  before(async () => {
    port = await freePort();
    proc = startService("services/standalone/src/main.ts", {
      PRESENCE_SIP_HOST: "127.0.0.1",
      PRESENCE_SIP_PORT: String(port),
      PRESENCE_API_HOST: "127.0.0.1",
      PRESENCE_API_PORT: "0",
      PRESENCE_SIP_T1_MS: "50",
      PRESENCE_LOG_LEVEL: "info",
    });
    await proc.waitFor(/presence server listening/);
    await proc.waitFor(/ops endpoints listening/);
    base = await opsUrl(proc.output);
  });

  after(async () => {
    proc.child.kill("SIGTERM");
    await proc.exited;
  });

  test("counts SIP traffic, records and NOTIFY latencies as they happen", async () => {
    const watcher = await TestUa.open({ transport: "udp", serverPort: port });
    const presentity = await TestUa.open({ transport: "udp", serverPort: port });
    try {
      const target = `sip:metrics-${presentity.user}@example.com`;
      const sub = new Subscriber(watcher, target);
      assert.equal((await sub.subscribe(600)).status, 200);
      await sub.waitForNotify();
      // The PUBLISH must find the dialog free: a change arriving while the first NOTIFY still awaits
      // its 200 is coalesced into the next NOTIFY and not timed on its own (docs/operations.md).
      await scrapeUntil(`${base}/metrics`, "the first NOTIFY answered and its dialog released", firstNotifyReleased);
      const pub = new Publisher(presentity, target);
      assert.equal((await pub.publish(pidf(target, "t1", "open", "one"))).status, 200);
      await sub.waitForNotify((n) => n.body.includes("one"));

      let s = await scrapeUntil(`${base}/metrics`, "two NOTIFYs answered", (x) => (x.value("presence_sip_responses_received_total", { method: "NOTIFY", code: "200" }) ?? 0) >= 2);
      assert.equal(s.value("presence_sip_requests_received_total", { method: "SUBSCRIBE" }), 1);
      assert.equal(s.value("presence_sip_requests_received_total", { method: "PUBLISH" }), 1);
      assert.equal(s.value("presence_sip_responses_sent_total", { method: "SUBSCRIBE", code: "200" }), 1);
      assert.equal(s.value("presence_sip_responses_sent_total", { method: "PUBLISH", code: "200" }), 1);
      assert.equal(s.value("presence_sip_requests_sent_total", { method: "NOTIFY" }), 2);
      assert.equal(s.value("presence_subscriptions_active", { event: "presence" }), 1);
      assert.equal(s.value("presence_publications_active", { event: "presence" }), 1);
      assert.equal(s.value("presence_publications_active", { event: "dialog" }), 0);
      // One change, one watcher: one change->NOTIFY delay; both NOTIFYs timed to their 200.
      assert.equal(s.value("presence_change_to_notify_seconds_count", { event: "presence" }), 1);
      assert.equal(s.value("presence_notify_response_seconds_count", { event: "presence", outcome: "2xx" }), 2);
      assert.equal(s.value("presence_sip_transaction_timeouts_total"), 0);
      assert.ok(s.has("process_cpu_seconds_total") && s.has("nodejs_eventloop_lag_p99_seconds"), "process metrics");

      // A change while the watcher still holds the previous NOTIFY open is coalesced into the next one.
      watcher.notifyDelayMs = 1000;
      assert.equal((await pub.publish(pidf(target, "t1", "open", "two"))).status, 200);
      await sleep(100);
      assert.equal((await pub.publish(pidf(target, "t1", "open", "three"))).status, 200);
      await sub.waitForNotify((n) => n.body.includes("three"), 5000);
      s = await scrapeUntil(`${base}/metrics`, "the coalesced NOTIFY answered", (x) => (x.value("presence_notify_response_seconds_count", { event: "presence", outcome: "2xx" }) ?? 0) >= 4);
      assert.equal(s.value("presence_notifier_coalesced_updates_total"), 1);
      assert.equal(s.value("presence_sip_requests_sent_total", { method: "NOTIFY" }), 4, "one NOTIFY for two changes");
      const slow = s.samples.find((x) => x.name === "presence_notify_response_seconds_bucket" && x.labels.outcome === "2xx" && x.labels.le === "0.25");
      assert.ok(slow && slow.value <= 2, `NOTIFYs held 1 s are not in the 250 ms bucket: ${slow?.value}`);

      // A watcher that stops answering: retransmissions, then Timer F (64*T1 = 3.2 s) ends it.
      watcher.notifyDelayMs = 0;
      watcher.notifyStatus = null;
      assert.equal((await pub.publish(pidf(target, "t1", "closed", "gone"))).status, 200);
      s = await scrapeUntil(`${base}/metrics`, "the NOTIFY timeout", (x) => x.value("presence_sip_transaction_timeouts_total") === 1, 15_000);
      assert.ok((s.value("presence_sip_retransmissions_total", { kind: "request_sent" }) ?? 0) >= 5, "Timer E resent the NOTIFY");
      assert.equal(s.value("presence_notify_response_seconds_count", { event: "presence", outcome: "timeout" }), 1);
      // timeout_rm_subs=1: the timed-out subscription is gone.
      s = await scrapeUntil(`${base}/metrics`, "the subscription removed", (x) => x.value("presence_subscriptions_active", { event: "presence" }) === 0);

      // Garbage on the SIP port is counted, not fatal.
      const udp = createSocket("udp4");
      await new Promise<void>((r) => udp.send("NOT SIP AT ALL\r\n\r\n", port, "127.0.0.1", () => r()));
      udp.close();
      s = await scrapeUntil(`${base}/metrics`, "the parse error", (x) => x.value("presence_sip_malformed_messages_total", { kind: "parse" }) === 1);
      assert.equal((await fetch(`${base}/healthz`)).status, 200);
    } finally {
      await watcher.close();
      await presentity.close();
    }
  });
});

describe("distributed topology", () => {
  let topology: Topology;
  const urls = new Map<string, string>();

  before(async () => {
    topology = await startTopology({
      dist: process.env.TEST_TOPOLOGY_SOURCES !== "1",
      sipPort: await freePort(),
      redisUrl: REDIS_URL,
      natsUrl: NATS_URL,
      env: { PRESENCE_SIP_T1_MS: "100", PRESENCE_SHUTDOWN_DRAIN_MS: "1000", PRESENCE_WAITN_TIME: "2", PRESENCE_LOG_LEVEL: "info" },
    });
    for (const p of topology.procs) urls.set(p.service, await opsUrl(p.lines));
  });

  after(async () => {
    await topology?.stop({ clean: true });
  });

  const url = (service: ServiceProc["service"]) => urls.get(service)!;

  test("every service serves /healthz, /readyz and /metrics with its own figures", async () => {
    const edge = topology.edges[0]!;
    const watcher = await TestUa.open({ transport: "udp", serverPort: edge.port });
    const presentity = await TestUa.open({ transport: "udp", serverPort: edge.port });
    try {
      const target = `sip:metrics-${presentity.user}@example.com`;
      const sub = new Subscriber(watcher, target);
      assert.equal((await sub.subscribe(600)).status, 200);
      await sub.waitForNotify();
      // As above: the PUBLISH finds the dialog free, so its NOTIFY is timed on its own.
      await scrapeUntil(`${url("notifier")}/metrics`, "the first NOTIFY answered and its dialog released", firstNotifyReleased);
      const pub = new Publisher(presentity, target);
      assert.equal((await pub.publish(pidf(target, "t1", "open", "dist"))).status, 200);
      await sub.waitForNotify((n) => n.body.includes("dist"));

      for (const service of ["edge", "presentity", "subscription", "notifier"]) {
        assert.equal((await fetch(`${url(service)}/healthz`)).status, 200, service);
        const ready = await fetch(`${url(service)}/readyz`);
        assert.equal(ready.status, 200, `${service}: ${await ready.text()}`);
        const s = await Scrape.of(`${url(service)}/metrics`);
        assert.equal(s.value("presence_nats_connected"), 1, service);
        assert.equal(s.value("presence_nats_reconnects_total"), 0, service);
        // A handful of requests: under the edge's hold threshold, nothing waited.
        assert.equal(s.value("presence_nats_held_writes_total"), 0, service);
        assert.ok(s.has("process_resident_memory_bytes"), service);
      }

      const edgeScrape = await scrapeUntil(`${url("edge")}/metrics`, "two NOTIFYs answered at the edge", (x) => (x.value("presence_sip_responses_received_total", { method: "NOTIFY", code: "200" }) ?? 0) >= 2);
      assert.equal(edgeScrape.value("presence_sip_requests_received_total", { method: "SUBSCRIBE" }), 1);
      assert.equal(edgeScrape.value("presence_sip_responses_sent_total", { method: "PUBLISH", code: "200" }), 1);
      assert.equal(edgeScrape.value("presence_sip_requests_sent_total", { method: "NOTIFY" }), 2);

      for (const service of ["presentity", "subscription"]) {
        const s = await Scrape.of(`${url(service)}/metrics`);
        assert.equal(s.value("presence_subscriptions_active", { event: "presence" }), 1, service);
        assert.equal(s.value("presence_publications_active", { event: "presence" }), 1, service);
        assert.equal(s.value("presence_redis_errors_total", { kind: "command" }), 0, service);
      }

      const n = await scrapeUntil(`${url("notifier")}/metrics`, "the notifier's NOTIFY figures", (x) => (x.value("presence_notify_response_seconds_count", { event: "presence", outcome: "2xx" }) ?? 0) >= 2);
      assert.equal(n.value("presence_change_to_notify_seconds_count", { event: "presence" }), 1);
      assert.equal(n.value("presence_redis_errors_total", { kind: "connection" }), 0);
      assert.ok(n.has("presence_notifier_coalesced_updates_total"));
      await scrapeUntil(`${url("notifier")}/metrics`, "an empty backlog", (x) =>
        [DURABLES.notifierPresentity, DURABLES.notifierSubscription].every((durable) => x.value("presence_notifier_consumer_lag", { durable }) === 0 && x.value("presence_notifier_consumer_unacked", { durable }) === 0),
      );
      assert.equal(n.has("presence_sip_requests_received_total"), false, "SIP figures belong to the edge");
    } finally {
      await watcher.close();
      await presentity.close();
    }
  });
});
