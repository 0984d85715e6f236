// Compact encodings of the records as stored in Redis. JSON with one- to three-letter keys, null
// fields left out, identity fields (they are in the key) left out. The Lua scripts read and patch
// the same JSON with cjson, which turns an empty array into {}: decoding accepts both.
import { byReceivedAt } from "../copy.js";
import { StoreError } from "../errors.js";
import type {
  Publication,
  PublicationUpdate,
  Subscription,
  SubscriptionPatch,
  SubscriptionRef,
  WatcherRecord,
} from "../types.js";

const NEWLINE = 0x0a;

/** Subscription field -> stored key. "x", "e" and "lc" are also used by the Lua scripts. */
export const SUBSCRIPTION_KEYS = {
  presentity: "p",
  presentityUri: "pu",
  localUri: "lu",
  event: "e",
  eventId: "ei",
  watcher: "w",
  watcherUri: "wu",
  watcherDisplayName: "wd",
  callId: "c",
  fromTag: "f",
  remoteCSeq: "rc",
  localCSeq: "lc",
  contact: "ct",
  routeSet: "rs",
  localContact: "lo",
  transport: "tr",
  sourceAddress: "sa",
  sourcePort: "sp",
  connectionId: "ci",
  expiresAt: "x",
  status: "st",
  reason: "rn",
  accept: "ac",
  userAgent: "ua",
  createdAt: "ca",
  updatedAt: "u",
  version: "v",
  extra: "xt",
} as const satisfies Record<Exclude<keyof Subscription, "id" | "slot" | "toTag">, string>;

type Json = Record<string, unknown>;

function corrupt(what: string, cause?: unknown): StoreError {
  return new StoreError("corrupt-record", `stored ${what} cannot be decoded`, { cause });
}

function parseObject(text: string, what: string): Json {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw corrupt(what, err);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw corrupt(what);
  return v as Json;
}

/** Readers of one decoded object; a missing or mistyped required field means a corrupt record. */
function fields(o: Json, what: string) {
  return {
    str(k: string): string {
      const v = o[k];
      if (typeof v !== "string") throw corrupt(`${what}.${k}`);
      return v;
    },
    nstr(k: string): string | null {
      const v = o[k];
      if (v === undefined || v === null) return null;
      if (typeof v !== "string") throw corrupt(`${what}.${k}`);
      return v;
    },
    num(k: string, fallback?: number): number {
      const v = o[k];
      if (v === undefined && fallback !== undefined) return fallback;
      if (typeof v !== "number") throw corrupt(`${what}.${k}`);
      return v;
    },
    list(k: string): string[] {
      const v = o[k];
      if (v === undefined || v === null) return [];
      if (Array.isArray(v)) return v.map(String);
      if (typeof v === "object" && Object.keys(v).length === 0) return []; // cjson's empty array
      throw corrupt(`${what}.${k}`);
    },
  };
}

// ---------------------------------------------------------------- publications
// Hash field value: <meta JSON> [ "\n" <body bytes> ]. JSON never contains a raw newline, so the
// first one separates them; no newline means a null body.

export function encodePublication(p: Publication): Buffer {
  const meta: Json = { x: p.expiresAt, r: p.receivedAt };
  if (p.contentType !== null) meta.t = p.contentType;
  if (p.sender !== null) meta.s = p.sender;
  if (p.priority !== 0) meta.p = p.priority;
  if (p.callId !== undefined) meta.c = p.callId;
  if (p.version !== undefined) meta.v = p.version;
  const head = Buffer.from(JSON.stringify(meta), "utf8");
  return p.body === null ? head : Buffer.concat([head, Buffer.of(NEWLINE), p.body]);
}

export function decodePublication(presentity: string, event: string, etag: string, value: Buffer): Publication {
  const nl = value.indexOf(NEWLINE);
  const meta = parseObject(value.toString("utf8", 0, nl < 0 ? value.length : nl), "publication");
  const f = fields(meta, "publication");
  const p: Publication = {
    presentity,
    event,
    etag,
    expiresAt: f.num("x"),
    receivedAt: f.num("r"),
    contentType: f.nstr("t"),
    body: nl < 0 ? null : Buffer.from(value.subarray(nl + 1)),
    sender: f.nstr("s"),
    priority: f.num("p", 0),
  };
  if (meta.c !== undefined) p.callId = f.str("c");
  if (meta.v !== undefined) p.version = f.num("v");
  return p;
}

/**
 * The publications of one presentity and event (the etag -> value pairs of their hash) live at
 * `now`, oldest first; one that does not decode is reported and left out.
 */
