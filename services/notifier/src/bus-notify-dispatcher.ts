import { BusRemoteError, NoRespondersError, busNames, type Bus, type BusHeaders } from "@presence/bus";
import type { NotifyDispatcher, NotifyMessage, NotifyOutcome } from "@presence/core";
import { decodeNotifyResult, decodeNotifyResultBatch, encodeNotifyBatch, encodeNotifyBatchEntry, encodeNotifyRequest } from "@presence/proto";
import { SpanKind, withOutgoingSpan } from "@presence/telemetry";
import { DEFAULT_BATCH_LIMITS, NotifyBatchQueue, type BatchLimits } from "./notify-batch-queue.js";

/** The edge id inside a flow id (`<edgeId>/<connectionId>`, set by the edge that holds the flow). */
function edgeOf(connectionId: string | null): string | null {
  if (!connectionId) return null;
  const slash = connectionId.indexOf("/");
  return slash > 0 ? connectionId.slice(0, slash) : null;
}

interface Pending {
  msg: NotifyMessage;
  /** The entry's trace context, also for a fallback request of its own. */
  headers: BusHeaders;
  bytes: Uint8Array;
  settled: boolean;
  resolve(o: NotifyOutcome): void;
  reject(err: unknown): void;
}

/** What the dispatcher reports for metrics; cheap and synchronous. */
export interface NotifyBatchObserver {
  /** A NotifyBatch of `entries` NOTIFYs went to an edge. */
  batchSent(entries: number): void;
  /** `entries` NOTIFYs went one by one because no edge served the batch subject. */
  sentSingly(entries: number): void;
}

export interface BusNotifyDispatcherOptions {
  /** Longest NOTIFY transaction (Timer F = 64*T1) plus the bus round trip. */
  timeoutMs: number;
  /** Per batch; default 64 NOTIFYs, 256 KB. */
  limits?: BatchLimits;
  observer?: NotifyBatchObserver;
}

/**
 * Hands NOTIFYs to edges and waits for each transaction's outcome: the edge holding the
 * subscriber's connection for TCP flows, any edge for UDP. The NOTIFYs ready in one turn go to
 * each edge in one NotifyBatch; the edge streams the results back as the transactions end, so a
 * watcher that does not answer delays only its own outcome. A bus failure rejects (the dialog lock
 * then lapses and another attempt follows); only a vanished flow counts as a transport error.
 */
export class BusNotifyDispatcher implements NotifyDispatcher {
  private readonly names;
  private readonly timeoutMs: number;
  private readonly queue: NotifyBatchQueue<Pending>;
  private readonly observer: NotifyBatchObserver | null;

  constructor(
    private readonly bus: Bus,
    prefix: string,
    opts: BusNotifyDispatcherOptions,
  ) {
    this.names = busNames(prefix);
    this.timeoutMs = opts.timeoutMs;
    this.observer = opts.observer ?? null;
    // Queued by edge id ("" for any edge).
    this.queue = new NotifyBatchQueue((key, entries) => void this.sendBatch(key || null, entries), opts.limits ?? DEFAULT_BATCH_LIMITS);
  }

  send(msg: NotifyMessage): Promise<NotifyOutcome> {
    const edge = edgeOf(msg.target.connectionId);
    // A span per NOTIFY as before batching; the edge's transaction continues it (the entry's context).
    return withOutgoingSpan(
      "bus.request edge.notify",
      this.batchSubject(edge),
      (headers) =>
        new Promise<NotifyOutcome>((resolve, reject) => {
          const bytes = encodeNotifyBatchEntry(msg, headers);
          this.queue.add(edge ?? "", { msg, headers, bytes, settled: false, resolve, reject }, bytes.length);
        }),
      SpanKind.CLIENT,
    );
  }

  private batchSubject(edge: string | null): string {
    return edge ? this.names.edgeNotifyBatch(edge) : this.names.edgeAnyNotifyBatch;
  }

  private async sendBatch(edge: string | null, entries: Pending[]): Promise<void> {
    const subject = this.batchSubject(edge);
    const data = encodeNotifyBatch(entries.map((e) => e.bytes));
    this.observer?.batchSent(entries.length);
    try {
      await this.bus.requestStream(subject, data, {
        timeoutMs: this.timeoutMs,
        onReply: (reply) => {
          for (const r of decodeNotifyResultBatch(reply.data)) {
            const e = entries[r.index ?? 0];
            if (e && !e.settled) settle(e, () => e.resolve(r.outcome));
          }
        },
      });
    } catch (err) {
      // No edge serves batches (an edge holding a flow is gone, or edges of an older version):
      // each NOTIFY goes on its own, which tells these apart.
      if (err instanceof NoRespondersError) {
        this.observer?.sentSingly(entries.filter((e) => !e.settled).length);
        for (const e of entries) if (!e.settled) this.sendOne(e.msg, edge, e.headers).then((o) => settle(e, () => e.resolve(o)), (x: unknown) => settle(e, () => e.reject(x)));
        return;
      }
      for (const e of entries) if (!e.settled) settle(e, () => e.reject(err));
      return;
    }
    // The stream ended: a NOTIFY without a result failed on the edge (it logged why).
    for (const e of entries) {
      if (!e.settled) settle(e, () => e.reject(new BusRemoteError("NotifyNotHandled", `${subject}: no result for the NOTIFY of ${e.msg.subscriptionId} (CSeq ${e.msg.cseq})`, true)));
    }
  }

  /** One NOTIFY in a request of its own (NotifyRequest -> NotifyResult). */
  private async sendOne(msg: NotifyMessage, edge: string | null, headers: BusHeaders): Promise<NotifyOutcome> {
    const subject = edge ? this.names.edgeNotify(edge) : this.names.edgeAnyNotify;
    const data = encodeNotifyRequest(msg);
    try {
      const res = await this.bus.request(subject, data, { timeoutMs: this.timeoutMs, headers });
      return decodeNotifyResult(res.data).outcome;
    } catch (err) {
      if (!(edge && err instanceof NoRespondersError)) throw err;
      // RFC 5626 4.4: the edge holding a connection is gone, so is the flow; a UDP subscriber can
      // still be reached from any edge.
      if (msg.target.transport !== "UDP") return { kind: "transport-error", message: `edge ${edge} holding the flow is gone` };
      const res = await this.bus.request(this.names.edgeAnyNotify, data, { timeoutMs: this.timeoutMs, headers });
      return decodeNotifyResult(res.data).outcome;
    }
  }
}

function settle(e: Pending, done: () => void): void {
  e.settled = true;
  done();
}
