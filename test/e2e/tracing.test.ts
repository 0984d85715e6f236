/**
 * One PUBLISH is one trace: from the edge's SIP server transaction through the presentity service,
 * the change event and the notifier's fan-out to the final response of every NOTIFY it caused.
 * First in one process with an in-memory exporter, then across processes exporting OTLP/HTTP.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { loadConfig } from "@presence/config";
import { NatsBus } from "@presence/bus";
import { silentLogger } from "@presence/log";
import { RedisDialogLock, RedisStore } from "@presence/store";
import { installMemoryExporter, parentSpanId, SpanKind, type MemoryTraces } from "@presence/telemetry";
import { startEdge, type Edge } from "@presence/edge";
import { startPresentityService, type PresentityService } from "@presence/presentity";
import { startSubscriptionService, type SubscriptionService } from "@presence/subscription";
import { startNotifierService, type NotifierService } from "@presence/notifier";
import { pidf, Publisher, Subscriber, TestUa } from "../support/test-ua.js";
import { REDIS_URL } from "../support/test-server.js";
import { freePort } from "../support/processes.js";
import { cleanTopology, startTopology, type Topology } from "../topology/topology.js";
import { startOtlpReceiver, type OtlpReceiver } from "../support/otlp-receiver.js";

const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";

/** A span as both checks see it, whichever exporter it came from. */
interface SpanView {
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  name: string;
  kind: SpanKind;
  attributes: Record<string, unknown>;
  service?: string;
}

/** The chain of span names from each NOTIFY client transaction up to the PUBLISH. */
const NOTIFY_TO_ROOT = [
  "sip.client NOTIFY",
  "bus.serve edge.notify",
  "bus.request edge.notify",
  "notifier.notify",
  "notifier.fanout",
  "bus.consume events.presentity",
  "bus.publish events.presentity",
  "bus.serve presentity.publish",
  "bus.request presentity.publish",
  "sip.server PUBLISH",
];

/**
 * Checks that the spans of the PUBLISH with `callId` form one tree rooted at the edge's server span,
 * holding exactly one NOTIFY client transaction (final status 200) per watcher dialog.
 */
function checkPublishTrace(all: SpanView[], callId: string, watcherCallIds: string[]): SpanView[] {
  const roots = all.filter((s) => s.name === "sip.server PUBLISH" && s.attributes["sip.call_id"] === callId);
  assert.equal(roots.length, 1, "one server span for the PUBLISH");
  const root = roots[0]!;
  const spans = all.filter((s) => s.traceId === root.traceId);
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  assert.equal(byId.size, spans.length, "span ids are unique");

  // One root, and every other span's parent is in the same trace.
  assert.deepEqual(spans.filter((s) => s.parentSpanId === null), [root]);
  for (const s of spans) if (s !== root) assert.ok(byId.has(s.parentSpanId!), `parent of ${s.name} is in the trace`);
  assert.equal(root.kind, SpanKind.SERVER);
  assert.equal(root.attributes["sip.method"], "PUBLISH");
  assert.equal(root.attributes["sip.status_code"], 200);
  assert.equal(root.attributes["network.transport"], "udp");
  assert.equal(root.attributes["network.peer.address"], "127.0.0.1");
  assert.equal(typeof root.attributes["network.peer.port"], "number");

  const path = (s: SpanView): string[] => {
    const names: string[] = [];
    for (let cur: SpanView | undefined = s; cur; cur = cur.parentSpanId ? byId.get(cur.parentSpanId) : undefined) {
      names.push(cur.name);
      assert.ok(names.length <= spans.length, "no parent cycle");
    }
    return names;
  };

  const notifies = spans.filter((s) => s.name === "sip.client NOTIFY");
  assert.deepEqual(notifies.map((s) => s.attributes["sip.call_id"]).sort(), [...watcherCallIds].sort(), "one NOTIFY per watcher dialog");
  for (const n of notifies) {
    assert.equal(n.kind, SpanKind.CLIENT);
    assert.equal(n.attributes["sip.status_code"], 200);
    assert.equal(n.attributes["sip.outcome"], "response");
    assert.equal(n.attributes["sip.method"], "NOTIFY");
    assert.deepEqual(path(n), NOTIFY_TO_ROOT);
  }

  const handle = spans.filter((s) => s.name === "presentity.handle_publish");
  assert.equal(handle.length, 1);
  assert.deepEqual(path(handle[0]!), ["presentity.handle_publish", "bus.serve presentity.publish", "bus.request presentity.publish", "sip.server PUBLISH"]);
  assert.equal(handle[0]!.attributes["sip.status_code"], 200);

  const consume = spans.filter((s) => s.name === "bus.consume events.presentity");
  assert.equal(consume.length, 1);
  assert.equal(consume[0]!.kind, SpanKind.CONSUMER);
  assert.equal(spans.find((s) => s.name === "bus.publish events.presentity")?.kind, SpanKind.PRODUCER);

  const fanout = spans.filter((s) => s.name === "notifier.fanout");
  assert.equal(fanout.length, 1);
  assert.equal(fanout[0]!.attributes["presence.watchers"], watcherCallIds.length);

  // The aggregate is computed once per change, by the fan-out from what its lock step read, and
  // shared by every watcher's NOTIFY.
  const aggregate = spans.filter((s) => s.name === "notifier.aggregate");
  assert.equal(aggregate.length, 1);
  assert.equal(aggregate[0]!.attributes["presence.publications"], 1);
  assert.deepEqual(path(aggregate[0]!).slice(1), NOTIFY_TO_ROOT.slice(4));

  // Redis calls are client spans inside the work that makes them.
  const redis = spans.filter((s) => s.name.startsWith("redis "));
  for (const r of redis) {
    assert.equal(r.kind, SpanKind.CLIENT, r.name);
    assert.equal(r.attributes["db.system"], "redis", r.name);
    assert.equal(r.name, `redis ${String(r.attributes["db.operation.name"])}`);
  }
  const under = (parent: string) => new Set(redis.filter((r) => byId.get(r.parentSpanId!)?.name === parent).map((r) => r.name));
  assert.ok(under("presentity.handle_publish").has("redis insertPublication"), "the PUBLISH stores its publication");
  // Right behind the write, in its round trip: the change event carries the watchers.
  assert.ok(under("presentity.handle_publish").has("redis listSubscriptionRefs"), "the PUBLISH lists the watchers");
  assert.ok(!under("notifier.fanout").has("redis listSubscriptionRefs"), "the fan-out does not list them again");
  // One step locks every dialog, reads each record and (presence sends every NOTIFY it builds) takes
  // its CSeq, then reads the publications the aggregate is made of.
  assert.ok(under("notifier.fanout").has("redis presenceLockAcquireRead"), "and locks their dialogs, reading them");
  assert.equal(under("notifier.aggregate").size, 0, "the aggregate needs no read of its own");
  assert.ok(!under("notifier.fanout").has("redis getSubscription"), "no second read per dialog");
  assert.ok(!under("notifier.notify").has("redis nextLocalCSeq"), "no CSeq step of its own");
  return spans;
}

