// Deep copies that also normalise optional fields (absent, never `undefined`), so records compare
// equal whichever store returned them and callers cannot reach into stored state.
import type { Publication, Subscription, WatcherRecord } from "./types.js";

export function copyPublication(p: Publication): Publication {
  const out: Publication = {
    presentity: p.presentity,
    event: p.event,
    etag: p.etag,
    expiresAt: p.expiresAt,
    receivedAt: p.receivedAt,
    contentType: p.contentType,
    body: p.body === null ? null : Buffer.from(p.body),
    sender: p.sender,
    priority: p.priority,
  };
  if (p.callId !== undefined) out.callId = p.callId;
  if (p.version !== undefined) out.version = p.version;
  return out;
}

export function copySubscription(s: Subscription): Subscription {
  const out: Subscription = {
    ...s,
    routeSet: [...s.routeSet],
    accept: [...s.accept],
  };
  if (s.extra === undefined) delete out.extra;
  else out.extra = { ...s.extra };
  return out;
}

export function copyWatcher(w: WatcherRecord): WatcherRecord {
  const out: WatcherRecord = { ...w };
  if (w.callId === undefined) delete out.callId;
  return out;
}

export function byReceivedAt(a: Publication, b: Publication): number {
  return a.receivedAt - b.receivedAt || (a.etag < b.etag ? -1 : a.etag > b.etag ? 1 : 0);
}

export function byCreatedAt(a: Subscription, b: Subscription): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function byInsertedAt(a: WatcherRecord, b: WatcherRecord): number {
  return a.insertedAt - b.insertedAt || (a.watcher < b.watcher ? -1 : a.watcher > b.watcher ? 1 : 0);
}
