// The bus in memory, for the standalone process and unit tests. An InProcessBroker plays the NATS
// server; each InProcessBus is one client of it (one per simulated replica), with the semantics of
// NatsBus: queue groups, no-responders, timeouts, error replies, JetStream-like durable consumers.
import { silentLogger, type Logger } from "@presence/log";
import { BusClosedError, BusError, BusTimeoutError, BusUnavailableError, NoRespondersError } from "./errors.js";
import type { BusHeaders } from "./headers.js";
import { MemoryDurable, MemoryStream, patternsOverlap, type Delivery, type Puller } from "./memory-stream.js";
import { errorReply, moreReply, successReply, takeLast, throwIfErrorReply } from "./reply.js";
import { runEventHandler, type DeliveryState } from "./run-event-handler.js";
import { checkName, checkSubject, subjectMatches } from "./subjects.js";
import type {
  AnswerHandler,
  Bus,
  BusConsumer,
  BusMessage,
  BusReply,
  BusStatus,
  BusSubscription,
  ConsumeOptions,
  EventMessage,
  MessageHandler,
  RequestOptions,
  ServeHandler,
  StreamRequestOptions,
  StreamServeHandler,
  StreamOptions,
  SubscribeOptions,
  BusStats,
  ConsumerBacklog,
} from "./types.js";
import { copyBytes, describeError, InFlight } from "./util.js";
import { checkConsumeOptions, checkPublish, checkQueue, checkRequest, checkStreamOptions, checkStreamRequest } from "./validate.js";

type ReplyFn = (reply: BusReply) => void;

interface CoreSub {
  pattern: string;
  queue: string | null;
  deliver(msg: BusMessage, reply: ReplyFn | null): void;
}

/** Shared state of the in-memory "server": subscriptions, streams, availability. */
export class InProcessBroker {
  private readonly subs = new Set<CoreSub>();
  private readonly queueTurn = new Map<string, number>();
  readonly streams = new Map<string, MemoryStream>();
  private readonly clients = new Set<InProcessBus>();
  private up = true;

  constructor(readonly now: () => number = Date.now) {}

  get available(): boolean {
    return this.up;
  }

  /**
   * Simulates losing (false) and regaining (true) the connection to the server for every client:
   * requests and event publishes fail with BusUnavailableError, deliveries pause.
   */
  setAvailable(up: boolean): void {
    if (this.up === up) return;
    this.up = up;
    for (const c of this.clients) c._availabilityChanged(up);
    if (up) for (const s of this.streams.values()) for (const d of s.durables.values()) d.pump();
  }

  /** @internal */
  _register(c: InProcessBus): void {
    this.clients.add(c);
  }

  /** @internal */
  _unregister(c: InProcessBus): void {
    this.clients.delete(c);
  }

  /** @internal */
  _addSub(s: CoreSub): void {
    this.subs.add(s);
  }

  /** @internal */
  _removeSub(s: CoreSub): void {
    this.subs.delete(s);
  }

  /**
   * NATS delivery: every plain subscriber gets the message, and one member of each queue group
   * (grouped by name over all matching subscriptions, whatever subject they used). Delivery is asynchronous; returns the number of recipients.
   */
  _route(subject: string, data: Uint8Array, headers: BusHeaders, reply: ReplyFn | null): number {
    const groups = new Map<string, CoreSub[]>();
    const targets: CoreSub[] = [];
    for (const s of this.subs) {
      if (!subjectMatches(s.pattern, subject)) continue;
      if (s.queue === null) targets.push(s);
      else {
        // As in the NATS server: one group per queue name among the matching subscriptions.
        const key = s.queue;
        const g = groups.get(key);
        if (g) g.push(s);
        else groups.set(key, [s]);
      }
    }
    for (const [key, members] of groups) {
      const turn = this.queueTurn.get(key) ?? 0;
      this.queueTurn.set(key, turn + 1);
      targets.push(members[turn % members.length]!);
    }
    for (const t of targets) {
      const msg: BusMessage = { subject, data: copyBytes(data), headers: { ...headers } };
      setImmediate(() => t.deliver(msg, reply));
    }
    return targets.length;
  }
}

export interface InProcessBusOptions {
  /** Share one broker between several buses to simulate replicas; default: a private broker. */
  broker?: InProcessBroker;
  logger?: Logger;
  /** How long close() and unsubscribe() wait for running handlers (default 5000 ms). */
  drainTimeoutMs?: number;
}

