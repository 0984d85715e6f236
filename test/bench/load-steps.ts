/**
 * SUBSCRIBE/s and PUBLISH/s: one sipp instance per rate step, a rate ladder per run, CPU of the
 * topology's processes measured around each step.
 */
import { fileURLToPath } from "node:url";
import { bestRate, nextRate, type LadderStep } from "./ladder.js";
import { cpuByLabel, LoadMeter, totalCpuSeconds } from "./proc-stats.js";
import type { LoadSettings } from "./settings.js";
import { runSipp } from "./sipp.js";
import { percentile } from "./stats.js";
import type { RunningTopology } from "./topology-types.js";

export type LoadKind = "subscribe" | "publish";

/** A step passes below this share of failed calls. */
export const MAX_FAILED_SHARE = 0.01;
/**
 * A call also counts as failed when it completed later than this: SIP's T1, after which the client
 * retransmits. Without it a server falling behind would "sustain" any rate for the few seconds of a
 * step, its queue growing, because sipp waits 5 s for a response.
 */
export const LATE_MS = 500;
/** ...and when sipp offered at least this share of the asked rate (else the client was the limit). */
export const MIN_OFFERED_SHARE = 0.9;

export interface LoadStep {
  rate: number;
  calls: number;
  created: number;
  successful: number;
  failed: number;
  failedShare: number;
  /** Calls that completed, but later than LATE_MS (counted in failedShare). */
  late: number;
  /** Calls per second sipp actually started (null when it could not be told). */
  offeredRate: number | null;
  retransmissions: number;
  /** SUBSCRIBE or PUBLISH -> final response, ms (sipp's millisecond resolution). */
  responseP50Ms: number | null;
  responseP99Ms: number | null;
  /** SUBSCRIBE -> first NOTIFY arrival, ms (subscribe only). */
  notifyP50Ms: number | null;
  notifyP99Ms: number | null;
  cpuSeconds: number;
  cpuPer1000: number | null;
  /** CPU seconds per process of the topology (by label). */
  cpuByProcess: Record<string, number>;
  /** CPU seconds per thread of a one-process topology (see threadCpuSeconds), else null. */
  cpuByThread: Record<string, number> | null;
  /** Share of the CPU spent in the kernel (system calls, page faults, interrupts on its behalf). */
  cpuSystemShare: number | null;
  /** Cores busy outside the topology meanwhile: sipp, and any other program on the machine. */
  otherCores: number;
  /** Subscriptions or publications already held by the server when the step started. */
  heldBefore: number;
  pass: boolean;
  why: string;
}

export interface LadderResult {
  kind: LoadKind;
  steps: LoadStep[];
  /** The highest passing step. */
  best: LoadStep | null;
}

export interface StepContext {
  topo: RunningTopology;
  settings: LoadSettings;
  sippPath: string;
  log: (line: string) => void;
}

export function scenarioPath(name: string): string {
  return fileURLToPath(new URL(`./scenarios/${name}`, import.meta.url));
}

/** Waits until the topology's processes are nearly idle (work from the last step drained). */
export async function waitForQuiet(pids: readonly number[], maxMs = 15000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quietSamples = 0;
  let last = totalCpuSeconds(pids);
  while (Date.now() < deadline && quietSamples < 2) {
    await new Promise((r) => setTimeout(r, 250));
    const now = totalCpuSeconds(pids);
    quietSamples = now - last < 0.25 * 0.1 ? quietSamples + 1 : 0; // under 10 % of a core
    last = now;
  }
}

let stepCounter = 0;

