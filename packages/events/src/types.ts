/** Event header parameters; names lower-case, null for a parameter without value. */
export type EventParams = Readonly<Record<string, string | null>>;

/** A parsed Event header (RFC 6665 8.2.1): the event type and its parameters. */
export interface EventHeader {
  event: string;
  params: EventParams;
}

/** Kamailio pres_ev_t.type: PUBLISH-fed packages, or watcher-information packages (RFC 3857). */
export type PackageType = "publication" | "winfo";

/** Identifies the presentity a body is built for (Kamailio's pres_user/pres_domain pair). */
export interface PresentityContext {
  /** Canonical presentity key "user@host". */
  presentity: string;
  /** Full presentity URI, e.g. "sip:alice@example.com"; the PIDF entity. */
  presentityUri: string;
}

export interface PublishContext extends PresentityContext {
  /** The publisher (handle_publish's sender), when known. */
  sender?: string | null;
}

/** evs_publ_handl result: accept (optionally with a rewritten body to store) or refuse with a status. */
export type PublishValidation =
  | { ok: true; normalized?: Buffer }
  | {
      ok: false;
      /** 400: the body is not a valid document of the package; 415: wrong Content-Type. */
      status: 400 | 415;
      /** Short reason naming the defect, usable as the SIP reason phrase. */
      reason: string;
      /** Longer explanation (position of an XML error...), for a Warning header or logs. */
      warning?: string;
    };

export interface SubscribeContext extends PresentityContext {
  event: EventHeader;
  /** Canonical watcher key "user@host". */
  watcher: string;
  watcherUri: string;
  /** Accept header elements; null when the header is absent. */
  accept: readonly string[] | null;
  expires: number;
  /** SUBSCRIBE body (filters, RFC 4660), when any. */
  body: Buffer | null;
  contentType: string | null;
}

/** evs_subs_handl result. */
export type SubscribeCheck = { ok: true } | { ok: false; status: number; reason: string; warning?: string };

/** One stored publication of a presentity, as handed to agg_nbody. */
export interface AggregationInput {
  /** Entity tag of the publication (RFC 3903). */
  etag: string;
  body: Buffer;
  /** Content-Type the publication was stored with. */
  contentType: string;
  /** Epoch milliseconds of the PUBLISH that set this body. */
  receivedAt: number;
  /** xavp_cfg priority; higher first when retrieve_order=1. */
  priority: number;
  /** Publisher URI, null when unknown. */
  sender: string | null;
}

/** Subscription-State of a watcher as decided by authorization (RFC 6665 4.1.3). */
export type AuthStatus = "active" | "pending" | "terminated";

/** get_auth_status result. */
export interface AuthDecision {
  status: AuthStatus;
  /** Subscription-State reason, e.g. "rejected" for a blocked watcher. */
  reason?: string | null;
  /** RFC 5025 3.2.1 polite-block: reported active, but the watcher only ever sees an unavailable presentity. */
  politeBlock?: boolean;
}

/**
 * An authorization rules document of a presentity (RFC 5025 pres-rules, stored through XCAP).
 * Kamailio: the auth_rules_doc filled in by get_rules_doc.
 */
export interface RulesDocument {
  /** Normally "application/auth-policy+xml". */
  contentType: string;
  body: Buffer;
  /** XCAP entity tag of the document, when known. */
  etag?: string | null;
}

export interface AuthContext extends PresentityContext {
  /** Canonical watcher key "user@host". */
  watcher: string;
  /** The watcher's (authenticated) URI, compared against rule identities. */
  watcherUri: string;
  /** The presentity's rules, null when it has none. */
  rules: RulesDocument | null;
  /** Evaluation time for time-limited rules (epoch ms); defaults to now. */
  now?: number;
}

export interface ApplyAuthContext extends AuthContext {
  /** The watcher's current authorization. */
  decision: AuthDecision;
}

/** The fields of a subscription dialog an event package may read (a subset of the store's record). */
export interface WatcherSubscription {
  id: string;
  presentity: string;
  presentityUri: string;
  event: string;
  eventId: string | null;
  watcher: string;
  watcherUri: string;
  watcherDisplayName: string | null;
  status: string;
  version: number;
  accept: readonly string[];
  /** CSeq of the last SUBSCRIBE on the dialog: it changes when the watcher refreshes. */
  remoteCSeq: number;
  /** Package values stored with the previous NOTIFY (PerWatcherBody.extra). */
  extra?: Readonly<Record<string, string>>;
}

/** aux_body_processing input: the subscription and the version this NOTIFY carries. */
export interface PerWatcherContext {
  subscription: WatcherSubscription;
  /** The version for this NOTIFY: 0 for the first, then one more for every NOTIFY with a body. */
  version: number;
  /** Epoch milliseconds; the time the NOTIFY is built. */
  now: number;
  /** The final NOTIFY (terminated): it is sent whatever the package returns. */
  final: boolean;
}

/**
 * aux_body_processing result: the body for this watcher and, optionally, values stored on the
 * subscription (its whole `extra` map) together with the next version before the NOTIFY leaves.
 * null = nothing new for this watcher: no NOTIFY is sent (the NOTIFY after a SUBSCRIBE must never
 * be skipped; a package detects one by `remoteCSeq` changing).
 */
export type PerWatcherBody = { body: Buffer | null; extra?: Record<string, string> } | null;

/** One subscription to the watched package, as a winfo package sees it (RFC 3858 `watcher`). */
export interface WatcherInfoEntry {
  /** Opaque identifier of the subscription, stable for its lifetime (never its dialog tags). */
  id: string;
  /** The watcher's URI (the SUBSCRIBE's From, or the asserted identity). */
  watcherUri: string;
  displayName: string | null;
  status: AuthStatus;
  /** Epoch milliseconds. */
  createdAt: number;
  expiresAt: number;
}

