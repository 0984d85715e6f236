import { randomUUID } from "node:crypto";
import { MSG_ID, type Bus, type BusHeaders } from "@presence/bus";
import { SpanKind, withOutgoingSpan } from "@presence/telemetry";

/** Metadata every change event travels with (presence.v1.EventMeta). */
export interface ChangeEventMeta {
  eventId: string;
  occurredAtMs: number;
  producer: string;
}

export interface ChangeEventOptions {
  bus: Bus;
  subject: string;
  /** Name of the producer span ("bus.publish events.presentity"). */
  spanName: string;
  /** Service and replica emitting the event. */
  producer: string;
  /** Headers of the request that caused the change (its trace continues). */
  headers: BusHeaders;
  encode(meta: ChangeEventMeta): Uint8Array;
}

/**
 * Stores one change event on the stream and waits for JetStream's ack, under the causing request's
 * trace. The event id is also the Nats-Msg-Id, so a re-published duplicate is dropped.
 */
export async function emitChangeEvent(o: ChangeEventOptions): Promise<void> {
  const eventId = randomUUID();
  const event = o.encode({ eventId, occurredAtMs: Date.now(), producer: o.producer });
  await withOutgoingSpan(
    o.spanName,
    o.subject,
    (trace) => o.bus.publishEvent(o.subject, event, { ...o.headers, ...trace, [MSG_ID]: eventId }),
    SpanKind.PRODUCER,
  );
}