/** Runs one step at a fixed rate for settings.stepSeconds (or the given duration). */
export async function runLoadStep(ctx: StepContext, kind: LoadKind, rate: number, heldBefore: number, seconds = ctx.settings.stepSeconds): Promise<LoadStep> {
  const calls = Math.max(1, Math.round(rate * seconds));
  await waitForQuiet(ctx.topo.pids);
  const meter = new LoadMeter(ctx.topo.pids);
  const tag = `${Date.now().toString(36)}${(stepCounter++).toString(36)}`;
  meter.start();
  const r = await runSipp({
    sippPath: ctx.sippPath,
    scenarioFile: scenarioPath(kind === "subscribe" ? "subscribe.xml" : "publish.xml"),
    host: ctx.topo.sipHost,
    port: ctx.topo.sipPort,
    calls,
    rate,
    keys: { tag },
    timeoutSeconds: seconds * 3 + 20,
  });
  const { cpuSeconds, perPid, systemSeconds, byThread, otherCores } = meter.stop();
  const t = r.totals;
  const created = Math.max(t.created, t.successful + t.failed);
  const failed = Math.max(0, calls - t.successful);
  const rtd1 = r.rtts.get(1) ?? [];
  const rtd2 = r.rtts.get(2) ?? [];
  // The call is done when its last awaited message arrived: the NOTIFY for SUBSCRIBE, the 200 for PUBLISH.
  const completion = kind === "subscribe" ? rtd2 : rtd1;
  const late = completion.filter((ms) => ms > LATE_MS).length;
  const failedShare = calls > 0 ? (failed + late) / calls : 1;
  const offeredRate = t.creationSeconds !== null && t.creationSeconds > 0 ? Math.min(created, calls) / t.creationSeconds : null;
  let why = "";
  if (failedShare >= MAX_FAILED_SHARE) why = `${(failedShare * 100).toFixed(1)} % failed or later than ${LATE_MS} ms`;
  else if (offeredRate !== null && offeredRate < MIN_OFFERED_SHARE * rate) why = `sipp offered only ${offeredRate.toFixed(0)}/s`;
  if (r.errors && t.successful === 0 && !why) why = r.errors.split("\n").slice(0, 2).join(" ");
  return {
    rate,
    calls,
    created,
    successful: t.successful,
    failed,
    late,
    failedShare,
    offeredRate,
    retransmissions: t.retransmissions,
    responseP50Ms: percentile(rtd1, 50),
    responseP99Ms: percentile(rtd1, 99),
    notifyP50Ms: kind === "subscribe" ? percentile(rtd2, 50) : null,
    notifyP99Ms: kind === "subscribe" ? percentile(rtd2, 99) : null,
    cpuSeconds,
    cpuPer1000: t.successful > 0 ? (cpuSeconds / t.successful) * 1000 : null,
    cpuByProcess: cpuByLabel(ctx.topo.pids, perPid, ctx.topo.labels),
    cpuByThread: byThread,
    cpuSystemShare: cpuSeconds > 0 ? systemSeconds / cpuSeconds : null,
    otherCores,
    heldBefore,
    pass: why === "",
    why,
  };
}

/** What a step line says about where the CPU went. */
export interface CpuSplitInput {
  cpuByProcess: Record<string, number>;
  cpuByThread?: Record<string, number> | null;
  cpuSystemShare?: number | null;
}

/**
 * " (edge-0 40 %, notifier-0 35 %, ...; system 30 %)" for topologies of several processes,
 * " (main thread 60 %, sip-udp-io 28 %, other threads 12 %; system 19 %)" for one process.
 */
export function cpuSplit(s: CpuSplitInput): string {
  const shares = (by: Record<string, number>): string[] => {
    const entries = Object.entries(by);
    const total = entries.reduce((a, [, v]) => a + v, 0);
    if (entries.length < 2 || total <= 0) return [];
    // Under half a per cent reads "0 %" (newer Node.js names idle helper threads): left to the JSON.
    return entries
      .filter(([, v]) => v / total >= 0.005)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${((v / total) * 100).toFixed(0)} %`);
  };
  const parts = Object.keys(s.cpuByProcess).length > 1 ? shares(s.cpuByProcess) : shares(s.cpuByThread ?? {});
  const system = s.cpuSystemShare === null || s.cpuSystemShare === undefined ? null : `system ${(s.cpuSystemShare * 100).toFixed(0)} %`;
  if (parts.length === 0 && system === null) return "";
  return ` (${parts.join(", ")}${parts.length > 0 && system ? "; " : ""}${system ?? ""})`;
}

export function describeStep(kind: LoadKind, s: LoadStep): string {
  const ms = (v: number | null) => (v === null ? "-" : `${v}`);
  const extra = kind === "subscribe" ? `, NOTIFY p50/p99 ${ms(s.notifyP50Ms)}/${ms(s.notifyP99Ms)} ms` : "";
  return (
    `${kind} ${s.rate}/s: ${s.successful}/${s.calls} ok, ${s.late} late, ${(s.failedShare * 100).toFixed(2)} % failed, ` +
    `p50/p99 ${ms(s.responseP50Ms)}/${ms(s.responseP99Ms)} ms${extra}, ` +
    `CPU ${s.cpuPer1000 === null ? "-" : s.cpuPer1000.toFixed(3)} s/1000${cpuSplit(s)}, ${s.retransmissions} retrans, other load ${s.otherCores.toFixed(1)} cores` +
    `${s.pass ? " -> pass" : ` -> FAIL (${s.why})`}`
  );
}

/** Warm-up, then the ladder: the highest rate with under 1 % failed calls. */
export async function runLadder(ctx: StepContext, kind: LoadKind): Promise<LadderResult> {
  let held = 0;
  const warm = await runLoadStep(ctx, kind, ctx.settings.ladder.start, held, ctx.settings.warmupSeconds);
  held += warm.successful;
  ctx.log(`  warm-up ${describeStep(kind, warm)}`);
  const steps: LoadStep[] = [];
  const history: LadderStep[] = [];
  for (let rate = nextRate(ctx.settings.ladder, history); rate !== null; rate = nextRate(ctx.settings.ladder, history)) {
    const s = await runLoadStep(ctx, kind, rate, held);
    held += s.successful;
    steps.push(s);
    history.push({ rate, pass: s.pass });
    ctx.log(`  ${describeStep(kind, s)}`);
  }
  const top = bestRate(history);
  return { kind, steps, best: steps.find((s) => s.pass && s.rate === top) ?? null };
}
