/** Time source for the transaction timers, injected so the state machines run without real time. */
export type CancelTimer = () => void;

export interface Clock {
  now(): number;
  /** Runs `fn` once after `delayMs`; the returned function cancels it. */
  schedule(delayMs: number, fn: () => void): CancelTimer;
}

export const systemClock: Clock = {
  now: () => performance.now(),
  schedule(delayMs, fn) {
    const t = setTimeout(fn, delayMs);
    return () => clearTimeout(t);
  },
};