const DEFAULT_DRAIN_MS = 5000;
const DEFAULT_ERROR_NAK_MS = 1000;

export class InProcessBus implements Bus {
  readonly broker: InProcessBroker;
  private readonly logger: Logger;
  private readonly drainMs: number;
  private closing = false;
  private closed = false;
  private readonly listeners = new Set<(s: BusStatus) => void>();
  private readonly pendingRequests = new Set<(err: BusError) => void>();
  private readonly subscriptions = new Set<InProcessSubscription>();
  private readonly consumers = new Set<InProcessConsumer>();
  readonly stats: BusStats = { disconnects: 0, reconnects: 0, errors: 0, heldWrites: 0 };

  constructor(opts: InProcessBusOptions = {}) {
    this.broker = opts.broker ?? new InProcessBroker();
    this.logger = opts.logger ?? silentLogger();
    this.drainMs = opts.drainTimeoutMs ?? DEFAULT_DRAIN_MS;
    this.broker._register(this);
  }

  status(): BusStatus {
    if (this.closed) return "closed";
    return this.broker.available ? "connected" : "reconnecting";
  }

  onStatus(cb: (status: BusStatus) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** @internal called by the broker. */
  _availabilityChanged(up: boolean): void {
    if (this.closing) return;
    if (up) this.stats.reconnects++;
    else this.stats.disconnects++;
    if (!up) this.failPending(() => new BusUnavailableError("connection to the message bus lost"));
    this.emit(up ? "connected" : "reconnecting");
  }

  private emit(s: BusStatus): void {
    for (const cb of this.listeners) {
      try {
        cb(s);
      } catch (err) {
        this.logger.error({ err }, "bus status listener failed");
      }
    }
  }

  private failPending(make: () => BusError): void {
    for (const reject of [...this.pendingRequests]) {
      if (!this.closing) this.stats.errors++;
      reject(make());
    }
  }

  /** Throws unless the client is open and the broker reachable (the fail-fast rule of NatsBus). */
  private usable(): void {
    if (this.closing) throw new BusClosedError();
    if (!this.broker.available) {
      this.stats.errors++;
      throw new BusUnavailableError("not connected to the message bus");
    }
  }

  async request(subject: string, data: Uint8Array, opts: RequestOptions): Promise<BusReply> {
    checkRequest(subject, data, opts);
    this.usable();
    let reply!: BusReply;
    await this.exchange(subject, data, opts, (r) => {
      throwIfErrorReply(r, subject);
      reply = r;
      return true;
    });
    return reply;
  }

  async requestStream(subject: string, data: Uint8Array, opts: StreamRequestOptions): Promise<void> {
    checkStreamRequest(subject, data, opts);
    this.usable();
    await this.exchange(subject, data, opts, (r) => {
      throwIfErrorReply(r, subject);
      const last = takeLast(r);
      opts.onReply(r, last);
      return last;
    });
  }

  /** Sends a request and hands its replies to `take` (true: the last one; a throw fails it). */
  private exchange(subject: string, data: Uint8Array, opts: RequestOptions, take: (r: BusReply) => boolean): Promise<void> {
    const headers = { ...(opts.headers ?? {}) };
    return new Promise<void>((resolve, reject) => {
      let done = false;
      const finish = (err: unknown): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.pendingRequests.delete(fail);
        if (err) reject(err);
        else resolve();
      };
      const fail = (err: BusError): void => finish(err);
      const timer = setTimeout(() => finish(new BusTimeoutError(`no reply on ${subject} within ${opts.timeoutMs} ms`)), opts.timeoutMs);
      this.pendingRequests.add(fail);
      const n = this.broker._route(subject, data, headers, (r) => {
        // The reply crosses the "wire" too: asynchronous and copied.
        const copy: BusReply = { data: copyBytes(r.data), headers: { ...r.headers } };
        setImmediate(() => {
          if (done) return;
          try {
            if (take(copy)) finish(null);
          } catch (err) {
            finish(err);
          }
        });
      });
      if (n === 0) finish(new NoRespondersError(subject));
    });
  }

  serve(subject: string, queue: string, handler: ServeHandler): Promise<BusSubscription> {
    // A plain handler does not get the stream's reply function.
    return this.serveAnswering(subject, queue, (m) => handler(m));
  }

