/**
 * Fan-out: 100 presentities x 10 watchers subscribed first (the watcher process), then PUBLISH
 * modifications at rising rates from sipp. Per step: NOTIFYs delivered per second, their share of
 * the expected ones (every successful PUBLISH x watchers), and the PUBLISH -> NOTIFY delay read
 * from the timestamp the publisher put in the PIDF note.
 */
import { randomBytes } from "node:crypto";
import { cpuSplit, LATE_MS, MAX_FAILED_SHARE, scenarioPath, waitForQuiet, type StepContext } from "./load-steps.js";
import { cpuByLabel, LoadMeter } from "./proc-stats.js";
import { runSipp } from "./sipp.js";
import { percentile } from "./stats.js";
import { WatcherProcess } from "./watcher-client.js";
import type { WatcherStepStats } from "./watcher-protocol.js";
import { coalescedTotal } from "./notifier-counters.js";

/** A step passes when at least this share of the expected NOTIFYs arrived within LATE_MS of their PUBLISH. */
export const MIN_DELIVERED_SHARE = 0.99;
/** The publish rate the fan-out target is stated at (4,000 NOTIFY/s with 10 watchers each). */
export const TARGET_PUBLISH_RATE = 400;
/** The publish rate the distributed fan-out target is stated at (2,000 NOTIFY/s). */
export const DISTRIBUTED_TARGET_PUBLISH_RATE = 200;

export interface FanoutStep {
  publishRate: number;
  publishes: number;
  publishOk: number;
  publishFailedShare: number;
  publishP50Ms: number | null;
  publishP99Ms: number | null;
  expectedNotifies: number;
  /** Distinct NOTIFYs of this step that arrived (at any time before the drain ended). */
  delivered: number;
  /** Those that arrived more than LATE_MS after their PUBLISH. */
  late: number;
  /** Share of the expected NOTIFYs delivered within LATE_MS. */
  deliveredShare: number;
  /**
   * NOTIFYs of this step arriving per second while the publisher was sending (from its first to its
   * last timestamp): the steady delivery rate, not stretched by a straggler after the load ends.
   */
  notifyRate: number | null;
  /** Distinct NOTIFYs of this step per second from the first PUBLISH to the last NOTIFY. */
  notifyRateWithTail: number | null;
  delayP50Ms: number | null;
  delayP90Ms: number | null;
  delayP99Ms: number | null;
  delayMaxMs: number | null;
  retransmittedNotifies: number;
  lateFromEarlierStep: number;
  /**
   * Changes the notifiers folded into a NOTIFY already in flight on the dialog during the step
   * (their coalesced-update counter; distributed topologies only, else null).
   */
  coalesced: number | null;
  cpuSeconds: number;
  cpuPer1000Notify: number | null;
  /** CPU seconds per process of the topology (by label). */
  cpuByProcess: Record<string, number>;
  /** CPU seconds per thread of a one-process topology (see threadCpuSeconds), else null. */
  cpuByThread: Record<string, number> | null;
  /** Share of the CPU spent in the kernel (system calls, page faults, interrupts on its behalf). */
  cpuSystemShare: number | null;
  /** Cores busy outside the topology meanwhile: sipp, the watchers, any other program. */
  otherCores: number;
  pass: boolean;
  why: string;
}

export interface FanoutResult {
  presentities: number;
  watchersPer: number;
  subscribed: number;
  subscribeFailed: number;
  /** The uncounted step before the ladder (null when --fanout-warmup-seconds 0). */
  warmup: FanoutStep | null;
  steps: FanoutStep[];
  best: FanoutStep | null;
  atTargetRate: FanoutStep | null;
  /** The step at DISTRIBUTED_TARGET_PUBLISH_RATE, if the ladder ran it. */
  atDistributedTargetRate: FanoutStep | null;
  /**
   * The step that delivered the most NOTIFY/s while loaded, passing or not: the capacity when the
   * last step overloads the topology (the notifier's, when it is the bottleneck).
   */
  peak: FanoutStep | null;
}

/** Polls the watcher until the expected NOTIFYs are in or none arrived for a second. */
async function drain(watcher: WatcherProcess, expected: number, maxMs = 10000): Promise<WatcherStepStats> {
  const deadline = Date.now() + maxMs;
  let stats = await watcher.stats();
  let lastCount = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline && stats.unique < expected) {
    if (stats.unique !== lastCount) {
      lastCount = stats.unique;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 1000) break;
    await new Promise((r) => setTimeout(r, 100));
    stats = await watcher.stats();
  }
  return stats;
}

function injection(users: readonly string[], etags: Map<number, string>): string {
  return `SEQUENTIAL\n${users.map((u, i) => `${u};${etags.get(i)};${i}`).join("\n")}\n`;
}

