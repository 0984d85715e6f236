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
import { natsServerAvailable, startPrivateNats } from "./nats-instance.js";
import { limitCpu, type CpuLimit } from "./cpu-limit.js";
import { notifierMetricsUrls } from "./notifier-counters.js";
import type { RunningTopology, TopologyContext, TopologyDef } from "./topology-types.js";

/** The V8 flags the container image and `pnpm start` run the services with. */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

/**
 * Node flags for every server process: those of the image, a CPU profile when asked, then
 * BENCH_SERVER_NODE_ARGS (e.g. "--max-semi-space-size=16" to compare; a later flag wins).
 */
function serverNodeArgs(ctx: TopologyContext): string[] {
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  return [...SERVER_NODE_FLAGS, ...(ctx.cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${ctx.cpuProfileDir}`] : []), ...extra];
}

/** The node binary of every server process: BENCH_SERVER_NODE (to compare Node.js releases) or the bench's own. */
export function serverNodeBin(): string {
  return process.env.BENCH_SERVER_NODE || process.execPath;
}

function serverCommand(ctx: TopologyContext): { args: string[]; check: string } {
  const profile = serverNodeArgs(ctx);
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
  const child = spawn(serverNodeBin(), args, { cwd: ctx.repoRoot, env, stdio: ["ignore", "pipe", "pipe"] });
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
    labels: redis?.pid ? { [serverPid]: "server", [redis.pid]: "redis" } : { [serverPid]: "server" },
    redis,
    async stop() {
      await stopChild(child, 5000);
      await redis?.close();
    },
  };
}

/** What the benchmark uses of test/topology/topology.ts (the launcher the e2e tests use too). */
interface LauncherProc {
  name: string;
  service: string;
  lines: string[];
  child: { pid?: number | undefined };
}
interface LauncherTopology {
  edges: Array<{ host: string; port: number }>;
  redisKeyPrefix: string;
  procs: LauncherProc[];
  stop(opts?: { clean?: boolean }): Promise<void>;
}
type StartTopology = (opts: {
  prefix?: string;
  edges?: number;
  presentity?: number;
  subscription?: number;
  notifiers?: number;
  sipPort: number;
  sipHost?: string;
  redisUrl?: string;
  natsUrl?: string;
  dist?: boolean;
  nodeArgs?: string[];
  nodeBin?: string;
  env?: Record<string, string>;
}) => Promise<LauncherTopology>;

const launcherPath = (ctx: TopologyContext) => `${ctx.repoRoot}/test/topology/topology.ts`;

async function loadLauncher(ctx: TopologyContext): Promise<StartTopology | null> {
  if (!existsSync(launcherPath(ctx))) return null;
  const mod = (await import(pathToFileURL(launcherPath(ctx)).href)) as { startTopology?: StartTopology };
  return typeof mod.startTopology === "function" ? mod.startTopology : null;
}

const DISTRIBUTED_SERVICES = ["edge", "presentity", "subscription", "notifier"];

/**
 * One edge, presentity and subscription service each and `notifiers` notifier replicas, on a
 * private Redis and a private NATS (their CPU counted with the services').
 */
function distributed(name: string, notifiers: number): TopologyDef {
  return {
    name,
    description: `edge, presentity, subscription and ${notifiers} notifier process(es) on NATS and Redis`,
    reference: false,
    async unavailable(ctx) {
      try {
        if (!(await loadLauncher(ctx))) return "not available: no startTopology() in test/topology/topology.ts";
      } catch (err) {
        return `not available: test/topology/topology.ts failed to load (${(err as Error).message})`;
      }
      if (ctx.serverFrom === "dist") {
        const missing = DISTRIBUTED_SERVICES.filter((s) => !existsSync(`${ctx.repoRoot}/services/${s}/dist/main.js`));
        if (missing.length > 0) return `not available: services/${missing.join(", ")}/dist/main.js missing (run pnpm build)`;
      }
      if (!ctx.redisUrl && !redisServerAvailable()) return "not available: redis-server not found (apt-get install redis-server, or pass --redis-url)";
      if (!natsServerAvailable()) return "not available: nats-server not found (apt-get install nats-server)";
      return null;
    },
    async start(ctx) {
      const startTopology = (await loadLauncher(ctx))!;
      const prefix = `bench${randomBytes(4).toString("hex")}`;
      const nats = await startPrivateNats();
      let redis: RedisHandle | null = null;
      let t: LauncherTopology | null = null;
      const limits: CpuLimit[] = [];
      try {
        // The launcher prefixes Redis keys with "<prefix>:" (given below, or a prefix of its own).
        redis = ctx.redisUrl ? await useExternalRedis(ctx.redisUrl, `${prefix}:`) : await startPrivateRedis(`${prefix}:`);
        const sipPort = await freeUdpTcpPort();
        t = await startTopology({
          // The prefix the Redis handle counts and deletes keys under.
          prefix,
          edges: 1,
          presentity: 1,
          subscription: 1,
          notifiers,
          sipPort,
          sipHost: "127.0.0.1",
          redisUrl: redis.url,
          natsUrl: nats.url,
          dist: ctx.serverFrom === "dist",
          nodeArgs: serverNodeArgs(ctx),
          nodeBin: serverNodeBin(),
          // As deploy/helm/examples/large.yaml: a notifier works on several change events at once
          // (the default 1 is Kamailio's, and leaves one replica waiting on Redis round trips).
          env: { PRESENCE_SHUTDOWN_DRAIN_MS: "500", PRESENCE_NOTIFIER_PROCESSES: "16" },
        });
        const edge = t.edges[0]!;
        await waitForSip(edge.host, edge.port, 20000);
        if (ctx.notifierCpu !== null) {
          for (const p of t.procs) {
            if (p.service === "notifier" && p.child.pid !== undefined) limits.push(limitCpu(p.child.pid, ctx.notifierCpu, `presence-bench-${prefix}-${p.name}`));
          }
        }
        const servicePids = t.procs.map((p) => p.child.pid).filter((pid): pid is number => pid !== undefined);
        const labels: Record<number, string> = { [nats.pid]: "nats" };
        for (const p of t.procs) if (p.child.pid !== undefined) labels[p.child.pid] = p.name;
        if (redis.pid) labels[redis.pid] = "redis";
        const started = t;
        const startedRedis = redis;
        return {
          name,
          sipHost: edge.host,
          sipPort: edge.port,
          pids: [...servicePids, ...(redis.pid ? [redis.pid] : []), nats.pid],
          serverPids: servicePids,
          labels,
          // Read when asked: a notifier logs its ops port after it reports ready.
          get notifierMetrics() {
            return notifierMetricsUrls(started.procs);
          },
          redis,
          async stop() {
            for (const l of limits) l.release();
            await started.stop({ clean: false });
            await startedRedis.close();
            await nats.close();
          },
        };
      } catch (err) {
        for (const l of limits) l.release();
        await t?.stop({ clean: false }).catch(() => undefined);
        await redis?.close().catch(() => undefined);
        await nats.close();
        throw err;
      }
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
  distributed("distributed-1n", 1),
  distributed("distributed-2n", 2),
  kamailioTopology,
];

export function repoRootFrom(metaUrl: string): string {
  return fileURLToPath(new URL("../..", metaUrl)).replace(/\/$/, "");
}
