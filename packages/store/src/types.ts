// Records and the Store interface shared by the in-memory and the Redis implementation.
// Kamailio's tables map onto them: presentity -> Publication, active_watchers -> Subscription,
// watchers -> WatcherRecord. All times are epoch milliseconds (integers).

/** One PUBLISHed state, stored per ETag (Kamailio table `presentity`). */
export interface Publication {
  /** Canonical presentity "user@host" (the PUBLISH Request-URI). */
  presentity: string;
  /** Event package name with its parameters, e.g. "presence", "dialog;sla". */
  event: string;
  /** Entity tag we issued for this publication (RFC 3903 SIP-ETag). */
  etag: string;
  /** When the publication expires (receivedAt + granted Expires). */
  expiresAt: number;
  /** When the PUBLISH that created or last refreshed it was received; aggregation order. */
  receivedAt: number;
  /** Content-Type of the body, null when the PUBLISH carried none. */
  contentType: string | null;
  /** The published document, byte-exact; null for a body-less publication. */
  body: Buffer | null;
  /** Sender URI whose own subscriptions get no NOTIFY for this change (handle_publish(sender_uri)). */
  sender: string | null;
  /** Aggregation priority (xavp_cfg priority; higher first when retrieve_order=1). Default 0. */
  priority: number;
  /** Call-ID of the PUBLISH that created it (diagnostics, Kamailio's presentity.callid). */
  callId?: string;
  /** Document version counter kept by the event package, when it needs one. */
  version?: number;
}

/** Identifies a publication: the ETag is unique within one presentity and event. */
export interface PublicationKey {
  presentity: string;
  event: string;
  etag: string;
}

/**
 * A refresh or modification of a publication (RFC 3903 SIP-If-Match). `body`, `contentType`,
 * `sender` and `priority` keep their stored values when undefined; null clears them.
 */
export interface PublicationUpdate {
  /** The new entity tag; RFC 3903 4.1: a new ETag on every successful refresh or modify. */
  newEtag: string;
  expiresAt: number;
  /** Time of the refreshing PUBLISH; an ETag that expired before it no longer matches. */
  receivedAt: number;
  body?: Buffer | null;
  contentType?: string | null;
  sender?: string | null;
  priority?: number;
}

/** A successful updatePublication: the stored result, and whether the document changed. */
export interface PublicationUpdated {
  publication: Publication;
  /**
   * The update stored a body or Content-Type different from the previous one: a modification that
   * watchers must hear of, not a refresh (RFC 3903 4.4 / 4.6).
   */
  documentChanged: boolean;
}

export type SubscriptionStatus = "active" | "pending" | "terminated";

