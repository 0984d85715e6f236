import { escapeAttr, escapeText } from "@presence/xml";
import type { AuthStatus, WatcherAuthorization, WatcherInfoEntry } from "../types.js";

/** RFC 3858 namespace. */
export const WATCHERINFO_NS = "urn:ietf:params:xml:ns:watcherinfo";
/** RFC 3858 media type. */
export const WATCHERINFO_CONTENT_TYPE = "application/watcherinfo+xml";

/** RFC 3857 4.7.1 watcher states (RFC 3858 `status`). */
export type WatcherStatusValue = "pending" | "active" | "waiting" | "terminated";
/** RFC 3857 4.7.1 events (RFC 3858 `event`): the transition that led to the status. */
export type WatcherEventValue = "subscribe" | "approved" | "deactivated" | "probation" | "rejected" | "timeout" | "giveup" | "noresource";

/** One `watcher` element. */
export interface WatcherElement {
  id: string;
  uri: string;
  status: WatcherStatusValue;
  event: WatcherEventValue;
  displayName?: string | null;
  /** Seconds until the subscription expires. */
  expiration?: number;
  /** Seconds since the subscription was created. */
  durationSubscribed?: number;
}

export interface WatcherInfoDocument {
  version: number;
  state: "full" | "partial";
  /** The watched resource (`watcher-list resource`). */
  resource: string;
  /** The watched package (`watcher-list package`). */
  package: string;
  watchers: readonly WatcherElement[];
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Serializes an RFC 3858 watcherinfo document with one watcher-list. */
export function renderWatcherInfo(doc: WatcherInfoDocument): Buffer {
  let out = `${XML_DECL}<watcherinfo xmlns="${WATCHERINFO_NS}" version="${doc.version}" state="${doc.state}">\n`;
  out += `  <watcher-list resource="${escapeAttr(doc.resource)}" package="${escapeAttr(doc.package)}"`;
  if (doc.watchers.length === 0) return Buffer.from(`${out}/>\n</watcherinfo>\n`, "utf8");
  out += ">\n";
  for (const w of doc.watchers) {
    out += `    <watcher id="${escapeAttr(w.id)}" status="${w.status}" event="${w.event}"`;
    if (w.displayName) out += ` display-name="${escapeAttr(w.displayName)}"`;
    if (w.expiration !== undefined) out += ` expiration="${Math.max(0, Math.floor(w.expiration))}"`;
    if (w.durationSubscribed !== undefined) out += ` duration-subscribed="${Math.max(0, Math.floor(w.durationSubscribed))}"`;
    out += `>${escapeText(w.uri)}</watcher>\n`;
  }
  return Buffer.from(`${out}  </watcher-list>\n</watcherinfo>\n`, "utf8");
}

/**
 * The state shared by every winfo subscriber of one presentity: the watched package's
 * subscriptions with their times, so each NOTIFY computes durations at its own send time.
 */
export interface SharedWatcherState {
  resource: string;
  package: string;
  watchers: WatcherInfoEntry[];
  authorizations: WatcherAuthorization[];
}

export function encodeSharedState(state: SharedWatcherState): Buffer {
  return Buffer.from(JSON.stringify(state), "utf8");
}

const STATUSES = new Set<AuthStatus>(["active", "pending", "terminated"]);

/** Decodes encodeSharedState's bytes; null for anything else. */
export function decodeSharedState(body: Buffer): SharedWatcherState | null {
  let v: unknown;
  try {
    v = JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
  if (!isObject(v) || typeof v.resource !== "string" || typeof v.package !== "string" || !Array.isArray(v.watchers) || !Array.isArray(v.authorizations)) return null;
  const watchers: WatcherInfoEntry[] = [];
  for (const w of v.watchers) {
    if (!isObject(w) || typeof w.id !== "string" || typeof w.watcherUri !== "string" || !STATUSES.has(w.status as AuthStatus)) return null;
    if (typeof w.createdAt !== "number" || typeof w.expiresAt !== "number") return null;
    watchers.push({
      id: w.id,
      watcherUri: w.watcherUri,
      displayName: typeof w.displayName === "string" ? w.displayName : null,
      status: w.status as AuthStatus,
      createdAt: w.createdAt,
      expiresAt: w.expiresAt,
    });
  }
  const authorizations: WatcherAuthorization[] = [];
  for (const a of v.authorizations) {
    if (!isObject(a) || typeof a.watcherUri !== "string" || typeof a.status !== "string") return null;
    authorizations.push({ watcherUri: a.watcherUri, status: a.status as WatcherAuthorization["status"], reason: typeof a.reason === "string" ? a.reason : null });
  }
  return { resource: v.resource, package: v.package, watchers, authorizations };
}

/** What one winfo subscriber has been told about one watcher. */
export interface ReportedWatcher {
  status: WatcherStatusValue;
  event: WatcherEventValue;
  uri: string;
}

/** What one winfo subscriber knows: the watchers of its last NOTIFY and the SUBSCRIBE it answered. */
export interface WatcherSnapshot {
  /** remoteCSeq of the winfo subscription when the snapshot was sent. */
  cseq: number;
  watchers: Map<string, ReportedWatcher>;
}

const SNAPSHOT_CSEQ = "winfo.cseq";
const SNAPSHOT_PART = "winfo.";
// The store keeps at most 256 extra values of at most 8192 characters each.
const PART_CHARS = 8000;
const MAX_PARTS = 250;

/**
 * Stores a snapshot in a subscription's extra map: the JSON of [id, status, event, uri] tuples cut
 * into parts. A snapshot too large for the store is not kept (the next NOTIFY is then full state).
 */
export function encodeSnapshot(s: WatcherSnapshot): Record<string, string> {
  const json = JSON.stringify([...s.watchers].map(([id, w]) => [id, w.status, w.event, w.uri]));
  const parts = Math.ceil(json.length / PART_CHARS);
  if (parts > MAX_PARTS) return {};
  const out: Record<string, string> = { [SNAPSHOT_CSEQ]: String(s.cseq) };
  for (let i = 0; i < parts; i++) out[`${SNAPSHOT_PART}${i}`] = json.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
  return out;
}

/** Reads encodeSnapshot's values; null when there is none or it is unusable. */
export function decodeSnapshot(extra: Readonly<Record<string, string>> | undefined): WatcherSnapshot | null {
  const cseq = extra?.[SNAPSHOT_CSEQ];
  if (!extra || cseq === undefined || !/^\d+$/.test(cseq)) return null;
  let json = "";
  for (let i = 0; extra[`${SNAPSHOT_PART}${i}`] !== undefined; i++) json += extra[`${SNAPSHOT_PART}${i}`];
  let rows: unknown;
  try {
    rows = JSON.parse(json === "" ? "[]" : json);
  } catch {
    return null;
  }
  if (!Array.isArray(rows)) return null;
  const watchers = new Map<string, ReportedWatcher>();
  for (const r of rows) {
    if (!Array.isArray(r) || r.length !== 4 || !r.every((x) => typeof x === "string")) return null;
    const [id, status, event, uri] = r as [string, WatcherStatusValue, WatcherEventValue, string];
    watchers.set(id, { status, event, uri });
  }
  return { cseq: Number(cseq), watchers };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
