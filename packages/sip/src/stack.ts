import { networkInterfaces } from "node:os";
import { isIP } from "node:net";
import { silentLogger, type Logger } from "@presence/log";
import { createResponse } from "./message/builders.js";
import { SipParseError } from "./message/errors.js";
import { splitList } from "./message/headers.js";
import { newBranch } from "./message/ids.js";
import type { SipRequest, SipResponse } from "./message/message.js";
import { parseMessage } from "./message/parser.js";
import { serialize } from "./message/serializer.js";
import type { Endpoint, Transport } from "./message/types.js";
import { hostReference, isUnspecified } from "./transport/addresses.js";
import { DEFAULT_FRAMER_LIMITS, type FramingError } from "./transport/stream-framer.js";
import { TransportLayer } from "./transport/transport-layer.js";
import { createTransportStats, type TransportStats } from "./transport/transport-stats.js";
import { responseTarget, stampVia, withTopVia } from "./transport/via-routing.js";
import { systemClock, type Clock } from "./transaction/clock.js";
import { StackClosedError, UnsupportedRequestError } from "./transaction/errors.js";
import { decideRequest, RESERVED_METHODS } from "./transaction/request-policy.js";
import { DEFAULT_TIMERS, type TimerConfig } from "./transaction/timer-config.js";
import type { RequestIdentity } from "./transaction/transaction-keys.js";
import { TransactionLayer, type ClientRequestOptions, type ClientResult, type ServerTransaction } from "./transaction/transaction-layer.js";
import { countResponse, createTransactionStats, type TransactionStats } from "./transaction/transaction-stats.js";

export interface SipStackOptions {
  /** Address to bind: an IPv4/IPv6 literal ("127.0.0.1", "::1", "::", "0.0.0.0") or a name. */
  host: string;
  /** 0 = a free port, the same for UDP and TCP. */
  port: number;
  /** Default ["UDP", "TCP"]. */
  transports?: Transport[];
  /** Host written in our Via sent-by (default: the bound address, or an interface address when bound to any). */
  advertisedHost?: string;
  /** RFC 3261 timer bases in ms (defaults 500 / 4000 / 5000). */
  t1?: number;
  t2?: number;
  t4?: number;
  /** Largest message in bytes (default 65536). */
  maxMessageSize?: number;
  /** Most header lines per message (default 256). */
  maxHeaders?: number;
  /** Longest header line in bytes (default 8192). */
  maxLineLength?: number;
  /** Idle TCP connections are closed after this long (default 300000 = 5 min). */
  tcpIdleTimeoutMs?: number;
  /** Outbound TCP connect timeout (default 10000). */
  tcpConnectTimeoutMs?: number;
  /** Bytes queued to a TCP peer that does not read before dropping the connection (default 1 MiB). */
  maxPendingBytes?: number;
  /**
   * The UDP socket's system calls on a thread of their own (default false: on the main thread);
   * "auto": on the main thread while it is lightly loaded, on the thread when it is not.
   */
  udpThread?: boolean | "auto";
  /**
   * With udpThread: most bytes of received datagrams waiting for this thread (default 4 MB); past
   * it the I/O thread answers new requests 503 with Retry-After and drops responses beyond twice it.
   */
  udpBacklogBytes?: number;
  /** Methods the application handles (INVITE, ACK and CANCEL are never passed up). */
  allow?: string[];
  /** Event packages for Allow-Events in OPTIONS answers. */
  allowEvents?: string[];
  /** Body types for Accept in OPTIONS answers (default ["application/pidf+xml"]). */
  accept?: string[];
  /** Server / User-Agent header value. */
  userAgent?: string;
  logger?: Logger;
  /** Time source for the transaction timers (default: the system clock). */
  clock?: Clock;
}

export interface SipStackStats extends TransportStats, TransactionStats {
  /** Messages the parser rejected. */
  parseErrors: number;
  /** Requests answered with an error because they were malformed (400, 505, 513). */
  badRequests: number;
  /** ACKs matching no transaction, dropped. */
  strayAcks: number;
  /** ACKs for a rejected INVITE, absorbed. */
  acksAbsorbed: number;
  /** New requests passed to the application. */
  requestsDelivered: number;
  /** New requests answered by the stack itself (OPTIONS, 405, 501, 483, 481, CANCEL, 503). */
  requestsAnsweredByStack: number;
}

export type { ServerTransaction, ClientResult, ClientRequestOptions } from "./transaction/transaction-layer.js";

export type RequestHandler = (req: SipRequest, tx: ServerTransaction) => void;

const DEFAULT_IDLE_MS = 300_000;
const DEFAULT_DRAIN_MS = 5_000;

