import type { Logger } from "@presence/log";
import { detachString } from "../message/detach.js";
import { serialize } from "../message/serializer.js";
import type { SipRequest, SipResponse } from "../message/message.js";
import type { Endpoint } from "../message/types.js";
import { isReliable } from "../transport/addresses.js";
import type { Clock } from "./clock.js";
import { CompletedClients } from "./completed-clients.js";
import { ExpiryTable, type Expiring } from "./expiry-table.js";
import { NonInviteClientMachine, type ClientOutcome } from "./non-invite-client.js";
import { NonInviteServerMachine, type ServerTransactionState } from "./non-invite-server.js";
import { sixtyFourT1, type TimerConfig } from "./timer-config.js";
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
 * A UDP server transaction in Completed (RFC 3261 17.2.2), until Timer J: what answering a
 * retransmitted request or a CANCEL needs. At a few thousand requests a second the layer holds
 * tens of thousands of these for 32 s; each is one object and one string (the response's bytes,
 * one per character, in the JavaScript heap rather than an ArrayBuffer of its own), where the
 * state machine with its closures and Timer J held a dozen objects through every young-generation
 * collection.
 */
interface CompletedServer extends Expiring {
  readonly wire: string;
  readonly target: Endpoint;
  readonly source: Endpoint;
  readonly method: string;
  readonly cancelKey: string | null;
}

/**
 * What the layer keeps of a server transaction until its final response. The application's handle
 * (with the parsed request, a few KB) is let go with the final response; over UDP the transaction
 * then continues as a CompletedServer.
 */
class ServerEntry {
  readonly machine: NonInviteServerMachine<Wire>;
  /** The application's handle, until the final response has been sent. */
  live: ServerTx | null = null;

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
          // RFC 3261 17.2.4: a transport failure ends the transaction, also once handed off.
          this.machine.transportError();
          layer.forgetCompleted(key);
        });
      },
      handOffCompleted: (w) => layer.completeServer(this, w.data, target),
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
}

class ServerTx implements ServerTransaction {
  constructor(
    readonly request: SipRequest,
    readonly source: Endpoint,
    readonly entry: ServerEntry,
    private readonly layer: TransactionLayer,
  ) {}

  get state(): ServerTransactionState {
    const state = this.entry.machine.state;
    return state === "Terminated" && this.layer.isCompleted(this.entry.key) ? "Completed" : state;
  }

  respond(res: SipResponse): void {
    this.layer.respond(this, res);
  }
}

/** A transaction whose final response went out: the request has been released (see ServerEntry). */
class CompletedServerTx implements ServerTransaction {
  constructor(
    readonly source: Endpoint,
    private readonly method: string,
    private readonly stateOf: () => ServerTransactionState,
  ) {}

  get request(): SipRequest {
    throw new TransactionReleasedError(`the ${this.method} request was released after its final response`);
  }

  get state(): ServerTransactionState {
    return this.stateOf();
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
  private readonly completedServers: ExpiryTable<CompletedServer>;
  /** The CANCEL keys of completedServers' entries. */
  private readonly completedCancels = new Map<string, CompletedServer>();

  constructor(private readonly opts: TransactionLayerOptions) {
    this.completedClients = new CompletedClients(opts.clock, opts.timers.t4);
    this.completedServers = new ExpiryTable<CompletedServer>(opts.clock, (done) => this.forgetCancel(done));
  }

  /** If the request belongs to a live server transaction, lets that transaction deal with it and returns true. */
  absorbRetransmission(id: RequestIdentity): boolean {
    const key = serverKey(id);
    const tx = this.servers.get(key);
    if (tx) {
      this.opts.stats.retransmissionsAbsorbed++;
      tx.machine.requestRetransmitted();
      return true;
    }
    const done = this.completedServers.get(key);
    if (!done) return false;
    const { stats, logger } = this.opts;
    stats.retransmissionsAbsorbed++;
    stats.responsesResent++;
    // RFC 3261 17.2.2: in Completed, every retransmission of the request gets the final response again.
    this.opts.transmit(Buffer.from(done.wire, "latin1"), done.target).catch((err: unknown) => {
      stats.transportErrors++;
      logger.info({ err }, "response could not be sent");
      this.forgetCompleted(key);
    });
    return true;
  }

  /** Whether a live server transaction exists for this request (used for ACK: the INVITE it acknowledges). */
  hasServer(id: RequestIdentity): boolean {
    const key = serverKey(id);
    return this.servers.has(key) || this.isCompleted(key);
  }

  /**
   * The server transaction a CANCEL refers to (RFC 3261 9.2), if live. Once its final response is
   * sent the handle no longer carries the request (reading `request` throws TransactionReleasedError).
   */
  findCancelTarget(id: RequestIdentity): ServerTransaction | undefined {
    const key = cancelKey(id);
    // An entry is let go in the same call that ends its handle; after that the record answers.
    const live = this.cancelTargets.get(key)?.live;
    if (live) return live;
    const done = this.completedCancels.get(key);
    if (!done || !this.isCompleted(done.key)) return undefined;
    return new CompletedServerTx(done.source, done.method, () => (this.isCompleted(done.key) ? "Completed" : "Terminated"));
  }

  /** Whether the server transaction with this key is in Completed, handed off by its machine. */
  isCompleted(key: string): boolean {
    return this.completedServers.get(key) !== undefined;
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
    this.completedServers.clear();
    this.completedCancels.clear();
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
    machine.respond({ status: res.status, data: serialize(res) });
    if (!machine.awaitingFinal) tx.entry.live = null;
  }

  /** @internal The final response of a UDP server transaction went out: it lives on until Timer J. */
  completeServer(entry: ServerEntry, data: Buffer, target: Endpoint): void {
    // A copy, not a view: the serialized response shares a pool slab that it must not pin for 32 s.
    const done: CompletedServer = {
      key: entry.key,
      at: this.opts.clock.now() + sixtyFourT1(this.opts.timers),
      wire: data.toString("latin1"),
      target,
      source: entry.source,
      method: entry.method,
      cancelKey: entry.cancelKey,
    };
    this.completedServers.add(done);
    if (done.cancelKey !== null) this.completedCancels.set(done.cancelKey, done);
  }

  /** @internal */
  forgetCompleted(key: string): void {
    const done = this.completedServers.get(key);
    if (!done) return;
    this.completedServers.delete(key);
    this.forgetCancel(done);
  }

  private forgetCancel(done: CompletedServer): void {
    if (done.cancelKey !== null && this.completedCancels.get(done.cancelKey) === done) this.completedCancels.delete(done.cancelKey);
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
