/** Starts the standalone presence server in-process on an ephemeral port, memory or Redis backed. */
import { randomBytes } from "node:crypto";
import { loadConfig, type PresenceConfig } from "@presence/config";
import { createLogger } from "@presence/log";
import type { NotifyReplyEvent } from "@presence/core";
import { startPresenceServer, type PresenceServer } from "@presence/standalone";
import { Redis } from "ioredis";
import type { Store } from "@presence/store";

export type StoreKind = "memory" | "redis";
export const STORE_KINDS: StoreKind[] = ["memory", "redis"];
/** Where end-to-end tests run: the standalone server on each store, and the distributed topology. */
export type TargetKind = StoreKind | "distributed";
export const TARGETS: TargetKind[] =
  process.env.TEST_TARGETS ? (process.env.TEST_TARGETS.split(",") as TargetKind[]) : ["memory", "redis", "distributed"];
export const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

export interface TestServer {
  server: PresenceServer;
  port: number;
  /** The store the server uses (to seed or inspect state). */
  store: Store;
  /** Resolves when no NOTIFY is in flight or queued. */
  idle(): Promise<void>;
  config: PresenceConfig;
  notifyReplies: NotifyReplyEvent[];
  /** Stops the server; with Redis the keys stay until `dispose` (restart tests reuse them). */
  stop(): Promise<void>;
  /** Stops the server and deletes its Redis keys. */
  dispose(): Promise<void>;
}

export interface TestServerOptions {
  store: StoreKind;
  overrides?: Partial<PresenceConfig>;
  /** Reuse the key prefix of an earlier server (restart tests). */
  keyPrefix?: string;
  port?: number;
}

export async function startTestServer(opts: TestServerOptions): Promise<TestServer> {
  const keyPrefix = opts.keyPrefix ?? `test:${randomBytes(6).toString("hex")}:`;
  const config = loadConfig({
    env: {},
    overrides: {
      sip_host: "127.0.0.1",
      sip_port: opts.port ?? 0,
      api_port: 0,
      clean_period: 1,
      expiry_sweep_lease_ms: 500,
      sip_t1_ms: 100,
      shutdown_drain_ms: 1000,
      ...(opts.store === "redis" ? { redis_url: REDIS_URL, redis_key_prefix: keyPrefix } : {}),
      ...opts.overrides,
    },
  });
  const notifyReplies: NotifyReplyEvent[] = [];
  const logger = createLogger({ name: "presence-test", level: (process.env.TEST_LOG_LEVEL as "info" | undefined) ?? "silent" });
  const server = await startPresenceServer({ config, logger, hooks: { onNotifyReply: (e) => notifyReplies.push(e) } });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.close();
  };
  return {
    server,
    port: server.port,
    store: server.store,
    idle: () => server.notifier.idle(),
    config,
    notifyReplies,
    stop,
    async dispose() {
      await stop();
      if (opts.store === "redis") await deleteKeys(keyPrefix);
    },
  };
}

export async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 1 });
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}

export function keyPrefixOf(t: TestServer): string {
  return t.config.redis_key_prefix;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
