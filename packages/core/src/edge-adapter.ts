import { createResponse, Headers, SipParseError, SipRequest, type Endpoint, type EventHeader, type SipResponse } from "@presence/sip";
import type { EventRef, PeerInfo, PublishRequest, SubscribeRequest } from "./messages.js";
import type { NotifyMessage } from "./notify-message.js";
import { SipFailure, type SipReply } from "./sip-reply.js";

export interface AdapterOptions {
  /** handle_publish(sender_uri) fed from the Sender header (BLA); off unless the operator trusts it. */
  useSenderHeader: boolean;
  /** handle_subscribe(watcher_uri) fed from this header (e.g. "p-asserted-identity"); null = From. */
  watcherHeader: string | null;
}

/** Reads a lazily parsed header; a malformed value is a 400 naming the defect. */
function read<T>(what: string, get: () => T): T {
  try {
    return get();
  } catch (err) {
    if (err instanceof SipParseError) throw new SipFailure(400, err.reason || `Bad ${what}`, { detail: `malformed ${what} header`, cause: err });
    throw err;
  }
}

export function peerOf(source: Endpoint): PeerInfo {
  return { transport: source.transport, address: source.address, port: source.port, connectionId: source.connectionId ?? null };
}

function eventRef(e: EventHeader | null): EventRef | null {
  return e ? { name: e.event, id: e.id, params: { ...e.params } } : null;
}

function expiresOf(req: SipRequest): number | null {
  const raw = req.headers.get("expires");
  if (raw === undefined) return null;
  // RFC 3261 20.19: delta-seconds; anything else is a malformed request.
  if (!/^\s*\d{1,10}\s*$/.test(raw)) throw new SipFailure(400, "Bad Expires", { detail: `Expires '${raw}' is not delta-seconds` });
  return Math.min(Number(raw), 0xffffffff);
}

function uriOfNameAddr(value: string | undefined): string | null {
  if (!value) return null;
  const lt = value.indexOf("<");
  if (lt >= 0) return value.slice(lt + 1, value.indexOf(">", lt));
  return value.split(";")[0]!.trim();
}

export function toPublishRequest(req: SipRequest, source: Endpoint, opts: AdapterOptions): PublishRequest {
  const to = read("To", () => req.to);
  const presentityUri = /^[a-z][a-z0-9+.-]*:[^@;]+@/i.test(req.uri) ? req.uri : to.uri;
  const ifMatch = req.headers.get("sip-if-match");
  return {
    presentityUri,
    event: read("Event", () => eventRef(req.event)),
    expires: expiresOf(req),
    ifMatch: ifMatch === undefined ? null : ifMatch.trim(),
    contentType: read("Content-Type", () => req.contentType),
    body: req.body,
    sender: opts.useSenderHeader ? uriOfNameAddr(req.headers.get("sender")) : null,
    priority: null,
    callId: req.callId,
    source: peerOf(source),
  };
}

export function toSubscribeRequest(req: SipRequest, source: Endpoint, opts: AdapterOptions): SubscribeRequest {
  const from = read("From", () => req.from);
  const to = read("To", () => req.to);
  const contacts = read("Contact", () => req.contacts);
  const accept = req.headers.has("accept") ? req.headers.list("accept").map((a) => a.split(";")[0]!.trim().toLowerCase()) : null;
  const watcherUri = opts.watcherHeader ? uriOfNameAddr(req.headers.get(opts.watcherHeader)) : null;
  const fromTag = req.fromTag;
  if (!fromTag) throw new SipFailure(400, "Missing From Tag", { detail: "RFC 3261 8.1.1.3 requires a From tag" });
  return {
    requestUri: req.uri,
    fromUri: from.uri,
    fromTag,
    fromDisplayName: from.displayName,
    toUri: to.uri,
    toTag: req.toTag,
    callId: req.callId,
    cseq: req.cseq.seq,
    event: read("Event", () => eventRef(req.event)),
    expires: expiresOf(req),
    accept,
    contact: contacts.length > 0 ? contacts[0]!.uri : null,
    recordRoute: req.headers.list("record-route"),
    watcherUri,
    userAgent: req.headers.get("user-agent") ?? null,
    source: peerOf(source),
  };
}

export function toSipResponse(req: SipRequest, r: SipReply): SipResponse {
  return createResponse(req, r.status, r.reason, { ...(r.toTag ? { toTag: r.toTag } : {}), headers: r.headers });
}

/** The edge's half of a NOTIFY: the stack adds Via and Content-Length. */
export function notifyToSipRequest(msg: NotifyMessage): SipRequest {
  return new SipRequest("NOTIFY", msg.requestUri, new Headers(msg.headers), msg.body ?? Buffer.alloc(0));
}
