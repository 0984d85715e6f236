/**
 * Memory: server RSS and Redis bytes per subscription and per publication (1 KB PIDF), with
 * 100,000 subscriptions held, and whether SUBSCRIBE and PUBLISH steps degrade with them (the same
 * steps run on the empty server first).
 */
import { describeStep, runLoadStep, scenarioPath, waitForQuiet, type LoadStep, type StepContext } from "./load-steps.js";
import { totalRssBytes } from "./proc-stats.js";
import { runSipp } from "./sipp.js";

export interface MemorySnapshot {
  serverRssBytes: number;
  redisUsedMemory: number | null;
  redisPrefixKeys: number | null;
  redisPrefixBytes: number | null;
}

export interface MemoryResult {
  subscriptionsHeld: number;
  subscriptionFillFailed: number;
  publicationsHeld: number;
  publicationFillFailed: number;
  /** Subscriptions created per second by the closed-loop fill. */
  fillRate: number;
  baseline: MemorySnapshot;
  withSubscriptions: MemorySnapshot;
  withPublications: MemorySnapshot;
  serverRssBytesPerSubscription: number | null;
  serverRssBytesPerPublication: number | null;
  /** INFO used_memory growth divided by the count. */
  redisBytesPerSubscription: number | null;
  redisBytesPerPublication: number | null;
  /** Sum of MEMORY USAGE over the topology's keys, divided by the count (cross-check). */
  redisKeyBytesPerSubscription: number | null;
  redisKeyBytesPerPublication: number | null;
  checkRates: { subscribe: number; publish: number };
  empty: { subscribe: LoadStep; publish: LoadStep };
  held: { subscribe: LoadStep; publish: LoadStep };
}

async function snapshot(ctx: StepContext): Promise<MemorySnapshot> {
  await waitForQuiet(ctx.topo.pids);
  const redis = ctx.topo.redis;
  const usage = redis ? await redis.prefixUsage() : null;
  return {
    serverRssBytes: totalRssBytes(ctx.topo.serverPids),
    redisUsedMemory: redis ? await redis.usedMemory() : null,
    redisPrefixKeys: usage ? usage.keys : null,
    redisPrefixBytes: usage ? usage.bytes : null,
  };
}

const per = (a: number | null, b: number | null, n: number): number | null => (a === null || b === null || n <= 0 ? null : (b - a) / n);

/** Calls kept in progress while filling: enough to keep the server busy, never a growing backlog. */
const FILL_USERS = 64;

/** Creates `count` subscriptions or publications, closed loop (see FILL_USERS). */
async function fill(ctx: StepContext, scenario: string, count: number, tag: string): Promise<{ ok: number; failed: number; rate: number }> {
  const started = performance.now();
  const r = await runSipp({
    sippPath: ctx.sippPath,
    scenarioFile: scenarioPath(scenario),
    host: ctx.topo.sipHost,
    port: ctx.topo.sipPort,
    calls: count,
    rate: 0,
    users: FILL_USERS,
    keys: { tag },
    // Even at 100/s the fill ends in time; a slower server is reported as failed calls.
    timeoutSeconds: count / 100 + 60,
  });
  const seconds = (performance.now() - started) / 1000;
  return { ok: r.totals.successful, failed: count - r.totals.successful, rate: r.totals.successful / seconds };
}

export async function runMemory(ctx: StepContext, checkRates: { subscribe: number; publish: number }): Promise<MemoryResult> {
  const { settings } = ctx;
  // Warm both paths at the check rates first, so "empty" is not measured on a cold (unoptimized) server.
  const warm = await runLoadStep(ctx, "subscribe", checkRates.subscribe, 0, settings.warmupSeconds * 2);
  ctx.log(`  memory: warm-up ${describeStep("subscribe", warm)}`);
  const warmPub = await runLoadStep(ctx, "publish", checkRates.publish, 0, settings.warmupSeconds * 2);
  ctx.log(`  memory: warm-up ${describeStep("publish", warmPub)}`);
  const emptySub = await runLoadStep(ctx, "subscribe", checkRates.subscribe, warm.successful);
  ctx.log(`  memory: empty server: ${describeStep("subscribe", emptySub)}`);
  const emptyPub = await runLoadStep(ctx, "publish", checkRates.publish, warmPub.successful);
  ctx.log(`  memory: empty server: ${describeStep("publish", emptyPub)}`);

  const baseline = await snapshot(ctx);
  const t0 = Date.now();
  ctx.log(`  memory: subscribing ${settings.memorySubscriptions} watchers, ${FILL_USERS} at a time ...`);
  const subs = await fill(ctx, "subscribe.xml", settings.memorySubscriptions, `m${t0.toString(36)}`);
  const withSubscriptions = await snapshot(ctx);
  ctx.log(
    `  memory: ${subs.ok} subscriptions held (${subs.failed} failed) after ${subs.rate.toFixed(0)}/s, server RSS ${(withSubscriptions.serverRssBytes / 2 ** 20).toFixed(0)} MiB`,
  );
  const pubs = await fill(ctx, "publish.xml", settings.memoryPublications, `n${t0.toString(36)}`);
  const withPublications = await snapshot(ctx);
  ctx.log(
    `  memory: ${pubs.ok} publications held (${pubs.failed} failed) after ${pubs.rate.toFixed(0)}/s, server RSS ${(withPublications.serverRssBytes / 2 ** 20).toFixed(0)} MiB`,
  );

  const heldSub = await runLoadStep(ctx, "subscribe", checkRates.subscribe, subs.ok + emptySub.successful + warm.successful);
  ctx.log(`  memory: with ${subs.ok} held: ${describeStep("subscribe", heldSub)}`);
  const heldPub = await runLoadStep(ctx, "publish", checkRates.publish, pubs.ok + emptyPub.successful + warmPub.successful);
  ctx.log(`  memory: with ${subs.ok} held: ${describeStep("publish", heldPub)}`);

  return {
    subscriptionsHeld: subs.ok,
    subscriptionFillFailed: subs.failed,
    publicationsHeld: pubs.ok,
    publicationFillFailed: pubs.failed,
    fillRate: subs.rate,
    baseline,
    withSubscriptions,
    withPublications,
    serverRssBytesPerSubscription: per(baseline.serverRssBytes, withSubscriptions.serverRssBytes, subs.ok),
    serverRssBytesPerPublication: per(withSubscriptions.serverRssBytes, withPublications.serverRssBytes, pubs.ok),
    redisBytesPerSubscription: per(baseline.redisUsedMemory, withSubscriptions.redisUsedMemory, subs.ok),
    redisBytesPerPublication: per(withSubscriptions.redisUsedMemory, withPublications.redisUsedMemory, pubs.ok),
    redisKeyBytesPerSubscription: per(baseline.redisPrefixBytes, withSubscriptions.redisPrefixBytes, subs.ok),
    redisKeyBytesPerPublication: per(withSubscriptions.redisPrefixBytes, withPublications.redisPrefixBytes, pubs.ok),
    checkRates,
    empty: { subscribe: emptySub, publish: emptyPub },
    held: { subscribe: heldSub, publish: heldPub },
  };
}
