/** Command-line options of `pnpm bench` and the load settings they select (full or --quick). */
import type { LadderConfig } from "./ladder.js";

export const PARTS = ["subscribe", "publish", "fanout", "memory"] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  quick: boolean;
  parts: Part[];
  /** Topology names asked for; empty: every known one (unavailable ones are reported). */
  topologies: string[];
  runs: number;
  stepSeconds: number;
  build: boolean;
  serverFrom: "dist" | "src";
  redisUrl: string | null;
  sippPath: string | null;
  cpuProfile: boolean;
  reference: boolean;
  /** Subscriptions held for the memory part. */
  memorySubscriptions: number;
  /** CPU limit (cores) on each notifier replica of the distributed topologies, or null for none. */
  notifierCpu: number | null;
  /** PUBLISH rates of the fan-out steps instead of the default ladder. */
  fanoutRates: number[] | null;
  /** Length of the fan-out warm-up step, or null for the default of the mode. */
  fanoutWarmupSeconds: number | null;
  help: boolean;
}

/** PUBLISH/s of the fan-out warm-up: 2,000 NOTIFY/s, which every topology measured so far delivers. */
export const FANOUT_WARMUP_RATE = 200;

/**
 * A CPU-limited notifier delivers about 1,000 NOTIFY/s: warm it up below that, and not above the
 * ladder's first step. Past the notifier's capacity the warm-up leaves a backlog that the ladder's
 * steps inherit (they go on past failing ones), which then measure the catching-up instead.
 */
function fanoutWarmupRate(o: BenchOptions, rates: readonly number[]): number {
  return o.notifierCpu === null ? FANOUT_WARMUP_RATE : Math.min(FANOUT_WARMUP_RATE / 2, rates[0] ?? FANOUT_WARMUP_RATE / 2);
}

export interface LoadSettings {
  runs: number;
  stepSeconds: number;
  warmupSeconds: number;
  ladder: LadderConfig;
  /** PUBLISH rates of the fan-out steps, tried in order until one fails. */
  fanoutRates: number[];
  /** The uncounted fan-out step before the ladder (seconds 0: none). */
  fanoutWarmup: { rate: number; seconds: number };
  /**
   * Go on past a failing fan-out step while it still delivered more than the steps before (with a
   * CPU-limited notifier, where the capacity is the point and latency spikes come from throttling).
   */
  fanoutUntilPeak: boolean;
  fanoutPresentities: number;
  fanoutWatchersPer: number;
  memorySubscriptions: number;
  memoryPublications: number;
}

export const USAGE = `Usage: pnpm bench [-- options]

Loads the presence server with sipp over UDP on loopback and reports SUBSCRIBE/s, PUBLISH/s,
fan-out NOTIFY/s and delay, CPU-seconds per 1000 operations and memory (see docs/benchmark.md).

Options:
  --quick                 one short run with few steps (smoke test, about 2 minutes)
  --only <parts>          comma-separated: subscribe,publish,fanout,memory (default: the first three)
  --memory                add the memory part (100,000 subscriptions held; takes several minutes)
  --memory-subs <n>       subscriptions held in the memory part (default 100000, quick 10000)
  --topologies <names>    comma-separated: standalone-memory,standalone-redis,distributed-1n,
                          distributed-2n,kamailio (default: all; unavailable ones are reported)
  --runs <n>              runs per topology (default 3; the report gives medians and spread)
  --step-seconds <s>      duration of each rate step (default 5, quick 2)
  --no-reference          do not run the reference server even if installed
  --no-build              do not build the server first (uses services/standalone/dist as is)
  --server-from src       run the server from TypeScript source through tsx instead of dist
  --redis-url <url>       use this Redis (keys under a unique prefix, deleted after) instead of a
                          private redis-server started for each run
  --sipp <path>           sipp binary (default: sipp on PATH)
  --cpu-profile           write a CPU profile of each server process into results/
  --fanout-rates <list>   comma-separated PUBLISH rates of the fan-out steps (default: a ladder
                          from 50 to 2000/s, quick 100 to 800/s)
  --fanout-warmup-seconds <s>
                          length of the uncounted fan-out step at 200 PUBLISH/s before the ladder
                          (default 5, quick 2; 100 PUBLISH/s with --notifier-cpu; 0: none)
  --notifier-cpu <cores>  limit each notifier replica of the distributed topologies to this many
                          cores (a cgroup CPU quota, as a Kubernetes CPU limit; needs root), so
                          the notifier is the bottleneck and the second replica's share shows
  --help                  this text
`;

