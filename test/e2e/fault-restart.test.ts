/**
 * Fault tests of the distributed topology: a Redis restart (append-only file on) and a NATS restart
 * under light load. Redis and NATS are private servers owned by this file, so they can be stopped
 * without disturbing other tests. Every request must be answered (200, or 503 with Retry-After)
 * without hanging, service must be back within 10 s, and no subscription may be lost.
 */
import { after, before, describe, test, type TestContext } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { busNames } from "@presence/bus";
import type { SipResponse } from "@presence/sip";
import { startTopology, type Topology } from "../topology/topology.js";
import { freePorts } from "../support/processes.js";
import { privateNats, privateRedis, privateServersAvailable, type PrivateServer } from "../support/private-servers.js";
import { pidf, Publisher, Subscriber, TestUa, type ReceivedNotify } from "../support/test-ua.js";

/** An answer slower than this counts as a hang (edge: 1.8 s bus timeout, store: 1.5 s command timeout). */
const ANSWER_BOUND_MS = 3000;
const RECOVERY_BOUND_MS = 10_000;
const OUTAGE_MS = 3000;
const PRESENTITIES = 4;
const DIALOGS = 20;
/** Each publisher sends one PUBLISH per period; the publishers are staggered, so one every 150 ms. */
const PUBLISH_PERIOD_MS = PRESENTITIES * 150;
const REFRESH_PERIOD_MS = 400;
const NOTIFIERS = 2;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const rnd = () => randomBytes(3).toString("hex");


type Phase = "before" | "outage" | "recovering" | "after";

interface Sample {
  kind: "PUBLISH" | "SUBSCRIBE";
  phase: Phase;
  sentAt: number;
  ms: number;
  status: number | "no answer";
  retryAfter: string | null;
  /** A 412 is acceptable only after a 503 on the same publication: that outcome was unknown. */
  afterUnknownOutcome: boolean;
}

/** Light background load: one loop per publisher, one loop refreshing the dialogs in turn. */
class Load {
  phase: Phase = "before";
  readonly samples: Sample[] = [];
  private running = true;
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly publishers: Publisher[],
    private readonly dialogs: Subscriber[],
    private readonly label: string,
  ) {}

  start(): void {
    this.publishers.forEach((p, i) => this.loops.push(this.publishLoop(p, i)));
    this.loops.push(this.refreshLoop());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async timed(kind: Sample["kind"], afterUnknownOutcome: boolean, send: () => Promise<SipResponse>): Promise<Sample> {
    const sample: Sample = { kind, phase: this.phase, sentAt: Date.now(), ms: 0, status: "no answer", retryAfter: null, afterUnknownOutcome };
    try {
      const res = await send();
      sample.status = res.status;
      sample.retryAfter = res.headers.get("retry-after") ?? null;
    } catch {
      // TestUa rejects when no final response came in time: recorded as "no answer".
    }
    sample.ms = Date.now() - sample.sentAt;
    this.samples.push(sample);
    return sample;
  }

  private async publishLoop(pub: Publisher, index: number): Promise<void> {
    await sleep(index * (PUBLISH_PERIOD_MS / this.publishers.length));
    let unknown = false;
    for (let n = 0; this.running; n++) {
      const started = Date.now();
      const s = await this.timed("PUBLISH", unknown, () => pub.publish(pidf(pub.target, "load", n % 2 ? "open" : "closed", `${this.label}-load-${n}`)));
      if (s.status === 412) pub.etag = null; // the ETag moved on under a 503: start a new publication
      unknown = s.status !== 200 && s.status !== 412;
      await sleep(Math.max(0, PUBLISH_PERIOD_MS - (Date.now() - started)));
    }
  }

  private async refreshLoop(): Promise<void> {
    for (let n = 0; this.running; n++) {
      const started = Date.now();
      const dialog = this.dialogs[n % this.dialogs.length]!;
      await this.timed("SUBSCRIBE", false, () => dialog.subscribe(600));
      await sleep(Math.max(0, REFRESH_PERIOD_MS - (Date.now() - started)));
    }
  }
}

