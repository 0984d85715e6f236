/**
 * Converters between the in-process types (@presence/core, @presence/store) and the presence.v1
 * protobuf messages. `xToProto` validates numbers (protobufjs would silently truncate them) and
 * throws ProtoError("invalid-value"); `xFromProto` maps absent optional fields to null, copies
 * bytes out of the receive buffer and throws ProtoError("missing-field") when a field the TS type
 * requires is absent or an enum is unknown.
 */
import { u32 } from "./uint32.js";
import type {
  ChangeReason,
  EventRef,
  NotifyMessage,
  NotifyOutcome,
  NotifyReplyEvent,
  PeerInfo,
  PresentityChange,
  PublishRequest,
  PublishResult,
  SipReply,
  SubscribeRequest,
  SubscribeResult,
  SubscriptionNotice,
} from "@presence/core";
import type { Publication, Subscription, SubscriptionStatus } from "@presence/store";
import { ProtoError } from "./errors.js";
import { presence } from "./gen/presence.js";

import pb = presence.v1;

/** Metadata of a change event (presence.v1.EventMeta). */
export interface EventMeta {
  /** Unique id; also the Nats-Msg-Id header, so JetStream drops a re-published duplicate. */
  eventId: string;
  /** When the change happened, epoch milliseconds. */
  occurredAtMs: number;
  /** Service and replica that emitted the event. */
  producer: string;
}

/** A decoded change event: the in-process value and the metadata it travelled with. */
export interface WithMeta<T> {
  value: T;
  meta: EventMeta | null;
}

export type PublicationEventKind = "stored" | "removed" | "expired";

/** A publication lifecycle event for integrations (presence.v1.PublicationEvent). */
export interface PublicationEvent {
  kind: PublicationEventKind;
  publication: Publication;
}

/** The edge's report on one NOTIFY (presence.v1.NotifyResult). */
export interface NotifyResult {
  outcome: NotifyOutcome;
  subscriptionId: string;
  cseq: number;
  /** Edge that ran the client transaction. */
  edgeId: string;
  /** Position of the NOTIFY in its NotifyBatch (0 for a single NotifyRequest). */
  index?: number;
}