export function parseArgs(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = {
    quick: false,
    parts: ["subscribe", "publish", "fanout"],
    topologies: [],
    runs: 0,
    stepSeconds: 0,
    build: true,
    serverFrom: "dist",
    redisUrl: null,
    sippPath: null,
    cpuProfile: false,
    reference: true,
    memorySubscriptions: 0,
    notifierCpu: null,
    fanoutRates: null,
    fanoutWarmupSeconds: null,
    help: false,
  };
  let only: Part[] | null = null;
  let memory = false;
  const args = argv.filter((a) => a !== "--");
  const value = (i: number, name: string): string => {
    const v = args[i + 1];
    if (v === undefined || v.startsWith("--")) throw new Error(`${name} needs a value`);
    return v;
  };
  const positive = (v: string, name: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${v}`);
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    switch (a) {
      case "--quick":
        o.quick = true;
        break;
      case "--only":
        only = value(i++, a)
          .split(",")
          .map((p) => p.trim())
          .filter(Boolean)
          .map((p) => {
            if (!(PARTS as readonly string[]).includes(p)) throw new Error(`unknown part ${p} (known: ${PARTS.join(", ")})`);
            return p as Part;
          });
        break;
      case "--memory":
        memory = true;
        break;
      case "--memory-subs":
        o.memorySubscriptions = Math.round(positive(value(i++, a), a));
        break;
      case "--topologies":
        o.topologies = value(i++, a)
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean);
        break;
      case "--runs":
        o.runs = Math.round(positive(value(i++, a), a));
        break;
      case "--step-seconds":
        o.stepSeconds = positive(value(i++, a), a);
        break;
      case "--no-reference":
        o.reference = false;
        break;
      case "--no-build":
        o.build = false;
        break;
      case "--server-from": {
        const v = value(i++, a);
        if (v !== "src" && v !== "dist") throw new Error("--server-from takes src or dist");
        o.serverFrom = v;
        break;
      }
      case "--redis-url":
        o.redisUrl = value(i++, a);
        break;
      case "--sipp":
        o.sippPath = value(i++, a);
        break;
      case "--cpu-profile":
        o.cpuProfile = true;
        break;
      case "--fanout-rates":
        o.fanoutRates = value(i++, a)
          .split(",")
          .filter(Boolean)
          .map((r) => Math.round(positive(r, a)));
        break;
      case "--fanout-warmup-seconds": {
        const v = value(i++, a);
        const n = Number(v);
        if (!Number.isFinite(n) || n < 0) throw new Error(`${a} must be 0 or more, got ${v}`);
        o.fanoutWarmupSeconds = n;
        break;
      }
      case "--notifier-cpu":
        o.notifierCpu = positive(value(i++, a), a);
        break;
      case "--help":
      case "-h":
        o.help = true;
        break;
      default:
        throw new Error(`unknown option ${a} (see --help)`);
    }
  }
  o.parts = only ?? (memory ? [...o.parts, "memory"] : o.parts);
  return o;
}

const FANOUT_RATES = [50, 100, 200, 300, 400, 500, 600, 800, 1000, 1250, 1500, 2000];
const QUICK_FANOUT_RATES = [100, 200, 400, 800];

export function loadSettings(o: BenchOptions): LoadSettings {
  const fanoutRates = o.fanoutRates ?? (o.quick ? QUICK_FANOUT_RATES : FANOUT_RATES);
  if (o.quick) {
    return {
      runs: o.runs || 1,
      stepSeconds: o.stepSeconds || 2,
      warmupSeconds: 1,
      ladder: { start: 500, factor: 2, maxRate: 20000, minRate: 50, refinements: 1, minGap: 0.1 },
      fanoutRates,
      fanoutWarmup: { rate: fanoutWarmupRate(o, fanoutRates), seconds: o.fanoutWarmupSeconds ?? 2 },
      fanoutUntilPeak: o.notifierCpu !== null,
      fanoutPresentities: 100,
      fanoutWatchersPer: 10,
      memorySubscriptions: o.memorySubscriptions || 10000,
      memoryPublications: 2000,
    };
  }
  return {
    runs: o.runs || 3,
    stepSeconds: o.stepSeconds || 5,
    warmupSeconds: 2,
    ladder: { start: 250, factor: 1.5, maxRate: 20000, minRate: 25, refinements: 2, minGap: 0.06 },
    fanoutRates,
    fanoutWarmup: { rate: fanoutWarmupRate(o, fanoutRates), seconds: o.fanoutWarmupSeconds ?? 5 },
    fanoutUntilPeak: o.notifierCpu !== null,
    fanoutPresentities: 100,
    fanoutWatchersPer: 10,
    memorySubscriptions: o.memorySubscriptions || 100000,
    memoryPublications: 20000,
  };
}