/** A watchers-table record (Kamailio `watchers`): the presentity's decision about one watcher. */
export interface WatcherAuthorization {
  watcherUri: string;
  status: "pending" | "active" | "terminated" | "rejected";
  reason: string | null;
}

/** The input of a winfo package: the watched package's subscriptions and watchers table. */
export interface WatcherInfoInput {
  watchers: readonly WatcherInfoEntry[];
  authorizations: readonly WatcherAuthorization[];
}

export interface WatcherInfoContext extends PresentityContext {
  /** The registered name of the watched package, e.g. "presence". */
  watchedPackage: string;
}

/**
 * An event package: Kamailio's pres_ev_t as a TypeScript object. Registered with
 * EventRegistry.add (add_event); the PUBLISH, SUBSCRIBE and NOTIFY paths call its members.
 */
export interface EventPackage {
  /**
   * pres_ev_t.name: the full name as in the Event header with the parameters the package requires,
   * e.g. "presence", "presence.winfo", "dialog", "dialog;sla", "message-summary". Unique in a registry.
   */
  readonly name: string;
  /** pres_ev_t.evp->name (parsed event_t): the event type token, e.g. "dialog" for "dialog;sla". */
  readonly event: string;
  /** pres_ev_t.evp->params: parameters a request must carry to select this package ({ sla: null }). */
  readonly params: EventParams;
  /**
   * Further Event parameters the package understands without requiring them (e.g. RFC 4235's
   * call-id, from-tag). Kamailio refuses any parameter it does not know; `id` (RFC 6665 8.2.1) is
   * always allowed.
   */
  readonly optionalParams?: readonly string[];
  /**
   * pres_ev_t.content_type: media types accepted in PUBLISH bodies (lower-case, no parameters).
   * The first is the default for NOTIFY bodies and for SUBSCRIBEs without Accept.
   */
  readonly contentTypes: readonly string[];
  /**
   * Accept negotiation for SUBSCRIBE (RFC 6665 / RFC 3856): null Accept (header absent) gives
   * the package default; otherwise the best acceptable content type, or null (-> 406).
   * No pres_ev_t field: derived from content_type.
   */
  negotiate(accept: readonly string[] | null): string | null;
  /** pres_ev_t.default_expires: Expires granted when a request has none (seconds). */
  readonly defaultExpires: number;
  /**
   * pres_ev_t.etag_not_new: true = a refresh without body keeps its entity-tag; false = every
   * successful PUBLISH gets a new one (RFC 3903 4.1).
   */
  readonly etagNotNew: boolean;
  /** pres_ev_t.req_auth: subscriptions need authorization (getAuthStatus/applyAuth are used). */
  readonly reqAuth: boolean;
  /** pres_ev_t.type: PUBLISH-fed ("publication") or watcher information ("winfo"). */
  readonly type: PackageType;
  /**
   * pres_ev_t.wipeer, winfo packages only: the name of the package whose watchers this one
   * reports (e.g. "presence" for "presence.winfo").
   */
  readonly watchersOf?: string;
  /**
   * pres_ev_t.evs_publ_handl: checks a PUBLISH body. 415 for a Content-Type not in contentTypes,
   * 400 for a body that is not a valid document. `normalized` replaces the body that is stored.
   */
  validatePublish(body: Buffer, contentType: string, ctx: PublishContext): PublishValidation;
  /** pres_ev_t.evs_subs_handl: optional package-specific SUBSCRIBE check. */
  onSubscribe?(ctx: SubscribeContext): SubscribeCheck;
  /**
   * pres_ev_t.agg_nbody: all current publications of one presentity combined into one NOTIFY body.
   * Packages without aggregation return the most recent publication (Kamailio's behaviour when
   * agg_nbody is NULL); see latestPublication(). null = NOTIFY without body.
   */
  aggregate(pubs: readonly AggregationInput[], ctx: PresentityContext): Buffer | null;
  /**
   * The body when nothing is published (Kamailio: agg_nbody called without bodies, e.g.
   * presence_xml's force_dummy_presence). null = NOTIFY without body.
   */
  emptyBody(ctx: PresentityContext): Buffer | null;
  /**
   * pres_ev_t.get_rules_doc: fetches the presentity's authorization rules (XCAP pres-rules).
   * Absent = the package has no rules store.
   */
  getRulesDoc?(ctx: PresentityContext): Promise<RulesDocument | null>;
  /**
   * pres_ev_t.get_auth_status (is_allowed_t): the Subscription-State a watcher gets from the rules.
   * Called only when reqAuth is true.
   */
  getAuthStatus?(ctx: AuthContext): AuthDecision;
  /**
   * pres_ev_t.apply_auth_nbody: the body a watcher may see given its authorization (filtering per
   * RFC 5025 transformations). null = no body for this watcher. Called only when reqAuth is true.
   */
  applyAuth?(body: Buffer | null, ctx: ApplyAuthContext): Buffer | null;
  /**
   * pres_ev_t.aux_body_processing: per-watcher rewrite of the body, e.g. the version attribute of
   * dialog-info (RFC 4235) or watcherinfo (RFC 3858) documents. When present, every NOTIFY with a
   * body uses `ctx.version` and the subscription's version goes up by one.
   */
  perWatcherBody?(body: Buffer, ctx: PerWatcherContext): PerWatcherBody;
  /**
   * winfo packages only (pres_ev_t type WINFO_TYPE): the state shared by the package's subscribers
   * of one presentity, built from the watched package's subscriptions instead of publications.
   * The bytes are the package's own; perWatcherBody turns them into each subscriber's document.
   */
  watcherInfo?(input: WatcherInfoInput, ctx: WatcherInfoContext): Buffer | null;
}
