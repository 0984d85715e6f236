import type { Logger } from "@presence/log";
import { detachBuffer, detachString } from "../message/detach.js";
import { serialize } from "../message/serializer.js";
import type { SipRequest, SipResponse } from "../message/message.js";
import type { Endpoint } from "../message/types.js";
import { isReliable } from "../transport/addresses.js";
import type { Clock } from "./clock.js";
import { CompletedClients } from "./completed-clients.js";
import { NonInviteClientMachine, type ClientOutcome } from "./non-invite-client.js";
import { NonInviteServerMachine, type ServerTransactionState } from "./non-invite-server.js";
import type { TimerConfig } from "./timer-config.js";
import { cancelKey, clientKey, serverKey, type RequestIdentity } from "./transaction-keys.js";
import { countRequest, countResponse, type TransactionStats } from "./transaction-stats.js";
import { TransactionReleasedError } from "./errors.js";

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

/**
 * What the layer keeps of a server transaction. The application's handle (with the parsed request,
 * a few KB) is let go with the final response: during Timer J (32 s over UDP) only the serialized
 * response is needed to answer retransmissions, and at a few thousand requests per second the
 * parsed requests held that long would dominate the heap and the garbage collector's work.
 */
class ServerEntry {
  readonly machine: NonInviteServerMachine<Wire>;
  /** The application's handle, until the final response has been sent. */
  live: ServerTx | null = null;
  /** Stands in for `live` afterwards (a CANCEL still matches the transaction: RFC 3261 9.2). */
  private completed: CompletedServerTx | null = null;

  constructor(
    readonly key: string,
    readonly cancelKey: string | null,
    readonly source: Endpoint,
    target: Endpoint,
    readonly method: string,
    layer: TransactionLayer,
    opts: TransactionLayerOptions,
  ) {
    this.machine = new NonInviteServerMachine<Wire>({
      clock: opts.clock,
      timers: opts.timers,
      reliable: isReliable(source.transport),
      send: (w, retransmission) => {
        if (retransmission) opts.stats.responsesResent++;
        opts.transmit(w.data, target).catch((err: unknown) => {
          opts.stats.transportErrors++;
          opts.logger.info({ err, status: w.status }, "response could not be sent");
          this.machine.transportError();
        });
      },
      terminated: (cause) => {
        if (cause === "abandoned") {
          opts.stats.abandoned++;
          const callId = this.live ? safe(() => this.live!.request.callId) : undefined;
          opts.logger.warn({ method: this.method, callId }, "request never answered; transaction dropped");
        }
        this.live = null;
        layer.forgetServer(this);
      },
    });
  }

  /** The handle a CANCEL lookup returns. */
  get handle(): ServerTransaction {
    return this.live ?? (this.completed ??= new CompletedServerTx(this.source, this.machine, this.method));
  }
}

class ServerTx implements ServerTransaction {
  constructor(
    readonly request: SipRequest,
    readonly source: Endpoint,
    readonly entry: ServerEntry,
    private readonly layer: TransactionLayer,
  ) {}

  get state(): ServerTransactionState {
    return this.entry.machine.state;
  }

  respond(res: SipResponse): void {
    this.layer.respond(this, res);
  }
}

/** A transaction whose final response went out: the request has been released (see ServerEntry). */
class CompletedServerTx implements ServerTransaction {
  constructor(
    readonly source: Endpoint,
    private readonly machine: NonInviteServerMachine<Wire>,
    private readonly method: string,
  ) {}

  get request(): SipRequest {
    throw new TransactionReleasedError(`the ${this.method} request was released after its final response`);
  }

  get state(): ServerTransactionState {
    return this.machine.state;
  }

