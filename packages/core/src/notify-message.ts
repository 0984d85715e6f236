import type { Subscription } from "@presence/store";
import type { HeaderList } from "./sip-reply.js";

/** Where a NOTIFY must go: the flow of a TCP subscriber, or an address resolved from the route set. */
export interface NotifyTarget {
  transport: string;
  /** Host name or IP literal; the edge resolves names. */
  host: string;
  port: number;
  /** The subscriber's connection (TCP/TLS/WS): the NOTIFY leaves through it when it is still open. */
  connectionId: string | null;
}

/** A NOTIFY ready to be sent by an edge (the protobuf NotifyRequest carries exactly this). */
export interface NotifyMessage {
  requestUri: string;
  headers: HeaderList;
  body: Buffer | null;
  target: NotifyTarget;
  /** Subscription identity, for logs and results. */
  subscriptionId: string;
  cseq: number;
}

/** The NOTIFY's Call-ID: its dialog, for the edge's sequencing and for spans. */
export function notifyCallId(msg: NotifyMessage): string | undefined {
  return msg.headers.find(([n]) => n.toLowerCase() === "call-id")?.[1];
}

export type SubscriptionStateValue = "active" | "pending" | "terminated";

export interface NotifyContent {
  state: SubscriptionStateValue;
  /** RFC 6665 4.1.3 reason for terminated (timeout, noresource, deactivated, rejected, ...). */
  reason: string | null;
  /** Seconds left, for active/pending. */
  expiresIn: number;
  body: Buffer | null;
  contentType: string | null;
}

/**
 * RFC 6665 4.2.2 / RFC 3261 12.2.1.1: the NOTIFY is a request within the subscription's dialog.
 * Pure: no I/O, so the same builder serves the standalone process and the notifier service.
 */
export function buildNotify(sub: Subscription, cseq: number, content: NotifyContent): NotifyMessage {
  const routes = sub.routeSet;
  let requestUri = sub.contact;
  let routeHeaders = routes;
  if (routes.length > 0 && !isLooseRoute(routes[0]!)) {
    // RFC 3261 12.2.1.1: strict routing: the first route becomes the Request-URI.
    requestUri = uriOf(routes[0]!);
    routeHeaders = [...routes.slice(1), `<${sub.contact}>`];
  }
  const headers: HeaderList = [
    ["Max-Forwards", "70"],
    ["From", `<${sub.localUri}>;tag=${sub.toTag}`],
    ["To", `${sub.watcherDisplayName ? `${quote(sub.watcherDisplayName)} ` : ""}<${sub.watcherUri}>;tag=${sub.fromTag}`],
    ["Call-ID", sub.callId],
    ["CSeq", `${cseq} NOTIFY`],
    ["Contact", `<${sub.localContact}>`],
    // RFC 6665 8.2.1: the Event header echoes the package and the id of the SUBSCRIBE.
    ["Event", sub.eventId ? `${sub.event};id=${sub.eventId}` : sub.event],
    ["Subscription-State", subscriptionState(content)],
  ];
  for (const r of routeHeaders) headers.push(["Route", r]);
  if (content.body && content.contentType) headers.push(["Content-Type", content.contentType]);
  return {
    requestUri,
    headers,
    body: content.body,
    target: notifyTarget(sub),
    subscriptionId: sub.id,
    cseq,
  };
}

// RFC 6665 4.1.3 / 8.2.3: active and pending carry expires; terminated carries a reason.
function subscriptionState(c: NotifyContent): string {
  if (c.state === "terminated") return c.reason ? `terminated;reason=${c.reason}` : "terminated";
  return `${c.state};expires=${Math.max(0, c.expiresIn)}`;
}

/**
 * The next hop: the subscriber's own connection for connection-oriented transports, else the first
 * route or the remote target (RFC 3261 8.1.2 with the RFC 3263 defaults for port and transport).
 */
export function notifyTarget(sub: Subscription): NotifyTarget {
  if (sub.connectionId && sub.transport !== "UDP") {
    return { transport: sub.transport, host: sub.sourceAddress, port: sub.sourcePort, connectionId: sub.connectionId };
  }
  const hop = sub.routeSet.length > 0 ? uriOf(sub.routeSet[0]!) : sub.contact;
  const parts = hopParts(hop);
  return {
    transport: parts.transport ?? sub.transport ?? "UDP",
    host: parts.host,
    port: parts.port ?? (parts.secure ? 5061 : 5060),
    // A UDP flow id names the edge the subscriber talks to (distributed topology), not a socket.
    connectionId: sub.transport === "UDP" ? sub.connectionId : null,
  };
}

function quote(display: string): string {
  return `"${display.replace(/(["\\])/g, "\\$1")}"`;
}

function uriOf(nameAddr: string): string {
  const lt = nameAddr.indexOf("<");
  if (lt < 0) return nameAddr.split(";")[0]!.trim();
  const gt = nameAddr.indexOf(">", lt);
  return nameAddr.slice(lt + 1, gt < 0 ? undefined : gt);
}

function isLooseRoute(route: string): boolean {
  return /;\s*lr(?=[;?=\s]|$)/i.test(uriOf(route));
}

interface HopParts {
  host: string;
  port: number | null;
  transport: string | null;
  secure: boolean;
}

/** Host, port and transport parameter of a SIP URI, without a full parse (built by us or validated). */
export function hopParts(uri: string): HopParts {
  const secure = /^sips:/i.test(uri);
  let rest = uri.replace(/^sips?:/i, "");
  const at = rest.lastIndexOf("@", rest.search(/[;?]/) >= 0 ? rest.search(/[;?]/) : rest.length);
  if (at >= 0) rest = rest.slice(at + 1);
  const paramStart = rest.search(/[;?]/);
  const hostPort = paramStart >= 0 ? rest.slice(0, paramStart) : rest;
  const params = paramStart >= 0 ? rest.slice(paramStart) : "";
  let host: string;
  let port: number | null = null;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    host = hostPort.slice(1, close);
    const p = hostPort.slice(close + 1);
    if (p.startsWith(":")) port = Number(p.slice(1)) || null;
  } else {
    const colon = hostPort.indexOf(":");
    host = colon >= 0 ? hostPort.slice(0, colon) : hostPort;
    if (colon >= 0) port = Number(hostPort.slice(colon + 1)) || null;
  }
  const t = /;transport=([A-Za-z]+)/i.exec(params);
  return { host, port, transport: t ? t[1]!.toUpperCase() : secure ? "TLS" : null, secure };
}
