import { SpanKind, type Attributes } from "@opentelemetry/api";
import { extractContext, injectHeaders, type CarrierHeaders } from "./propagation.js";
import { withSpan } from "./tracing.js";

/** Span attributes of a message bus hop. */
export function busSpanAttributes(subject: string): Attributes {
  return { "messaging.system": "nats", "messaging.destination.name": subject };
}

/**
 * The sending side of a bus hop (request: CLIENT, event: PRODUCER): runs `send` inside a new span
 * and hands it the headers that carry that span's context to the receiver.
 */
export function withOutgoingSpan<T>(
  name: string,
  subject: string,
  send: (headers: CarrierHeaders) => Promise<T>,
  kind: SpanKind = SpanKind.CLIENT,
): Promise<T> {
  return withSpan(name, () => busSpanAttributes(subject), () => send(injectHeaders()), { kind });
}

/**
 * The receiving side of a bus hop (serve: SERVER, consume: CONSUMER): runs `handle` inside a span
 * whose parent is the sender's span from the message headers. Work started inside, also work that
 * outlives the handler, stays in that trace.
 */
export function withIncomingSpan<T>(
  name: string,
  msg: { subject: string; headers?: Readonly<CarrierHeaders> },
  handle: () => Promise<T>,
  kind: SpanKind = SpanKind.SERVER,
): Promise<T> {
  return withSpan(name, () => busSpanAttributes(msg.subject), handle, { kind, parent: extractContext(msg.headers) });
}
