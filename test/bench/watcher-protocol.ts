/** Messages between the benchmark and its fan-out watcher process (over the fork IPC channel). */

export type WatcherCommand =
  | { cmd: "init"; host: string; port: number }
  | { cmd: "subscribe"; presentities: string[]; watchersPer: number; tag: string; expires: number; window: number }
  | { cmd: "reset"; step: string }
  | { cmd: "stats" }
  | { cmd: "close" };

export interface WatcherStepStats {
  step: string;
  /** Distinct NOTIFYs (by Call-ID and CSeq) carrying this step's timestamp. */
  unique: number;
  /** Retransmitted NOTIFYs (answered again, not counted). */
  duplicates: number;
  /** NOTIFYs whose note belongs to another step (late ones from the previous step). */
  otherStep: number;
  /** NOTIFYs without a benchmark note (e.g. the first NOTIFY of a subscription). */
  noNote: number;
  terminated: number;
  notifiesTotal: number;
  /** Distinct NOTIFYs of this step that arrived more than 500 ms after their PUBLISH. */
  lateOver500Ms: number;
  /** PUBLISH (timestamp in the note) to NOTIFY arrival, in ms. */
  delayMs: { p50: number | null; p90: number | null; p99: number | null; max: number | null };
  firstArrivalMs: number | null;
  lastArrivalMs: number | null;
  /** Earliest and latest publisher timestamps seen in this step. */
  firstSentMs: number | null;
  lastSentMs: number | null;
  /** NOTIFYs of this step arriving between those two timestamps, per second. */
  notifyRateDuringLoad: number | null;
}

export type WatcherEvent =
  | { ev: "ready"; port: number }
  | { ev: "subscribed"; ok: number; failed: number; ms: number }
  | { ev: "reset"; step: string }
  | { ev: "stats"; stats: WatcherStepStats };
