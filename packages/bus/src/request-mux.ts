// Request/reply over one wildcard inbox subscription per connection, for core requests and
// JetStream publishes alike. nats.js's own request() builds error objects with stack traces for every
// request, even a successful one (RequestOne.cancel): once the largest single cost of a notifier.
import { createInbox, type Msg, type MsgHdrs, type NatsConnection, type Subscription } from "@nats-io/transport-node";
import { BusTimeoutError, NoRespondersError } from "./errors.js";
import { WriteBatch } from "./write-batch.js";

interface Pending {
  subject: string;
  /** Takes a reply; true when it was the last one (the request is done). A throw fails the request. */
  take(m: Msg): boolean;
  reject(err: unknown): void;
  timer: NodeJS.Timeout;
}

export class RequestMux {
  private nc: NatsConnection | null = null;
  private sub: Subscription | null = null;
  private prefix = "";
  private seq = 0;
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly batch: WriteBatch) {}

  /** Sends `data` to `subject` with a reply inbox; resolves with the reply, rejects with a BusError. */
  request(nc: NatsConnection, subject: string, data: Uint8Array, headers: MsgHdrs | undefined, timeoutMs: number): Promise<Msg> {
    return new Promise<Msg>((resolve, reject) => {
      this.send(nc, subject, data, headers, timeoutMs, reject, (m) => {
        resolve(m);
        return true;
      });
    });
  }

  /**
   * The same with several replies to one inbox: `take` gets each in order and says which was the
   * last; `timeoutMs` bounds the whole stream. Resolves after the last reply.
   */
  requestStream(nc: NatsConnection, subject: string, data: Uint8Array, headers: MsgHdrs | undefined, timeoutMs: number, take: (m: Msg) => boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.send(nc, subject, data, headers, timeoutMs, reject, (m) => {
        const last = take(m);
        if (last) resolve();
        return last;
      });
    });
  }

  private send(nc: NatsConnection, subject: string, data: Uint8Array, headers: MsgHdrs | undefined, timeoutMs: number, reject: (err: unknown) => void, take: (m: Msg) => boolean): void {
    if (this.nc !== nc) this.attach(nc);
    const token = (++this.seq).toString(36);
    const timer = setTimeout(() => {
      this.pending.delete(token);
      reject(new BusTimeoutError(`no reply on ${subject} within ${timeoutMs} ms`));
    }, timeoutMs);
    this.pending.set(token, { subject, take, reject, timer });
    const reply = `${this.prefix}.${token}`;
    this.batch.hold(() => {
      // Failed meanwhile (connection lost: clear()) or timed out: nothing to send.
      if (!this.pending.has(token) || this.nc !== nc) return;
      try {
        nc.publish(subject, data, { reply, ...(headers ? { headers } : {}) });
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(token);
        reject(err);
      }
    });
  }

  /** Forgets every waiting request (the caller has failed them: the connection is gone). */
  clear(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
  }

  /** Requests still waiting for their reply. */
  get size(): number {
    return this.pending.size;
  }

  private attach(nc: NatsConnection): void {
    this.sub?.unsubscribe();
    this.nc = nc;
    this.prefix = createInbox();
    // The server reads SUB before the PUBs that follow on the same connection: no flush needed.
    this.sub = nc.subscribe(`${this.prefix}.*`, { callback: (err, m) => (err ? undefined : this.receive(m)) });
  }

  private receive(m: Msg): void {
    const token = m.subject.slice(this.prefix.length + 1);
    const p = this.pending.get(token);
    if (!p) return; // late reply after a timeout
    // The server answers a request nobody subscribes to with a 503 status message.
    if (m.headers?.hasError && m.headers.code === 503 && m.data.length === 0) {
      this.settle(token, p);
      p.reject(new NoRespondersError(p.subject));
      return;
    }
    let last: boolean;
    try {
      last = p.take(m);
    } catch (err) {
      this.settle(token, p);
      p.reject(err);
      return;
    }
    if (last) this.settle(token, p);
  }

  private settle(token: string, p: Pending): void {
    this.pending.delete(token);
    clearTimeout(p.timer);
  }
}