/** A NOTIFY of a NotifyBatch, with its own trace context (traceparent, tracestate). */
export interface BatchedNotify {
  notify: NotifyMessage;
  traceContext: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------
// scalar helpers

/** int64 fields decode as Long objects when the `long` package is present (it is a protobufjs dependency). */
type Int64 = number | { toNumber(): number };

function i64(field: string, v: number): number {
  if (!Number.isSafeInteger(v)) throw new ProtoError("invalid-value", `${field} must be a safe integer, got ${v}`);
  return v;
}

function num(field: string, v: Int64 | null | undefined): number {
  if (v === null || v === undefined) return 0;
  const n = typeof v === "number" ? v : v.toNumber();
  if (!Number.isSafeInteger(n)) throw new ProtoError("malformed", `${field} is outside the safe integer range`);
  return n;
}

function str(v: string | null | undefined): string {
  return v ?? "";
}

function optStr(v: string | null | undefined): string | null {
  return v ?? null;
}

function optNum(field: string, v: Int64 | null | undefined): number | null {
  return v === null || v === undefined ? null : num(field, v);
}

/** A copy: decoded bytes are views into the receive buffer, which the transport may reuse. */
function bytes(v: Uint8Array | null | undefined): Buffer {
  return v ? Buffer.from(v) : Buffer.alloc(0);
}

function optBytes(v: Uint8Array | null | undefined): Buffer | null {
  return v === null || v === undefined ? null : Buffer.from(v);
}

function required<T>(field: string, v: T | null | undefined): T {
  if (v === null || v === undefined) throw new ProtoError("missing-field", `${field} is missing`);
  return v;
}

/** proto3 `optional`: leave the field out for null so the receiver sees it as absent. */
function opt<K extends string, V>(key: K, v: V | null | undefined): { [P in K]?: V } {
  return (v === null || v === undefined ? {} : { [key]: v }) as { [P in K]?: V };
}

// ---------------------------------------------------------------------------------------------
// common

export function eventMetaToProto(m: EventMeta): pb.EventMeta.$Properties {
  return { eventId: m.eventId, occurredAtMs: i64("meta.occurredAtMs", m.occurredAtMs), producer: m.producer };
}

export function eventMetaFromProto(m: pb.EventMeta.$Properties | null | undefined): EventMeta | null {
  if (!m) return null;
  return { eventId: str(m.eventId), occurredAtMs: num("meta.occurredAtMs", m.occurredAtMs), producer: str(m.producer) };
}

export function sipReplyToProto(r: SipReply): pb.SipReply.$Properties {
  return {
    status: u32("reply.status", r.status),
    reason: r.reason,
    headers: r.headers.map(([name, value]) => ({ name, value })),
    ...opt("toTag", r.toTag),
  };
}

export function sipReplyFromProto(r: pb.SipReply.$Properties | null | undefined): SipReply {
  const m = required("reply", r);
  const out: SipReply = {
    status: num("reply.status", m.status),
    reason: str(m.reason),
    headers: (m.headers ?? []).map((h) => [str(h.name), str(h.value)] as [string, string]),
  };
  if (m.toTag !== null && m.toTag !== undefined) out.toTag = m.toTag;
  return out;
}

export function eventRefToProto(e: EventRef): pb.EventRef.$Properties {
  return {
    name: e.name,
    ...opt("id", e.id),
    params: Object.entries(e.params).map(([name, value]) => ({ name, ...opt("value", value) })),
  };
}

export function eventRefFromProto(e: pb.EventRef.$Properties): EventRef {
  const params: Record<string, string | null> = {};
  for (const p of e.params ?? []) params[str(p.name)] = optStr(p.value);
  return { name: str(e.name), id: optStr(e.id), params };
}

export function peerInfoToProto(p: PeerInfo): pb.PeerInfo.$Properties {
  return { transport: p.transport, address: p.address, port: u32("source.port", p.port), ...opt("connectionId", p.connectionId) };
}

export function peerInfoFromProto(p: pb.PeerInfo.$Properties | null | undefined): PeerInfo {
  const m = required("source", p);
  return {
    transport: str(m.transport),
    address: str(m.address),
    port: num("source.port", m.port),
    connectionId: optStr(m.connectionId),
  };
}

// ---------------------------------------------------------------------------------------------
// PUBLISH

export function publishRequestToProto(r: PublishRequest): pb.PublishRequest.$Properties {
  return {
    presentityUri: r.presentityUri,
    ...opt("event", r.event ? eventRefToProto(r.event) : null),
    ...opt("expires", r.expires === null ? null : u32("expires", r.expires)),
    ...opt("ifMatch", r.ifMatch),
    ...opt("contentType", r.contentType),
    body: r.body,
    ...opt("sender", r.sender),
    ...opt("priority", r.priority === null ? null : i64("priority", r.priority)),
    callId: r.callId,
    source: peerInfoToProto(r.source),
  };
}

export function publishRequestFromProto(m: pb.PublishRequest.$Properties): PublishRequest {
  return {
    presentityUri: str(m.presentityUri),
    event: m.event ? eventRefFromProto(m.event) : null,
    expires: optNum("expires", m.expires),
    ifMatch: optStr(m.ifMatch),
    contentType: optStr(m.contentType),
    body: bytes(m.body),
    sender: optStr(m.sender),
    priority: optNum("priority", m.priority),
    callId: str(m.callId),
    source: peerInfoFromProto(m.source),
  };
}

const CHANGE_REASONS: Record<ChangeReason, pb.ChangeReason> = {
  new: pb.ChangeReason.CHANGE_REASON_NEW,
  modified: pb.ChangeReason.CHANGE_REASON_MODIFIED,
  removed: pb.ChangeReason.CHANGE_REASON_REMOVED,
  expired: pb.ChangeReason.CHANGE_REASON_EXPIRED,
  refreshed: pb.ChangeReason.CHANGE_REASON_REFRESHED,
};

/** `withWatchers` false leaves out the dialogs read for the notifier (a PublishReply's change). */
export function presentityChangeToProto(c: PresentityChange, meta?: EventMeta, withWatchers = true): pb.PresentityChanged.$Properties {
  const reason = CHANGE_REASONS[c.reason];
  if (reason === undefined) throw new ProtoError("invalid-value", `unknown change reason ${String(c.reason)}`);
  return {
    presentity: c.presentity,
    presentityUri: c.presentityUri,
    event: c.event,
    reason,
    ...opt("excludeWatcher", c.excludeWatcher),
    ...opt("watchers", c.watchers && withWatchers ? { refs: c.watchers.map((r) => ({ slot: r.slot, id: r.id })) } : null),
    ...opt("meta", meta ? eventMetaToProto(meta) : null),
  };
}

export function presentityChangeFromProto(m: pb.PresentityChanged.$Properties): PresentityChange {
  return {
    presentity: str(m.presentity),
    presentityUri: str(m.presentityUri),
    event: str(m.event),
    reason: enumFrom("change.reason", CHANGE_REASONS, m.reason),
    excludeWatcher: optStr(m.excludeWatcher),
    ...(m.watchers ? { watchers: (m.watchers.refs ?? []).map((r) => ({ slot: str(r.slot), id: str(r.id) })) } : {}),
  };
}

export function publishResultToProto(r: PublishResult): pb.PublishReply.$Properties {
  // The watchers are the notifier's (the change event's), not the edge's.
  return { reply: sipReplyToProto(r.reply), ...opt("change", r.change ? presentityChangeToProto(r.change, undefined, false) : null) };
}

export function publishResultFromProto(m: pb.PublishReply.$Properties): PublishResult {
  return { reply: sipReplyFromProto(m.reply), change: m.change ? presentityChangeFromProto(m.change) : null };
}

// ---------------------------------------------------------------------------------------------
// SUBSCRIBE

export function subscribeRequestToProto(r: SubscribeRequest): pb.SubscribeRequest.$Properties {
  return {
    requestUri: r.requestUri,
    fromUri: r.fromUri,
    fromTag: r.fromTag,
    ...opt("fromDisplayName", r.fromDisplayName),
    toUri: r.toUri,
    ...opt("toTag", r.toTag),
    callId: r.callId,
    cseq: u32("cseq", r.cseq),
    ...opt("event", r.event ? eventRefToProto(r.event) : null),
    ...opt("expires", r.expires === null ? null : u32("expires", r.expires)),
    ...opt("accept", r.accept ? { values: [...r.accept] } : null),
    ...opt("contact", r.contact),
    recordRoute: [...r.recordRoute],
    ...opt("watcherUri", r.watcherUri),
    ...opt("userAgent", r.userAgent),
    source: peerInfoToProto(r.source),
  };
}

export function subscribeRequestFromProto(m: pb.SubscribeRequest.$Properties): SubscribeRequest {
  return {
    requestUri: str(m.requestUri),
    fromUri: str(m.fromUri),
    fromTag: str(m.fromTag),
    fromDisplayName: optStr(m.fromDisplayName),
    toUri: str(m.toUri),
    toTag: optStr(m.toTag),
    callId: str(m.callId),
    cseq: num("cseq", m.cseq),
    event: m.event ? eventRefFromProto(m.event) : null,
    expires: optNum("expires", m.expires),
    accept: m.accept ? [...(m.accept.values ?? [])] : null,
    contact: optStr(m.contact),
    recordRoute: [...(m.recordRoute ?? [])],
    watcherUri: optStr(m.watcherUri),
    userAgent: optStr(m.userAgent),
    source: peerInfoFromProto(m.source),
  };
}

const SUBSCRIPTION_STATUSES: Record<SubscriptionStatus, pb.SubscriptionStatus> = {
  active: pb.SubscriptionStatus.SUBSCRIPTION_STATUS_ACTIVE,
  pending: pb.SubscriptionStatus.SUBSCRIPTION_STATUS_PENDING,
  terminated: pb.SubscriptionStatus.SUBSCRIPTION_STATUS_TERMINATED,
};

export function subscriptionToProto(s: Subscription): pb.Subscription.$Properties {
  const status = SUBSCRIPTION_STATUSES[s.status];
  if (status === undefined) throw new ProtoError("invalid-value", `unknown subscription status ${String(s.status)}`);
  return {
    id: s.id,
    slot: s.slot,
    presentity: s.presentity,
    presentityUri: s.presentityUri,
    localUri: s.localUri,
    event: s.event,
    ...opt("eventId", s.eventId),
    watcher: s.watcher,
    watcherUri: s.watcherUri,
    ...opt("watcherDisplayName", s.watcherDisplayName),
    callId: s.callId,
    fromTag: s.fromTag,
    toTag: s.toTag,
    remoteCseq: u32("subscription.remoteCSeq", s.remoteCSeq),
    localCseq: u32("subscription.localCSeq", s.localCSeq),
    contact: s.contact,
    routeSet: [...s.routeSet],
    localContact: s.localContact,
    transport: s.transport,
    sourceAddress: s.sourceAddress,
    sourcePort: u32("subscription.sourcePort", s.sourcePort),
    ...opt("connectionId", s.connectionId),
    expiresAt: i64("subscription.expiresAt", s.expiresAt),
    status,
    ...opt("reason", s.reason),
    accept: [...s.accept],
    ...opt("userAgent", s.userAgent),
    createdAt: i64("subscription.createdAt", s.createdAt),
    updatedAt: i64("subscription.updatedAt", s.updatedAt),
    version: u32("subscription.version", s.version),
    ...opt("extra", s.extra ? { entries: { ...s.extra } } : null),
  };
}

export function subscriptionFromProto(m: pb.Subscription.$Properties): Subscription {
  const s: Subscription = {
    id: str(m.id),
    slot: str(m.slot),
    presentity: str(m.presentity),
    presentityUri: str(m.presentityUri),
    localUri: str(m.localUri),
    event: str(m.event),
    eventId: optStr(m.eventId),
    watcher: str(m.watcher),
    watcherUri: str(m.watcherUri),
    watcherDisplayName: optStr(m.watcherDisplayName),
    callId: str(m.callId),
    fromTag: str(m.fromTag),
    toTag: str(m.toTag),
    remoteCSeq: num("subscription.remoteCseq", m.remoteCseq),
    localCSeq: num("subscription.localCseq", m.localCseq),
    contact: str(m.contact),
    routeSet: [...(m.routeSet ?? [])],
    localContact: str(m.localContact),
    transport: str(m.transport),
    sourceAddress: str(m.sourceAddress),
    sourcePort: num("subscription.sourcePort", m.sourcePort),
    connectionId: optStr(m.connectionId),
    expiresAt: num("subscription.expiresAt", m.expiresAt),
    status: enumFrom("subscription.status", SUBSCRIPTION_STATUSES, m.status),
    reason: optStr(m.reason),
    accept: [...(m.accept ?? [])],
    userAgent: optStr(m.userAgent),
    createdAt: num("subscription.createdAt", m.createdAt),
    updatedAt: num("subscription.updatedAt", m.updatedAt),
    version: num("subscription.version", m.version),
  };
  if (m.extra) s.extra = { ...(m.extra.entries ?? {}) };
  return s;
}

export function subscriptionNoticeToProto(n: SubscriptionNotice, meta?: EventMeta): pb.SubscriptionChanged.$Properties {
  const metaField = opt("meta", meta ? eventMetaToProto(meta) : null);
  if (n.kind === "state") return { state: { slot: n.slot, id: n.id, presentity: n.presentity ?? "", event: n.event ?? "", presentityUri: n.presentityUri ?? "" }, ...metaField };
  if (n.kind === "final") return { final: { subscription: subscriptionToProto(n.subscription), reason: n.reason }, ...metaField };
  throw new ProtoError("invalid-value", `unknown subscription notice kind ${String((n as { kind: unknown }).kind)}`);
}

export function subscriptionNoticeFromProto(m: pb.SubscriptionChanged.$Properties): SubscriptionNotice {
  if (m.state) {
    const presentity = str(m.state.presentity);
    const event = str(m.state.event);
    const presentityUri = str(m.state.presentityUri);
    const ref = { kind: "state" as const, slot: str(m.state.slot), id: str(m.state.id) };
    // Both or neither: an older producer leaves them empty (and the URI, which comes only with them).
    if (!presentity || !event) return ref;
    return presentityUri ? { ...ref, presentity, event, presentityUri } : { ...ref, presentity, event };
  }
  if (m.final) {
    return { kind: "final", subscription: subscriptionFromProto(required("final.subscription", m.final.subscription)), reason: str(m.final.reason) };
  }
  throw new ProtoError("missing-field", "subscription change has neither state nor final");
}

export function subscribeResultToProto(r: SubscribeResult): pb.SubscribeReply.$Properties {
  return { reply: sipReplyToProto(r.reply), ...opt("change", r.notice ? subscriptionNoticeToProto(r.notice) : null) };
}

export function subscribeResultFromProto(m: pb.SubscribeReply.$Properties): SubscribeResult {
  return { reply: sipReplyFromProto(m.reply), notice: m.change ? subscriptionNoticeFromProto(m.change) : null };
}

// ---------------------------------------------------------------------------------------------
// publications (integration events)

export function publicationToProto(p: Publication): pb.Publication.$Properties {
  return {
    presentity: p.presentity,
    event: p.event,
    etag: p.etag,
    expiresAt: i64("publication.expiresAt", p.expiresAt),
    receivedAt: i64("publication.receivedAt", p.receivedAt),
    ...opt("contentType", p.contentType),
    ...opt("body", p.body),
    ...opt("sender", p.sender),
    priority: i64("publication.priority", p.priority),
    ...opt("callId", p.callId),
    ...opt("version", p.version === undefined ? null : u32("publication.version", p.version)),
  };
}

export function publicationFromProto(m: pb.Publication.$Properties): Publication {
  const p: Publication = {
    presentity: str(m.presentity),
    event: str(m.event),
    etag: str(m.etag),
    expiresAt: num("publication.expiresAt", m.expiresAt),
    receivedAt: num("publication.receivedAt", m.receivedAt),
    contentType: optStr(m.contentType),
    body: optBytes(m.body),
    sender: optStr(m.sender),
    priority: num("publication.priority", m.priority),
  };
  if (m.callId !== null && m.callId !== undefined) p.callId = m.callId;
  if (m.version !== null && m.version !== undefined) p.version = num("publication.version", m.version);
  return p;
}

const PUBLICATION_EVENT_KINDS: Record<PublicationEventKind, pb.PublicationEventKind> = {
  stored: pb.PublicationEventKind.PUBLICATION_EVENT_KIND_STORED,
  removed: pb.PublicationEventKind.PUBLICATION_EVENT_KIND_REMOVED,
  expired: pb.PublicationEventKind.PUBLICATION_EVENT_KIND_EXPIRED,
};

export function publicationEventToProto(e: PublicationEvent, meta?: EventMeta): pb.PublicationEvent.$Properties {
  const kind = PUBLICATION_EVENT_KINDS[e.kind];
  if (kind === undefined) throw new ProtoError("invalid-value", `unknown publication event kind ${String(e.kind)}`);
  return { kind, publication: publicationToProto(e.publication), ...opt("meta", meta ? eventMetaToProto(meta) : null) };
}

export function publicationEventFromProto(m: pb.PublicationEvent.$Properties): PublicationEvent {
  return {
    kind: enumFrom("publicationEvent.kind", PUBLICATION_EVENT_KINDS, m.kind),
    publication: publicationFromProto(required("publicationEvent.publication", m.publication)),
  };
}

// ---------------------------------------------------------------------------------------------
// NOTIFY

/**
 * The generated encoder's input for a NOTIFY. The services write NotifyRequests directly
 * (notify-request-writer.ts); this mapping is the reference the writer's test compares bytes with.
 */
export function notifyMessageToProto(n: NotifyMessage, traceContext?: Record<string, string>): pb.NotifyRequest.$Properties {
  return {
    requestUri: n.requestUri,
    headers: n.headers.map(([name, value]) => ({ name, value })),
    ...opt("body", n.body),
    target: {
      transport: n.target.transport,
      host: n.target.host,
      port: u32("target.port", n.target.port),
      ...opt("connectionId", n.target.connectionId),
    },
    subscriptionId: n.subscriptionId,
    cseq: u32("cseq", n.cseq),
    ...(traceContext && Object.keys(traceContext).length > 0 ? { traceContext } : {}),
  };
}

export function notifyMessageFromProto(m: pb.NotifyRequest.$Properties): NotifyMessage {
  const t = required("target", m.target);
  return {
    requestUri: str(m.requestUri),
    headers: (m.headers ?? []).map((h) => [str(h.name), str(h.value)] as [string, string]),
    body: optBytes(m.body),
    target: { transport: str(t.transport), host: str(t.host), port: num("target.port", t.port), connectionId: optStr(t.connectionId) },
    subscriptionId: str(m.subscriptionId),
    cseq: num("cseq", m.cseq),
  };
}

export function notifyOutcomeToProto(o: NotifyOutcome): pb.NotifyOutcome.$Properties {
  switch (o.kind) {
    case "response":
      return { response: { status: u32("outcome.status", o.status), reason: o.reason } };
    case "timeout":
      return { timeout: {} };
    case "transport-error":
      return { transportError: { message: o.message } };
    default:
      throw new ProtoError("invalid-value", `unknown notify outcome ${String((o as { kind: unknown }).kind)}`);
  }
}

export function notifyOutcomeFromProto(m: pb.NotifyOutcome.$Properties | null | undefined): NotifyOutcome {
  const o = required("outcome", m);
  if (o.response) return { kind: "response", status: num("outcome.status", o.response.status), reason: str(o.response.reason) };
  if (o.timeout) return { kind: "timeout" };
  if (o.transportError) return { kind: "transport-error", message: str(o.transportError.message) };
  throw new ProtoError("missing-field", "notify outcome has no kind");
}

export function notifyResultToProto(r: NotifyResult): pb.NotifyResult.$Properties {
  return {
    outcome: notifyOutcomeToProto(r.outcome),
    subscriptionId: r.subscriptionId,
    cseq: u32("cseq", r.cseq),
    edgeId: r.edgeId,
    ...(r.index ? { index: u32("index", r.index) } : {}),
  };
}

export function notifyResultFromProto(m: pb.NotifyResult.$Properties): NotifyResult {
  return {
    outcome: notifyOutcomeFromProto(m.outcome),
    subscriptionId: str(m.subscriptionId),
    cseq: num("cseq", m.cseq),
    edgeId: str(m.edgeId),
    ...(m.index ? { index: m.index } : {}),
  };
}

export function batchedNotifyFromProto(m: pb.NotifyRequest.$Properties): BatchedNotify {
  const traceContext: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.traceContext ?? {})) traceContext[k] = str(v);
  return { notify: notifyMessageFromProto(m), traceContext };
}

