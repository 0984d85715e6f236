/**
 * `pnpm bench`: loads each topology with sipp (SUBSCRIBE/s, PUBLISH/s, fan-out, memory), prints
 * progress and a closing table (medians of the runs with their spread), and writes the raw results
 * to results/bench-<timestamp>.json. Options: see settings.ts or `pnpm bench -- --help`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, release } from "node:os";
import { join } from "node:path";
import { onInterrupt, runCleanups } from "./cleanup.js";
import { runFanout } from "./fanout.js";
import { runLadder, type StepContext } from "./load-steps.js";
import { runMemory } from "./memory.js";
import { notifierScaling, renderTable, summarize, type RunResult } from "./report.js";
import { loadSettings, parseArgs, USAGE, type BenchOptions, type Part } from "./settings.js";
import { findSipp, SIPP_INSTALL_HINT } from "./sipp.js";
import { spread } from "./stats.js";
import { repoRootFrom, serverNodeBin, TOPOLOGIES } from "./topologies.js";
import type { RunningTopology, TopologyContext, TopologyDef } from "./topology-types.js";

const repoRoot = repoRootFrom(import.meta.url);
const started = new Date();
const log = (line: string) => process.stdout.write(`${line}\n`);

/** The packages each topology runs (built with their dependencies before the bench). */
const BUILD_FILTERS: Record<string, string[]> = {
  "standalone-memory": ["@presence/standalone"],
  "standalone-redis": ["@presence/standalone"],
  "distributed-1n": ["@presence/edge", "@presence/presentity", "@presence/subscription", "@presence/notifier"],
  "distributed-2n": ["@presence/edge", "@presence/presentity", "@presence/subscription", "@presence/notifier"],
};

