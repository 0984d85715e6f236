import type { BusHeaders } from "./headers.js";

/** A message as a handler sees it. `data` is the handler's own copy. */
export interface BusMessage {
  subject: string;
  data: Uint8Array;
  headers: BusHeaders;
}

export interface BusReply {
  data: Uint8Array;
  headers: BusHeaders;
}

export interface RequestOptions {
  /** How long to wait for the reply. */
  timeoutMs: number;
  headers?: BusHeaders;
}

/**
 * Answers one request. Return the reply payload, or payload plus headers; without its own
 * traceparent the reply carries the request's. A throw becomes an error reply (BusRemoteError).
 */
export type ServeHandler = (msg: BusMessage) => Promise<Uint8Array | BusReply>;

/**
 * Answers one request with several replies: `reply` sends one before the last, in order; the
 * returned payload is the last. A throw becomes an error reply that ends the stream (BusRemoteError).
 */
export type StreamServeHandler = (msg: BusMessage, reply: (data: Uint8Array) => void) => Promise<Uint8Array>;

/** What both implementations run for a serve() or serveStream() handler (internal). */
export type AnswerHandler = (msg: BusMessage, more: (data: Uint8Array) => void) => Promise<Uint8Array | BusReply>;

export interface StreamRequestOptions extends RequestOptions {
  /** Every reply in order; `last` on the one that ends the stream. `timeoutMs` bounds the whole stream. */
  onReply(reply: BusReply, last: boolean): void;
}

/** Handles one fire-and-forget message; a throw is logged and the message is gone. */
export type MessageHandler = (msg: BusMessage) => void | Promise<void>;

export interface SubscribeOptions {
  /** Queue group: each message goes to one member of the group instead of every subscriber. */
  queue?: string;
}

export interface BusSubscription {
  readonly subject: string;
  /** Stops receiving and waits for the handlers still running (their replies are sent). */
  unsubscribe(): Promise<void>;
}

export interface StreamOptions {
  /** Stream name (no dots); see busNames().eventsStream. */
  name: string;
  /** Subjects the stream captures (wildcards allowed). */
  subjects: string[];
  /** Messages older than this are discarded; default: kept until another limit applies. */
  maxAgeMs?: number;
  /** Keep at most this many messages (oldest discarded first). */
  maxMsgs?: number;
  /** Keep at most this many bytes (oldest discarded first). */
  maxBytes?: number;
  /** "file" (default) survives a server restart; "memory" is faster. */
  storage?: "file" | "memory";
  /** Replicas in a NATS cluster (default 1). */
  replicas?: number;
  /** Window in which a repeated Nats-Msg-Id is dropped (default 2 minutes). */
  duplicateWindowMs?: number;
}

/** A JetStream message handed to a consume() handler. */
export interface EventMessage extends BusMessage {
  /** True when this is not the first delivery (ack wait expired, or a nak). */
  redelivered: boolean;
  /** 1 on the first delivery. */
  deliveryCount: number;
  /** Position in the stream. */
  streamSequence: number;
  /** Marks the message done and waits for the server to confirm; rejects with a BusError. */
  ack(): Promise<void>;
  /** Asks for redelivery, after `delayMs` when given (to any consumer sharing the durable). */
  nak(delayMs?: number): void;
  /** Restarts the ack-wait timer: the handler is still working on it. */
  working(): void;
}

export type EventHandler = (msg: EventMessage) => Promise<void>;

export interface ConsumeOptions {
  stream: string;
  /** Durable consumer name, shared by every replica: each message goes to one of them. */
  durable: string;
  /** Only messages on this subject (one subject; NATS 2.9 has no multiple filters). */
  filterSubject?: string;
  /** A delivered message not acked within this time is redelivered (to any replica). */
  ackWaitMs: number;
  /** At most this many delivered-but-unacked messages over all replicas. */
  maxAckPending: number;
  /** Messages this consumer handles at the same time (default 1). */
  concurrency?: number;
  /** Deliveries before the server gives up on a message (default: unlimited). */
  maxDeliver?: number;
  /** Where a newly created durable starts: "all" (default) or "new" messages only. */
  deliverPolicy?: "all" | "new";
  /** Delay of the redelivery after a handler threw without acking (default 1000 ms). */
  errorNakDelayMs?: number;
  /**
   * Whether ack() waits for the server's confirmation (default true). False: ack() queues the ack
   * and resolves; it leaves with the turn's other writes (the replies and requests the handler
   * made). One lost with a dropped connection means a redelivery, which a handler that may see an
   * event twice (all of them, see docs/bus.md) takes in its stride, and one round trip per event
   * less.
   */
  confirmAcks?: boolean;
  /**
   * Called per message. The handler acks explicitly (ack() when done); returning without an
   * ack leaves the message to be redelivered after ackWaitMs. A throw naks it (errorNakDelayMs).
   */
  handler: EventHandler;
}

