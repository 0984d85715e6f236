import type { CancelTimer, Clock } from "./clock.js";
import { sixtyFourT1, type TimerConfig } from "./timer-config.js";

/** RFC 3261 17.1.2.2 states of a non-INVITE client transaction. */
export type ClientTransactionState = "Trying" | "Proceeding" | "Completed" | "Terminated";

/** How a client transaction ended, from the application's side. */
export type ClientOutcome<R> =
  | { kind: "response"; response: R }
  | { kind: "timeout" }
  | { kind: "transport-error"; error: Error };

export interface ClientMachineDeps<R extends { readonly status: number }> {
  clock: Clock;
  timers: TimerConfig;
  /** Reliable (stream) transport: no retransmissions, Timer K is zero. */
  reliable: boolean;
  /** Hands the request to the transport (`retransmission` false for the first copy). */
  send(retransmission: boolean): void;
  /** A provisional response for the application. */
  provisional?(response: R): void;
  /** Called exactly once with the final outcome. */
  done(outcome: ClientOutcome<R>): void;
  terminated(): void;
  /**
   * When set, the machine does not wait out Timer K itself: after the final response it calls this
   * and terminates, and the caller absorbs retransmissions of the response for T4 (see CompletedClients).
   */
  handOffCompleted?(): void;
}

/** The non-INVITE client transaction state machine (RFC 3261 17.1.2), without I/O. */
export class NonInviteClientMachine<R extends { readonly status: number }> {
  private current: ClientTransactionState = "Trying";
  private timerE: CancelTimer | null = null;
  private timerF: CancelTimer | null = null;
  private timerK: CancelTimer | null = null;
  private interval: number;
  private started = false;
  private startedAt = 0;

  constructor(private readonly deps: ClientMachineDeps<R>) {
    this.interval = deps.timers.t1;
  }

  get state(): ClientTransactionState {
    return this.current;
  }

  /** Whether the final outcome is still pending. */
  get pending(): boolean {
    return this.current === "Trying" || this.current === "Proceeding";
  }

  /** Sends the request and arms the timers. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.startedAt = this.deps.clock.now();
    // RFC 3261 17.1.2.2: Timer F = 64*T1 on every transport; Timer E = T1 on unreliable ones. Over
    // UDP, F is armed when E first fires, for what is left of 64*T1: most transactions end before
    // T1 and never need it (a Node timer less per NOTIFY).
    if (this.deps.reliable) this.armF();
    else this.armE();
    this.deps.send(false);
  }

  /** A response matched to this transaction. Returns false when it was a retransmission absorbed. */
  receive(response: R): boolean {
    if (!this.pending) return false;
    if (response.status < 200) {
      this.current = "Proceeding";
      this.deps.provisional?.(response);
      return true;
    }
    this.clearE();
    this.clearF();
    this.current = "Completed";
    this.deps.done({ kind: "response", response });
    // RFC 3261 17.1.2.2: Timer K = T4 on unreliable transports (absorbs response retransmissions), zero on reliable.
    const k = this.deps.reliable ? 0 : this.deps.timers.t4;
    if (k === 0) this.end();
    else if (this.deps.handOffCompleted) {
      this.deps.handOffCompleted();
      this.end();
    } else this.timerK = this.deps.clock.schedule(k, () => this.end());
    return true;
  }

  /** RFC 3261 17.1.4: a transport failure is reported to the application and ends the transaction. */
  transportError(error: Error): void {
    if (this.pending) this.finish({ kind: "transport-error", error });
    else this.end();
  }

  /** Forced end (stack shutdown): a pending transaction reports `error` as a transport error. */
  terminate(error: Error): void {
    this.transportError(error);
  }

  private armF(): void {
    const left = this.startedAt + sixtyFourT1(this.deps.timers) - this.deps.clock.now();
    this.timerF = this.deps.clock.schedule(Math.max(0, left), () => this.finish({ kind: "timeout" }));
  }

  private armE(): void {
    this.timerE = this.deps.clock.schedule(this.interval, () => {
      if (!this.pending) return;
      if (this.timerF === null) this.armF();
      // RFC 3261 17.1.2.2: E doubles up to T2 in Trying and stays at T2 in Proceeding.
      this.interval = this.current === "Trying" ? Math.min(2 * this.interval, this.deps.timers.t2) : this.deps.timers.t2;
      this.armE();
      this.deps.send(true);
    });
  }

  private finish(outcome: ClientOutcome<R>): void {
    if (!this.pending) return;
    this.clearE();
    this.clearF();
    this.current = "Terminated";
    this.deps.done(outcome);
    this.deps.terminated();
  }

  private end(): void {
    if (this.current === "Terminated") return;
    this.clearE();
    this.clearF();
    this.timerK?.();
    this.timerK = null;
    this.current = "Terminated";
    this.deps.terminated();
  }

  private clearE(): void {
    this.timerE?.();
    this.timerE = null;
  }

  private clearF(): void {
    this.timerF?.();
    this.timerF = null;
  }
}