export function describeFanoutStep(s: FanoutStep): string {
  const ms = (v: number | null) => (v === null ? "-" : v.toFixed(1));
  return (
    `fan-out ${s.publishRate} PUBLISH/s: ${s.notifyRate === null ? "-" : s.notifyRate.toFixed(0)} NOTIFY/s, ` +
    `${s.delivered}/${s.expectedNotifies} delivered, ${s.late} late (${(s.deliveredShare * 100).toFixed(2)} % in time), ` +
    `delay p50/p99 ${ms(s.delayP50Ms)}/${ms(s.delayP99Ms)} ms${s.coalesced === null ? "" : `, ${s.coalesced} coalesced`}, PUBLISH failed ${(s.publishFailedShare * 100).toFixed(2)} %, ` +
    `CPU ${s.cpuPer1000Notify === null ? "-" : s.cpuPer1000Notify.toFixed(3)} s/1000 NOTIFY${cpuSplit(s)}, other load ${s.otherCores.toFixed(1)} cores` +
    `${s.pass ? " -> pass" : ` -> FAIL (${s.why})`}`
  );
}

/** True when the last step delivered at least 5 % more NOTIFY/s than every step before it. */
export function stillRising(steps: readonly FanoutStep[]): boolean {
  const last = steps[steps.length - 1];
  if (!last || last.notifyRate === null) return false;
  const before = peakStep(steps.slice(0, -1));
  return before === null || last.notifyRate >= before.notifyRate! * 1.05;
}

export function peakStep(steps: readonly FanoutStep[]): FanoutStep | null {
  let peak: FanoutStep | null = null;
  for (const s of steps) if (s.notifyRate !== null && (peak === null || s.notifyRate > peak.notifyRate!)) peak = s;
  return peak;
}

/** One fan-out step: `rate` PUBLISH/s of modifications for `seconds`, the NOTIFYs drained and judged. */
async function runFanoutStep(
  ctx: StepContext,
  watcher: WatcherProcess,
  users: readonly string[],
  etags: Map<number, string>,
  rate: number,
  step: string,
  seconds: number,
): Promise<FanoutStep> {
  const { topo, settings } = ctx;
  const watchersPer = settings.fanoutWatchersPer;
  await waitForQuiet(topo.pids);
  await watcher.reset(step);
  const meter = new LoadMeter(topo.pids);
  const coalescedBefore = topo.notifierMetrics ? await coalescedTotal(topo.notifierMetrics) : null;
  const publishes = Math.max(users.length, Math.round(rate * seconds));
  meter.start();
  const r = await runSipp({
    sippPath: ctx.sippPath,
    scenarioFile: scenarioPath("fanout-modify.xml"),
    host: topo.sipHost,
    port: topo.sipPort,
    calls: publishes,
    rate,
    keys: { step },
    injection: injection(users, etags),
    traceLogs: true,
    timeoutSeconds: seconds * 3 + 20,
  });
  for (const [line, etag] of r.etags) etags.set(line, etag);
  const publishOk = r.totals.successful;
  const expected = publishOk * watchersPer;
  const st = await drain(watcher, expected);
  const { cpuSeconds, perPid, systemSeconds, byThread, otherCores } = meter.stop();
  const coalescedAfter = coalescedBefore !== null && topo.notifierMetrics ? await coalescedTotal(topo.notifierMetrics) : null;
  const windowS = st.lastArrivalMs !== null && st.firstSentMs !== null ? (st.lastArrivalMs - st.firstSentMs) / 1000 : null;
  const rtd = r.rtts.get(1) ?? [];
  const latePublishes = rtd.filter((ms) => ms > LATE_MS).length;
  const publishFailedShare = (publishes - publishOk + latePublishes) / publishes;
  const deliveredShare = expected > 0 ? (st.unique - st.lateOver500Ms) / expected : 0;
  let why = "";
  if (publishFailedShare >= MAX_FAILED_SHARE) why = `${(publishFailedShare * 100).toFixed(1)} % of PUBLISH failed or later than ${LATE_MS} ms`;
  else if (deliveredShare < MIN_DELIVERED_SHARE) why = `${(deliveredShare * 100).toFixed(1)} % of NOTIFYs delivered within ${LATE_MS} ms`;
  return {
    publishRate: rate,
    publishes,
    publishOk,
    publishFailedShare,
    publishP50Ms: percentile(rtd, 50),
    publishP99Ms: percentile(rtd, 99),
    expectedNotifies: expected,
    delivered: st.unique,
    late: st.lateOver500Ms,
    deliveredShare,
    notifyRate: st.notifyRateDuringLoad,
    notifyRateWithTail: windowS && windowS > 0 ? st.unique / windowS : null,
    delayP50Ms: st.delayMs.p50,
    delayP90Ms: st.delayMs.p90,
    delayP99Ms: st.delayMs.p99,
    delayMaxMs: st.delayMs.max,
    retransmittedNotifies: st.duplicates,
    lateFromEarlierStep: st.otherStep,
    coalesced: coalescedBefore !== null && coalescedAfter !== null ? coalescedAfter - coalescedBefore : null,
    cpuSeconds,
    cpuPer1000Notify: st.unique > 0 ? (cpuSeconds / st.unique) * 1000 : null,
    cpuByProcess: cpuByLabel(topo.pids, perPid, topo.labels),
    cpuByThread: byThread,
    cpuSystemShare: cpuSeconds > 0 ? systemSeconds / cpuSeconds : null,
    otherCores,
    pass: why === "",
    why,
  };
}

