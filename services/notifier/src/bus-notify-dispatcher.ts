import { NoRespondersError, busNames, type Bus } from "@presence/bus";
import type { NotifyDispatcher, NotifyMessage, NotifyOutcome } from "@presence/core";
import { decodeNotifyResult, encodeNotifyRequest } from "@presence/proto";
import { SpanKind, withOutgoingSpan } from "@presence/telemetry";

/** The edge id inside a flow id (`<edgeId>/<connectionId>`, set by the edge that holds the flow). */
function edgeOf(connectionId: string | null): string | null {
  if (!connectionId) return null;
  const slash = connectionId.indexOf("/");
  return slash > 0 ? connectionId.slice(0, slash) : null;
}

/**
 * Hands a NOTIFY to an edge and waits for the transaction's outcome: the edge holding the
 * subscriber's connection for TCP flows, any edge for UDP. A bus failure throws (the dialog lock
 * then lapses and another attempt follows); only a vanished flow counts as a transport error.
 */
export class BusNotifyDispatcher implements NotifyDispatcher {
  private readonly names;

  constructor(
    private readonly bus: Bus,
    prefix: string,
    /** Longest NOTIFY transaction (Timer F = 64*T1) plus the bus round trip. */
    private readonly timeoutMs: number,
  ) {
    this.names = busNames(prefix);
  }

  async send(msg: NotifyMessage): Promise<NotifyOutcome> {
    const edge = edgeOf(msg.target.connectionId);
    const subject = edge ? this.names.edgeNotify(edge) : this.names.edgeAnyNotify;
    const data = encodeNotifyRequest(msg);
    try {
      const res = await this.request(subject, data);
      return decodeNotifyResult(res.data).outcome;
    } catch (err) {
      if (!(edge && err instanceof NoRespondersError)) throw err;
      // RFC 5626 4.4: the edge holding a connection is gone, so is the flow; a UDP subscriber can
      // still be reached from any edge.
      if (msg.target.transport !== "UDP") return { kind: "transport-error", message: `edge ${edge} holding the flow is gone` };
      const res = await this.request(this.names.edgeAnyNotify, data);
      return decodeNotifyResult(res.data).outcome;
    }
  }

  /** The edge's NOTIFY transaction continues this span's trace (headers carry the context). */
  private request(subject: string, data: Uint8Array) {
    return withOutgoingSpan("bus.request edge.notify", subject, (headers) => this.bus.request(subject, data, { timeoutMs: this.timeoutMs, headers }), SpanKind.CLIENT);
  }
}