/** The NOTIFY transactions of a dialog in arrival order, UDP retransmissions folded. */
function transactions(sub: Subscriber): ReceivedNotify[] {
  const seen = new Set<string>();
  return sub.notifies().filter((n) => {
    const key = `${n.request.via.branch}|${n.request.cseq.seq}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function lastCSeq(sub: Subscriber): number {
  const all = transactions(sub);
  return all.length ? all[all.length - 1]!.request.cseq.seq : 0;
}

function stats(values: number[]): string {
  if (values.length === 0) return "n=0";
  const v = [...values].sort((a, b) => a - b);
  const pct = (p: number) => v[Math.min(v.length - 1, Math.floor((p / 100) * v.length))]!;
  return `n=${v.length} min=${v[0]} p50=${pct(50)} p95=${pct(95)} max=${v[v.length - 1]} ms`;
}

function statusCounts(samples: Sample[]): string {
  const counts = new Map<string, number>();
  for (const s of samples) counts.set(String(s.status), (counts.get(String(s.status)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}:${n}`).join(" ") || "none";
}

interface Connz {
  connections?: Array<{ name?: string; subscriptions_list?: string[] }>;
}
interface Jsz {
  account_details?: Array<{ stream_detail?: Array<{ name: string; consumer_detail?: Array<{ name: string; num_waiting?: number }> }> }>;
}

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
  return (await res.json()) as T;
}

/**
 * What the servers see of the services: each process's NATS connection with its subscriptions, each
 * notifier pulling each durable, and the number of Redis connections. After a restart every replica
 * must be back to exactly this, not just one of each kind.
 */
async function replicaView(redis: PrivateServer, nats: PrivateServer, natsPrefix: string, notifiers: number): Promise<string> {
  const lines: string[] = [];
  try {
    const connz = await getJson<Connz>(`${nats.monitorUrl}/connz?subs=1`);
    for (const c of connz.connections ?? []) {
      const subs = (c.subscriptions_list ?? []).filter((s) => s.startsWith(natsPrefix)).sort();
      lines.push(`nats connection ${c.name ?? "?"} [${subs.join(" ")}]`);
    }
    const jsz = await getJson<Jsz>(`${nats.monitorUrl}/jsz?consumers=true`);
    const stream = busNames(natsPrefix).eventsStream;
    for (const acc of jsz.account_details ?? [])
      for (const st of acc.stream_detail ?? [])
        if (st.name === stream)
          for (const c of st.consumer_detail ?? []) {
            const waiting = c.num_waiting ?? 0;
            lines.push(`durable ${c.name}: ${waiting >= notifiers ? "pulled by every notifier" : `${waiting} pull(s) waiting`}`);
          }
  } catch (err) {
    lines.push(`nats unreachable: ${(err as Error).message}`);
  }
  const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const list = String(await client.client("LIST"));
    lines.push(`redis connections: ${list.trim().split("\n").length - 1}`);
  } catch (err) {
    lines.push(`redis unreachable: ${(err as Error).message}`);
  } finally {
    client.disconnect();
  }
  return lines.sort().join("\n");
}

const settled = (view: string) => !/unreachable|pull\(s\) waiting/.test(view);

async function allOk(what: string, results: Promise<SipResponse>[]): Promise<void> {
  const statuses = (await Promise.all(results)).map((r) => r.status);
  assert.deepEqual(statuses, statuses.map(() => 200), `${what}: ${statuses.join(",")}`);
}

/** Publishes once more, starting a new publication when the ETag was lost to an earlier 503. */
async function publishFresh(pub: Publisher, body: string): Promise<SipResponse> {
  const res = await pub.publish(body);
  if (res.status !== 412) return res;
  pub.etag = null;
  return pub.publish(body);
}