/**
 * Two watchers subscribed to one presentity, then a PUBLISH; `check` gets the Call-IDs involved
 * while the user agents are still open (they answer the NOTIFYs).
 */
async function publishToTwoWatchers(port: number, settle: () => Promise<void>, check: (ids: { callId: string; watcherCallIds: string[] }) => Promise<void>) {
  const uas = await Promise.all([0, 1, 2].map(() => TestUa.open({ transport: "udp", serverPort: port })));
  try {
    const presentity = `sip:traced-${randomBytes(4).toString("hex")}@example.com`;
    const watchers = [new Subscriber(uas[0]!, presentity), new Subscriber(uas[1]!, presentity)];
    for (const w of watchers) {
      assert.equal((await w.subscribe(600)).status, 200);
      await w.waitForNotify();
    }
    // No NOTIFY of the SUBSCRIBEs still in flight: the PUBLISH's NOTIFYs are not coalesced into them.
    await settle();
    const callId = `publish-${randomBytes(6).toString("hex")}@test`;
    const res = await new Publisher(uas[2]!, presentity).publish(pidf(presentity, "t1", "open", "traced"), 600, [["Call-ID", callId]]);
    assert.equal(res.status, 200);
    for (const w of watchers) await w.waitForNotify((n) => n.body.includes("traced"));
    await check({ callId, watcherCallIds: watchers.map((w) => w.callId) });
  } finally {
    for (const ua of uas) await ua.close();
  }
}

