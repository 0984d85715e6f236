/**
 * Bytes <-> in-process values for every message on the bus. Decoders never let a protobufjs
 * exception escape: malformed input becomes ProtoError("malformed").
 */
import type {
  NotifyMessage,
  NotifyReplyEvent,
  PresentityChange,
  PublishRequest,
  PublishResult,
  SubscribeRequest,
  SubscribeResult,
  SubscriptionNotice,
} from "@presence/core";
import * as c from "./convert.js";
import { ProtoError } from "./errors.js";
import { writeNotifyRequest } from "./notify-request-writer.js";
import { presence } from "./gen/presence.js";
import protobuf from "protobufjs/minimal.js";

import pb = presence.v1;

const { Writer } = protobuf;

interface MessageType<P, M> {
  encode(message: P): { finish(): Uint8Array };
  decode(data: Uint8Array): M;
  readonly name: string;
}

function encodeWith<P, M>(type: MessageType<P, M>, props: P): Uint8Array {
  return type.encode(props).finish();
}

function decodeWith<P, M, T>(type: MessageType<P, M>, data: Uint8Array, convert: (m: M) => T): T {
  let m: M;
  try {
    m = type.decode(data);
  } catch (err) {
    throw new ProtoError("malformed", `not a presence.v1.${type.name}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  try {
    return convert(m);
  } catch (err) {
    if (err instanceof ProtoError) throw err;
    throw new ProtoError("malformed", `presence.v1.${type.name} could not be converted`, { cause: err });
  }
}

function withMeta<M extends { meta?: pb.EventMeta.$Properties | null }, T>(convert: (m: M) => T): (m: M) => c.WithMeta<T> {
  return (m) => ({ value: convert(m), meta: c.eventMetaFromProto(m.meta) });
}

// ---- request/reply

export function encodePublishRequest(r: PublishRequest): Uint8Array {
  return encodeWith(pb.PublishRequest, c.publishRequestToProto(r));
}
export function decodePublishRequest(data: Uint8Array): PublishRequest {
  return decodeWith(pb.PublishRequest, data, c.publishRequestFromProto);
}

export function encodePublishReply(r: PublishResult): Uint8Array {
  return encodeWith(pb.PublishReply, c.publishResultToProto(r));
}
export function decodePublishReply(data: Uint8Array): PublishResult {
  return decodeWith(pb.PublishReply, data, c.publishResultFromProto);
}

export function encodeSubscribeRequest(r: SubscribeRequest): Uint8Array {
  return encodeWith(pb.SubscribeRequest, c.subscribeRequestToProto(r));
}
export function decodeSubscribeRequest(data: Uint8Array): SubscribeRequest {
  return decodeWith(pb.SubscribeRequest, data, c.subscribeRequestFromProto);
}

export function encodeSubscribeReply(r: SubscribeResult): Uint8Array {
  return encodeWith(pb.SubscribeReply, c.subscribeResultToProto(r));
}
export function decodeSubscribeReply(data: Uint8Array): SubscribeResult {
  return decodeWith(pb.SubscribeReply, data, c.subscribeResultFromProto);
}

export function encodeNotifyRequest(n: NotifyMessage): Uint8Array {
  return writeNotifyRequest(n, {});
}
export function decodeNotifyRequest(data: Uint8Array): NotifyMessage {
  return decodeWith(pb.NotifyRequest, data, c.notifyMessageFromProto);
}

export function encodeNotifyResult(r: c.NotifyResult): Uint8Array {
  return encodeWith(pb.NotifyResult, c.notifyResultToProto(r));
}
export function decodeNotifyResult(data: Uint8Array): c.NotifyResult {
  return decodeWith(pb.NotifyResult, data, c.notifyResultFromProto);
}

/**
 * One NOTIFY as an entry of a NotifyBatch (a NotifyRequest with its trace context). Encoded on its
 * own so a batcher knows each entry's size before it decides what goes into one message.
 */
export function encodeNotifyBatchEntry(n: NotifyMessage, traceContext: Record<string, string>): Uint8Array {
  return writeNotifyRequest(n, traceContext);
}

/** A NotifyBatch of entries from encodeNotifyBatchEntry: field 1 (length-delimited) per entry. */
export function encodeNotifyBatch(entries: readonly Uint8Array[]): Uint8Array {
  const w = Writer.create();
  // Tag of NotifyBatch.notifies: field 1, wire type 2; an embedded message is framed like bytes.
  for (const e of entries) w.uint32((1 << 3) | 2).bytes(e);
  return w.finish();
}
export function decodeNotifyBatch(data: Uint8Array): c.BatchedNotify[] {
  return decodeWith(pb.NotifyBatch, data, (m) => (m.notifies ?? []).map(c.batchedNotifyFromProto));
}

export function encodeNotifyResultBatch(results: readonly c.NotifyResult[]): Uint8Array {
  return encodeWith(pb.NotifyResultBatch, { results: results.map(c.notifyResultToProto) });
}
export function decodeNotifyResultBatch(data: Uint8Array): c.NotifyResult[] {
  return decodeWith(pb.NotifyResultBatch, data, (m) => (m.results ?? []).map(c.notifyResultFromProto));
}

// ---- change events (JetStream)

export function encodePresentityChanged(change: PresentityChange, meta?: c.EventMeta): Uint8Array {
  return encodeWith(pb.PresentityChanged, c.presentityChangeToProto(change, meta));
}
export function decodePresentityChanged(data: Uint8Array): c.WithMeta<PresentityChange> {
  return decodeWith(pb.PresentityChanged, data, withMeta(c.presentityChangeFromProto));
}

export function encodeSubscriptionChanged(notice: SubscriptionNotice, meta?: c.EventMeta): Uint8Array {
  return encodeWith(pb.SubscriptionChanged, c.subscriptionNoticeToProto(notice, meta));
}
export function decodeSubscriptionChanged(data: Uint8Array): c.WithMeta<SubscriptionNotice> {
  return decodeWith(pb.SubscriptionChanged, data, withMeta(c.subscriptionNoticeFromProto));
}

export function encodeNotifyReplyEvent(e: NotifyReplyEvent, meta?: c.EventMeta): Uint8Array {
  return encodeWith(pb.NotifyReplyEvent, c.notifyReplyEventToProto(e, meta));
}
export function decodeNotifyReplyEvent(data: Uint8Array): c.WithMeta<NotifyReplyEvent> {
  return decodeWith(pb.NotifyReplyEvent, data, withMeta(c.notifyReplyEventFromProto));
}

export function encodePublicationEvent(e: c.PublicationEvent, meta?: c.EventMeta): Uint8Array {
  return encodeWith(pb.PublicationEvent, c.publicationEventToProto(e, meta));
}
export function decodePublicationEvent(data: Uint8Array): c.WithMeta<c.PublicationEvent> {
  return decodeWith(pb.PublicationEvent, data, withMeta(c.publicationEventFromProto));
}