/**
 * A SIP endpoint: UDP and TCP transports on one port, non-INVITE transactions on both sides, and the
 * requests nobody else handles (OPTIONS, unsupported methods, CANCEL, stray ACK) answered here.
 */
export class SipStack {
  readonly stats: SipStackStats;
  private transport!: TransportLayer;
  private readonly transactions: TransactionLayer;
  private readonly logger: Logger;
  private readonly allow: ReadonlySet<string>;
  private readonly allowHeader: string;
  private handler: RequestHandler | null = null;
  private readonly closedHandlers: Array<(connectionId: string) => void> = [];
  private closing = false;
  private closed: Promise<void> | null = null;
  private sentByHost = "";
  private readonly parseLimits: { maxMessageSize: number; maxHeaders: number; maxLineLength: number };

  private constructor(private readonly opts: SipStackOptions) {
    this.logger = opts.logger ?? silentLogger();
    this.stats = {
      ...createTransportStats(),
      ...createTransactionStats(),
      parseErrors: 0,
      badRequests: 0,
      strayAcks: 0,
      acksAbsorbed: 0,
      requestsDelivered: 0,
      requestsAnsweredByStack: 0,
    };
    const methods = (opts.allow ?? []).map((m) => m.toUpperCase());
    this.allow = new Set(methods.filter((m) => !RESERVED_METHODS.has(m)));
    this.allowHeader = [...new Set([...this.allow, "OPTIONS"])].join(", ");
    this.parseLimits = {
      maxMessageSize: opts.maxMessageSize ?? DEFAULT_FRAMER_LIMITS.maxMessageSize,
      maxHeaders: opts.maxHeaders ?? DEFAULT_FRAMER_LIMITS.maxHeaders,
      maxLineLength: opts.maxLineLength ?? DEFAULT_FRAMER_LIMITS.maxLineLength,
    };
    const timers: TimerConfig = { t1: opts.t1 ?? DEFAULT_TIMERS.t1, t2: opts.t2 ?? DEFAULT_TIMERS.t2, t4: opts.t4 ?? DEFAULT_TIMERS.t4 };
    this.transactions = new TransactionLayer({
      clock: opts.clock ?? systemClock,
      timers,
      logger: this.logger,
      stats: this.stats,
      transmit: (data, target) => this.transport.send(data, target),
      finishResponse: (res) => {
        if (opts.userAgent !== undefined && !res.headers.has("server")) res.headers.append("server", opts.userAgent);
      },
    });
  }

  static async start(opts: SipStackOptions): Promise<SipStack> {
    const stack = new SipStack(opts);
    stack.transport = await TransportLayer.bind(
      {
        host: opts.host,
        port: opts.port,
        transports: opts.transports ?? ["UDP", "TCP"],
        limits: stack.parseLimits,
        tcpIdleTimeoutMs: opts.tcpIdleTimeoutMs ?? DEFAULT_IDLE_MS,
        tcpConnectTimeoutMs: opts.tcpConnectTimeoutMs ?? 10_000,
        maxPendingBytes: opts.maxPendingBytes ?? 1 << 20,
        udpThread: opts.udpThread ?? false,
        ...(opts.udpBacklogBytes !== undefined ? { udpBacklogBytes: opts.udpBacklogBytes } : {}),
        logger: stack.logger,
        stats: stack.stats,
      },
      {
        message: (data, source) => stack.onMessage(data, source),
        framingError: (error, source) => stack.onFramingError(error, source),
        connectionClosed: (id) => stack.onConnectionClosedEvent(id),
      },
    );
    stack.sentByHost = opts.advertisedHost ?? advertisedAddress(stack.transport.address);
    stack.transport.answerOverload({
      warnAgent: `${hostReference(stack.sentByHost)}:${stack.port}`,
      server: opts.userAgent ?? null,
      retryAfterMin: OVERLOAD_RETRY_AFTER_S[0],
      retryAfterMax: OVERLOAD_RETRY_AFTER_S[1],
    });
    return stack;
  }

  /** The bound address. */
  get address(): string {
    return this.transport.address;
  }

  /** The bound port (the same for UDP and TCP). */
  get port(): number {
    return this.transport.port;
  }

  /** Whether the transports still listen (false after close, or when the UDP I/O thread died). */
  get listening(): boolean {
    return this.transport.listening;
  }

  /** Receives each new request of a method listed in `allow` (retransmissions never reach it). */
  onRequest(handler: RequestHandler): void {
    this.handler = handler;
  }

  /** Told when a TCP connection (flow) closes, with its connectionId. */
  onConnectionClosed(handler: (connectionId: string) => void): void {
    this.closedHandlers.push(handler);
  }

  /** Whether a TCP connection (flow) is still open. */
  hasConnection(connectionId: string): boolean {
    return this.transport.hasConnection(connectionId);
  }

