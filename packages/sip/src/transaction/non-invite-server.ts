import type { CancelTimer, Clock } from "./clock.js";
import { sixtyFourT1, type TimerConfig } from "./timer-config.js";

/** RFC 3261 17.2.2 states of a non-INVITE server transaction. */
export type ServerTransactionState = "Trying" | "Proceeding" | "Completed" | "Terminated";

export type ServerTerminationCause = "timer-j" | "handed-off" | "transport-error" | "abandoned" | "closed";

export interface ServerMachineDeps<R extends { readonly status: number }> {
  clock: Clock;
  timers: TimerConfig;
  /** Reliable (stream) transport: Timer J is zero. */
  reliable: boolean;
  /** Hands a response (new or retransmitted) to the transport. */
  send(response: R, retransmission: boolean): void;
  terminated(cause: ServerTerminationCause): void;
  /**
   * How long the application may take to send a final response before the transaction is dropped
   * (default 64*T1, when the client has given up: RFC 3261 17.1.2.2 Timer F).
   */
  abandonAfterMs?: number;
  /**
   * When set, an unreliable transaction does not wait out Timer J itself: after its final response
   * it hands that response to this and terminates ("handed-off"), and the caller answers
   * retransmissions of the request until Timer J would have fired.
   */
  handOffCompleted?(response: R): void;
}

/**
 * The non-INVITE server transaction state machine (RFC 3261 17.2.2), without I/O: responses go out
 * through `send`, time through the injected clock. Also used to answer INVITE, which this stack
 * only ever rejects: the final response is resent for each retransmitted INVITE.
 */
export class NonInviteServerMachine<R extends { readonly status: number }> {
  private current: ServerTransactionState = "Trying";
  private last: R | null = null;
  private cancelTimer: CancelTimer | null = null;

  constructor(private readonly deps: ServerMachineDeps<R>) {
    const wait = deps.abandonAfterMs ?? sixtyFourT1(deps.timers);
    this.cancelTimer = deps.clock.schedule(wait, () => this.end("abandoned"));
  }

  get state(): ServerTransactionState {
    return this.current;
  }

  get lastResponse(): R | null {
    return this.last;
  }

  /** Whether a final response is still expected from the application. */
  get awaitingFinal(): boolean {
    return this.current === "Trying" || this.current === "Proceeding";
  }

  /**
   * A retransmission of the request arrived. It never reaches the application; returns the response
   * sent again, or null when absorbed silently (RFC 3261 17.2.2: nothing in Trying, the last
   * provisional in Proceeding, the final in Completed).
   */
  requestRetransmitted(): R | null {
    if ((this.current === "Proceeding" || this.current === "Completed") && this.last) {
      this.deps.send(this.last, true);
      return this.last;
    }
    return null;
  }

  /** A response from the application. False when the transaction can no longer send it. */
  respond(response: R): boolean {
    if (!this.awaitingFinal) return false;
    this.last = response;
    const final = response.status >= 200;
    if (final) {
      this.current = "Completed";
      this.clearTimer();
    } else {
      this.current = "Proceeding";
    }
    this.deps.send(response, false);
    if (final && this.current === "Completed") {
      // RFC 3261 17.2.2: Timer J = 64*T1 on unreliable transports, zero on reliable ones.
      const j = this.deps.reliable ? 0 : sixtyFourT1(this.deps.timers);
      if (j === 0) this.end("timer-j");
      else if (this.deps.handOffCompleted) {
        this.deps.handOffCompleted(response);
        this.end("handed-off");
      } else this.cancelTimer = this.deps.clock.schedule(j, () => this.end("timer-j"));
    }
    return true;
  }

  /** RFC 3261 17.2.4: a failure to send a response terminates the transaction. */
  transportError(): void {
    this.end("transport-error");
  }

  /** Forced end (stack shutdown). */
  terminate(): void {
    this.end("closed");
  }

  private end(cause: ServerTerminationCause): void {
    if (this.current === "Terminated") return;
    this.current = "Terminated";
    this.clearTimer();
    this.deps.terminated(cause);
  }

  private clearTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = null;
  }
}
