// The JetStream subset the presence services use, in memory: a limits-retention stream and
// durable pull consumers with explicit acks, ack-wait redelivery, nak with delay and max-ack-pending.
import { MSG_ID, type BusHeaders } from "./headers.js";
import { subjectMatches } from "./subjects.js";
import type { StreamOptions } from "./types.js";

export interface StoredMessage {
  seq: number;
  subject: string;
  data: Uint8Array;
  headers: BusHeaders;
  /** Epoch ms when stored. */
  time: number;
}

const DEFAULT_DUPLICATE_WINDOW_MS = 120_000;

/** Whether some concrete subject matches both patterns (NATS refuses overlapping streams). */
export function patternsOverlap(a: string, b: string): boolean {
  const x = a.split(".");
  const y = b.split(".");
  for (let i = 0; ; i++) {
    const p = x[i];
    const q = y[i];
    if (p === undefined && q === undefined) return true;
    if (p === ">" ) return q !== undefined;
    if (q === ">") return p !== undefined;
    if (p === undefined || q === undefined) return false;
    if (p !== "*" && q !== "*" && p !== q) return false;
  }
}

export class MemoryStream {
  private readonly msgs = new Map<number, StoredMessage>();
  private lastSeq = 0;
  private bytes = 0;
  private readonly msgIds = new Map<string, number>();
  readonly durables = new Map<string, MemoryDurable>();

  constructor(
    public config: StreamOptions,
    private readonly now: () => number,
  ) {}

  get last(): number {
    return this.lastSeq;
  }

  captures(subject: string): boolean {
    return this.config.subjects.some((p) => subjectMatches(p, subject));
  }

  /** Stores a message; false when its Nats-Msg-Id was seen within the duplicate window. */
  append(subject: string, data: Uint8Array, headers: BusHeaders): boolean {
    const now = this.now();
    this.prune(now);
    const id = headers[MSG_ID];
    if (id !== undefined) {
      const seen = this.msgIds.get(id);
      if (seen !== undefined && now - seen < (this.config.duplicateWindowMs ?? DEFAULT_DUPLICATE_WINDOW_MS)) return false;
      this.msgIds.set(id, now);
    }
    const seq = ++this.lastSeq;
    this.msgs.set(seq, { seq, subject, data, headers, time: now });
    this.bytes += data.byteLength;
    this.prune(now);
    for (const d of this.durables.values()) d.pump();
    return true;
  }

  get(seq: number): StoredMessage | undefined {
    this.prune(this.now());
    return this.msgs.get(seq);
  }

  /** Discards what the limits no longer allow, oldest first (DiscardOld). */
  private prune(now: number): void {
    const { maxAgeMs, maxMsgs, maxBytes } = this.config;
    for (const [seq, m] of this.msgs) {
      const tooOld = maxAgeMs !== undefined && now - m.time >= maxAgeMs;
      const tooMany = maxMsgs !== undefined && this.msgs.size > maxMsgs;
      const tooBig = maxBytes !== undefined && this.bytes > maxBytes;
      if (!tooOld && !tooMany && !tooBig) break;
      this.msgs.delete(seq);
      this.bytes -= m.data.byteLength;
    }
    const window = this.config.duplicateWindowMs ?? DEFAULT_DUPLICATE_WINDOW_MS;
    for (const [id, t] of this.msgIds) {
      if (now - t < window) break;
      this.msgIds.delete(id);
    }
  }

  destroy(): void {
    for (const d of this.durables.values()) d.destroy();
    this.durables.clear();
    this.msgs.clear();
  }
}

export interface DurableConfig {
  filterSubject: string | null;
  ackWaitMs: number;
  maxAckPending: number;
  /** 0 = unlimited. */
  maxDeliver: number;
}

/** One delivery of a stored message to a puller. */
export interface Delivery {
  message: StoredMessage;
  count: number;
  /** Identifies this delivery; nak/working from an older delivery of the same message are ignored. */
  token: number;
}

/** A consume() loop attached to a durable. */
export interface Puller {
  /** Handlers it can still start now. */
  readonly free: number;
  /** Must take the delivery synchronously (reduce `free`) and run the handler later. */
  deliver(d: Delivery): void;
}

interface Pending {
  count: number;
  token: number;
  holder: Puller;
  /** "delivered": a handler has it; "waiting": queued for redelivery or in a nak delay. */
  state: "delivered" | "waiting";
  timer: NodeJS.Timeout | null;
}

export class MemoryDurable {
  private nextSeq: number;
  private readonly pending = new Map<number, Pending>();
  /** Sequences ready for redelivery, ascending. */
  private ready: number[] = [];
  private pullers: Puller[] = [];
  private rr = 0;
  private tokens = 0;
  private pumping = false;
  private again = false;
  private destroyed = false;

  constructor(
    private readonly stream: MemoryStream,
    public config: DurableConfig,
    deliverNew: boolean,
    private readonly available: () => boolean,
  ) {
    this.nextSeq = deliverNew ? stream.last + 1 : 1;
  }