/** One subscription dialog, notifier side (Kamailio table `active_watchers`). */
export interface Subscription {
  /** Our To-tag; unique over all subscriptions. Identifies the record together with `slot`. */
  id: string;
  /** presentitySlot(presentity); embedded in the To-tag so in-dialog requests find the record. */
  slot: string;
  /** Canonical presentity "user@host" (the SUBSCRIBE Request-URI). */
  presentity: string;
  /** Full presentity URI as subscribed, e.g. "sip:bob@example.com" ($subs(uri)). */
  presentityUri: string;
  /** Our URI in the dialog: the SUBSCRIBE's To URI, the From URI of every NOTIFY (RFC 3261 12.1.1). */
  localUri: string;
  /** Event package, e.g. "presence", "presence.winfo", "dialog". */
  event: string;
  /** The Event header's id parameter (RFC 6665 8.2.1), null when absent. */
  eventId: string | null;
  /** Canonical watcher "user@host" (From URI without parameters). */
  watcher: string;
  /** Full From URI of the watcher. */
  watcherUri: string;
  /** From display name, null when absent. */
  watcherDisplayName: string | null;
  /** Call-ID of the dialog. */
  callId: string;
  /** The watcher's tag (From tag of the SUBSCRIBE). */
  fromTag: string;
  /** Our tag; always equal to `id`. */
  toTag: string;
  /** CSeq of the last SUBSCRIBE accepted on this dialog (RFC 3261 12.2.2 ordering). */
  remoteCSeq: number;
  /** CSeq of the last NOTIFY sent; nextLocalCSeq() increments it. */
  localCSeq: number;
  /** Remote target URI (the SUBSCRIBE's Contact). */
  contact: string;
  /** Route set for in-dialog requests, in the order they are sent (RFC 3261 12.1.1). */
  routeSet: string[];
  /** Our Contact (server_address) for this dialog. */
  localContact: string;
  /** Transport the SUBSCRIBE came in on: "udp", "tcp", "tls", "ws", "wss". */
  transport: string;
  /** Source IP address of the SUBSCRIBE (where NOTIFYs go without outbound proxy). */
  sourceAddress: string;
  /** Source port of the SUBSCRIBE. */
  sourcePort: number;
  /** Edge connection id of a connection-oriented flow, null for UDP. */
  connectionId: string | null;
  /** When the subscription expires. */
  expiresAt: number;
  /** Subscription-State of the dialog (RFC 6665 4.1.3). */
  status: SubscriptionStatus;
  /** Subscription-State reason (e.g. "timeout", "rejected"), null when none. */
  reason: string | null;
  /** Accept header values of the SUBSCRIBE, in order. */
  accept: string[];
  /** User-Agent of the watcher, null when absent. */
  userAgent: string | null;
  /** When the dialog was created. */
  createdAt: number;
  /** When the dialog was last changed by a SUBSCRIBE. */
  updatedAt: number;
  /** Per-watcher body version (winfo and dialog documents). */
  version: number;
  /** Event-package specific values (flat string map). */
  extra?: Record<string, string>;
}

/** Locates a subscription dialog; both parts come from our To-tag. */
export interface SubscriptionRef {
  slot: string;
  id: string;
}

/** Fields that identify a subscription and are never changed by updateSubscription(). */
export type SubscriptionIdentityField = "id" | "slot" | "toTag" | "presentity" | "event";

/** A partial update of a subscription; identity fields (SubscriptionIdentityField) are ignored. */
export type SubscriptionPatch = Partial<Subscription>;

export type WatcherStatus = "pending" | "active" | "terminated" | "rejected";

/** Authorization state of one watcher of a presentity (Kamailio table `watchers`). */
export interface WatcherRecord {
  /** Canonical presentity "user@host". */
  presentity: string;
  /** Event package the authorization applies to. */
  event: string;
  /** Canonical watcher "user@host"; unique within presentity and event. */
  watcher: string;
  /** Full watcher URI as last seen. */
  watcherUri: string;
  /** Watcher display name, null when absent. */
  watcherDisplayName: string | null;
  /** Authorization decision (RFC 3857 watcher status). */
  status: WatcherStatus;
  /** Reason of a terminated/rejected state, null when none. */
  reason: string | null;
  /** When the watcher first subscribed. */
  insertedAt: number;
  /** Call-ID of the subscription that created the record. */
  callId?: string;
}

/** Connection counters of a networked store (Redis), for metrics. */
export interface BackendStats {
  /** Connection errors reported by the client (each failed connect or reconnect attempt). */
  connectionErrors: number;
  /** Reconnect attempts started after a lost connection. */
  reconnects: number;
  /** Calls that failed because the backend was unreachable or answered with an error. */
  commandErrors: number;
}

/**
 * The state store of the presence server. Every operation is atomic; the Redis implementation
 * rejects with a StoreError (retryable when Redis is unreachable) and the in-memory one never
 * does except for invalid arguments. Calls concerning one presentity take effect in the order they
 * are made: a read called after a write, before that write settles, sees it (RedisStore sends each
 * call's commands when it is called, and a presentity's keys share one slot, so one connection).
 */