  /**
   * Sends a non-INVITE request in a client transaction. Adds the top Via (sent-by = our address and
   * port, a new branch, rport), Max-Forwards 70 when absent and User-Agent when configured;
   * Content-Length is computed on serialization. Over TCP the peer's open connection is reused
   * (`target.connectionId`, else one to the same address and port) before a new one is opened.
   * Rejects with UnsupportedRequestError for INVITE/ACK or a request missing CSeq.
   */
  request(req: SipRequest, target: Endpoint, options?: ClientRequestOptions): Promise<ClientResult> {
    if (this.closing) return Promise.resolve({ kind: "transport-error", error: new StackClosedError("SIP stack is closing") });
    if (req.method === "INVITE" || req.method === "ACK") {
      return Promise.reject(new UnsupportedRequestError(`${req.method} is not supported by the non-INVITE client transaction`));
    }
    try {
      if (req.cseq.method !== req.method) throw new UnsupportedRequestError("CSeq method differs from the request method");
    } catch (cause) {
      return Promise.reject(cause instanceof UnsupportedRequestError ? cause : new UnsupportedRequestError("request has no valid CSeq", { cause }));
    }
    const branch = newBranch();
    req.headers.prepend("via", `SIP/2.0/${target.transport} ${hostReference(this.sentByHost)}:${this.port};branch=${branch};rport`);
    if (!req.headers.has("max-forwards")) req.headers.set("max-forwards", "70");
    if (this.opts.userAgent !== undefined && !req.headers.has("user-agent")) req.headers.append("user-agent", this.opts.userAgent);
    return this.transactions.request(req, branch, target, options);
  }

