/** RFC 3261 17.1.1.1 / Table 4 timer base values, in milliseconds. */
export interface TimerConfig {
  /** RTT estimate (default 500 ms). */
  t1: number;
  /** Longest retransmission interval for non-INVITE requests (default 4 s). */
  t2: number;
  /** Longest time a message stays in the network (default 5 s). */
  t4: number;
}

export const DEFAULT_TIMERS: Readonly<TimerConfig> = { t1: 500, t2: 4000, t4: 5000 };

/** RFC 3261 17.1.2.2 / 17.2.2: Timers F and J (and the wait for a response) are 64*T1. */
export function sixtyFourT1(t: TimerConfig): number {
  return 64 * t.t1;
}
