import { createHash } from "node:crypto";
import type { EventPackage, WatcherInfoEntry } from "@presence/events";
import type { Subscription } from "@presence/store";
import type { CoreDeps } from "./context.js";
import type { CachedState } from "./state-cache.js";

/**
 * The shared state of a winfo package (Kamailio WINFO_TYPE) for one presentity: built from the
 * watched package's subscriptions and watchers table instead of publications (RFC 3857).
 */
export async function watcherInfoState(deps: CoreDeps, pkg: EventPackage, sub: Subscription): Promise<CachedState> {
  const contentType = sub.accept[0] ?? pkg.contentTypes[0] ?? null;
  const watched = pkg.watchersOf ? deps.events.get(pkg.watchersOf) : null;
  if (!watched || !pkg.watcherInfo) return { body: null, contentType, published: false };
  const [subs, records] = await Promise.all([
    deps.store.listSubscriptions(sub.presentity, watched.name, deps.now()),
    deps.store.listWatchers(sub.presentity, watched.name),
  ]);
  const watchers: WatcherInfoEntry[] = subs.map((s) => ({
    id: watcherId(s),
    watcherUri: s.watcherUri,
    displayName: s.watcherDisplayName,
    status: s.status,
    createdAt: s.createdAt,
    expiresAt: s.expiresAt,
  }));
  const authorizations = records.map((r) => ({ watcherUri: r.watcherUri, status: r.status, reason: r.reason }));
  const body = pkg.watcherInfo(
    { watchers, authorizations },
    { presentity: sub.presentity, presentityUri: sub.presentityUri, watchedPackage: watched.name },
  );
  return { body, contentType, published: watchers.length > 0 };
}

/**
 * RFC 3858 watcher id: stable for the subscription's lifetime and unique per resource, but not the
 * dialog's To-tag (which would let its reader act on another watcher's dialog).
 */
export function watcherId(sub: Pick<Subscription, "slot" | "id">): string {
  return createHash("sha256").update(`${sub.slot}\n${sub.id}`).digest("base64url").slice(0, 16);
}