  /**
   * Stops accepting new TCP connections and answers new requests with 503, waits up to `drainMs`
   * (default 5000) for pending transactions to finish, then closes every socket. Client
   * transactions still pending end with a transport-error result.
   */
  close(opts?: { drainMs?: number }): Promise<void> {
    if (this.closed) return this.closed;
    this.closing = true;
    this.closed = (async () => {
      this.transport.stopAccepting();
      const until = Date.now() + (opts?.drainMs ?? DEFAULT_DRAIN_MS);
      while (this.transactions.pendingCount > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
      this.transactions.terminateAll(new StackClosedError("SIP stack closed"));
      await this.transport.close();
      this.logger.info({ port: this.port }, "sip stack closed");
    })();
    return this.closed;
  }

  private onMessage(data: Buffer, source: Endpoint): void {
    // Keep-alive CRLFs over UDP (RFC 5626 uses STUN there, some peers send CRLF anyway).
    if (source.transport === "UDP" && isBlank(data)) return;
    const r = parseMessage(data, { transport: source.transport, ...this.parseLimits });
    if (!r.ok) {
      this.stats.parseErrors++;
      this.logger.debug({ err: r.error, source }, "unparseable message");
      if (r.request && r.request.method !== "ACK") this.answerMalformed(r.request, r.error, source);
      return;
    }
    const msg = r.message;
    try {
      if (msg.kind === "response") this.transactions.receiveResponse(msg);
      else this.onRequestMessage(msg, source);
    } catch (err) {
      // A header needed for matching was malformed in a way the parser let through.
      this.stats.parseErrors++;
      if (msg.kind === "request" && err instanceof SipParseError) this.answerMalformed(msg, err, source);
      else this.logger.info({ err, source }, "message dropped");
    }
  }

  private onRequestMessage(req: SipRequest, source: Endpoint): void {
    const id = identify(req);
    if (req.method === "ACK") {
      // ACK for a rejected INVITE (RFC 3261 17.2.1) or stray: never answered.
      if (this.transactions.hasServer(id)) this.stats.acksAbsorbed++;
      else this.stats.strayAcks++;
      return;
    }
    if (this.transactions.absorbRetransmission(id)) return;
    const target = responseTarget(id.via, source);
    this.stampTopVia(req, id, source);
    const tx = this.transactions.createServer(req, source, id, target);
    let maxForwards: number | null;
    try {
      maxForwards = req.maxForwards;
    } catch (err) {
      this.replyParseError(tx, err);
      return;
    }
    const decision = decideRequest({
      method: req.method,
      maxForwards,
      closing: this.closing,
      claimed: this.handler !== null && this.allow.has(req.method),
      cancelMatched: req.method === "CANCEL" && this.transactions.findCancelTarget(id) !== undefined,
    });
    if (decision.action === "deliver") {
      this.stats.requestsDelivered++;
      try {
        this.handler!(req, tx);
      } catch (err) {
        this.logger.error({ err, method: req.method }, "request handler failed");
        if (tx.state === "Trying" || tx.state === "Proceeding") tx.respond(createResponse(req, 500));
      }
      return;
    }
    this.stats.requestsAnsweredByStack++;
    if (decision.action === "options") {
      const headers: Array<[string, string]> = [["allow", this.allowHeader]];
      headers.push(["accept", (this.opts.accept ?? ["application/pidf+xml"]).join(", ")]);
      if (this.opts.allowEvents?.length) headers.push(["allow-events", this.opts.allowEvents.join(", ")]);
      tx.respond(createResponse(req, 200, undefined, { headers }));
      return;
    }
    const headers: Array<[string, string]> = decision.withAllow ? [["allow", this.allowHeader]] : [];
    tx.respond(createResponse(req, decision.status, undefined, { headers }));
  }

  /** RFC 3261 18.2.1 / RFC 3581 4: records where the request really came from in its top Via. */
  private stampTopVia(req: SipRequest, id: RequestIdentity, source: Endpoint): void {
    const stamped = stampVia(id.viaText, id.via, source);
    if (stamped !== null) req.headers = withTopVia(req.headers, stamped);
  }

  private replyParseError(tx: ServerTransaction, err: unknown): void {
    this.stats.badRequests++;
    const e = err instanceof SipParseError ? err : new SipParseError("Bad Request", { cause: err });
    tx.respond(createResponse(tx.request, e.status, e.reason, { headers: [["warning", this.warning(e.message)]] }));
  }

  /** A request the parser could read only in part: answered statelessly with the parser's verdict. */
  private answerMalformed(req: SipRequest, error: SipParseError, source: Endpoint): void {
    try {
      const target = responseTarget(req.via, source);
      const res = createResponse(req, error.status, error.reason, { headers: [["warning", this.warning(error.message)]] });
      if (this.opts.userAgent !== undefined) res.headers.append("server", this.opts.userAgent);
      this.stats.badRequests++;
      countResponse(this.stats.responsesSent, req.method, error.status);
      this.transport.send(serialize(res), target).catch((err: unknown) => this.logger.debug({ err }, "error response not sent"));
    } catch (err) {
      this.logger.debug({ err, source }, "malformed request dropped unanswered");
    }
  }

  private onFramingError(error: FramingError, source: Endpoint): Buffer | null {
    if (error.head.length === 0) return null;
    const big = 1 << 30;
    const r = parseMessage(error.head, { transport: "UDP", maxMessageSize: big, maxHeaders: big, maxLineLength: big });
    const req = r.ok ? (r.message.kind === "request" ? r.message : null) : (r.request ?? null);
    if (!req || req.method === "ACK") return null;
    try {
      const res = createResponse(req, error.status, error.reason);
      if (this.opts.userAgent !== undefined) res.headers.append("server", this.opts.userAgent);
      this.stats.badRequests++;
      countResponse(this.stats.responsesSent, req.method, error.status);
      this.logger.debug({ source, status: error.status }, "answering a request that broke framing");
      return serialize(res);
    } catch {
      return null;
    }
  }

  private onConnectionClosedEvent(connectionId: string): void {
    for (const h of this.closedHandlers) {
      try {
        h(connectionId);
      } catch (err) {
        this.logger.error({ err }, "connection-closed handler failed");
      }
    }
  }

  /** RFC 3261 20.43: Warning: 399 <agent> "<text>". */
  private warning(text: string): string {
    const quoted = text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, " ");
    return `399 ${hostReference(this.sentByHost)}:${this.port} "${quoted}"`;
  }
}

/** The parts of a request its server transaction is matched by (throws SipParseError when malformed). */
function identify(req: SipRequest): RequestIdentity {
  const firstLine = req.headers.get("via");
  const viaText = firstLine === undefined ? "" : (splitList(firstLine)[0] ?? "");
  return {
    method: req.method,
    uri: req.uri,
    via: req.via,
    viaText,
    callId: req.callId,
    cseq: req.cseq,
    fromTag: req.fromTag,
    toTag: req.toTag,
  };
}

/**
 * Retry-After of the 503 the UDP I/O thread gives requests past its backlog: long enough for a
 * backlog of a few seconds' work to drain, drawn from a range so the rejected do not return at once.
 */
const OVERLOAD_RETRY_AFTER_S: readonly [number, number] = [3, 7];

function isBlank(data: Buffer): boolean {
  for (const b of data) if (b !== 13 && b !== 10 && b !== 32 && b !== 9 && b !== 0) return false;
  return true;
}

/** Our sent-by host: the bound address, or for a wildcard bind the first external address of the family. */
function advertisedAddress(bound: string): string {
  if (!isUnspecified(bound)) return bound;
  const family = isIP(bound) === 6 ? ["IPv4", "IPv6"] : ["IPv4"];
  for (const fam of family) {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) if (!a.internal && a.family === fam) return a.address;
    }
  }
  return isIP(bound) === 6 ? "::1" : "127.0.0.1";
}

