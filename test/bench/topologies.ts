/**
 * The topologies the benchmark can load: how to start each, which processes count for CPU and RSS,
 * and why one is not available. New topologies plug in here.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { freeUdpTcpPort, waitForSip } from "./net-util.js";
import { redisServerAvailable, startPrivateRedis, useExternalRedis, type RedisHandle } from "./redis-instance.js";
import { kamailioTopology } from "./kamailio.js";
import { stopChild, tailOf } from "./child-process.js";
import type { RunningTopology, TopologyContext, TopologyDef } from "./topology-types.js";

function serverCommand(ctx: TopologyContext): { args: string[]; check: string } {
  const profile = ctx.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${ctx.cpuProfileDir}`] : [];
  if (ctx.serverFrom === "dist") {
    const main = `${ctx.repoRoot}/services/standalone/dist/main.js`;
    return { args: [...profile, main], check: main };
  }
  const main = `${ctx.repoRoot}/services/standalone/src/main.ts`;
  return { args: [...profile, "--conditions=development", "--import", "tsx", main], check: main };
}

async function startStandalone(ctx: TopologyContext, name: string, withRedis: boolean): Promise<RunningTopology> {
  let redis: RedisHandle | null = null;
  const prefix = `bench:${randomBytes(4).toString("hex")}:`;
  if (withRedis) redis = ctx.redisUrl ? await useExternalRedis(ctx.redisUrl, prefix) : await startPrivateRedis(prefix);
  const port = await freeUdpTcpPort();
  const { args } = serverCommand(ctx);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PRESENCE_SIP_HOST: "127.0.0.1",
    PRESENCE_SIP_PORT: String(port),
    PRESENCE_API_HOST: "127.0.0.1",
    PRESENCE_API_PORT: "0",
    PRESENCE_LOG_LEVEL: "warn",
    PRESENCE_SHUTDOWN_DRAIN_MS: "500",
    PRESENCE_REDIS_URL: redis ? redis.url : "",
    PRESENCE_REDIS_KEY_PREFIX: prefix,
  };
  delete env["PRESENCE_CONFIG"];
  const child = spawn(process.execPath, args, { cwd: ctx.repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  const tail = tailOf(child);
  try {
    await Promise.race([
      waitForSip("127.0.0.1", port, 20000),
      new Promise((_, reject) => child.once("exit", (code) => reject(new Error(`server exited with ${code}:\n${tail()}`)))),
    ]);
  } catch (err) {
    await stopChild(child, 2000);
    await redis?.close();
    throw err;
  }
  const serverPid = child.pid!;
  return {
    name,
    sipHost: "127.0.0.1",
    sipPort: port,
    pids: redis?.pid ? [serverPid, redis.pid] : [serverPid],
    serverPids: [serverPid],
    redis,
    async stop() {
      await stopChild(child, 5000);
      await redis?.close();
    },
  };
}

/** The shape test/topology's launcher returns (extra fields are optional). */
interface LauncherTopology {
  sipHost: string;
  sipPort: number;
  pids: number[];
  serverPids?: number[];
  redis?: { url: string; keyPrefix: string; pid?: number | null };
  stop(): Promise<void>;
}
type StartTopology = (name: string) => Promise<LauncherTopology>;

const launcherPath = (ctx: TopologyContext) => `${ctx.repoRoot}/test/topology/mod.ts`;

async function loadLauncher(ctx: TopologyContext): Promise<StartTopology | null> {
  if (!existsSync(launcherPath(ctx))) return null;
  const mod = (await import(pathToFileURL(launcherPath(ctx)).href)) as { startTopology?: StartTopology };
  return typeof mod.startTopology === "function" ? mod.startTopology : null;
}

function distributed(name: string, description: string): TopologyDef {
  return {
    name,
    description,
    reference: false,
    async unavailable(ctx) {
      try {
        return (await loadLauncher(ctx)) ? null : `not available: no startTopology() in test/topology/mod.ts yet`;
      } catch (err) {
        return `not available: test/topology/mod.ts failed to load (${(err as Error).message})`;
      }
    },
    async start(ctx) {
      const startTopology = (await loadLauncher(ctx))!;
      const t = await startTopology(name);
      let redis: RedisHandle | null = null;
      if (t.redis) {
        // Read-only use of the launcher's Redis: nothing is deleted on close (the launcher owns it).
        const ext = await useExternalRedis(t.redis.url, t.redis.keyPrefix, false);
        redis = t.redis.pid ? { ...ext, pid: t.redis.pid } : ext;
      }
      return {
        name,
        sipHost: t.sipHost,
        sipPort: t.sipPort,
        pids: t.pids,
        serverPids: t.serverPids ?? t.pids,
        redis,
        async stop() {
          await redis?.close();
          await t.stop();
        },
      };
    },
  };
}

export const TOPOLOGIES: TopologyDef[] = [
  {
    name: "standalone-memory",
    description: "one process (edge, presentity, subscription, notifier), in-memory store",
    reference: false,
    async unavailable(ctx) {
      const { check } = serverCommand(ctx);
      return existsSync(check) ? null : `not available: ${check} is missing (run pnpm build)`;
    },
    start: (ctx) => startStandalone(ctx, "standalone-memory", false),
  },
  {
    name: "standalone-redis",
    description: "one process, state in Redis (its CPU counted)",
    reference: false,
    async unavailable(ctx) {
      const { check } = serverCommand(ctx);
      if (!existsSync(check)) return `not available: ${check} is missing (run pnpm build)`;
      if (!ctx.redisUrl && !redisServerAvailable()) return "not available: redis-server not found (apt-get install redis-server, or pass --redis-url)";
      return null;
    },
    start: (ctx) => startStandalone(ctx, "standalone-redis", true),
  },
  distributed("distributed-1n", "edge, presentity, subscription and 1 notifier process on NATS and Redis"),
  distributed("distributed-2n", "as distributed-1n with 2 notifier replicas"),
  kamailioTopology,
];

export function repoRootFrom(metaUrl: string): string {
  return fileURLToPath(new URL("../..", metaUrl)).replace(/\/$/, "");
}
