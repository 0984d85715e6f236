import { negotiateContentType } from "../accept.js";
import { formatEventName, parseEventName } from "../event-name.js";
import { InvalidEventPackageError } from "../errors.js";
import type {
  EventPackage,
  PerWatcherBody,
  PerWatcherContext,
  PublishValidation,
  SubscribeCheck,
  SubscribeContext,
  WatcherAuthorization,
  WatcherInfoContext,
  WatcherInfoInput,
} from "../types.js";
import {
  decodeSharedState,
  decodeSnapshot,
  encodeSharedState,
  encodeSnapshot,
  renderWatcherInfo,
  WATCHERINFO_CONTENT_TYPE,
  type ReportedWatcher,
  type WatcherElement,
  type WatcherEventValue,
} from "./watcherinfo.js";

export interface WinfoPackageOptions {
  /** The package whose watchers are reported. Default "presence" (giving "presence.winfo"). */
  watchedPackage?: string;
  /** Expires granted when a request has none. Default 3600 (RFC 3857 4.4). */
  defaultExpires?: number;
  /**
   * Who may subscribe to a resource's watcher information. Default: only the resource itself
   * (watcher and presentity are the same user@host). Others get 403.
   */
  authorize?: (ctx: SubscribeContext) => boolean;
}

/**
 * The watcher information template-package (RFC 3857) with RFC 3858 documents, e.g.
 * "presence.winfo": Kamailio's WINFO_TYPE event. Its state is the watched package's subscriptions.
 * The first NOTIFY and the one after every SUBSCRIBE carry full state; a NOTIFY caused by a watcher
 * change carries partial state with just the watchers that changed, those that left reported as
 * terminated. Every NOTIFY has the subscription's next version.
 */
export function winfoPackage(opts: WinfoPackageOptions = {}): EventPackage {
  const watched = parseEventName(opts.watchedPackage ?? "presence");
  if (!watched) throw new InvalidEventPackageError(String(opts.watchedPackage), "watchedPackage is not an event name");
  const event = `${watched.event}.winfo`;
  const contentTypes = [WATCHERINFO_CONTENT_TYPE] as const;
  const authorize = opts.authorize ?? ((ctx: SubscribeContext) => ctx.watcher === ctx.presentity);

  return {
    name: formatEventName(event, watched.params),
    event,
    params: watched.params,
    contentTypes,
    defaultExpires: opts.defaultExpires ?? 3600,
    etagNotNew: false,
    reqAuth: false,
    type: "winfo",
    watchersOf: formatEventName(watched.event, watched.params),

    negotiate(accept: readonly string[] | null): string | null {
      return negotiateContentType(contentTypes, accept);
    },

    // Watcher information is the server's own state; the core refuses PUBLISH before this is reached.
    validatePublish(): PublishValidation {
      return { ok: false, status: 415, reason: "Unsupported Media Type", warning: "watcher information cannot be published" };
    },

    // RFC 3857 4.6: watcher information is sensitive; by default a user may only see its own.
    onSubscribe(ctx: SubscribeContext): SubscribeCheck {
      if (authorize(ctx)) return { ok: true };
      return { ok: false, status: 403, reason: "Forbidden", warning: "only the resource itself may subscribe to its watcher information" };
    },

    aggregate: () => null,
    emptyBody: () => null,

    watcherInfo(input: WatcherInfoInput, ctx: WatcherInfoContext): Buffer {
      return encodeSharedState({
        resource: ctx.presentityUri,
        package: ctx.watchedPackage,
        watchers: [...input.watchers],
        authorizations: [...input.authorizations],
      });
    },

    perWatcherBody(body: Buffer, ctx: PerWatcherContext): PerWatcherBody {
      const state = decodeSharedState(body);
      if (!state) return { body: null };
      const sub = ctx.subscription;
      const before = decodeSnapshot(sub.extra);
      const now = new Map<string, ReportedWatcher>();
      const elements: WatcherElement[] = [];
      const changed: WatcherElement[] = [];
      for (const w of state.watchers) {
        const prev = before?.watchers.get(w.id);
        const reported: ReportedWatcher = { status: w.status, event: eventFor(w.status, prev, state.authorizations, w.watcherUri), uri: w.watcherUri };
        now.set(w.id, reported);
        const el: WatcherElement = {
          id: w.id,
          uri: w.watcherUri,
          status: reported.status,
          event: reported.event,
          displayName: w.displayName,
          expiration: Math.ceil((w.expiresAt - ctx.now) / 1000),
          durationSubscribed: (ctx.now - w.createdAt) / 1000,
        };
        elements.push(el);
        if (!prev || prev.status !== reported.status) changed.push(el);
      }
      // RFC 3858 4: the first NOTIFY is full state; so is the one after a (re-)SUBSCRIBE, which
      // is how a subscriber that missed a version resynchronizes.
      const full = ctx.final || before === null || before.cseq !== sub.remoteCSeq;
      let listed = elements;
      if (!full) {
        const left: WatcherElement[] = [];
        for (const [id, w] of before.watchers) {
          if (now.has(id) || w.status === "terminated") continue;
          left.push({ id, uri: w.uri, status: "terminated", event: leftBecause(w.uri, state.authorizations) });
        }
        listed = [...changed, ...left];
        // Nothing this subscriber has not been told already: no NOTIFY.
        if (listed.length === 0) return null;
      }
      const doc = renderWatcherInfo({ version: ctx.version, state: full ? "full" : "partial", resource: state.resource, package: state.package, watchers: listed });
      return { body: doc, extra: encodeSnapshot({ cseq: sub.remoteCSeq, watchers: now }) };
    },
  };
}

function rejected(uri: string, auth: readonly WatcherAuthorization[]): boolean {
  const a = auth.find((x) => x.watcherUri === uri);
  return a !== undefined && (a.status === "rejected" || a.status === "terminated");
}

/**
 * RFC 3857 4.7.1: the event that led to the watcher's status. A subscription accepted at once is
 * active by "subscribe", one waiting for authorization pending by "subscribe", pending then
 * active by "approved".
 */
function eventFor(status: ReportedWatcher["status"], prev: ReportedWatcher | undefined, auth: readonly WatcherAuthorization[], uri: string): WatcherEventValue {
  if (status === "pending") return "subscribe";
  if (status === "terminated") return rejected(uri, auth) ? "rejected" : "deactivated";
  if (prev?.status === "pending") return "approved";
  if (prev?.status === status) return prev.event;
  return "subscribe";
}

/**
 * Why a watcher's subscription is gone: "rejected" when the presentity's decision now refuses it,
 * otherwise "timeout" (RFC 3857 4.7.1: expiry, and an unsubscribe by the watcher, are timeouts).
 */
function leftBecause(uri: string, auth: readonly WatcherAuthorization[]): WatcherEventValue {
  return rejected(uri, auth) ? "rejected" : "timeout";
}