export function livePublications(presentity: string, event: string, entries: Iterable<[string, Buffer]>, now: number, onUndecodable: (err: unknown) => void): Publication[] {
  const out: Publication[] = [];
  for (const [etag, value] of entries) {
    let p: Publication;
    try {
      p = decodePublication(presentity, event, etag, value);
    } catch (err) {
      onUndecodable(err);
      continue;
    }
    if (p.expiresAt > now) out.push(p);
  }
  return out.sort(byReceivedAt);
}

/** The meta part of an update for the Lua script; null clears a field. */
export function encodePublicationPatch(u: PublicationUpdate): string {
  const patch: Json = { x: u.expiresAt, r: u.receivedAt };
  if (u.contentType !== undefined) patch.t = u.contentType;
  if (u.sender !== undefined) patch.s = u.sender;
  if (u.priority !== undefined) patch.p = u.priority;
  return JSON.stringify(patch);
}

// ---------------------------------------------------------------- subscriptions

export function encodeSubscription(s: Subscription): string {
  const o: Json = {};
  for (const [field, key] of Object.entries(SUBSCRIPTION_KEYS)) {
    const v = (s as unknown as Json)[field];
    if (v === null || v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    o[key] = v;
  }
  return JSON.stringify(o);
}

/** The changed fields for the Lua merge; null values delete the stored key (= null). */
export function encodeSubscriptionPatch(patch: SubscriptionPatch): string {
  const o: Json = {};
  for (const [field, v] of Object.entries(patch)) {
    const key = (SUBSCRIPTION_KEYS as Record<string, string | undefined>)[field];
    if (key === undefined || v === undefined) continue;
    o[key] = Array.isArray(v) && v.length === 0 ? null : v;
  }
  return JSON.stringify(o);
}

export function decodeSubscription(ref: SubscriptionRef, json: string): Subscription {
  const o = parseObject(json, "subscription");
  const f = fields(o, "subscription");
  const status = f.str("st");
  if (status !== "active" && status !== "pending" && status !== "terminated") throw corrupt("subscription.st");
  const s: Subscription = {
    id: ref.id,
    slot: ref.slot,
    presentity: f.str("p"),
    presentityUri: f.str("pu"),
    localUri: f.str("lu"),
    event: f.str("e"),
    eventId: f.nstr("ei"),
    watcher: f.str("w"),
    watcherUri: f.str("wu"),
    watcherDisplayName: f.nstr("wd"),
    callId: f.str("c"),
    fromTag: f.str("f"),
    toTag: ref.id,
    remoteCSeq: f.num("rc"),
    localCSeq: f.num("lc"),
    contact: f.str("ct"),
    routeSet: f.list("rs"),
    localContact: f.str("lo"),
    transport: f.str("tr"),
    sourceAddress: f.str("sa"),
    sourcePort: f.num("sp"),
    connectionId: f.nstr("ci"),
    expiresAt: f.num("x"),
    status,
    reason: f.nstr("rn"),
    accept: f.list("ac"),
    userAgent: f.nstr("ua"),
    createdAt: f.num("ca"),
    updatedAt: f.num("u"),
    version: f.num("v"),
  };
  const extra = o.xt;
  if (extra !== undefined && extra !== null) {
    if (typeof extra !== "object" || Array.isArray(extra)) throw corrupt("subscription.xt");
    s.extra = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, String(v)]));
  }
  return s;
}

// ---------------------------------------------------------------- watchers

export function encodeWatcher(w: WatcherRecord): string {
  const o: Json = { u: w.watcherUri, st: w.status, i: w.insertedAt };
  if (w.watcherDisplayName !== null) o.d = w.watcherDisplayName;
  if (w.reason !== null) o.r = w.reason;
  if (w.callId !== undefined) o.c = w.callId;
  return JSON.stringify(o);
}

export function decodeWatcher(presentity: string, event: string, watcher: string, json: string): WatcherRecord {
  const o = parseObject(json, "watcher");
  const f = fields(o, "watcher");
  const status = f.str("st");
  if (status !== "pending" && status !== "active" && status !== "terminated" && status !== "rejected") {
    throw corrupt("watcher.st");
  }
  const w: WatcherRecord = {
    presentity,
    event,
    watcher,
    watcherUri: f.str("u"),
    watcherDisplayName: f.nstr("d"),
    status,
    reason: f.nstr("r"),
    insertedAt: f.num("i"),
  };
  if (o.c !== undefined) w.callId = f.str("c");
  return w;
}
