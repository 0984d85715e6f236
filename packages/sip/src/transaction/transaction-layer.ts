import type { Logger } from "@presence/log";
import { serialize } from "../message/serializer.js";
import type { SipRequest, SipResponse } from "../message/message.js";
import type { Endpoint } from "../message/types.js";
import { isReliable } from "../transport/addresses.js";
import type { Clock } from "./clock.js";
import { NonInviteClientMachine, type ClientOutcome } from "./non-invite-client.js";
import { NonInviteServerMachine, type ServerTransactionState } from "./non-invite-server.js";
import type { TimerConfig } from "./timer-config.js";
import { cancelKey, clientKey, serverKey, type RequestIdentity } from "./transaction-keys.js";
import type { TransactionStats } from "./transaction-stats.js";

/** A request received, as the application sees it; `respond` routes responses per RFC 3261 18.2.2. */
export interface ServerTransaction {
  readonly request: SipRequest;
  readonly source: Endpoint;
  readonly state: ServerTransactionState;
  respond(res: SipResponse): void;
}

export type ClientResult = ClientOutcome<SipResponse>;

export interface ClientRequestOptions {
  /** Called for each provisional (1xx) response. */
  onProvisional?: (res: SipResponse) => void;
}

export interface TransactionLayerOptions {
  clock: Clock;
  timers: TimerConfig;
  logger: Logger;
  stats: TransactionStats;
  /** Hands bytes to the transport layer. */
  transmit(data: Buffer, target: Endpoint): Promise<void>;
  /** Last touch on every response before it is serialized (e.g. a Server header). */
  finishResponse?(res: SipResponse): void;
}

interface Wire {
  readonly status: number;
  readonly data: Buffer;
}

class ServerTx implements ServerTransaction {
  readonly machine: NonInviteServerMachine<Wire>;

  constructor(
    readonly request: SipRequest,
    readonly source: Endpoint,
    readonly key: string,
    readonly cancelKey: string | null,
    readonly target: Endpoint,
    private readonly layer: TransactionLayer,
    opts: TransactionLayerOptions,
  ) {
    this.machine = new NonInviteServerMachine<Wire>({
      clock: opts.clock,
      timers: opts.timers,
      reliable: isReliable(source.transport),
      send: (w, retransmission) => {
        if (retransmission) opts.stats.responsesResent++;
        opts.transmit(w.data, this.target).catch((err: unknown) => {
          opts.stats.transportErrors++;
          opts.logger.info({ err, status: w.status }, "response could not be sent");
          this.machine.transportError();
        });
      },
      terminated: (cause) => {
        if (cause === "abandoned") {
          opts.stats.abandoned++;
          opts.logger.warn({ method: request.method, callId: safe(() => request.callId) }, "request never answered; transaction dropped");
        }
        layer.forgetServer(this);
      },
    });
  }

  get state(): ServerTransactionState {
    return this.machine.state;
  }

  respond(res: SipResponse): void {
    this.layer.respond(this, res);
  }
}

interface ClientTx {
  readonly machine: NonInviteClientMachine<SipResponse>;
}

/**
 * Keeps the live transactions, matches incoming messages to them (RFC 3261 17.1.3, 17.2.3) and
 * connects their state machines to the transport.
 */
export class TransactionLayer {
  private readonly servers = new Map<string, ServerTx>();
  private readonly cancelTargets = new Map<string, ServerTx>();
  private readonly clients = new Map<string, ClientTx>();

  constructor(private readonly opts: TransactionLayerOptions) {}

  /** If the request belongs to a live server transaction, lets that transaction deal with it and returns true. */
  absorbRetransmission(id: RequestIdentity): boolean {
    const tx = this.servers.get(serverKey(id));
    if (!tx) return false;
    this.opts.stats.retransmissionsAbsorbed++;
    tx.machine.requestRetransmitted();
    return true;
  }

  /** Whether a live server transaction exists for this request (used for ACK: the INVITE it acknowledges). */
  hasServer(id: RequestIdentity): boolean {
    return this.servers.has(serverKey(id));
  }

