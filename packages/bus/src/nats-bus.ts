// The bus over NATS: core request/reply and publish/subscribe, JetStream (server 2.9 features only)
// for change events. Fails fast while disconnected and keeps reconnecting on its own.
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
  type Consumer,
  type ConsumerConfig,
  type ConsumerMessages,
  type JetStreamClient,
  type JetStreamManager,
  type JsMsg,
  type StreamConfig,
} from "@nats-io/jetstream";
import { connect, errors as natsErrors, headers as natsHeaders, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import { silentLogger, type Logger } from "@presence/log";
import { BusClosedError, BusError, BusTimeoutError, BusUnavailableError, NoRespondersError } from "./errors.js";
import type { BusHeaders } from "./headers.js";
import { checkPubAck } from "./pub-ack.js";
import { errorReply, moreReply, successReply, takeLast, throwIfErrorReply } from "./reply.js";
import { RequestMux } from "./request-mux.js";
import { WriteBatch } from "./write-batch.js";
import { runEventHandler, type DeliveryState } from "./run-event-handler.js";
import { checkName, checkSubject } from "./subjects.js";
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
import { copyBytes, describeError, InFlight, Signal } from "./util.js";
import { checkConsumeOptions, checkPublish, checkQueue, checkRequest, checkStreamOptions, checkStreamRequest } from "./validate.js";

export interface NatsBusOptions {
  /** NATS URLs, e.g. "nats://127.0.0.1:4222". */
  servers: string | string[];
  /** Connection name shown by the server (service and replica). */
  name?: string;
  logger?: Logger;
  /** Per connection attempt (default 2000 ms). */
  connectTimeoutMs?: number;
  /** Pause between reconnect attempts (default 1000 ms). Reconnecting never gives up. */
  reconnectTimeWaitMs?: number;
  /** Client ping interval; two unanswered pings mark the connection stale (default 10000 ms). */
  pingIntervalMs?: number;
  /** Timeout of JetStream publish acks, acks and API calls (default 2000 ms). */
  jetStreamTimeoutMs?: number;
  /** How long a consumer's pull request waits on the server before it is renewed (default 5000 ms). */
  pullExpiresMs?: number;
  /** How long close() and unsubscribe() wait for running handlers (default 5000 ms). */
  drainTimeoutMs?: number;
  /**
   * Hold requests and event publishes up to this long so that those of several event-loop turns
   * leave in one socket write and wake their receivers once, while this bus sends at least one
   * message per hold on average (default 0: those of one turn only). Replies and acks never wait;
   * held requests leave with them.
   */
  writeLingerMs?: number;
  user?: string;
  pass?: string;
  token?: string;
}

const DEFAULT_ERROR_NAK_MS = 1000;
const RETRY_AFTER_ERROR_MS = 1000;
const NS_PER_MS = 1_000_000;

function nanos(ms: number): number {
  return Math.round(ms * NS_PER_MS);
}

/** JetStream reports "no responders" (no stream for the subject, JetStream down) as JetStreamNotEnabled wrapping it. */
function isNoResponders(err: unknown): boolean {
  return (err instanceof natsErrors.RequestError && err.isNoResponders()) || err instanceof natsErrors.NoRespondersError;
}

function toNatsHeaders(h: BusHeaders | undefined): MsgHdrs | undefined {
  if (!h) return undefined;
  const keys = Object.keys(h);
  if (keys.length === 0) return undefined;
  const out = natsHeaders();
  for (const k of keys) out.set(k, h[k]!);
  return out;
}

function fromNatsHeaders(h: MsgHdrs | undefined): BusHeaders {
  const out: BusHeaders = {};
  if (!h) return out;
  for (const [k, values] of h) if (values.length > 0) out[k] = values[values.length - 1]!;
  return out;
}

/** The client retries unparsable URLs forever; refuse them up front instead. */
function checkServers(servers: string | string[]): void {
  const list = typeof servers === "string" ? [servers] : servers;
  if (!Array.isArray(list) || list.length === 0) throw new BusError("invalid-argument", "no NATS server given");
  for (const s of list) {
    try {
      const u = new URL(typeof s === "string" && s.includes("://") ? s : `nats://${String(s)}`);
      if (!u.hostname) throw new TypeError("no host");
    } catch (err) {
      throw new BusError("invalid-argument", `invalid NATS server URL ${JSON.stringify(s)}`, { cause: err });
    }
  }
}

export class NatsBus implements Bus {
  private readonly logger: Logger;
  private readonly jsTimeout: number;
  private readonly drainMs: number;
  private nc: NatsConnection | null = null;
  private js: JetStreamClient | null = null;
  private jsm: Promise<JetStreamManager> | null = null;
  private current: BusStatus = "reconnecting";
  readonly stats: BusStats = { disconnects: 0, reconnects: 0, errors: 0, heldWrites: 0 };
  /** Requests and replies of one event-loop turn, or of one linger, leave in one socket write. */
  private readonly writes: WriteBatch;
  private readonly mux: RequestMux;
  private closing = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly connectedSignal = new Signal();
  private readonly listeners = new Set<(s: BusStatus) => void>();
  private readonly pendingCalls = new Set<(err: BusError) => void>();
  private readonly subscriptions = new Set<NatsSubscription>();
  private readonly consumers = new Set<NatsConsumer>();

  private constructor(private readonly opts: NatsBusOptions) {
    this.logger = opts.logger ?? silentLogger();
    this.jsTimeout = opts.jetStreamTimeoutMs ?? 2000;
    this.drainMs = opts.drainTimeoutMs ?? 5000;
    this.writes = new WriteBatch({ lingerMs: opts.writeLingerMs ?? 0, onHold: () => this.stats.heldWrites++ });
    this.mux = new RequestMux(this.writes);
  }

  /**
   * Makes one connection attempt and returns. When it fails the bus starts in "reconnecting":
   * calls fail fast with BusUnavailableError while attempts continue in the background.
   */
  static async connect(opts: NatsBusOptions): Promise<NatsBus> {
    checkServers(opts.servers);
    const bus = new NatsBus(opts);
    await bus.attempt(true);
    return bus;
  }

  // ---- connection

  private async attempt(first: boolean): Promise<void> {
    this.retryTimer = null;
    try {
      const nc = await connect({
        servers: this.opts.servers,
        name: this.opts.name,
        timeout: this.opts.connectTimeoutMs ?? 2000,
        reconnect: true,
        maxReconnectAttempts: -1,
        reconnectTimeWait: this.opts.reconnectTimeWaitMs ?? 1000,
        pingInterval: this.opts.pingIntervalMs ?? 10_000,
        maxPingOut: 2,
        // Otherwise every request builds two Error objects up front for their stack traces: the
        // largest single cost of a notifier sending NOTIFYs through the edges. Our errors carry
        // the subject and the call instead.
        noAsyncTraces: true,
        ...(this.opts.user !== undefined ? { user: this.opts.user, pass: this.opts.pass } : {}),
        ...(this.opts.token !== undefined ? { token: this.opts.token } : {}),
      });
      if (this.closing) {
        await nc.close();
        return;
      }
      this.attach(nc);
    } catch (err) {
      if (first && err instanceof natsErrors.InvalidArgumentError) {
        throw new BusError("invalid-argument", `invalid NATS connection options: ${err.message}`, { cause: err });
      }
      if (this.closing) return;
      this.stats.errors++;
      this.logger.warn({ err, servers: this.opts.servers }, `NATS connection failed, retrying: ${describeError(err)}`);
      this.retryTimer = setTimeout(() => void this.attempt(false), this.opts.reconnectTimeWaitMs ?? 1000);
    }
  }

  private attach(nc: NatsConnection): void {
    this.nc = nc;
    this.js = jetstream(nc, { timeout: this.jsTimeout });
    this.jsm = null;
    this.setStatus("connected");
    void (async () => {
      for await (const s of nc.status()) {
        if (this.closing) continue;
        if (s.type === "disconnect") this.stats.disconnects++;
        else if (s.type === "reconnect") this.stats.reconnects++;
        else if (s.type === "error") this.stats.errors++;
        if (s.type === "disconnect" || s.type === "reconnecting" || s.type === "staleConnection") this.setStatus("reconnecting");
        else if (s.type === "reconnect") this.setStatus("connected");
        else if (s.type === "error") this.logger.warn({ err: s.error }, "NATS error");
      }
    })().catch((err: unknown) => this.logger.error({ err }, "NATS status loop failed"));
    void nc.closed().then((err) => {
      if (this.nc !== nc) return;
      this.nc = null;
      this.js = null;
      this.jsm = null;
      if (this.closing) return;
      // Closed without close(): start over, the bus never gives up.
      this.stats.disconnects++;
      this.logger.warn({ err }, "NATS connection closed unexpectedly, reconnecting");
      this.setStatus("reconnecting");
      this.retryTimer = setTimeout(() => void this.attempt(false), this.opts.reconnectTimeWaitMs ?? 1000);
    });
  }

  private setStatus(s: BusStatus): void {
    if (this.current === s) return;
    this.current = s;
    if (s !== "connected") {
      // Fail fast: a request sent before the connection dropped may never be answered.
      const make = s === "closed" ? () => new BusClosedError() : () => new BusUnavailableError("connection to NATS lost");
      for (const reject of [...this.pendingCalls]) reject(make());
      this.mux.clear();
    } else {
      this.connectedSignal.fire();
    }
    this.logger.info({ status: s }, "bus status");
    for (const cb of this.listeners) {
      try {
        cb(s);
      } catch (err) {
        this.logger.error({ err }, "bus status listener failed");
      }
    }
  }

  status(): BusStatus {
    return this.current;
  }

  onStatus(cb: (status: BusStatus) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** The connection when usable right now; otherwise the fail-fast error. */
  private live(): NatsConnection {
    if (this.closing) throw new BusClosedError();
    if (this.current !== "connected" || !this.nc) {
      this.stats.errors++;
      throw new BusUnavailableError("not connected to NATS");
    }
    return this.nc;
  }

  /** Waits for the connection (subscriptions are kept by the client across reconnects). */
  async connection(): Promise<NatsConnection> {
    for (;;) {
      if (this.closing) throw new BusClosedError();
      if (this.nc && this.current === "connected") return this.nc;
      await this.connectedSignal.wait();
    }
  }

  /** Races a call against loss of the connection, mapping every failure to a BusError. */
  private async guard<T>(call: Promise<T>, describe: string, map: (err: unknown) => BusError): Promise<T> {
    let fail!: (err: BusError) => void;
    const lost = new Promise<never>((_, reject) => {
      fail = reject;
    });
    this.pendingCalls.add(fail);
    try {
      return await Promise.race([call, lost]);
    } catch (err) {
      this.stats.errors++;
      if (err instanceof BusError) throw err;
      const mapped = map(err);
      this.logger.debug({ err, call: describe }, "bus call failed");
      throw mapped;
    } finally {
      this.pendingCalls.delete(fail);
      call.catch(() => undefined);
    }
  }

  private connectionError(err: unknown): BusError | null {
    if (err instanceof natsErrors.ClosedConnectionError || err instanceof natsErrors.DrainingConnectionError) {
      return this.closing ? new BusClosedError() : new BusUnavailableError("NATS connection closed", { cause: err });
    }
    if (err instanceof natsErrors.TimeoutError && this.current !== "connected") {
      return new BusUnavailableError("NATS connection lost during the call", { cause: err });
    }
    return null;
  }

  private mapJetStreamError(err: unknown, what: string): BusError {
    const conn = this.connectionError(err);
    if (conn) return conn;
    if (err instanceof natsErrors.TimeoutError) return this.jetStreamTimeout(what, err);
    if (isNoResponders(err) || (err instanceof Error && isNoResponders(err.cause))) return this.jetStreamNotAnswering(what, err);
    if (err instanceof JetStreamApiError) return new BusError("jetstream", `${what}: ${err.message} (${err.code})`, { cause: err });
    return new BusError("jetstream", `${what}: ${describeError(err)}`, { cause: err });
  }

  private jetStreamTimeout(what: string, cause: unknown): BusTimeoutError {
    return new BusTimeoutError(`${what}: no JetStream answer within ${this.jsTimeout} ms`, { cause });
  }

  private jetStreamNotAnswering(what: string, cause: unknown): BusUnavailableError {
    return new BusUnavailableError(`${what}: JetStream not answering (no stream for the subject, or JetStream down)`, { cause });
  }

  private manager(): Promise<JetStreamManager> {
    const nc = this.live();
    this.jsm ??= jetstreamManager(nc, { timeout: this.jsTimeout });
    const p = this.jsm;
    p.catch(() => {
      if (this.jsm === p) this.jsm = null;
    });
    return this.guard(p, "jetstream manager", (err) => this.mapJetStreamError(err, "JetStream"));
  }

  // ---- core NATS

  async request(subject: string, data: Uint8Array, opts: RequestOptions): Promise<BusReply> {
    checkRequest(subject, data, opts);
    const nc = this.live();
    const msg = await this.guard(this.mux.request(nc, subject, data, toNatsHeaders(opts.headers), opts.timeoutMs), `request ${subject}`, (err) => this.requestError(err, subject, opts.timeoutMs));
    const reply: BusReply = { data: copyBytes(msg.data), headers: fromNatsHeaders(msg.headers) };
    throwIfErrorReply(reply, subject);
    return reply;
  }

  async requestStream(subject: string, data: Uint8Array, opts: StreamRequestOptions): Promise<void> {
    checkStreamRequest(subject, data, opts);
    const nc = this.live();
    // What onReply threw is the caller's own error: passed on as it is, not as a bus failure.
    let thrown: { err: unknown } | null = null;
    const take = (m: Msg): boolean => {
      const reply: BusReply = { data: copyBytes(m.data), headers: fromNatsHeaders(m.headers) };
      throwIfErrorReply(reply, subject);
      const last = takeLast(reply);
      try {
        opts.onReply(reply, last);
      } catch (err) {
        thrown = { err };
        throw err;
      }
      return last;
    };
    try {
      await this.guard(this.mux.requestStream(nc, subject, data, toNatsHeaders(opts.headers), opts.timeoutMs, take), `request ${subject}`, (err) => this.requestError(err, subject, opts.timeoutMs));
    } catch (err) {
      if (thrown) throw (thrown as { err: unknown }).err;
      throw err;
    }
  }

  private requestError(err: unknown, subject: string, timeoutMs: number): BusError {
    const conn = this.connectionError(err);
    if (conn) return conn;
    if (err instanceof natsErrors.TimeoutError) return new BusTimeoutError(`no reply on ${subject} within ${timeoutMs} ms`, { cause: err });
    if (isNoResponders(err)) return new NoRespondersError(subject, { cause: err });
    return new BusUnavailableError(`request on ${subject} failed: ${describeError(err)}`, { cause: err });
  }

  serve(subject: string, queue: string, handler: ServeHandler): Promise<BusSubscription> {
    // A plain handler does not get the stream's reply function.
    return this.serveAnswering(subject, queue, (msg) => handler(msg));
  }

  serveStream(subject: string, queue: string, handler: StreamServeHandler): Promise<BusSubscription> {
    return this.serveAnswering(subject, queue, handler);
  }

  private async serveAnswering(subject: string, queue: string, handler: AnswerHandler): Promise<BusSubscription> {
    checkSubject(subject, { wildcards: true });
    checkQueue(queue);
    return this.addSubscription(subject, queue, (m) => this.answer(m, handler));
  }

  /** Runs a serve handler; replies before the last (streams) and the last go out in order. */
  private async answer(m: Msg, handler: AnswerHandler): Promise<void> {
    const msg: BusMessage = { subject: m.subject, data: copyBytes(m.data), headers: fromNatsHeaders(m.headers) };
    let done = false;
    const send = (out: BusReply): void => {
      if (!m.reply) return;
      const headers = toNatsHeaders(out.headers);
      this.writes.add(() => {
        try {
          m.respond(out.data, { headers });
        } catch (err) {
          this.logger.warn({ err, subject: msg.subject }, "reply could not be sent");
        }
      });
    };
    const more = (data: Uint8Array): void => {
      // After the last reply the stream is over; a late one would reach nobody.
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
    const nc = this.live();
    try {
      nc.publish(subject, data, { headers: toNatsHeaders(headers) });
    } catch (err) {
      throw this.connectionError(err) ?? new BusUnavailableError(`publish on ${subject} failed: ${describeError(err)}`, { cause: err });
    }
  }

  async subscribe(subject: string, handler: MessageHandler, opts: SubscribeOptions = {}): Promise<BusSubscription> {
    checkSubject(subject, { wildcards: true });
    if (opts.queue !== undefined) checkQueue(opts.queue);
    return this.addSubscription(subject, opts.queue, async (m) => {
      try {
        await handler({ subject: m.subject, data: copyBytes(m.data), headers: fromNatsHeaders(m.headers) });
      } catch (err) {
        this.logger.warn({ err, subject: m.subject }, `message handler failed: ${describeError(err)}`);
      }
    });
  }

  private async addSubscription(subject: string, queue: string | undefined, run: (m: Msg) => Promise<void>): Promise<BusSubscription> {
    const nc = await this.connection();
    const sub = new NatsSubscription(subject, this.drainMs, () => this.current === "connected", (s) => this.subscriptions.delete(s));
    sub.sub = nc.subscribe(subject, {
      ...(queue !== undefined ? { queue } : {}),
      callback: (err, m) => {
        if (err) {
          this.logger.warn({ err, subject }, "subscription error");
          return;
        }
        void sub.inFlight.add(run(m));
      },
    });
    this.subscriptions.add(sub);
    // The server knows the subscription once the flush returns, so a request right after finds it.
    await nc.flush().catch((err: unknown) => this.logger.debug({ err }, "flush after subscribe failed"));
    return sub;
  }

  // ---- JetStream

  async ensureStream(opts: StreamOptions): Promise<void> {
    checkStreamOptions(opts);
    const jsm = await this.manager();
    const what = `stream ${opts.name}`;
    const editable = {
      subjects: [...opts.subjects],
      max_age: nanos(opts.maxAgeMs ?? 0),
      max_msgs: opts.maxMsgs ?? -1,
      max_bytes: opts.maxBytes ?? -1,
      num_replicas: opts.replicas ?? 1,
      duplicate_window: nanos(opts.duplicateWindowMs ?? 120_000),
      discard: DiscardPolicy.Old,
    };
    const config: Partial<StreamConfig> & { name: string } = {
      name: opts.name,
      retention: RetentionPolicy.Limits,
      storage: opts.storage === "memory" ? StorageType.Memory : StorageType.File,
      ...editable,
    };
    const map = (err: unknown): BusError => this.mapJetStreamError(err, what);
    try {
      // Adding an existing stream with the same configuration succeeds (idempotent).
      await this.guard(jsm.streams.add(config), `add ${what}`, map);
    } catch (err) {
      const api = err instanceof BusError ? err.cause : undefined;
      // 10058: the name is in use with a different configuration: bring it up to date.
      if (!(api instanceof JetStreamApiError) || api.code !== 10058) throw err;
      const info = await this.guard(jsm.streams.info(opts.name), `info ${what}`, map);
      if (info.config.storage !== config.storage) throw new BusError("jetstream", `${what}: storage cannot be changed`);
      await this.guard(jsm.streams.update(opts.name, editable), `update ${what}`, map);
    }
  }

  async deleteStream(name: string): Promise<boolean> {
    checkName("stream", name);
    const jsm = await this.manager();
    try {
      return await this.guard(jsm.streams.delete(name), `delete stream ${name}`, (err) => this.mapJetStreamError(err, `stream ${name}`));
    } catch (err) {
      const api = err instanceof BusError ? err.cause : undefined;
      if (api instanceof JetStreamApiError && api.code === JetStreamApiCodes.StreamNotFound) return false;
      throw err;
    }
  }

  async publishEvent(subject: string, data: Uint8Array, headers?: BusHeaders): Promise<void> {
    checkPublish(subject, data, headers);
    const nc = this.live();
    const what = `event on ${subject}`;
    // A JetStream publish is a request to the stream's subject. Sent through the request mux, not
    // js.publish(): nats.js's request() builds an Error with a stack trace for every reply.
    const stored = this.mux.request(nc, subject, data, toNatsHeaders(headers), this.jsTimeout).then(
      (ack) => checkPubAck(ack.data, what),
      (err: unknown) => {
        if (err instanceof NoRespondersError) throw this.jetStreamNotAnswering(what, err);
        if (err instanceof BusTimeoutError) throw this.jetStreamTimeout(what, err);
        throw err;
      },
    );
    await this.guard(stored, `publish event ${subject}`, (err) => this.mapJetStreamError(err, what));
  }

  async consume(opts: ConsumeOptions): Promise<BusConsumer> {
    checkConsumeOptions(opts);
    const jsm = await this.manager();
    const what = `consumer ${opts.stream}/${opts.durable}`;
    const map = (err: unknown): BusError => this.mapJetStreamError(err, what);
    const editable = {
      ack_wait: nanos(opts.ackWaitMs),
      max_ack_pending: opts.maxAckPending,
      max_deliver: opts.maxDeliver ?? -1,
      ...(opts.filterSubject !== undefined ? { filter_subject: opts.filterSubject } : {}),
    };
    let exists = true;
    try {
      await this.guard(jsm.consumers.info(opts.stream, opts.durable), `info ${what}`, map);
    } catch (err) {
      const api = err instanceof BusError ? err.cause : undefined;
      if (!(api instanceof JetStreamApiError) || api.code !== JetStreamApiCodes.ConsumerNotFound) throw err;
      exists = false;
    }
    if (exists) {
      // deliverPolicy only applies when the durable is created.
      await this.guard(jsm.consumers.update(opts.stream, opts.durable, editable), `update ${what}`, map);
    } else {
      const config: Partial<ConsumerConfig> = {
        durable_name: opts.durable,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: opts.deliverPolicy === "new" ? DeliverPolicy.New : DeliverPolicy.All,
        ...editable,
      };
      await this.guard(jsm.consumers.add(opts.stream, config), `add ${what}`, map);
    }
    const consumer = new NatsConsumer(this, opts, this.logger, this.opts.pullExpiresMs ?? 5000, (c) => this.consumers.delete(c));
    this.consumers.add(consumer);
    consumer.start();
    return consumer;
  }

  /** @internal */
  async _backlog(stream: string, durable: string): Promise<ConsumerBacklog> {
    const jsm = await this.manager();
    const what = `consumer ${stream}/${durable}`;
    const info = await this.guard(jsm.consumers.info(stream, durable), `info ${what}`, (err) => this.mapJetStreamError(err, what));
    return { undelivered: info.num_pending, unacked: info.num_ack_pending };
  }

  /** @internal */
  _jetstream(): JetStreamClient {
    this.live();
    return this.js!;
  }

  /** @internal acks need the connection; they fail fast like every other call. */
  async _ack(m: JsMsg, confirm: boolean): Promise<void> {
    if (!this.nc || this.current !== "connected") throw new BusUnavailableError("not connected to NATS");
    if (!confirm) {
      // With the turn's other writes (the NOTIFY batch the event caused): one socket write, not two.
      this.writes.add(() => {
        try {
          m.ack();
        } catch (err) {
          this.logger.debug({ err }, "ack not sent; the message is redelivered after ack wait");
        }
      });
      return;
    }
    await this.guard(m.ackAck({ timeout: this.jsTimeout }), "ack", (err) => this.mapJetStreamError(err, "ack"));
  }

  /** @internal resolves once connected (or when close() starts). */
  _waitConnected(): Promise<void> {
    return this.current === "connected" ? Promise.resolve() : this.connectedSignal.wait();
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.connectedSignal.fire();
    const consumers = [...this.consumers];
    await Promise.all(consumers.map((c) => c.stop()));
    // Running handlers finish: serve replies go out, event handlers may still ack.
    await Promise.all([...this.subscriptions].map((s) => s.unsubscribe()));
    await Promise.all(consumers.map((c) => c.inFlight.wait(this.drainMs)));
    // What a linger still holds goes out before the connection drains.
    this.writes.flush();
    const nc = this.nc;
    if (nc) {
      try {
        if (this.current === "connected") await nc.drain();
        else await nc.close();
      } catch (err) {
        this.logger.debug({ err }, "NATS drain failed");
        await nc.close().catch(() => undefined);
      }
    }
    this.setStatus("closed");
  }
}

class NatsSubscription implements BusSubscription {
  sub: Subscription | null = null;
  readonly inFlight = new InFlight();
  private done = false;

  constructor(
    readonly subject: string,
    private readonly drainMs: number,
    private readonly connected: () => boolean,
    private readonly onDone: (s: NatsSubscription) => void,
  ) {}

  async unsubscribe(): Promise<void> {
    if (this.done) return;
    this.done = true;
    const sub = this.sub;
    if (sub && !sub.isClosed()) {
      try {
        // A drain needs the server; while disconnected just stop delivering.
        if (this.connected()) await sub.drain();
        else sub.unsubscribe();
      } catch {
        sub.unsubscribe();
      }
    }
    await this.inFlight.wait(this.drainMs);
    this.onDone(this);
  }
}

/**
 * A pull loop on a durable consumer. It only asks the server for as many messages as it has free
 * handler slots, so nothing waits in a client buffer while its ack-wait runs, and a busy replica
 * leaves redeliveries to the others.
 */
class NatsConsumer implements BusConsumer {
  readonly stream: string;
  readonly durable: string;
  readonly inFlight = new InFlight();
  private running = true;
  private busy = 0;
  private readonly concurrency: number;
  private readonly slotFree = new Signal();
  private batch: ConsumerMessages | null = null;
  private consumer: Consumer | null = null;
  private loop: Promise<void> = Promise.resolve();
  private unlisten: () => void = () => undefined;
  private sleepTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly bus: NatsBus,
    private readonly opts: ConsumeOptions,
    private readonly logger: Logger,
    private readonly expiresMs: number,
    private readonly onStop: (c: NatsConsumer) => void,
  ) {
    this.stream = opts.stream;
    this.durable = opts.durable;
    this.concurrency = opts.concurrency ?? 1;
  }

  backlog(): Promise<ConsumerBacklog> {
    return this.bus._backlog(this.stream, this.durable);
  }

  start(): void {
    // A pull request does not survive a reconnect: end it and pull again once connected.
    this.unlisten = this.bus.onStatus((s) => {
      if (s !== "connected") void this.batch?.close();
      this.slotFree.fire();
    });
    this.loop = this.run();
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (this.busy >= this.concurrency) {
        await this.slotFree.wait();
        continue;
      }
      if (this.bus.status() !== "connected") {
        await Promise.race([this.bus._waitConnected(), this.slotFree.wait()]);
        continue;
      }
      try {
        this.consumer ??= await this.bus._jetstream().consumers.get(this.stream, this.durable);
        if (!this.running) return;
        this.batch = await this.consumer.fetch({ max_messages: this.concurrency - this.busy, expires: this.expiresMs });
        if (!this.running) await this.batch.close();
        for await (const m of this.batch) {
          if (!this.running) {
            // Stopped while the pull was open: hand it straight back for another replica.
            m.nak();
            continue;
          }
          this.dispatch(m);
        }
      } catch (err) {
        if (!this.running) return;
        // Look the consumer up again: it may have been deleted and recreated meanwhile.
        this.consumer = null;
        this.logger.warn({ err, stream: this.stream, durable: this.durable }, `pull failed, retrying: ${describeError(err)}`);
        await this.pause(RETRY_AFTER_ERROR_MS);
      } finally {
        this.batch = null;
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.sleepTimer = setTimeout(resolve, ms);
      void this.slotFree.wait().then(() => {
        if (!this.running) resolve();
      });
    });
  }

  private dispatch(m: JsMsg): void {
    this.busy++;
    const delivery: DeliveryState = { settled: false };
    const msg: EventMessage = {
      subject: m.subject,
      data: copyBytes(m.data),
      headers: fromNatsHeaders(m.headers),
      redelivered: m.redelivered,
      deliveryCount: m.info.deliveryCount,
      streamSequence: m.seq,
      ack: async () => {
        if (delivery.settled) return;
        delivery.settled = true;
        // When unconfirmed this rejects; the message is then redelivered and acked on that delivery.
        await this.bus._ack(m, this.opts.confirmAcks ?? true);
      },
      nak: (delayMs?: number) => {
        if (delivery.settled) return;
        delivery.settled = true;
        try {
          m.nak(delayMs);
        } catch (err) {
          this.logger.debug({ err }, "nak not sent; the message is redelivered after ack wait");
        }
      },
      working: () => {
        try {
          m.working();
        } catch (err) {
          this.logger.debug({ err }, "working() not sent");
        }
      },
    };
    const run = runEventHandler(this.opts.handler, msg, delivery, this.opts.errorNakDelayMs ?? DEFAULT_ERROR_NAK_MS, this.logger).finally(() => {
      this.busy--;
      this.slotFree.fire();
    });
    void this.inFlight.add(run);
  }

  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unlisten();
    if (this.sleepTimer) clearTimeout(this.sleepTimer);
    this.slotFree.fire();
    await this.batch?.close();
    await this.loop;
    this.onStop(this);
  }
}