/**
 * The attributes travel as a string map (what integrations expect of Kamailio's $subs): numbers
 * become decimal strings and null attributes are left out, so decoding yields strings only.
 */
export function notifyReplyEventToProto(e: NotifyReplyEvent, meta?: EventMeta): pb.NotifyReplyEvent.$Properties {
  const subscription: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.subscription)) {
    if (v !== null && v !== undefined) subscription[k] = String(v);
  }
  return {
    subscription,
    outcome: notifyOutcomeToProto(e.outcome),
    cseq: u32("cseq", e.cseq),
    terminated: e.terminated,
    ...opt("meta", meta ? eventMetaToProto(meta) : null),
  };
}

export function notifyReplyEventFromProto(m: pb.NotifyReplyEvent.$Properties): NotifyReplyEvent {
  return {
    subscription: { ...(m.subscription ?? {}) },
    outcome: notifyOutcomeFromProto(m.outcome),
    cseq: num("cseq", m.cseq),
    terminated: m.terminated === true,
  };
}

// ---------------------------------------------------------------------------------------------

function enumFrom<K extends string>(field: string, table: Record<K, number>, v: number | null | undefined): K {
  for (const [k, n] of Object.entries(table) as Array<[K, number]>) if (n === v) return k;
  throw new ProtoError("missing-field", `${field} has no known value (${String(v)})`);
}