  /** The server transaction a CANCEL refers to (RFC 3261 9.2), if live. */
  findCancelTarget(id: RequestIdentity): ServerTransaction | undefined {
    return this.cancelTargets.get(cancelKey(id));
  }

  /** Starts a server transaction for a new request; responses go to `target` (see responseTarget). */
  createServer(request: SipRequest, source: Endpoint, id: RequestIdentity, target: Endpoint): ServerTransaction {
    const ck = request.method === "CANCEL" ? null : cancelKey(id);
    const tx = new ServerTx(request, source, serverKey(id), ck, target, this, this.opts);
    this.servers.set(tx.key, tx);
    if (ck !== null) this.cancelTargets.set(ck, tx);
    this.opts.stats.serverTransactions++;
    return tx;
  }

  /** Runs a client transaction for a request whose top Via carries `branch`. */
  request(req: SipRequest, branch: string, target: Endpoint, options?: ClientRequestOptions): Promise<ClientResult> {
    const key = clientKey(branch, req.cseq.method);
    const data = serialize(req);
    const { stats, logger } = this.opts;
    stats.clientTransactions++;
    return new Promise<ClientResult>((resolve) => {
      const machine: NonInviteClientMachine<SipResponse> = new NonInviteClientMachine<SipResponse>({
        clock: this.opts.clock,
        timers: this.opts.timers,
        reliable: isReliable(target.transport),
        send: (retransmission) => {
          if (retransmission) stats.retransmissionsSent++;
          this.opts.transmit(data, target).catch((err: unknown) => {
            machine.transportError(err instanceof Error ? err : new Error(String(err)));
          });
        },
        provisional: (res) => {
          try {
            options?.onProvisional?.(res);
          } catch (err) {
            logger.error({ err }, "provisional response handler failed");
          }
        },
        done: (outcome) => {
          if (outcome.kind === "timeout") stats.timeouts++;
          else if (outcome.kind === "transport-error") stats.transportErrors++;
          resolve(outcome);
        },
        terminated: () => {
          if (this.clients.get(key)?.machine === machine) this.clients.delete(key);
        },
      });
      this.clients.set(key, { machine });
      machine.start();
    });
  }

  /** Passes a response to its client transaction. False when none matches (a stray response). */
  receiveResponse(res: SipResponse): boolean {
    const branch = res.via.branch;
    const tx = branch === null ? undefined : this.clients.get(clientKey(branch, res.cseq.method));
    if (!tx) {
      this.opts.stats.strayResponses++;
      return false;
    }
    if (!tx.machine.receive(res)) this.opts.stats.responsesAbsorbed++;
    return true;
  }

  /** Transactions still waiting: server ones for the application's final response, client ones for theirs. */
  get pendingCount(): number {
    let n = 0;
    for (const s of this.servers.values()) if (s.machine.awaitingFinal) n++;
    for (const c of this.clients.values()) if (c.machine.pending) n++;
    return n;
  }

  /** Ends everything (shutdown); pending client transactions report `error`. */
  terminateAll(error: Error): void {
    for (const s of [...this.servers.values()]) s.machine.terminate();
    for (const c of [...this.clients.values()]) c.machine.terminate(error);
    this.servers.clear();
    this.cancelTargets.clear();
    this.clients.clear();
  }

  /** @internal */
  respond(tx: ServerTx, res: SipResponse): void {
    if (!tx.machine.awaitingFinal) {
      this.opts.logger.warn({ status: res.status, state: tx.machine.state, method: tx.request.method }, "response after the transaction completed; dropped");
      return;
    }
    this.opts.finishResponse?.(res);
    tx.machine.respond({ status: res.status, data: serialize(res) });
  }

  /** @internal */
  forgetServer(tx: ServerTx): void {
    if (this.servers.get(tx.key) === tx) this.servers.delete(tx.key);
    if (tx.cancelKey !== null && this.cancelTargets.get(tx.cancelKey) === tx) this.cancelTargets.delete(tx.cancelKey);
  }
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