  serveStream(subject: string, queue: string, handler: StreamServeHandler): Promise<BusSubscription> {
    return this.serveAnswering(subject, queue, handler);
  }

  private async serveAnswering(subject: string, queue: string, handler: AnswerHandler): Promise<BusSubscription> {
    checkSubject(subject, { wildcards: true });
    checkQueue(queue);
    if (this.closing) throw new BusClosedError();
    return this.addSubscription(subject, queue, (msg, reply) => this.answer(msg, reply, handler));
  }

  private async answer(msg: BusMessage, reply: ReplyFn | null, handler: AnswerHandler): Promise<void> {
    // A reply while disconnected or after close is lost, as over NATS (the requester already failed).
    const send = (out: BusReply): void => {
      if (reply && !this.closed && this.broker.available) reply(out);
    };
    let done = false;
    const more = (data: Uint8Array): void => {
      if (!done) send(moreReply(data, msg.headers));
    };
    let out: BusReply;
    try {
      out = successReply(await handler(msg, more), msg.headers);
    } catch (err) {
      this.logger.warn({ err, subject: msg.subject }, `request handler failed: ${describeError(err)}`);
      out = errorReply(err, msg.headers);
    }
    done = true;
    send(out);
  }

  publish(subject: string, data: Uint8Array, headers?: BusHeaders): void {
    checkPublish(subject, data, headers);
    this.usable();
    this.broker._route(subject, data, { ...(headers ?? {}) }, null);
  }

  async subscribe(subject: string, handler: MessageHandler, opts: SubscribeOptions = {}): Promise<BusSubscription> {
    checkSubject(subject, { wildcards: true });
    if (opts.queue !== undefined) checkQueue(opts.queue);
    if (this.closing) throw new BusClosedError();
    return this.addSubscription(subject, opts.queue ?? null, async (msg) => {
      try {
        await handler(msg);
      } catch (err) {
        this.logger.warn({ err, subject: msg.subject }, `message handler failed: ${describeError(err)}`);
      }
    });
  }

  private addSubscription(subject: string, queue: string | null, run: (msg: BusMessage, reply: ReplyFn | null) => Promise<void>): BusSubscription {
    const sub = new InProcessSubscription(subject, this.broker, this.drainMs, (s) => this.subscriptions.delete(s));
    const core: CoreSub = {
      pattern: subject,
      queue,
      deliver: (msg, reply) => {
        if (sub.active) void sub.inFlight.add(run(msg, reply));
      },
    };
    sub.core = core;
    this.broker._addSub(core);
    this.subscriptions.add(sub);
    return sub;
  }

  async ensureStream(opts: StreamOptions): Promise<void> {
    checkStreamOptions(opts);
    this.usable();
    for (const [name, s] of this.broker.streams) {
      if (name === opts.name) continue;
      const clash = opts.subjects.find((a) => s.config.subjects.some((b) => patternsOverlap(a, b)));
      if (clash) throw new BusError("jetstream", `stream ${opts.name}: subjects overlap with stream ${name} (${clash})`);
    }
    const config: StreamOptions = { ...opts, subjects: [...opts.subjects] };
    const existing = this.broker.streams.get(opts.name);
    if (existing && (existing.config.storage ?? "file") !== (opts.storage ?? "file")) {
      // As JetStream: the storage type of a stream cannot be changed.
      throw new BusError("jetstream", `stream ${opts.name}: storage cannot be changed`);
    }
    if (existing) existing.config = config;
    else this.broker.streams.set(opts.name, new MemoryStream(config, this.broker.now));
  }

  async deleteStream(name: string): Promise<boolean> {
    checkName("stream", name);
    this.usable();
    const s = this.broker.streams.get(name);
    if (!s) return false;
    s.destroy();
    this.broker.streams.delete(name);
    return true;
  }

  async publishEvent(subject: string, data: Uint8Array, headers?: BusHeaders): Promise<void> {
    checkPublish(subject, data, headers);
    this.usable();
    const stream = [...this.broker.streams.values()].find((s) => s.captures(subject));
    if (!stream) throw new BusUnavailableError(`no stream captures ${subject}`);
    stream.append(subject, copyBytes(data), { ...(headers ?? {}) });
  }

