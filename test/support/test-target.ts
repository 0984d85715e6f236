/** One end-to-end target: the standalone server (memory or Redis) or the distributed topology. */
import type { PresenceConfig } from "@presence/config";
import type { NotifyReplyEvent } from "@presence/core";
import { busNames, NatsBus, type BusSubscription } from "@presence/bus";
import { decodeNotifyReplyEvent } from "@presence/proto";
import { RedisStore, type Store } from "@presence/store";
import { startTopology, type Topology } from "../topology/topology.js";
import { freePorts } from "./processes.js";
import { REDIS_URL, startTestServer, type TargetKind } from "./test-server.js";

export interface TestTarget {
  kind: TargetKind;
  port: number;
  store: Store;
  notifyReplies: NotifyReplyEvent[];
  idle(): Promise<void>;
  dispose(): Promise<void>;
  topology?: Topology;
}

const NATS_URL = process.env.TEST_NATS_URL ?? "nats://127.0.0.1:4222";

/** PRESENCE_* variables for config overrides (the distributed processes read only env). */
export function overridesToEnv(overrides: Partial<PresenceConfig>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null || v === undefined) continue;
    env[`PRESENCE_${k.toUpperCase()}`] = Array.isArray(v) ? v.join(",") : String(v);
  }
  return env;
}

export interface TargetOptions {
  overrides?: Partial<PresenceConfig>;
  /** Process counts of the distributed topology (default: 2 edges, 2+2 services, 3 notifiers). */
  shape?: { edges?: number; presentity?: number; subscription?: number; notifiers?: number };
}

export async function startTarget(kind: TargetKind, opts: TargetOptions = {}): Promise<TestTarget> {
  if (kind !== "distributed") {
    const srv = await startTestServer({ store: kind, overrides: opts.overrides });
    return { kind, port: srv.port, store: srv.store, notifyReplies: srv.notifyReplies, idle: srv.idle, dispose: srv.dispose };
  }
  const edges = opts.shape?.edges ?? 2;
  // The edges take consecutive ports.
  const port = await freePorts(edges);
  const topology = await startTopology({
    dist: process.env.TEST_TOPOLOGY_SOURCES !== "1",
    edges,
    presentity: opts.shape?.presentity ?? 2,
    subscription: opts.shape?.subscription ?? 2,
    notifiers: opts.shape?.notifiers ?? 3,
    sipPort: port,
    redisUrl: REDIS_URL,
    natsUrl: NATS_URL,
    env: {
      PRESENCE_CLEAN_PERIOD: "1",
      PRESENCE_NOTIFY_REPLY_EVENTS: "true",
      PRESENCE_EXPIRY_SWEEP_LEASE_MS: "500",
      PRESENCE_SIP_T1_MS: "100",
      PRESENCE_SHUTDOWN_DRAIN_MS: "1000",
      PRESENCE_WAITN_TIME: "5",
      PRESENCE_NOTIFIER_PROCESSES: "8",
      PRESENCE_LOG_LEVEL: "info",
      ...overridesToEnv(opts.overrides ?? {}),
    },
  });
  const store = new RedisStore({ url: REDIS_URL, keyPrefix: topology.redisKeyPrefix });
  const bus = await NatsBus.connect({ servers: NATS_URL, name: "test-observer" });
  const notifyReplies: NotifyReplyEvent[] = [];
  let lastActivity = Date.now();
  const sub: BusSubscription = await bus.subscribe(busNames(topology.natsPrefix).eventsNotifyReply, (msg) => {
    lastActivity = Date.now();
    notifyReplies.push(decodeNotifyReplyEvent(msg.data).value);
  });
  return {
    kind,
    port,
    store,
    notifyReplies,
    topology,
    // Quiescence: no NOTIFY outcome reported for a while.
    async idle() {
      const start = Date.now();
      while (Date.now() - lastActivity < 400 || Date.now() - start < 400) await new Promise((r) => setTimeout(r, 50));
    },
    async dispose() {
      await sub.unsubscribe();
      await bus.close();
      await store.close();
      await topology.stop({ clean: true });
    },
  };
}
