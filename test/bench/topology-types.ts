/** What the benchmark needs to know about a running topology, and how topologies are described. */
import type { RedisHandle } from "./redis-instance.js";

export interface RunningTopology {
  readonly name: string;
  readonly sipHost: string;
  readonly sipPort: number;
  /** Every process whose CPU time counts (SIP servers, Redis, NATS). */
  readonly pids: number[];
  /** The SIP server processes, whose RSS is reported as server memory. */
  readonly serverPids: number[];
  /** A name for each pid (e.g. "notifier-0", "redis"), for the per-process CPU split. */
  readonly labels: Record<number, string>;
  /** /metrics URL of each notifier process (distributed topologies), by name. */
  readonly notifierMetrics?: Record<string, string>;
  /** The Redis the topology stores its state in, if any. */
  readonly redis: RedisHandle | null;
  stop(): Promise<void>;
}

export interface TopologyContext {
  repoRoot: string;
  /** Run the compiled server (dist) with plain node, or the TypeScript source through tsx. */
  serverFrom: "dist" | "src";
  /** Existing Redis to use instead of a private redis-server. */
  redisUrl: string | null;
  /** Write a CPU profile of each server process into this folder (node --cpu-prof). */
  cpuProfileDir: string | null;
  /** CPU limit (cores) on each notifier replica of the distributed topologies, or null. */
  notifierCpu: number | null;
  log: (line: string) => void;
}

export interface TopologyDef {
  name: string;
  description: string;
  /** True for the reference server the others are compared with. */
  reference: boolean;
  /** Null when it can run here, else why not (and how to make it available). */
  unavailable(ctx: TopologyContext): Promise<string | null>;
  start(ctx: TopologyContext): Promise<RunningTopology>;
}