  async consume(opts: ConsumeOptions): Promise<BusConsumer> {
    checkConsumeOptions(opts);
    this.usable();
    const stream = this.broker.streams.get(opts.stream);
    if (!stream) throw new BusError("jetstream", `stream ${opts.stream} not found`);
    const filter = opts.filterSubject ?? null;
    if (filter !== null && !stream.config.subjects.some((p) => patternsOverlap(p, filter))) {
      throw new BusError("jetstream", `filter subject ${filter} is not part of stream ${opts.stream}`);
    }
    const config = { filterSubject: filter, ackWaitMs: opts.ackWaitMs, maxAckPending: opts.maxAckPending, maxDeliver: opts.maxDeliver ?? 0 };
    let durable = stream.durables.get(opts.durable);
    if (durable) durable.config = config;
    else {
      durable = new MemoryDurable(stream, config, opts.deliverPolicy === "new", () => this.broker.available);
      stream.durables.set(opts.durable, durable);
    }
    const consumer = new InProcessConsumer(opts, durable, this, this.logger, (c) => this.consumers.delete(c));
    this.consumers.add(consumer);
    durable.attach(consumer);
    return consumer;
  }

  /** @internal acks go through the client: they fail while disconnected or after close. */
  _checkAck(): void {
    if (this.closed) throw new BusClosedError();
    if (!this.broker.available) {
      this.stats.errors++;
      throw new BusUnavailableError("not connected to the message bus");
    }
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const consumers = [...this.consumers];
    for (const c of consumers) await c.stop();
    // Running handlers finish: serve replies go out, event handlers may still ack.
    await Promise.all([...this.subscriptions].map((s) => s.unsubscribe()));
    await Promise.all(consumers.map((c) => c.inFlight.wait(this.drainMs)));
    this.closed = true;
    this.failPending(() => new BusClosedError());
    this.broker._unregister(this);
    this.emit("closed");
  }
}

class InProcessSubscription implements BusSubscription {
  core: CoreSub | null = null;
  active = true;
  readonly inFlight = new InFlight();

  constructor(
    readonly subject: string,
    private readonly broker: InProcessBroker,
    private readonly drainMs: number,
    private readonly onDone: (s: InProcessSubscription) => void,
  ) {}

  async unsubscribe(): Promise<void> {
    if (!this.active) return;
    this.active = false;
    if (this.core) this.broker._removeSub(this.core);
    await this.inFlight.wait(this.drainMs);
    this.onDone(this);
  }
}

class InProcessConsumer implements BusConsumer, Puller {
  readonly stream: string;
  readonly durable: string;
  readonly inFlight = new InFlight();
  private running = true;
  private busy = 0;
  private readonly concurrency: number;

  constructor(
    private readonly opts: ConsumeOptions,
    private readonly state: MemoryDurable,
    private readonly client: InProcessBus,
    private readonly logger: Logger,
    private readonly onStop: (c: InProcessConsumer) => void,
  ) {
    this.stream = opts.stream;
    this.durable = opts.durable;
    this.concurrency = opts.concurrency ?? 1;
  }

  get free(): number {
    return this.running ? this.concurrency - this.busy : 0;
  }

  async backlog(): Promise<ConsumerBacklog> {
    return { undelivered: this.state.undelivered, unacked: this.state.ackPending };
  }

  deliver(d: Delivery): void {
    this.busy++;
    const delivery: DeliveryState = { settled: false };
    const seq = d.message.seq;
    const msg: EventMessage = {
      subject: d.message.subject,
      data: copyBytes(d.message.data),
      headers: { ...d.message.headers },
      redelivered: d.count > 1,
      deliveryCount: d.count,
      streamSequence: seq,
      ack: async () => {
        // As over NATS: an ack after ack or nak of the same delivery does nothing.
        if (delivery.settled) return;
        this.client._checkAck();
        delivery.settled = true;
        this.state.ack(seq);
      },
      nak: (delayMs?: number) => {
        if (delivery.settled) return;
        delivery.settled = true;
        this.state.nak(seq, d.token, delayMs ?? 0);
      },
      working: () => this.state.working(seq, d.token),
    };
    const run = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => runEventHandler(this.opts.handler, msg, delivery, this.opts.errorNakDelayMs ?? DEFAULT_ERROR_NAK_MS, this.logger))
      .finally(() => {
        this.busy--;
        this.state.pump();
      });
    void this.inFlight.add(run);
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.state.detach(this);
    this.onStop(this);
  }
}