export interface Store {
  /** Present on networked stores: live counters of the connection to the backend. */
  readonly backendStats?: BackendStats;
  // ---- publications (presentity table) ----
  /** Stores a new publication; replaces one with the same ETag. */
  insertPublication(p: Publication): Promise<void>;
  /**
   * Compare-and-swap on the ETag: applies the update and renames the ETag when a publication with
   * `key.etag` exists and has not expired at `update.receivedAt`; otherwise null (RFC 3903 412).
   */
  updatePublication(key: PublicationKey, update: PublicationUpdate): Promise<PublicationUpdated | null>;
  /** Removes a publication and returns it, null when there was none. */
  deletePublication(key: PublicationKey): Promise<Publication | null>;
  /** Publications of one presentity and event that have not expired at `now`, oldest receivedAt first. */
  listPublications(presentity: string, event: string, now: number): Promise<Publication[]>;
  /** Removes and returns up to `limit` publications expired at `now`; each one goes to exactly one caller. */
  takeExpiredPublications(now: number, limit: number): Promise<Publication[]>;
  /** Number of stored publications, of one event when given (expired ones not yet taken included). */
  countPublications(event?: string): Promise<number>;
  /** Presentities with stored publications (of one event when given), sorted. */
  listPresentities(event?: string): Promise<string[]>;

  // ---- subscriptions (active_watchers table) ----
  /** Inserts or replaces a subscription (key: slot + id). */
  putSubscription(s: Subscription): Promise<void>;
  /**
   * putWatcher and putSubscription of a new dialog in one step: both are stored or neither. The
   * watcher record must be of the subscription's presentity and event (on Redis they share a slot,
   * so this is one atomic write and one round trip fewer).
   */
  putSubscriptionWithWatcher(s: Subscription, w: WatcherRecord): Promise<void>;
  /** The subscription, or null (also for a malformed ref). */
  getSubscription(ref: SubscriptionRef): Promise<Subscription | null>;
  /**
   * Atomically merges `patch` into the stored subscription; null when it is gone. `known.event`:
   * the subscription's event as the caller just read it, so a store that files expiry entries per
   * event needs no read of its own first; a record of another event counts as gone (left as is).
   */
  updateSubscription(ref: SubscriptionRef, patch: SubscriptionPatch, known?: { event: string }): Promise<Subscription | null>;
  /** Atomically increments localCSeq and returns the new value (the next NOTIFY's CSeq); null when gone. */
  nextLocalCSeq(ref: SubscriptionRef): Promise<number | null>;
  /** Removes a subscription and returns it, null when there was none. */
  deleteSubscription(ref: SubscriptionRef): Promise<Subscription | null>;
  /** Subscriptions to one presentity and event not expired at `now`, oldest createdAt first. */
  listSubscriptions(presentity: string, event: string, now: number): Promise<Subscription[]>;
  /**
   * The refs of listSubscriptions without reading the records (one index read on Redis). Another
   * presentity sharing the slot (a hash collision) may add dialogs of its own: whoever reads the
   * records checks `presentity`.
   */
  listSubscriptionRefs(presentity: string, event: string, now: number): Promise<SubscriptionRef[]>;
  /** Removes and returns up to `limit` subscriptions expired at `now`; each one goes to exactly one caller. */
  takeExpiredSubscriptions(now: number, limit: number): Promise<Subscription[]>;
  /** Number of stored subscriptions (of one event when given; expired ones not yet taken included). */
  countSubscriptions(event?: string): Promise<number>;

  // ---- watchers (watchers table) ----
  /** Inserts or replaces the authorization record of one watcher. */
  putWatcher(w: WatcherRecord): Promise<void>;
  getWatcher(presentity: string, event: string, watcher: string): Promise<WatcherRecord | null>;
  /** All watcher records of one presentity and event, oldest insertedAt first. */
  listWatchers(presentity: string, event: string): Promise<WatcherRecord[]>;
  /** Removes a watcher record and returns it, null when there was none. */
  deleteWatcher(presentity: string, event: string, watcher: string): Promise<WatcherRecord | null>;

  /** Releases connections; the store is unusable afterwards. */
  close(): Promise<void>;
}