interface Fault {
  label: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

describe("fault tolerance of the distributed topology", { skip: privateServersAvailable() ? false : "redis-server or nats-server not installed" }, () => {
  let redis: PrivateServer | null = null;
  let nats: PrivateServer | null = null;
  let topo: Topology | null = null;
  const uas: TestUa[] = [];

  before(async () => {
    [redis, nats] = await Promise.all([privateRedis(), privateNats()]);
    topo = await startTopology({
      dist: process.env.TEST_TOPOLOGY_SOURCES !== "1",
      edges: 2,
      presentity: 1,
      subscription: 1,
      notifiers: NOTIFIERS,
      sipPort: await freePorts(2),
      redisUrl: redis.url,
      natsUrl: nats.url,
      env: {
        PRESENCE_SIP_T1_MS: "100",
        PRESENCE_WAITN_TIME: "2",
        PRESENCE_CLEAN_PERIOD: "1",
        PRESENCE_EXPIRY_SWEEP_LEASE_MS: "500",
        PRESENCE_NOTIFIER_PROCESSES: "8",
        PRESENCE_SHUTDOWN_DRAIN_MS: "1000",
        PRESENCE_LOG_LEVEL: "info",
      },
    });
  });

  after(async () => {
    for (const ua of uas) await ua.close();
    // Services first (they shut down cleanly while Redis and NATS are up), then the servers.
    await topo?.stop().catch(() => undefined);
    await Promise.all([redis?.dispose(), nats?.dispose()]);
  });

  const view = () => replicaView(redis!, nats!, topo!.natsPrefix, NOTIFIERS);

  /**
   * Polls the replica view until `done` holds or the deadline passes; returns the last view and,
   * per line, when it was first seen.
   */
  async function waitView(done: (v: string) => boolean, deadline: number): Promise<{ view: string; seen: Map<string, number> }> {
    const seen = new Map<string, number>();
    for (;;) {
      const v = await view();
      for (const line of v.split("\n")) if (!seen.has(line)) seen.set(line, Date.now());
      if (done(v) || Date.now() > deadline) return { view: v, seen };
      await sleep(100);
    }
  }

  /** Service output of the last seconds, for a failing run. */
  function dumpLogs(t: TestContext): void {
    for (const p of topo?.procs ?? []) {
      const interesting = p.lines.filter((l) => /"level":(40|50|60)/.test(l)).slice(-8);
      for (const l of interesting) t.diagnostic(`${p.name}: ${l.slice(0, 400)}`);
    }
  }

  async function restartUnderLoad(t: TestContext, fault: Fault): Promise<void> {
    const tp = topo!;
    const edgePort = (i: number) => tp.edges[i % tp.edges.length]!.port;
    const subUas = await Promise.all([0, 1, 2, 3].map((i) => TestUa.open({ transport: "udp", serverPort: edgePort(i), user: `w${i}-${rnd()}` })));
    const pubUas = await Promise.all([0, 1].map((i) => TestUa.open({ transport: "udp", serverPort: edgePort(i), user: `p${i}-${rnd()}` })));
    uas.push(...subUas, ...pubUas);
    const targets = Array.from({ length: PRESENTITIES }, (_, i) => `sip:${fault.label}-${i}-${rnd()}@example.com`);
    const dialogs = Array.from({ length: DIALOGS }, (_, j) => new Subscriber(subUas[j % subUas.length]!, targets[j % PRESENTITIES]!));
    const watchersOf = (target: string) => dialogs.filter((d) => d.target === target);
    const publishers = targets.map((target, i) => new Publisher(pubUas[i % pubUas.length]!, target));
    const load = new Load(publishers, dialogs, fault.label);

    try {
      // Dialogs and a first state for every presentity.
      await allOk("initial SUBSCRIBEs", dialogs.map((d) => d.subscribe(600)));
      await Promise.all(dialogs.map((d) => d.waitForNotify()));
      const init = `${fault.label}-init`;
      await allOk("initial PUBLISHes", publishers.map((p) => p.publish(pidf(p.target, "load", "open", init))));
      await Promise.all(dialogs.map((d) => d.waitForNotify((n) => n.body.includes(init), 8000)));
      const { view: baseline } = await waitView(settled, Date.now() + 5000);
      assert.ok(settled(baseline), `replicas before the fault:\n${baseline}`);
      t.diagnostic(`${fault.label}: replicas watched: ${baseline.split("\n").join("; ")}`);

      load.start();
      await sleep(1000);

      load.phase = "outage";
      const downAt = Date.now();
      await fault.stop();
      await sleep(OUTAGE_MS);
      load.phase = "recovering";
      const restartAt = Date.now();
      await fault.start();
      const upAt = Date.now();

      // Back: a PUBLISH is accepted and its NOTIFYs reach every watcher of that presentity.
      const probeTarget = targets[0]!;
      let firstOkAt: number | null = null;
      let backAt: number | null = null;
      let probes = 0;
      while (backAt === null && Date.now() - restartAt < RECOVERY_BOUND_MS) {
        const note = `${fault.label}-probe-${probes++}`;
        const res = await new Publisher(pubUas[0]!, probeTarget).publish(pidf(probeTarget, `probe${probes}`, "open", note), 120).catch(() => null);
        if (res?.status !== 200) {
          await sleep(200);
          continue;
        }
        firstOkAt ??= Date.now();
        const left = RECOVERY_BOUND_MS - (Date.now() - restartAt);
        const got = await Promise.all(watchersOf(probeTarget).map((d) => d.waitForNotify((n) => n.body.includes(note), Math.max(left, 1)))).catch(
          () => null,
        );
        if (got) backAt = Math.max(...got.map((n) => n.at));
      }
      // Every replica, not just one of each kind: connections, subscriptions and pulls as before.
      const { view: replicas, seen } = await waitView((v) => v === baseline, restartAt + RECOVERY_BOUND_MS);
      const replicasAt = Date.now();
      const slowest = baseline.split("\n").reduce((a, b) => ((seen.get(a) ?? Infinity) >= (seen.get(b) ?? Infinity) ? a : b));
      load.phase = "after";
      await sleep(1000);
      await load.stop();

      const outage = load.samples.filter((s) => s.phase === "outage");
      const recovering = load.samples.filter((s) => s.phase === "recovering");
      t.diagnostic(`${fault.label}: down for ${restartAt - downAt} ms, server ready ${upAt - restartAt} ms after the restart began`);
      t.diagnostic(`${fault.label}: requests during the outage: ${statusCounts(outage)}; response time ${stats(outage.map((s) => s.ms))}`);
      t.diagnostic(`${fault.label}: requests while recovering: ${statusCounts(recovering)}; response time ${stats(recovering.map((s) => s.ms))}`);
      t.diagnostic(`${fault.label}: all requests: ${statusCounts(load.samples)}; response time ${stats(load.samples.map((s) => s.ms))}`);
      t.diagnostic(
        `${fault.label}: first PUBLISH 200 ${firstOkAt === null ? "never" : `${firstOkAt - restartAt} ms`} after the restart, ` +
          `its NOTIFYs at all ${watchersOf(probeTarget).length} watchers ${backAt === null ? "never" : `${backAt - restartAt} ms`} after the restart, ` +
          `every replica reconnected ${replicas === baseline ? `${replicasAt - restartAt} ms` : "never"} after the restart (last: ${slowest})`,
      );

      // Service is back within the bound.
      assert.ok(backAt !== null, `${fault.label}: service not back within ${RECOVERY_BOUND_MS} ms of the restart`);
      assert.ok(backAt - restartAt <= RECOVERY_BOUND_MS, `back after ${backAt - restartAt} ms`);
      assert.equal(replicas, baseline, `${fault.label}: the replicas did not all come back within ${RECOVERY_BOUND_MS} ms`);

      // The clients saw 503 at worst, and never waited long for it.
      assert.ok(outage.length >= 4, `only ${outage.length} requests during the outage`);
      assert.ok(
        outage.some((s) => s.status === 503),
        `the outage was never noticed: ${statusCounts(outage)}`,
      );
      for (const s of load.samples) {
        const at = `${s.kind} (${s.phase}, sent ${s.sentAt - downAt} ms after the fault)`;
        assert.notEqual(s.status, "no answer", `${at}: no answer`);
        assert.ok(s.ms < ANSWER_BOUND_MS, `${at}: answered after ${s.ms} ms`);
        if (s.status === 503) assert.match(s.retryAfter ?? "", /^\d+/, `${at}: 503 without Retry-After`);
        else if (s.status === 412) assert.ok(s.kind === "PUBLISH" && s.afterUnknownOutcome, `${at}: 412 without an earlier 503`);
        else assert.equal(s.status, 200, `${at}: status ${s.status}`);
      }

      // No subscription lost: each dialog gets a NOTIFY with state published after the restart ...
      const final = `${fault.label}-final`;
      await allOk(
        "PUBLISH after recovery",
        publishers.map((p) => publishFresh(p, pidf(p.target, "load", "open", final))),
      );
      await Promise.all(dialogs.map((d) => d.waitForNotify((n) => n.body.includes(final) && n.at >= restartAt, 8000)));
      // ... and an in-dialog refresh is accepted (not 481) and followed by a NOTIFY.
      const before = dialogs.map(lastCSeq);
      const refreshes = await Promise.all(dialogs.map((d) => d.subscribe(600)));
      assert.deepEqual(
        refreshes.map((r) => r.status),
        dialogs.map(() => 200),
        "in-dialog refresh after the restart",
      );
      await Promise.all(dialogs.map((d, i) => d.waitForNotify((n) => n.request.cseq.seq > before[i]!, 8000)));

      // NOTIFY CSeqs strictly increase on every dialog, with no repeat.
      let notifies = 0;
      for (const d of dialogs) {
        const seqs = transactions(d).map((n) => n.request.cseq.seq);
        notifies += seqs.length;
        for (let i = 1; i < seqs.length; i++) assert.ok(seqs[i]! > seqs[i - 1]!, `dialog ${d.callId}: CSeqs ${seqs.join(",")}`);
      }
      t.diagnostic(`${fault.label}: ${DIALOGS} dialogs, ${notifies} NOTIFY transactions, CSeqs strictly increasing`);
    } catch (err) {
      dumpLogs(t);
      throw err;
    } finally {
      await load.stop();
      if (!redis!.running) await redis!.start().catch(() => undefined);
      if (!nats!.running) await nats!.start().catch(() => undefined);
    }
  }

  test("Redis restart (append-only file): 503 at worst, back within 10 s, no subscription lost", async (t) => {
    await restartUnderLoad(t, {
      label: "redis",
      // SIGTERM: Redis writes out the append-only file and exits; the restart loads it.
      stop: () => redis!.stop("SIGTERM"),
      start: () => redis!.start(),
    });
  });

  test("NATS restart (JetStream store dir kept): 503 at worst, back within 10 s, no subscription lost", async (t) => {
    await restartUnderLoad(t, {
      label: "nats",
      stop: () => nats!.stop("SIGKILL"),
      start: () => nats!.start(),
    });
  });
});