function build(topologies: readonly string[]): void {
  const packages = [...new Set(topologies.flatMap((t) => BUILD_FILTERS[t] ?? []))];
  if (packages.length === 0) return;
  log(`building ${packages.join(", ")} and their dependencies (turbo) ...`);
  const turbo = join(repoRoot, "node_modules", ".bin", "turbo");
  const filters = packages.map((p) => `--filter=${p}...`);
  const r = spawnSync(turbo, ["run", "build", ...filters, "--log-prefix=none", "--output-logs=errors-only"], {
    cwd: repoRoot,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  if (r.error || r.status !== 0) {
    const out = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim().split("\n").slice(-20).join("\n");
    throw new Error(`build failed (${r.error?.message ?? `exit ${r.status}`}):\n${out}\nRun with --no-build to use the existing dist, or --server-from src.`);
  }
}

function versionOf(cmd: string, args: string[]): string | null {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error) return null;
  return `${r.stdout}${r.stderr}`.split("\n").map((l) => l.trim()).find((l) => l.length > 0) ?? null;
}

async function selectTopologies(opts: BenchOptions, ctx: TopologyContext): Promise<{ run: TopologyDef[]; skipped: Array<{ name: string; reason: string }> }> {
  const known = new Map(TOPOLOGIES.map((t) => [t.name, t]));
  const names = opts.topologies.length > 0 ? opts.topologies : TOPOLOGIES.filter((t) => opts.reference || !t.reference).map((t) => t.name);
  const run: TopologyDef[] = [];
  const skipped: Array<{ name: string; reason: string }> = [];
  for (const name of names) {
    const def = known.get(name);
    if (!def) throw new Error(`unknown topology ${name} (known: ${[...known.keys()].join(", ")})`);
    const reason = await def.unavailable(ctx);
    if (reason) skipped.push({ name, reason });
    else run.push(def);
  }
  return { run, skipped };
}

/** Rates for the memory part's checks: 80 % of what this topology sustained so far, else 500/s. */
function checkRates(results: readonly RunResult[], topology: string): { subscribe: number; publish: number } {
  const mine = results.filter((r) => r.topology === topology);
  const med = (vals: Array<number | null | undefined>) => spread(vals.map((v) => v ?? null)).median;
  const sub = med(mine.map((r) => r.subscribe?.best?.rate));
  const pub = med(mine.map((r) => r.publish?.best?.rate));
  const pick = (v: number | null) => (v && v > 0 ? Math.max(50, Math.round((v * 0.8) / 10) * 10) : 500);
  return { subscribe: pick(sub), publish: pick(pub) };
}

async function runPart(part: Part, def: TopologyDef, ctx: TopologyContext, stepCtx: Omit<StepContext, "topo">, result: RunResult, all: RunResult[]): Promise<void> {
  let topo: RunningTopology | null = null;
  let forget: () => void = () => undefined;
  try {
    topo = await def.start(ctx);
    const started = topo;
    forget = onInterrupt(() => started.stop());
    const sc: StepContext = { ...stepCtx, topo };
    log(`  ${def.name} up on ${topo.sipHost}:${topo.sipPort} (pids ${topo.pids.join(", ")})`);
    if (part === "subscribe") result.subscribe = await runLadder(sc, "subscribe");
    else if (part === "publish") result.publish = await runLadder(sc, "publish");
    else if (part === "fanout") result.fanout = await runFanout(sc);
    else result.memory = await runMemory(sc, checkRates(all, def.name));
  } catch (err) {
    const msg = `${part}: ${(err as Error).message}`;
    result.errors.push(msg);
    log(`  ERROR ${msg}`);
  } finally {
    forget();
    await topo?.stop().catch((err: unknown) => log(`  could not stop ${def.name}: ${(err as Error).message}`));
  }
}

async function main(): Promise<number> {
  let opts: BenchOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const sippPath = findSipp(opts.sippPath ?? undefined);
  if (!sippPath) {
    process.stderr.write(`${SIPP_INSTALL_HINT}\n`);
    return 2;
  }
  const settings = loadSettings(opts);
  const stamp = started.toISOString().replace(/[:.]/g, "-");
  const resultsDir = join(repoRoot, "results");
  mkdirSync(resultsDir, { recursive: true });
  const cpuProfileDir = opts.cpuProfile ? join(resultsDir, `profiles-${stamp}`) : null;
  if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
  const ctx: TopologyContext = { repoRoot, serverFrom: opts.serverFrom, redisUrl: opts.redisUrl, cpuProfileDir, notifierCpu: opts.notifierCpu, log };

  if (opts.build && opts.serverFrom === "dist") {
    try {
      build(opts.topologies.length > 0 ? opts.topologies : TOPOLOGIES.map((t) => t.name));
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      return 1;
    }
  }
  const { run: defs, skipped } = await selectTopologies(opts, ctx);
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "unknown",
    kernel: release(),
    node: process.version,
    /** The servers' Node.js (BENCH_SERVER_NODE), when it is not the bench's own. */
    serverNode: serverNodeBin() === process.execPath ? process.version : versionOf(serverNodeBin(), ["-v"]),
    sipp: versionOf(sippPath, ["-v"]),
    redis: versionOf("redis-server", ["--version"]),
    loadAverageAtStart: loadavg(),
  };
  log(`presence benchmark ${opts.quick ? "(quick) " : ""}on ${machine.cpus} cores (${machine.cpuModel}), node ${machine.node}${machine.serverNode === machine.node ? "" : ` (servers on node ${machine.serverNode ?? "?"})`}, ${machine.sipp ?? "sipp"}`);
  log(`parts: ${opts.parts.join(", ")}; ${settings.runs} run(s); ${settings.stepSeconds} s per step`);
  if (opts.notifierCpu !== null) log(`each notifier replica limited to ${opts.notifierCpu} cores (cgroup CPU quota)`);
  const load1 = machine.loadAverageAtStart[0] ?? 0;
  if (load1 > machine.cpus * 0.5) {
    log(`warning: load average ${load1.toFixed(1)} on ${machine.cpus} cores before starting: other programs compete with the server and sipp, rates will be low and noisy (CPU-s per 1000 holds better)`);
  }
  for (const s of skipped) log(`topology ${s.name}: ${s.reason}`);
  if (defs.length === 0) {
    log("no topology can run here");
    return 1;
  }
  log(`topologies: ${defs.map((d) => d.name).join(", ")}`);

  const results: RunResult[] = [];
  const stepCtx = { settings, sippPath, log };
  for (let run = 1; run <= settings.runs; run++) {
    for (const def of defs) {
      const result: RunResult = { run, topology: def.name, errors: [] };
      results.push(result);
      for (const part of opts.parts) {
        // Memory figures barely move between runs and the part takes minutes: once per topology.
        if (part === "memory" && run > 1) continue;
        log(`[run ${run}/${settings.runs}] ${def.name}: ${part}`);
        await runPart(part, def, ctx, stepCtx, result, results);
      }
    }
  }

  const names = defs.map((d) => d.name);
  const summary = summarize(results, names);
  const reference = defs.find((d) => d.reference)?.name ?? null;
  log("");
  log(`Results (median of ${settings.runs} run(s), min..max in brackets; targets from the benchmark issue${reference ? `; [ratio to ${reference}]` : ""}):`);
  log(renderTable(summary, names, reference));
  const scaling = notifierScaling(summary, results);
  if (scaling) log(scaling.text);
  log("Cores busy outside the topology include sipp and the fan-out watchers (together up to about 1 core); more means other programs shared the machine.");
  for (const s of skipped) log(`${s.name}: ${s.reason}`);
  const errors = results.flatMap((r) => r.errors.map((e) => `run ${r.run} ${r.topology}: ${e}`));
  for (const e of errors) log(`error: ${e}`);

  const file = join(resultsDir, `bench-${stamp}.json`);
  writeFileSync(
    file,
    `${JSON.stringify(
      {
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        machine,
        options: opts,
        settings,
        topologies: { ran: names, notAvailable: skipped },
        summary,
        notifierScaling: scaling,
        runs: results,
        errors,
      },
      null,
      2,
    )}\n`,
  );
  log(`raw results: ${file}`);
  return errors.length > 0 ? 1 : 0;
}

// Ctrl-C: stop sipp, the watchers, the servers and Redis before leaving.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`\n${signal}: stopping what the benchmark started ...`);
    void runCleanups().then(() => process.exit(130));
  });
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`benchmark failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
