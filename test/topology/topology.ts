/**
 * Starts the distributed topology (edges, presentity, subscription and notifier services as separate
 * processes) against the local Redis and NATS under a unique prefix. Used by tests, the benchmark and
 * `pnpm topology`.
 */
import { randomBytes } from "node:crypto";
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { NatsBus, busNames } from "@presence/bus";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface TopologyOptions {
  edges?: number;
  presentity?: number;
  subscription?: number;
  notifiers?: number;
  /** First edge's SIP port; the others use the ports after it. */
  sipPort: number;
  sipHost?: string;
  redisUrl?: string;
  natsUrl?: string;
  /** Unique per run: Redis key prefix and NATS subject prefix derive from it. */
  prefix?: string;
  /** Extra PRESENCE_* settings for every process. */
  env?: Record<string, string>;
  /** Run compiled dist/main.js with plain node instead of the TypeScript sources (benchmarks). */
  dist?: boolean;
  /** Extra node flags for every process (e.g. --cpu-prof for the benchmark). */
  nodeArgs?: string[];
  /** The node binary every process runs on (default: the one running this code). */
  nodeBin?: string;
  /** Where process output goes: collected (default) or inherited. */
  output?: "collect" | "inherit";
  onLine?: (service: string, line: string) => void;
}

export interface ServiceProc {
  name: string;
  service: string;
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
}

export interface Topology {
  edges: Array<{ host: string; port: number }>;
  prefix: string;
  redisKeyPrefix: string;
  natsPrefix: string;
  procs: ServiceProc[];
  /** Starts one more process of a service (e.g. a replacement notifier). */
  add(service: "edge" | "presentity" | "subscription" | "notifier"): Promise<ServiceProc>;
  /** SIGKILL one process (chaos). */
  kill(proc: ServiceProc, signal?: NodeJS.Signals): Promise<void>;
  /** SIGTERM every process and wait; with `clean`, delete the Redis keys and the stream. */
  stop(opts?: { clean?: boolean }): Promise<void>;
}

const READY: Record<string, RegExp> = {
  edge: /edge listening/,
  presentity: /presentity service ready/,
  subscription: /subscription service ready/,
  notifier: /notifier consuming/,
};

export async function startTopology(opts: TopologyOptions): Promise<Topology> {
  const prefix = opts.prefix ?? `t${randomBytes(4).toString("hex")}`;
  const redisKeyPrefix = `${prefix}:`;
  const natsPrefix = `${prefix}.presence.v1`;
  const host = opts.sipHost ?? "127.0.0.1";
  const redisUrl = opts.redisUrl ?? process.env.PRESENCE_REDIS_URL ?? "redis://127.0.0.1:6379";
  const natsUrl = opts.natsUrl ?? process.env.PRESENCE_NATS_URL ?? "nats://127.0.0.1:4222";
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith("PRESENCE_")));
  const procs: ServiceProc[] = [];
  const counters: Record<string, number> = {};
  let edgeCount = 0;

  const base = {
    ...inherited,
    PRESENCE_SIP_HOST: host,
    PRESENCE_SIP_PORT: String(opts.sipPort),
    PRESENCE_REDIS_URL: redisUrl,
    PRESENCE_REDIS_KEY_PREFIX: redisKeyPrefix,
    PRESENCE_NATS_URL: natsUrl,
    PRESENCE_NATS_SUBJECT_PREFIX: natsPrefix,
    PRESENCE_API_PORT: "0",
    PRESENCE_API_HOST: "127.0.0.1",
    ...opts.env,
  };

  function spawnService(service: string): ServiceProc {
    const n = (counters[service] = (counters[service] ?? 0) + 1) - 1;
    const name = `${service}-${n}`;
    const env: Record<string, string> = { ...base, PRESENCE_INSTANCE_ID: `${prefix}-${name}` };
    if (service === "edge") env.PRESENCE_SIP_PORT = String(opts.sipPort + edgeCount++);
    const args = [
      ...(opts.nodeArgs ?? []),
      ...(opts.dist ? [`services/${service}/dist/main.js`] : ["--conditions=development", "--import", "tsx", `services/${service}/src/main.ts`]),
    ];
    const child = spawn(opts.nodeBin ?? process.execPath, args, {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: opts.output === "inherit" ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    const lines: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line) continue;
        if (lines.length < 5000) lines.push(line);
        opts.onLine?.(name, line);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const proc = { name, service, child, lines, exited };
    procs.push(proc);
    return proc;
  }

  async function ready(p: ServiceProc, timeoutMs = 30000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!p.lines.some((l) => READY[p.service]!.test(l))) {
      if (p.child.exitCode !== null) throw new Error(`${p.name} exited (${p.child.exitCode}): ${p.lines.slice(-5).join("\n")}`);
      if (Date.now() > deadline) throw new Error(`${p.name} not ready in time: ${p.lines.slice(-5).join("\n")}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const plan: Array<[string, number]> = [
    ["notifier", opts.notifiers ?? 1],
    ["presentity", opts.presentity ?? 1],
    ["subscription", opts.subscription ?? 1],
    ["edge", opts.edges ?? 1],
  ];
  // The first notifier creates the stream; the others start together.
  const first = spawnService("notifier");
  try {
    await ready(first);
    const rest: ServiceProc[] = [];
    for (const [service, count] of plan) for (let i = service === "notifier" ? 1 : 0; i < count; i++) rest.push(spawnService(service));
    await Promise.all(rest.map((p) => ready(p)));
  } catch (err) {
    for (const p of procs) p.child.kill("SIGKILL");
    throw err;
  }

  const topo: Topology = {
    edges: Array.from({ length: edgeCount }, (_, i) => ({ host, port: opts.sipPort + i })),
    prefix,
    redisKeyPrefix,
    natsPrefix,
    procs,
    async add(service) {
      const p = spawnService(service);
      await ready(p);
      return p;
    },
    async kill(proc, signal = "SIGKILL") {
      proc.child.kill(signal);
      await proc.exited;
    },
    async stop(stopOpts) {
      for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGTERM");
      await Promise.all(
        procs.map((p) =>
          Promise.race([p.exited, new Promise((r) => setTimeout(r, 8000))]).then(() => {
            if (p.child.exitCode === null) p.child.kill("SIGKILL");
          }),
        ),
      );
      if (stopOpts?.clean) await cleanTopology(redisUrl, natsUrl, redisKeyPrefix, natsPrefix);
    },
  };
  return topo;
}

export async function cleanTopology(redisUrl: string, natsUrl: string, redisKeyPrefix: string, natsPrefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${redisKeyPrefix}*`, "COUNT", 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
  const bus = await NatsBus.connect({ servers: natsUrl, name: "topology-clean" });
  try {
    await bus.deleteStream(busNames(natsPrefix).eventsStream);
  } finally {
    await bus.close();
  }
}