  respond(): void {
    // RFC 3261 17.2.2: a transaction in Completed or Terminated takes no further response.
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
  private readonly servers = new Map<string, ServerEntry>();
  private readonly cancelTargets = new Map<string, ServerEntry>();
  private readonly clients = new Map<string, ClientTx>();
  private readonly completedClients: CompletedClients;

  constructor(private readonly opts: TransactionLayerOptions) {
    this.completedClients = new CompletedClients(opts.clock, opts.timers.t4);
  }

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

  /**
   * The server transaction a CANCEL refers to (RFC 3261 9.2), if live. Once its final response is
   * sent the handle no longer carries the request (reading `request` throws TransactionReleasedError).
   */
  findCancelTarget(id: RequestIdentity): ServerTransaction | undefined {
    return this.cancelTargets.get(cancelKey(id))?.handle;
  }

  /** Starts a server transaction for a new request; responses go to `target` (see responseTarget). */
  createServer(request: SipRequest, source: Endpoint, id: RequestIdentity, target: Endpoint): ServerTransaction {
    // The entry outlives the request by Timer J: its keys and target must not pin the message text.
    const ck = request.method === "CANCEL" ? null : detachString(cancelKey(id));
    const kept = { ...target, address: detachString(target.address) };
    const entry = new ServerEntry(detachString(serverKey(id)), ck, source, kept, request.method, this, this.opts);
    const tx = new ServerTx(request, source, entry, this);
    entry.live = tx;
    this.servers.set(entry.key, entry);
    if (ck !== null) this.cancelTargets.set(ck, entry);
    this.opts.stats.serverTransactions++;
    countRequest(this.opts.stats.requestsReceived, request.method);
    return tx;
  }

  /** Runs a client transaction for a request whose top Via carries `branch`. */
  request(req: SipRequest, branch: string, target: Endpoint, options?: ClientRequestOptions): Promise<ClientResult> {
    const key = clientKey(branch, req.cseq.method);
    // Both are let go with the final outcome: during Timer K (5 s over UDP) the transaction only
    // absorbs retransmitted responses, and a fan-out keeps thousands of these alive at once.
    let data: Buffer | null = serialize(req);
    let onProvisional = options?.onProvisional;
    const { stats, logger } = this.opts;
    stats.clientTransactions++;
    countRequest(stats.requestsSent, req.method);
    return new Promise<ClientResult>((resolve) => {
      let settle: ((outcome: ClientResult) => void) | null = resolve;
      const machine: NonInviteClientMachine<SipResponse> = new NonInviteClientMachine<SipResponse>({
        clock: this.opts.clock,
        timers: this.opts.timers,
        reliable: isReliable(target.transport),
        send: (retransmission) => {
          if (data === null) return;
          if (retransmission) stats.retransmissionsSent++;
          this.opts.transmit(data, target).catch((err: unknown) => {
            machine.transportError(err instanceof Error ? err : new Error(String(err)));
          });
        },
        provisional: (res) => {
          try {
            onProvisional?.(res);
          } catch (err) {
            logger.error({ err }, "provisional response handler failed");
          }
        },
        done: (outcome) => {
          if (outcome.kind === "timeout") stats.timeouts++;
          else if (outcome.kind === "transport-error") stats.transportErrors++;
          const s = settle;
          settle = null;
          data = null;
          onProvisional = undefined;
          s?.(outcome);
        },
        terminated: () => {
          if (this.clients.get(key)?.machine === machine) this.clients.delete(key);
        },
        handOffCompleted: () => this.completedClients.add(key),
      });
      this.clients.set(key, { machine });
      machine.start();
    });
  }

  /** Passes a response to its client transaction. False when none matches (a stray response). */
  receiveResponse(res: SipResponse): boolean {
    const branch = res.via.branch;
    const key = branch === null ? null : clientKey(branch, res.cseq.method);
    const tx = key === null ? undefined : this.clients.get(key);
    if (!tx && key !== null && this.completedClients.has(key)) {
      // RFC 3261 17.1.2.2: in Completed, a retransmitted final response is absorbed.
      this.opts.stats.responsesAbsorbed++;
      return true;
    }
    if (!tx) {
      this.opts.stats.strayResponses++;
      return false;
    }
    if (!tx.machine.receive(res)) this.opts.stats.responsesAbsorbed++;
    else countResponse(this.opts.stats.responsesReceived, res.cseq.method, res.status);
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
    this.completedClients.clear();
  }

  /** @internal */
  respond(tx: ServerTx, res: SipResponse): void {
    const { machine } = tx.entry;
    if (!machine.awaitingFinal) {
      this.opts.logger.warn({ status: res.status, state: machine.state, method: tx.request.method }, "response after the transaction completed; dropped");
      return;
    }
    this.opts.finishResponse?.(res);
    countResponse(this.opts.stats.responsesSent, tx.entry.method, res.status);
    const data = serialize(res);
    // Held for retransmissions until Timer J (UDP): memory of its own, not a view pinning a pool slab.
    machine.respond({ status: res.status, data: isReliable(tx.entry.source.transport) ? data : detachBuffer(data) });
    if (!machine.awaitingFinal) tx.entry.live = null;
  }

  /** @internal */
  forgetServer(entry: ServerEntry): void {
    if (this.servers.get(entry.key) === entry) this.servers.delete(entry.key);
    if (entry.cancelKey !== null && this.cancelTargets.get(entry.cancelKey) === entry) this.cancelTargets.delete(entry.cancelKey);
  }
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