async function eventually<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("tracing in one process (in-memory exporter)", () => {
  const prefix = `t${randomBytes(4).toString("hex")}`;
  const natsPrefix = `${prefix}.presence.v1`;
  const redisKeyPrefix = `${prefix}:`;
  let traces: MemoryTraces;
  let buses: NatsBus[] = [];
  let stores: RedisStore[] = [];
  let redis: Redis;
  let edge: Edge;
  let presentity: PresentityService;
  let subscription: SubscriptionService;
  let notifier: NotifierService;

  before(async () => {
    traces = await installMemoryExporter();
    const config = loadConfig({
      env: {},
      overrides: {
        sip_host: "127.0.0.1",
        sip_port: 0,
        api_port: 0,
        sip_t1_ms: 100,
        shutdown_drain_ms: 1000,
        waitn_time: 2,
        redis_url: REDIS_URL,
        redis_key_prefix: redisKeyPrefix,
        nats_url: NATS_URL,
        nats_subject_prefix: natsPrefix,
      },
    });
    const logger = silentLogger();
    const bus = async (name: string) => {
      const b = await NatsBus.connect({ servers: NATS_URL, name: `${prefix}-${name}` });
      buses.push(b);
      return b;
    };
    const store = () => {
      const s = new RedisStore({ url: REDIS_URL, keyPrefix: redisKeyPrefix });
      stores.push(s);
      return s;
    };
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    notifier = await startNotifierService({
      config,
      logger,
      bus: await bus("notifier"),
      store: store(),
      lock: new RedisDialogLock({ redis, keyPrefix: redisKeyPrefix }),
    });
    presentity = await startPresentityService({ config, logger, bus: await bus("presentity"), store: store() });
    subscription = await startSubscriptionService({ config, logger, bus: await bus("subscription"), store: store() });
    edge = await startEdge({ config, logger, bus: await bus("edge"), id: `${prefix}-edge` });
  });

  after(async () => {
    await edge?.close();
    await presentity?.close();
    await subscription?.close();
    await notifier?.close();
    for (const b of buses) await b.close();
    for (const s of stores) await s.close();
    redis?.disconnect();
    await cleanTopology(REDIS_URL, NATS_URL, redisKeyPrefix, natsPrefix);
    await traces?.shutdown();
  });

  test("a PUBLISH to a presentity with two watchers is one trace down to both NOTIFYs' 200", async () => {
    await publishToTwoWatchers(edge.port, () => notifier.notifier.idle(), async ({ callId, watcherCallIds }) => {
      await notifier.notifier.idle();
      const view = (): SpanView[] =>
        traces.spans().map((s) => ({
          traceId: s.spanContext().traceId,
          spanId: s.spanContext().spanId,
          parentSpanId: parentSpanId(s),
          name: s.name,
          kind: s.kind,
          attributes: s.attributes,
        }));
      // The edge's NOTIFY spans end with the 200; the notifier's just after the bus reply.
      await eventually("the NOTIFY spans", () => (view().filter((s) => s.name === "notifier.notify").length >= 4 ? true : undefined));
      const spans = checkPublishTrace(view(), callId, watcherCallIds);
      // The SUBSCRIBEs are traces of their own.
      const subscribes = view().filter((s) => s.name === "sip.server SUBSCRIBE");
      assert.equal(subscribes.length, 2);
      for (const s of subscribes) assert.notEqual(s.traceId, spans[0]!.traceId);
    });
  });
});

describe("tracing across processes (OTLP/HTTP to a receiver)", () => {
  let receiver: OtlpReceiver;
  let topology: Topology;

  before(async () => {
    receiver = await startOtlpReceiver();
    topology = await startTopology({
      dist: process.env.TEST_TOPOLOGY_SOURCES !== "1",
      edges: 1,
      presentity: 1,
      subscription: 1,
      notifiers: 1,
      sipPort: await freePort(),
      redisUrl: REDIS_URL,
      natsUrl: NATS_URL,
      env: {
        PRESENCE_SIP_T1_MS: "100",
        PRESENCE_SHUTDOWN_DRAIN_MS: "1000",
        PRESENCE_WAITN_TIME: "2",
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
        OTEL_BSP_SCHEDULE_DELAY: "100",
      },
    });
  });

  after(async () => {
    await topology?.stop({ clean: true });
    await receiver?.close();
  });

  test("the services' exported spans of one PUBLISH form one tree across the processes", async () => {
    const edgeAddr = topology.edges[0]!;
    // The notifier process reports idle through its spans: wait until the SUBSCRIBEs' NOTIFYs are done.
    const settle = async () => {
      await eventually("the SUBSCRIBE NOTIFY spans", () => (receiver.spans.filter((s) => s.name === "notifier.notify").length >= 2 ? true : undefined));
    };
    await publishToTwoWatchers(edgeAddr.port, settle, async ({ callId, watcherCallIds }) => {
      const view = (): SpanView[] => receiver.spans.map((s) => ({ ...s, kind: (s.kind - 1) as SpanKind }));
      await eventually("the PUBLISH's NOTIFY spans", () => (view().filter((s) => s.name === "notifier.notify").length >= 4 ? true : undefined));
      await eventually("the PUBLISH's edge NOTIFY spans", () => (view().filter((s) => s.name === "sip.client NOTIFY").length >= 4 ? true : undefined));
      // Each process exports in its own batches: wait until every hop of the trace has arrived.
      const complete = () => {
        try {
          checkPublishTrace(view(), callId, watcherCallIds);
          return true;
        } catch {
          return undefined;
        }
      };
      await eventually("the whole trace", complete).catch(() => undefined);
      const spans = checkPublishTrace(view(), callId, watcherCallIds);
      // Each hop was exported by the process that did the work.
      const serviceOf = (name: string) => new Set(spans.filter((s) => s.name === name).map((s) => s.service));
      assert.deepEqual(serviceOf("sip.server PUBLISH"), new Set(["presence-edge"]));
      assert.deepEqual(serviceOf("presentity.handle_publish"), new Set(["presence-presentity"]));
      assert.deepEqual(serviceOf("notifier.fanout"), new Set(["presence-notifier"]));
      assert.deepEqual(serviceOf("sip.client NOTIFY"), new Set(["presence-edge"]));
      assert.deepEqual(receiver.rejected, []);
    });
  });
});
