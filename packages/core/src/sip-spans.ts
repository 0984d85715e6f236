import type { ServerTransaction, SipRequest, SipResponse } from "@presence/sip";
import { markError, ROOT_CONTEXT, SpanKind, SpanStatusCode, withSpan, type Attributes, type Span } from "@presence/telemetry";
import type { NotifyOutcome } from "./notifier.js";

/** Attributes every SIP transaction span carries. */
export function sipSpanAttributes(method: string, callId: string | undefined, peer: { transport: string; address: string; port: number }): Attributes {
  return {
    "sip.method": method,
    ...(callId !== undefined ? { "sip.call_id": callId } : {}),
    "network.transport": peer.transport.toLowerCase(),
    "network.peer.address": peer.address,
    "network.peer.port": peer.port,
  };
}

function callIdOf(req: SipRequest): string | undefined {
  try {
    return req.callId;
  } catch {
    return undefined;
  }
}

/** The transaction as the handler sees it: answering records the final status on the span. */
function recordingTransaction(tx: ServerTransaction, span: Span): ServerTransaction {
  let final = false;
  return {
    get request() {
      return tx.request;
    },
    source: tx.source,
    get state() {
      return tx.state;
    },
    respond(res: SipResponse) {
      tx.respond(res);
      // RFC 3261 17.2.2: only the first final response counts; the stack drops later ones.
      if (res.status >= 200 && !final) {
        final = true;
        span.setAttribute("sip.status_code", res.status);
        if (res.status >= 500) span.setStatus({ code: SpanStatusCode.ERROR, message: `${res.status} ${res.reason}` });
      }
    },
  };
}

/**
 * Runs a request handler inside a `sip.server <METHOD>` span: a SIP request starts a new trace,
 * and the span ends when the handler settles, carrying the final status it answered.
 */
export function traceServerTransaction(req: SipRequest, tx: ServerTransaction, handle: (tx: ServerTransaction) => Promise<void>): Promise<void> {
  return withSpan(`sip.server ${req.method}`, () => sipSpanAttributes(req.method, callIdOf(req), tx.source), (span) => handle(recordingTransaction(tx, span)), {
    kind: SpanKind.SERVER,
    parent: ROOT_CONTEXT,
  });
}

/** Records how a NOTIFY client transaction ended on its span; anything but a 2xx is an error. */
export function recordNotifyOutcome(span: Span, outcome: NotifyOutcome): void {
  span.setAttribute("sip.outcome", outcome.kind);
  if (outcome.kind === "response") {
    span.setAttribute("sip.status_code", outcome.status);
    if (outcome.status >= 300) span.setStatus({ code: SpanStatusCode.ERROR, message: `${outcome.status} ${outcome.reason}` });
  } else if (outcome.kind === "timeout") {
    // RFC 3261 17.1.2.2: Timer F fired.
    span.setStatus({ code: SpanStatusCode.ERROR, message: "timeout" });
  } else {
    markError(span, outcome.message);
  }
}