/** Where a durable consumer stands (JetStream consumer info). */
export interface ConsumerBacklog {
  /** Messages in the stream matching the filter and not yet delivered: the consumer lag. */
  undelivered: number;
  /** Delivered and not yet acked (being worked on, or waiting for redelivery). */
  unacked: number;
}

export interface BusConsumer {
  readonly stream: string;
  readonly durable: string;
  /** The consumer's backlog, shared by every replica on the same durable. Rejects while disconnected. */
  backlog(): Promise<ConsumerBacklog>;
  /** Stops taking messages; running handlers are neither awaited nor acked (their messages redeliver unless they ack). */
  stop(): Promise<void>;
}

export type BusStatus = "connected" | "reconnecting" | "closed";

/** Connection counters, for metrics. */
export interface BusStats {
  /** Connections lost (disconnect or unexpected close). */
  disconnects: number;
  /** Connections restored after a loss. */
  reconnects: number;
  /** Errors: failed connection attempts, errors the server reported, calls that failed. */
  errors: number;
  /** Requests and event publishes that waited for the write linger (NatsBus `writeLingerMs`) under load. */
  heldWrites: number;
}

/**
 * The message bus between the edge, presentity, subscription and notifier services: NATS core
 * request/reply and publish/subscribe, JetStream for change events. NatsBus and InProcessBus
 * implement the same semantics (one contract test suite runs against both).
 */
export interface Bus {
  /** Request/reply. Rejects with BusTimeoutError, BusUnavailableError, NoRespondersError, BusRemoteError or BusClosedError. */
  request(subject: string, data: Uint8Array, opts: RequestOptions): Promise<BusReply>;
  /** Answers requests on `subject` as a member of queue group `queue`: one member answers each request. */
  serve(subject: string, queue: string, handler: ServeHandler): Promise<BusSubscription>;
  /**
   * Request with a stream of replies (see StreamServeHandler): resolves after the last one; rejects as
   * request() does, also after some replies arrived (then `onReply` is not called again).
   */
  requestStream(subject: string, data: Uint8Array, opts: StreamRequestOptions): Promise<void>;
  /** Answers stream requests on `subject` as a member of queue group `queue`. */
  serveStream(subject: string, queue: string, handler: StreamServeHandler): Promise<BusSubscription>;
  /** Fire-and-forget (at most once). Throws BusUnavailableError when not connected. */
  publish(subject: string, data: Uint8Array, headers?: BusHeaders): void;
  /** Receives published messages; wildcards allowed. */
  subscribe(subject: string, handler: MessageHandler, opts?: SubscribeOptions): Promise<BusSubscription>;
  /** Creates the stream or brings its configuration up to date; idempotent. */
  ensureStream(opts: StreamOptions): Promise<void>;
  /** Deletes a stream and its consumers; false when it did not exist. */
  deleteStream(name: string): Promise<boolean>;
  /** Stores an event in the stream capturing `subject`; resolves once JetStream acknowledged it. */
  publishEvent(subject: string, data: Uint8Array, headers?: BusHeaders): Promise<void>;
  /** Starts pulling from a durable consumer (created or updated as needed). */
  consume(opts: ConsumeOptions): Promise<BusConsumer>;
  status(): BusStatus;
  readonly stats: BusStats;
  /** Calls `cb` on every status change; returns a function that removes the listener. */
  onStatus(cb: (status: BusStatus) => void): () => void;
  /** Stops consumers, drains subscriptions (running handlers finish and reply), then disconnects. */
  close(): Promise<void>;
}