  attach(p: Puller): void {
    this.pullers.push(p);
    this.pump();
  }

  detach(p: Puller): void {
    this.pullers = this.pullers.filter((x) => x !== p);
  }

  /** Messages matching the filter not yet delivered (JetStream's num_pending). */
  get undelivered(): number {
    const filter = this.config.filterSubject;
    let n = 0;
    for (let seq = this.nextSeq; seq <= this.stream.last; seq++) {
      const message = this.stream.get(seq);
      if (message && (filter === null || subjectMatches(filter, message.subject))) n++;
    }
    return n;
  }

  /** Number of delivered messages not yet acked (what max-ack-pending limits). */
  get ackPending(): number {
    return this.pending.size;
  }

  pump(): void {
    if (this.pumping) {
      this.again = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.again = false;
        this.pumpOnce();
      } while (this.again);
    } finally {
      this.pumping = false;
    }
  }

  private pumpOnce(): void {
    while (!this.destroyed && this.available()) {
      const next = this.peek();
      if (next === null) return;
      const puller = this.choose(this.pending.get(next.seq)?.holder ?? null);
      if (puller === null) return;
      if (next.fromReady) this.ready.shift();
      else this.nextSeq = next.seq + 1;
      this.deliver(next.seq, next.message, puller);
    }
  }

  private peek(): { seq: number; message: StoredMessage; fromReady: boolean } | null {
    while (this.ready.length > 0) {
      const seq = this.ready[0]!;
      const message = this.stream.get(seq);
      if (message) return { seq, message, fromReady: true };
      // Discarded by the stream's limits meanwhile: nothing left to redeliver.
      this.ready.shift();
      this.forget(seq);
    }
    if (this.pending.size >= this.config.maxAckPending) return null;
    const filter = this.config.filterSubject;
    while (this.nextSeq <= this.stream.last) {
      const message = this.stream.get(this.nextSeq);
      if (message && (filter === null || subjectMatches(filter, message.subject))) return { seq: this.nextSeq, message, fromReady: false };
      this.nextSeq++;
    }
    return null;
  }

  /** Round robin over pullers with room, preferring one other than the previous holder. */
  private choose(avoid: Puller | null): Puller | null {
    const n = this.pullers.length;
    let fallback: Puller | null = null;
    for (let i = 0; i < n; i++) {
      const p = this.pullers[(this.rr + i) % n]!;
      if (p.free <= 0) continue;
      if (p === avoid) {
        fallback ??= p;
        continue;
      }
      this.rr = (this.rr + i + 1) % n;
      return p;
    }
    return fallback;
  }

  private deliver(seq: number, message: StoredMessage, puller: Puller): void {
    const prev = this.pending.get(seq);
    if (prev?.timer) clearTimeout(prev.timer);
    const entry: Pending = { count: (prev?.count ?? 0) + 1, token: ++this.tokens, holder: puller, state: "delivered", timer: null };
    this.pending.set(seq, entry);
    this.arm(seq, entry);
    puller.deliver({ message, count: entry.count, token: entry.token });
  }

  private arm(seq: number, entry: Pending): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => this.requeue(seq, entry.token), this.config.ackWaitMs);
    entry.timer.unref();
  }

  /** Ack wait expired or a nak delay ran out: redeliver, unless max deliveries are used up. */
  private requeue(seq: number, token: number): void {
    const entry = this.pending.get(seq);
    if (!entry || entry.token !== token) return;
    entry.timer = null;
    if (this.config.maxDeliver > 0 && entry.count >= this.config.maxDeliver) {
      this.pending.delete(seq);
    } else {
      entry.state = "waiting";
      this.ready.push(seq);
      this.ready.sort((a, b) => a - b);
    }
    this.pump();
  }

  ack(seq: number): void {
    if (!this.forget(seq)) return;
    this.ready = this.ready.filter((s) => s !== seq);
    this.pump();
  }

  nak(seq: number, token: number, delayMs: number): void {
    const entry = this.pending.get(seq);
    if (!entry || entry.token !== token || entry.state !== "delivered") return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.state = "waiting";
    if (delayMs > 0) {
      entry.timer = setTimeout(() => {
        entry.state = "delivered";
        this.requeue(seq, token);
      }, delayMs);
      entry.timer.unref();
    } else {
      entry.state = "delivered";
      this.requeue(seq, token);
    }
  }

  working(seq: number, token: number): void {
    const entry = this.pending.get(seq);
    if (entry && entry.token === token && entry.state === "delivered") this.arm(seq, entry);
  }

  private forget(seq: number): boolean {
    const entry = this.pending.get(seq);
    if (!entry) return false;
    if (entry.timer) clearTimeout(entry.timer);
    this.pending.delete(seq);
    return true;
  }

  destroy(): void {
    this.destroyed = true;
    for (const e of this.pending.values()) if (e.timer) clearTimeout(e.timer);
    this.pending.clear();
    this.ready = [];
    this.pullers = [];
  }
}