export async function runFanout(ctx: StepContext): Promise<FanoutResult> {
  const { topo, settings } = ctx;
  const runTag = randomBytes(3).toString("hex");
  const users = Array.from({ length: settings.fanoutPresentities }, (_, i) => `f${i}.${runTag}`);
  const watchersPer = settings.fanoutWatchersPer;
  const watcher = await WatcherProcess.start(topo.sipHost, topo.sipPort);
  try {
    await watcher.reset("subscribe");
    const sub = await watcher.subscribe(
      users.map((u) => `${u}@example.com`),
      watchersPer,
      runTag,
    );
    ctx.log(`  fan-out: ${sub.ok} subscriptions (${sub.failed} failed) in ${(sub.ms / 1000).toFixed(1)} s`);
    if (sub.ok === 0) throw new Error("fan-out: no subscription succeeded");
    await waitForQuiet(topo.pids);

    // Initial publications; their entity-tags seed the modification steps.
    await watcher.reset("init");
    const init = await runSipp({
      sippPath: ctx.sippPath,
      scenarioFile: scenarioPath("fanout-initial.xml"),
      host: topo.sipHost,
      port: topo.sipPort,
      calls: users.length,
      rate: 200,
      keys: { step: "init" },
      injection: `SEQUENTIAL\n${users.map((u, i) => `${u};${i}`).join("\n")}\n`,
      traceLogs: true,
      timeoutSeconds: 60,
    });
    const etags = new Map(init.etags);
    if (etags.size < users.length) {
      throw new Error(`fan-out: initial PUBLISH succeeded for ${etags.size} of ${users.length} presentities ${init.errors.slice(0, 300)}`);
    }
    const initStats = await drain(watcher, users.length * watchersPer);
    if (initStats.unique === 0) {
      throw new Error(
        `fan-out: no NOTIFY carried the publisher's timestamp (${initStats.noNote} without a benchmark note): the PIDF note did not reach the watchers`,
      );
    }
    ctx.log(`  fan-out: initial PUBLISH x ${users.length}: ${initStats.unique}/${users.length * watchersPer} NOTIFYs`);

    // Warm-up (not counted): a JIT-compiled server is what operators run, and the first thousands of
    // NOTIFYs of a fresh Node.js process cost several times the steady figure.
    let warmup: FanoutStep | null = null;
    if (settings.fanoutWarmup.seconds > 0) {
      warmup = await runFanoutStep(ctx, watcher, users, etags, settings.fanoutWarmup.rate, "warm", settings.fanoutWarmup.seconds);
      ctx.log(`  warm-up ${describeFanoutStep(warmup)}`);
    }
    const steps: FanoutStep[] = [];
    for (const [k, rate] of settings.fanoutRates.entries()) {
      const s = await runFanoutStep(ctx, watcher, users, etags, rate, `s${k}r${rate}`, settings.stepSeconds);
      steps.push(s);
      ctx.log(`  ${describeFanoutStep(s)}`);
      if (!s.pass && !(settings.fanoutUntilPeak && stillRising(steps))) break;
    }
    const passing = steps.filter((s) => s.pass);
    return {
      presentities: users.length,
      watchersPer,
      subscribed: sub.ok,
      subscribeFailed: sub.failed,
      warmup,
      steps,
      best: passing.length > 0 ? passing[passing.length - 1]! : null,
      atTargetRate: steps.find((s) => s.publishRate === TARGET_PUBLISH_RATE) ?? null,
      atDistributedTargetRate: steps.find((s) => s.publishRate === DISTRIBUTED_TARGET_PUBLISH_RATE) ?? null,
      peak: peakStep(steps),
    };
  } finally {
    await watcher.close();
  }
}
