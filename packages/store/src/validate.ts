// Input checks shared by both stores, so bad input is rejected the same way everywhere and never
// reaches stored state. Everything throws StoreError("invalid-argument").
import { StoreError } from "./errors.js";
import { isSlot, presentitySlot } from "./slot.js";
import type {
  Publication,
  PublicationKey,
  PublicationUpdate,
  Subscription,
  SubscriptionPatch,
  SubscriptionRef,
  WatcherRecord,
} from "./types.js";

const MAX_STRING = 8192;
const MAX_LIST = 256;
/** Largest time accepted: Redis' Lua JSON keeps 14 significant digits (year 5138). */
const MAX_TIME = 1e14 - 1;
const MAX_CSEQ = 2 ** 32 - 1; // RFC 3261 8.1.1.5: CSeq is a 32-bit unsigned integer

// RFC 6665 8.2.1: event-type is a token with '.' templates; ";sla"-style parameters allowed.
// Keys embed the event, so it must never contain ':' '{' '}' or whitespace.
const EVENT_RE = /^[A-Za-z0-9\-.!%*_+`'~;=]{1,128}$/;

type Check = (v: unknown) => boolean;

const isStr = (v: unknown): v is string => typeof v === "string" && v.length <= MAX_STRING;
const isNonEmpty = (v: unknown): v is string => isStr(v) && v.length > 0;
const isNullableStr = (v: unknown): boolean => v === null || isStr(v);
const isIntIn = (min: number, max: number): Check => (v) =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max;
const isTime = isIntIn(0, MAX_TIME);
const isStrList = (v: unknown): boolean => Array.isArray(v) && v.length <= MAX_LIST && v.every(isStr);
const isStrMap = (v: unknown): boolean =>
  typeof v === "object" && v !== null && !Array.isArray(v) &&
  Object.keys(v).length <= MAX_LIST && Object.entries(v).every(([k, x]) => k.length <= MAX_STRING && isStr(x));

export function isEvent(v: unknown): v is string {
  return typeof v === "string" && EVENT_RE.test(v);
}

function fail(what: string, value: unknown): never {
  const shown = typeof value === "string" ? JSON.stringify(value.slice(0, 64)) : typeof value;
  throw StoreError.invalid(`invalid ${what}: ${shown}`);
}

export function checkEvent(event: unknown): asserts event is string {
  if (!isEvent(event)) fail("event", event);
}

export function checkPresentity(presentity: unknown, what = "presentity"): asserts presentity is string {
  if (!isNonEmpty(presentity)) fail(what, presentity);
}

export function checkTime(value: unknown, what: string): asserts value is number {
  if (!isTime(value)) fail(what, value);
}

export function checkLimit(limit: unknown): asserts limit is number {
  if (typeof limit !== "number" || !Number.isInteger(limit) || limit < 0) fail("limit", limit);
}

export function checkPublicationKey(k: PublicationKey): void {
  if (typeof k !== "object" || k === null) fail("publication key", k);
  checkPresentity(k.presentity);
  checkEvent(k.event);
  if (!isNonEmpty(k.etag)) fail("etag", k.etag);
}

const PUBLICATION_CHECKS: Record<keyof Publication, Check> = {
  presentity: isNonEmpty,
  event: isEvent,
  etag: isNonEmpty,
  expiresAt: isTime,
  receivedAt: isTime,
  contentType: isNullableStr,
  body: (v) => v === null || Buffer.isBuffer(v),
  sender: isNullableStr,
  priority: isIntIn(-(2 ** 31), 2 ** 31 - 1),
  callId: isStr,
  version: isIntIn(0, Number.MAX_SAFE_INTEGER),
};
const OPTIONAL_PUBLICATION_FIELDS = new Set<string>(["callId", "version"]);

export function checkPublication(p: Publication): void {
  if (typeof p !== "object" || p === null) fail("publication", p);
  for (const [field, check] of Object.entries(PUBLICATION_CHECKS)) {
    const v = (p as unknown as Record<string, unknown>)[field];
    if (v === undefined && OPTIONAL_PUBLICATION_FIELDS.has(field)) continue;
    if (!check(v)) fail(`publication.${field}`, v);
  }
}

export function checkPublicationUpdate(u: PublicationUpdate): void {
  if (typeof u !== "object" || u === null) fail("publication update", u);
  if (!isNonEmpty(u.newEtag)) fail("newEtag", u.newEtag);
  checkTime(u.expiresAt, "expiresAt");
  checkTime(u.receivedAt, "receivedAt");
  for (const field of ["body", "contentType", "sender", "priority"] as const) {
    const v = u[field];
    if (v !== undefined && !PUBLICATION_CHECKS[field](v)) fail(`update.${field}`, v);
  }
}

const SUBSCRIPTION_CHECKS: Record<keyof Subscription, Check> = {
  id: isNonEmpty,
  slot: isSlot,
  presentity: isNonEmpty,
  presentityUri: isStr,
  localUri: isStr,
  event: isEvent,
  eventId: isNullableStr,
  watcher: isStr,
  watcherUri: isStr,
  watcherDisplayName: isNullableStr,
  callId: isStr,
  fromTag: isStr,
  toTag: isNonEmpty,
  remoteCSeq: isIntIn(0, MAX_CSEQ),
  localCSeq: isIntIn(0, MAX_CSEQ),
  contact: isStr,
  routeSet: isStrList,
  localContact: isStr,
  transport: isStr,
  sourceAddress: isStr,
  sourcePort: isIntIn(0, 65535),
  connectionId: isNullableStr,
  expiresAt: isTime,
  status: (v) => v === "active" || v === "pending" || v === "terminated",
  reason: isNullableStr,
  accept: isStrList,
  userAgent: isNullableStr,
  createdAt: isTime,
  updatedAt: isTime,
  version: isIntIn(0, Number.MAX_SAFE_INTEGER),
  extra: isStrMap,
};

/** Fields a patch cannot change: they locate the record. */
export const SUBSCRIPTION_IDENTITY_FIELDS: ReadonlySet<string> = new Set(["id", "slot", "toTag", "presentity", "event"]);

export function checkSubscription(s: Subscription): void {
  if (typeof s !== "object" || s === null) fail("subscription", s);
  for (const [field, check] of Object.entries(SUBSCRIPTION_CHECKS)) {
    const v = (s as unknown as Record<string, unknown>)[field];
    if (v === undefined && field === "extra") continue;
    if (!check(v)) fail(`subscription.${field}`, v);
  }
  if (s.toTag !== s.id) fail("subscription.toTag (must equal id)", s.toTag);
  if (s.slot !== presentitySlot(s.presentity)) fail("subscription.slot (must be presentitySlot(presentity))", s.slot);
}

/** Returns the fields the patch changes (identity fields and undefined values dropped). */
export function cleanSubscriptionPatch(patch: SubscriptionPatch): SubscriptionPatch {
  if (typeof patch !== "object" || patch === null) fail("subscription patch", patch);
  const out: Record<string, unknown> = {};
  for (const [field, v] of Object.entries(patch)) {
    if (v === undefined || SUBSCRIPTION_IDENTITY_FIELDS.has(field)) continue;
    const check = (SUBSCRIPTION_CHECKS as Record<string, Check | undefined>)[field];
    if (check === undefined) continue; // not a Subscription field
    if (!check(v)) fail(`patch.${field}`, v);
    out[field] = v;
  }
  return out as SubscriptionPatch;
}

/** A ref from the network (a To-tag) may be anything: malformed refs simply match nothing. */
export function isValidRef(ref: SubscriptionRef): boolean {
  return typeof ref === "object" && ref !== null && isSlot(ref.slot) && isNonEmpty(ref.id);
}

const WATCHER_CHECKS: Record<keyof WatcherRecord, Check> = {
  presentity: isNonEmpty,
  event: isEvent,
  watcher: isNonEmpty,
  watcherUri: isStr,
  watcherDisplayName: isNullableStr,
  status: (v) => v === "pending" || v === "active" || v === "terminated" || v === "rejected",
  reason: isNullableStr,
  insertedAt: isTime,
  callId: isStr,
};

export function checkWatcher(w: WatcherRecord): void {
  if (typeof w !== "object" || w === null) fail("watcher record", w);
  for (const [field, check] of Object.entries(WATCHER_CHECKS)) {
    const v = (w as unknown as Record<string, unknown>)[field];
    if (v === undefined && field === "callId") continue;
    if (!check(v)) fail(`watcher.${field}`, v);
  }
}

/** A subscription and the watcher record stored with it: both valid, the record of the same presentity and event. */
export function checkSubscriptionWithWatcher(s: Subscription, w: WatcherRecord): void {
  checkSubscription(s);
  checkWatcher(w);
  if (w.presentity !== s.presentity) fail("watcher.presentity (not the subscription's)", w.presentity);
  if (w.event !== s.event) fail("watcher.event (not the subscription's)", w.event);
}

export function checkWatcherKey(presentity: unknown, event: unknown, watcher: unknown): void {
  checkPresentity(presentity);
  checkEvent(event);
  checkPresentity(watcher, "watcher");
}
