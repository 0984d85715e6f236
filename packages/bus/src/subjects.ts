import { BusError } from "./errors.js";

/** Subjects are versioned with the wire contract (proto package presence.v1). */
export const DEFAULT_PREFIX = "presence.v1";

/** Queue groups: one replica of the group answers each request. */
export const QUEUES = {
  presentity: "presentity",
  subscription: "subscription",
  edge: "edge",
} as const;

/** Durable consumer names of the notifier (shared by all its replicas). */
export const DURABLES = {
  notifierPresentity: "notifier-presentity",
  notifierSubscription: "notifier-subscription",
} as const;

/** Reserved edge id: `<prefix>.edge.any.notify` is served by every edge in queue group "edge". */
export const ANY_EDGE = "any";

export interface BusNames {
  prefix: string;
  /** Request/reply: PublishRequest -> PublishReply (queue group "presentity"). */
  presentityPublish: string;
  /** Request/reply: SubscribeRequest -> SubscribeReply (queue group "subscription"). */
  subscriptionSubscribe: string;
  /** JetStream: PresentityChanged. */
  eventsPresentity: string;
  /** JetStream: SubscriptionChanged. */
  eventsSubscription: string;
  /** JetStream: PublicationEvent (integrations). */
  eventsPublication: string;
  /** JetStream: NotifyReplyEvent (integrations; Kamailio's presence:notify-reply). */
  eventsNotifyReply: string;
  /** Every event subject: what the events stream captures. */
  eventsAll: string;
  /** Request/reply: NotifyRequest -> NotifyResult for UDP flows, any edge (queue group "edge"). */
  edgeAnyNotify: string;
  /** Request/reply: NotifyRequest -> NotifyResult to the edge that owns a TCP/TLS/WS flow. */
  edgeNotify(edgeId: string): string;
  /** Stream request: NotifyBatch -> NotifyResultBatch replies, UDP flows, any edge (queue group "edge"). */
  edgeAnyNotifyBatch: string;
  /** Stream request: NotifyBatch -> NotifyResultBatch replies, to the edge that owns the flows. */
  edgeNotifyBatch(edgeId: string): string;
  /** Name of the JetStream stream holding the events (derived from the prefix: names cannot contain dots). */
  eventsStream: string;
}

// A subject token: no dots, wildcards or whitespace.
const TOKEN = /^[A-Za-z0-9_-]+$/;

/** Throws BusError("invalid-argument") unless `prefix` is one or more dot-separated plain tokens. */
export function checkPrefix(prefix: string): void {
  if (prefix.length === 0 || !prefix.split(".").every((t) => TOKEN.test(t))) {
    throw new BusError("invalid-argument", `invalid subject prefix ${JSON.stringify(prefix)}`);
  }
}

function checkEdgeId(edgeId: string): string {
  if (!TOKEN.test(edgeId) || edgeId === ANY_EDGE) throw new BusError("invalid-argument", `invalid edge id ${JSON.stringify(edgeId)}`);
  return edgeId;
}

/** Every subject and stream name under one prefix (default `presence.v1`; tests use a unique one). */
export function busNames(prefix: string = DEFAULT_PREFIX): BusNames {
  checkPrefix(prefix);
  return {
    prefix,
    presentityPublish: `${prefix}.presentity.publish`,
    subscriptionSubscribe: `${prefix}.subscription.subscribe`,
    eventsPresentity: `${prefix}.events.presentity`,
    eventsSubscription: `${prefix}.events.subscription`,
    eventsPublication: `${prefix}.events.publication`,
    eventsNotifyReply: `${prefix}.events.notify-reply`,
    eventsAll: `${prefix}.events.>`,
    edgeAnyNotify: `${prefix}.edge.${ANY_EDGE}.notify`,
    edgeNotify(edgeId: string): string {
      return `${prefix}.edge.${checkEdgeId(edgeId)}.notify`;
    },
    edgeAnyNotifyBatch: `${prefix}.edge.${ANY_EDGE}.notify-batch`,
    edgeNotifyBatch(edgeId: string): string {
      return `${prefix}.edge.${checkEdgeId(edgeId)}.notify-batch`;
    },
    eventsStream: `${prefix.replace(/\./g, "_").toUpperCase()}_EVENTS`,
  };
}

/**
 * NATS subject syntax: dot-separated non-empty tokens without whitespace; `*` matches one token
 * and `>` the rest (last token only). Checked identically by both bus implementations.
 */
export function checkSubject(subject: string, opts: { wildcards: boolean }): void {
  const tokens = typeof subject === "string" ? subject.split(".") : [];
  const ok =
    tokens.length > 0 &&
    tokens.every((t, i) => {
      if (t.length === 0 || /\s/.test(t)) return false;
      if (t === "*" || t === ">") return opts.wildcards && (t === "*" || i === tokens.length - 1);
      return !t.includes("*") && !t.includes(">");
    });
  if (!ok) throw new BusError("invalid-argument", `invalid subject ${JSON.stringify(subject)}`);
}

/** Whether a concrete subject matches a subscription subject with wildcards. */
export function subjectMatches(pattern: string, subject: string): boolean {
  const p = pattern.split(".");
  const s = subject.split(".");
  for (let i = 0; i < p.length; i++) {
    if (p[i] === ">") return s.length > i;
    if (i >= s.length) return false;
    if (p[i] !== "*" && p[i] !== s[i]) return false;
  }
  return p.length === s.length;
}

/** Stream and consumer names: no dots, wildcards, whitespace or path separators. */
export function checkName(kind: string, name: string): void {
  if (typeof name !== "string" || !/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new BusError("invalid-argument", `invalid ${kind} name ${JSON.stringify(name)}`);
  }
}
