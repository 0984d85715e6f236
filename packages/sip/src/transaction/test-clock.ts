import type { CancelTimer, Clock } from "./clock.js";

interface Pending {
  at: number;
  seq: number;
  fn: () => void;
}

/** A clock that only moves when told to: for unit tests of the transaction state machines. */
export class ManualClock implements Clock {
  private t = 0;
  private seq = 0;
  private pending: Pending[] = [];

  now(): number {
    return this.t;
  }

  schedule(delayMs: number, fn: () => void): CancelTimer {
    const p: Pending = { at: this.t + Math.max(0, delayMs), seq: this.seq++, fn };
    this.pending.push(p);
    return () => {
      this.pending = this.pending.filter((x) => x !== p);
    };
  }

  /** Number of timers still armed. */
  get armed(): number {
    return this.pending.length;
  }

  /** Moves time forward, firing due timers in order (including ones they arm on the way). */
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let next: Pending | undefined;
      for (const p of this.pending) if (p.at <= end && (!next || p.at < next.at || (p.at === next.at && p.seq < next.seq))) next = p;
      if (!next) break;
      this.pending = this.pending.filter((x) => x !== next);
      this.t = next.at;
      next.fn();
    }
    this.t = end;
  }
}
