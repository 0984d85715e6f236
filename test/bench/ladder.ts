/**
 * The rate ladder: rises geometrically until a step fails, then bisects between the highest passing
 * rate and the lowest failing one above it. Pure: the caller runs each step and reports pass/fail.
 */

export interface LadderConfig {
  /** First rate tried (operations per second). */
  start: number;
  /** Growth factor between steps while every step passes (and shrink factor if the first fails). */
  factor: number;
  /** No step above this rate. */
  maxRate: number;
  /** No step below this rate when searching downwards. */
  minRate: number;
  /** Bisection steps after the first failure. */
  refinements: number;
  /** Stop bisecting when the gap is below this share of the passing rate. */
  minGap: number;
}

export interface LadderStep {
  rate: number;
  pass: boolean;
}

/** Rates as an operator would quote them: multiples of 5, 10 or 50 depending on magnitude. */
export function niceRate(x: number): number {
  const unit = x < 100 ? 5 : x < 1000 ? 10 : 50;
  return Math.max(unit, Math.round(x / unit) * unit);
}

/** Highest passing rate tried, or null when none passed. */
export function bestRate(steps: readonly LadderStep[]): number | null {
  let best: number | null = null;
  for (const s of steps) if (s.pass && (best === null || s.rate > best)) best = s.rate;
  return best;
}

/** The next rate to try, or null when the ladder is done. */
export function nextRate(cfg: LadderConfig, steps: readonly LadderStep[]): number | null {
  if (steps.length === 0) return niceRate(cfg.start);
  const tried = new Set(steps.map((s) => s.rate));
  const best = bestRate(steps);
  const failsAbove = steps.filter((s) => !s.pass && (best === null || s.rate > best)).map((s) => s.rate);
  const firstFail = failsAbove.length > 0 ? Math.min(...failsAbove) : null;

  if (firstFail === null) {
    // Every step passed so far: keep rising.
    const last = Math.max(...steps.map((s) => s.rate));
    if (last >= cfg.maxRate) return null;
    const next = niceRate(Math.min(cfg.maxRate, last * cfg.factor));
    return tried.has(next) ? null : next;
  }
  if (best === null) {
    // Even the lowest rate failed: search downwards.
    const next = niceRate(firstFail / cfg.factor);
    return next < cfg.minRate || tried.has(next) ? null : next;
  }
  // Bisection starts once both a pass and a failure above it are known.
  const bracketIndex = Math.max(
    steps.findIndex((s) => s.pass),
    steps.findIndex((s) => !s.pass && s.rate > best),
  );
  const refinementsDone = steps.length - 1 - bracketIndex;
  if (refinementsDone >= cfg.refinements) return null;
  if ((firstFail - best) / best < cfg.minGap) return null;
  const next = niceRate((best + firstFail) / 2);
  return tried.has(next) || next <= best || next >= firstFail ? null : next;
}
