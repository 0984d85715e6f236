import {
  boolean,
  booleanOr,
  choice,
  host,
  integer,
  intChoice,
  listOf,
  nullable,
  required,
  sipUri,
  stringOf,
  urlOf,
  type ValueType,
} from "./value-types.js";

export type SipTransport = "udp" | "tcp";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/**
 * The effective configuration. Keys are snake_case so the Kamailio presence module's parameters keep
 * their names; this server's own keys follow the same style. Each key is documented in `configSchema`
 * and in docs/configuration.md (generated from it).
 */
export interface PresenceConfig {
  // --- Kamailio presence module parameters (admin guide, section 3) ---
  /** Alias of redis_url; always equal to it in a loaded config. */
  readonly db_url: string | null;
  readonly presentity_table: string;
  readonly active_watchers_table: string;
  readonly watchers_table: string;
  readonly clean_period: number;
  readonly db_update_period: number;
  readonly waitn_time: number;
  readonly notifier_poll_rate: number;
  readonly notify_reply_events: boolean;
  readonly notifier_processes: number;
  readonly to_tag_pref: string;
  readonly expires_offset: number;
  readonly max_expires: number;
  readonly min_expires: number;
  readonly min_expires_action: 1 | 2;
  readonly server_address: string | null;
  readonly subs_db_mode: 0 | 1 | 2 | 3;
  readonly publ_cache: boolean;
  readonly subs_htable_size: number;
  readonly pres_htable_size: number;
  readonly send_fast_notify: boolean;
  readonly enable_sphere_check: boolean;
  readonly timeout_rm_subs: boolean;
  readonly fetch_rows: number;
  readonly db_table_lock_type: 0 | 1;
  readonly local_log_level: number;
  readonly subs_remove_match: 0 | 1;
  readonly xavp_cfg: string;
  readonly retrieve_order: 0 | 1;
  readonly sip_uri_match: 0 | 1;

  // --- this server's own keys ---
  readonly sip_host: string;
  readonly sip_port: number;
  readonly sip_transports: readonly SipTransport[];
  readonly sip_advertised_host: string | null;
  readonly sip_t1_ms: number;
  readonly sip_t2_ms: number;
  readonly sip_t4_ms: number;
  readonly publish_sender_header: boolean;
  readonly subscribe_watcher_header: string | null;
  readonly tcp_idle_timeout_s: number;
  readonly tcp_max_connections: number;
  readonly sip_udp_thread: boolean | "auto";
  readonly max_message_size: number;
  readonly max_headers: number;
  readonly publish_max_body_size: number;
  readonly notify_max_body_size: number;
  readonly xml_max_depth: number;
  readonly redis_url: string | null;
  readonly redis_key_prefix: string;
  readonly expiry_sweep_lease_ms: number;
  readonly nats_url: string;
  readonly nats_subject_prefix: string;
  readonly edge_bus_linger_ms: number;
  readonly instance_id: string | null;
  readonly api_host: string;
  readonly api_port: number;
  readonly api_token: string | null;
  /** Always set in a loaded config: derived from local_log_level when not given. */
  readonly log_level: LogLevel;
  readonly shutdown_drain_ms: number;
}

export type ConfigKey = keyof PresenceConfig;

export const configGroups = [
  {
    id: "sip",
    title: "SIP transport",
    intro: "Listeners of the edge service (the standalone process includes it) and RFC 3261 timers.",
  },
  {
    id: "limits",
    title: "Input limits",
    intro: "Bounds on what the network may send, so bad or hostile input cannot exhaust memory.",
  },
  {
    id: "presence",
    title: "PUBLISH and SUBSCRIBE handling",
    intro: "Kamailio presence parameters that shape replies, dialogs and stored state.",
  },
  {
    id: "notifier",
    title: "NOTIFY",
    intro: "When and how the notifier service sends NOTIFY requests.",
  },
  {
    id: "store",
    title: "Store",
    intro:
      "Where state lives. With redis_url (or its alias db_url) set, every service shares one Redis store; " +
      "without it the process uses its in-memory store (the standalone default).",
  },
  {
    id: "expiry",
    title: "Expiry sweep",
    intro:
      "Expired publications and subscriptions are found through per-shard sorted sets keyed by expiry time, " +
      "swept periodically by one replica at a time under a short lease.",
  },
  {
    id: "bus",
    title: "Message bus",
    intro: "NATS connection of the split services. The standalone process uses its in-process bus and ignores these, except instance_id.",
  },
  {
    id: "api",
    title: "HTTP API",
    intro: "The administrative HTTP API (health, cleanup, refresh of watchers).",
  },
  {
    id: "process",
    title: "Process",
    intro: "Logging and shutdown.",
  },
] as const;

export type ConfigGroup = (typeof configGroups)[number]["id"];

/**
 * How a Kamailio parameter behaves here: "same" as in Kamailio, "adapted" (same purpose, different
 * mechanism) or "ignored" (accepted and validated so Kamailio settings carry over, without effect).
 */
export type KamailioEffect = "same" | "adapted" | "ignored";

export interface KamailioParam {
  /** Section of the Kamailio presence admin guide that documents the parameter. */
  readonly section: string;
  /** The default as the Kamailio guide states it. */
  readonly default: string;
  readonly effect: KamailioEffect;
  /** How and why the behaviour differs from Kamailio (empty when it does not). */
  readonly difference: string;
}

export interface KeyDef<T> {
  readonly group: ConfigGroup;
  readonly type: ValueType<T>;
  readonly default: T;
  /** Docs text for a default that is computed rather than fixed. */
  readonly defaultNote?: string;
  /** What the key does in this server. */
  readonly doc: string;
  /** The Kamailio presence parameter this key carries over; null for this server's own keys. */
  readonly kamailio: KamailioParam | null;
  /** Never printed: errors and redactConfig hide the value. */
  readonly secret?: boolean;
}

/** log_level is null in the schema (derived) but always a LogLevel in a loaded config. */
export type SchemaValue<K extends ConfigKey> = K extends "log_level" ? LogLevel | null : PresenceConfig[K];

export type ConfigSchema = { readonly [K in ConfigKey]: KeyDef<SchemaValue<K>> };

const INT32_MAX = 2147483647;
const MIB = 1024 * 1024;

// Store key segments sit between ':' separators and next to {hash tags}: keep them plain.
const KEY_SEGMENT = stringOf({
  pattern: /^[A-Za-z0-9_.-]+$/,
  describe: "letters, digits, '_', '.', '-'",
  minLength: 1,
  maxLength: 64,
});

const redisUrl = urlOf(["redis", "rediss"], { hint: "state is kept in Redis, not in an SQL database" });
const port = integer(0, 65535);

export const configSchema: ConfigSchema = {
  // ---------------------------------------------------------------- SIP transport
  sip_host: {
    group: "sip",
    type: required(host()),
    default: "0.0.0.0",
    doc: "Address the UDP and TCP listeners bind to. Use \"::\" for all IPv6 (and, where the OS allows, IPv4) addresses.",
    kamailio: null,
  },
  sip_port: {
    group: "sip",
    type: required(port),
    default: 5060,
    doc: "Port of the SIP listeners; UDP and TCP share it. 0 picks a free port (tests).",
    kamailio: null,
  },
  sip_transports: {
    group: "sip",
    type: required(listOf(["udp", "tcp"] as const)),
    default: ["udp", "tcp"],
    doc: "Transports to listen on.",
    kamailio: null,
  },
  sip_advertised_host: {
    group: "sip",
    type: nullable(host()),
    default: null,
    doc:
      "Host put in the Via of requests this server sends (NOTIFY) and in Contact when server_address is unset. " +
      "Unset: the local address of the socket. Set it when the listeners bind to a private address behind a load balancer.",
    kamailio: null,
  },
  server_address: {
    group: "sip",
    type: nullable(sipUri()),
    default: null,
    doc:
      "SIP URI used as Contact of 200 OK replies to SUBSCRIBE and PUBLISH and of NOTIFY requests. " +
      "Unset: built from sip_advertised_host (or the local address) and the port the request arrived on.",
    kamailio: {
      section: "3.15",
      default: "none documented",
      effect: "same",
      difference:
        "Kamailio documents no default. Behind a load balancer set it to the address subscribers can reach, " +
        "since in-dialog requests (re-SUBSCRIBE) are sent to this Contact.",
    },
  },
  sip_t1_ms: {
    group: "sip",
    type: required(integer(1, 60000)),
    default: 500,
    doc: "RFC 3261 T1 (round-trip estimate), in ms: first retransmission interval of NOTIFY over UDP (Timer E) and 64*T1 transaction timeout (Timer F, Timer J).",
    kamailio: null,
  },
  sip_t2_ms: {
    group: "sip",
    type: required(integer(1, 600000)),
    default: 4000,
    doc: "RFC 3261 T2, in ms: the longest retransmission interval of non-INVITE requests and responses. Must be >= sip_t1_ms.",
    kamailio: null,
  },
  sip_t4_ms: {
    group: "sip",
    type: required(integer(0, 600000)),
    default: 5000,
    doc: "RFC 3261 T4, in ms: the longest a message stays in the network; a UDP client transaction lingers this long after its final response (Timer K) to absorb retransmissions.",
    kamailio: null,
  },
  tcp_idle_timeout_s: {
    group: "sip",
    type: required(integer(0, 86400)),
    default: 600,
    doc: "Seconds after which a TCP connection that carried no data in either direction is closed. 0 keeps idle connections open.",
    kamailio: null,
  },
  tcp_max_connections: {
    group: "sip",
    type: required(integer(1, 1000000)),
    default: 10000,
    doc: "Most TCP connections accepted at once per edge process; further connections are refused until some close.",
    kamailio: null,
  },
  sip_udp_thread: {
    group: "sip",
    type: required(booleanOr("auto")),
    default: "auto",
    doc:
      "Which thread makes the SIP UDP socket's system calls: true a thread of its own, false the thread that " +
      "handles the messages, auto either, by load. true: the I/O thread, beside the message thread, so that a " +
      "second core takes them (about a third of the SIP work under load): 1.3 to 1.5 times the " +
      "requests per second on two cores, and what waits for a busy process is bounded (4 MB of datagrams; past it a " +
      "new request is answered 503 with Retry-After at once instead of being dropped into retransmissions). Each " +
      "hand-over between the threads costs CPU, though: at moderate load (a fan-out of a few thousand NOTIFY/s) false, " +
      "the socket on the message thread alone, takes 20 to 30 % less CPU per NOTIFY (docs/benchmark.md, machine 16). " +
      "auto: the thread, but while the message thread is under 45 % busy on average over 3 s it reads and sends on the socket " +
      "itself, and it hands the socket back within a quarter of a second of passing 70 %. Both read one kernel socket, so no " +
      "datagram is lost in a switch. Where Node.js does not let the socket be shared, auto keeps the thread and logs " +
      "why.",
    kamailio: null,
  },

  // ---------------------------------------------------------------- input limits
  max_message_size: {
    group: "limits",
    type: required(integer(1024, 16 * MIB)),
    default: 65536,
    doc: "Largest SIP message accepted, in bytes, on any transport. Larger ones are rejected without being parsed.",
    kamailio: null,
  },
  max_headers: {
    group: "limits",
    type: required(integer(8, 65536)),
    default: 256,
    doc: "Most header fields one SIP message may carry; a message with more is rejected as malformed.",
    kamailio: null,
  },
  publish_max_body_size: {
    group: "limits",
    type: required(integer(1, 16 * MIB)),
    default: 65536,
    doc: "Largest PUBLISH body accepted, in bytes; larger ones get 413 Request Entity Too Large. Must be <= max_message_size.",
    kamailio: null,
  },
  notify_max_body_size: {
    group: "limits",
    type: required(integer(1, 16 * MIB)),
    default: 65536,
    doc:
      "Largest NOTIFY body the notifier builds, in bytes, after aggregating every publication of a presentity; " +
      "keeps a presentity with many large publications from producing NOTIFYs no transport can carry.",
    kamailio: null,
  },
  xml_max_depth: {
    group: "limits",
    type: required(integer(1, 1024)),
    default: 32,
    doc: "Deepest element nesting accepted in XML bodies (PIDF, watcher-info, dialog-info); deeper documents are rejected before they are processed.",
    kamailio: null,
  },

  // ---------------------------------------------------------------- PUBLISH / SUBSCRIBE
  expires_offset: {
    group: "presence",
    type: required(integer(0, INT32_MAX)),
    default: 0,
    doc:
      "Seconds subtracted from the Expires of the 200 OK to a PUBLISH, so the client refreshes before the publication " +
      "expires; the stored publication keeps the full duration. Must be < max_expires.",
    kamailio: { section: "3.11", default: "0", effect: "same", difference: "" },
  },
  max_expires: {
    group: "presence",
    type: required(integer(1, INT32_MAX)),
    default: 3600,
    doc: "Largest Expires, in seconds, granted to PUBLISH and SUBSCRIBE; a larger requested value is lowered to it.",
    kamailio: { section: "3.12", default: "3600", effect: "same", difference: "" },
  },
  min_expires: {
    group: "presence",
    type: required(integer(0, INT32_MAX)),
    default: 0,
    doc:
      "Smallest Expires, in seconds, accepted for PUBLISH and SUBSCRIBE; shorter ones are handled as min_expires_action says. " +
      "0 disables the check. Expires: 0 (remove a publication, end or fetch a subscription) is never affected. Must be <= max_expires.",
    kamailio: { section: "3.13", default: "0", effect: "same", difference: "" },
  },
  min_expires_action: {
    group: "presence",
    type: required(
      intChoice([
        { value: 1, meaning: "reject with 423" },
        { value: 2, meaning: "raise to min_expires" },
      ] as const),
    ),
    default: 1,
    doc:
      "What happens to an Expires below min_expires: 1 rejects the request with 423 Interval Too Brief and a " +
      "Min-Expires header (RFC 3903 / RFC 6665); 2 accepts it and grants min_expires instead.",
    kamailio: { section: "3.14", default: "1", effect: "same", difference: "" },
  },
  to_tag_pref: {
    group: "presence",
    type: required(
      stringOf({
        pattern: /^[A-Za-z0-9.!%*_+`'~-]+$/,
        describe: "RFC 3261 token characters",
        minLength: 1,
        maxLength: 32,
      }),
    ),
    default: "10",
    doc:
      "Prefix of the To-tag generated for each new subscription dialog. The rest of the tag carries the routing key " +
      "that locates the dialog in the store, so in-dialog SUBSCRIBEs need no global index.",
    kamailio: {
      section: "3.10",
      default: "10",
      effect: "adapted",
      difference:
        "Same prefix; the rest of the tag here encodes where the dialog is stored instead of being only unique. " +
        "Limited to RFC 3261 token characters because it is sent in a To tag parameter.",
    },
  },
  subs_remove_match: {
    group: "presence",
    type: required(
      intChoice([
        { value: 0, meaning: "To-tag" },
        { value: 1, meaning: "Call-ID, From-tag and To-tag" },
      ] as const),
    ),
    default: 0,
    doc:
      "How the stored subscription is matched when a dialog ends (unsubscribe, expiry, NOTIFY failure): 0 by the " +
      "To-tag generated here (unique per dialog); 1 by Call-ID, From-tag and To-tag together.",
    kamailio: { section: "3.26", default: "0", effect: "same", difference: "" },
  },
  sip_uri_match: {
    group: "presence",
    type: required(
      intChoice([
        { value: 0, meaning: "case-sensitive" },
        { value: 1, meaning: "case-insensitive" },
      ] as const),
    ),
    default: 0,
    doc:
      "How presentity and watcher URIs are compared: 0 case-sensitive, 1 case-insensitive. With 1, URIs are " +
      "lower-cased before they form store keys, so differently cased URIs reach the same presentity.",
    kamailio: {
      section: "3.29",
      default: "0",
      effect: "same",
      difference: "Same comparison; here it also decides the store key, so changing it on a populated store orphans differently cased entries until they expire.",
    },
  },
  enable_sphere_check: {
    group: "presence",
    type: required(boolean()),
    default: false,
    doc:
      "Evaluate the sphere condition of presence authorization rules against the sphere element of the " +
      "presentity's published RPID data. Off by default because it costs extra XML processing per NOTIFY.",
    kamailio: { section: "3.21", default: "0", effect: "same", difference: "Kamailio's 0/1 flag; 1/0, true/false and yes/no are all accepted." },
  },
  xavp_cfg: {
    group: "presence",
    type: required(
      stringOf({
        pattern: /^(?:[A-Za-z_][A-Za-z0-9_]*)?$/,
        describe: "an xavp name (letter or '_', then letters, digits, '_'), or empty",
        minLength: 0,
        maxLength: 64,
      }),
    ),
    default: "",
    doc: "Accepted and ignored. Publications carry no explicit priority; their priority is their receive time.",
    kamailio: {
      section: "3.27",
      default: "empty (not set)",
      effect: "ignored",
      difference:
        "Kamailio reads each PUBLISH's priority from this xavp, set by the routing script. There is no routing script " +
        "here, so priority falls back to the receive time, as it does in Kamailio when the xavp holds no priority.",
    },
  },
  retrieve_order: {
    group: "presence",
    type: required(
      intChoice([
        { value: 0, meaning: "receive time" },
        { value: 1, meaning: "priority" },
      ] as const),
    ),
    default: 0,
    doc:
      "Order of a presentity's publications when they are aggregated into a NOTIFY body: 0 by receive time, " +
      "1 by priority. Priority equals receive time (see xavp_cfg), so both orders currently coincide.",
    kamailio: { section: "3.28", default: "0", effect: "same", difference: "" },
  },

  publish_sender_header: {
    group: "presence",
    type: required(boolean()),
    default: false,
    doc:
      "Take the sender of a PUBLISH from its Sender header; the sender's own subscriptions then get no NOTIFY for " +
      "that change (bridged line appearances). Kamailio passes this as the argument of handle_publish(). Enable it " +
      "only behind a proxy that sets or strips Sender, since clients control the header.",
    kamailio: null,
  },
  subscribe_watcher_header: {
    group: "presence",
    type: nullable(
      stringOf({
        pattern: /^[A-Za-z0-9.!%*_+`'~-]+$/,
        describe: "a SIP header name (RFC 3261 token characters)",
        minLength: 1,
        maxLength: 64,
      }),
    ),
    default: null,
    doc:
      "Header whose URI identifies the watcher of a SUBSCRIBE, e.g. P-Asserted-Identity; Kamailio passes this as " +
      "the argument of handle_subscribe(). Unset: the From URI. Use it only behind a proxy that asserts the header.",
    kamailio: null,
  },

  // ---------------------------------------------------------------- NOTIFY
  send_fast_notify: {
    group: "notifier",
    type: required(boolean()),
    default: true,
    doc:
      "Send the NOTIFY that follows the 200 OK of a SUBSCRIBE or refresh even when there is no published state " +
      "(empty body), as RFC 6665 requires. Off skips that empty NOTIFY, for devices that mishandle an empty " +
      "message-summary NOTIFY.",
    kamailio: { section: "3.20", default: "1", effect: "same", difference: "Kamailio's 0/1 flag; 1/0, true/false and yes/no are all accepted." },
  },
  timeout_rm_subs: {
    group: "notifier",
    type: required(boolean()),
    default: true,
    doc:
      "End a subscription when its NOTIFY times out or is answered 408 or 481. Off keeps such subscriptions " +
      "until they expire, for unreliable networks.",
    kamailio: {
      section: "3.22",
      default: "1",
      effect: "adapted",
      difference:
        "Kamailio's guide names NOTIFY timeouts; here 408 and 481 answers are treated the same way, since both say " +
        "the subscriber takes no further NOTIFYs. Kamailio's 0/1 flag; 1/0, true/false and yes/no are all accepted.",
    },
  },
  waitn_time: {
    group: "notifier",
    type: required(integer(1, 3600)),
    default: 5,
    doc:
      "Seconds within which a change should produce its NOTIFYs even when a notifier replica fails: the " +
      "acknowledgement wait of change events in the JetStream stream. A change taken by a replica that dies " +
      "before handing its NOTIFYs over is redelivered to another replica after this long.",
    kamailio: {
      section: "3.7",
      default: "5",
      effect: "adapted",
      difference:
        "Kamailio buffers NOTIFYs for up to this long in its notifier processes (DB-only mode). Here NOTIFYs leave " +
        "as soon as a notifier takes the change, so the bound only comes into play after a failure. Must be >= 1.",
    },
  },
  notifier_processes: {
    group: "notifier",
    type: required(integer(0, 1024)),
    default: 1,
    doc:
      "Change events one notifier process works on at once (different presentities in parallel; NOTIFYs on one " +
      "dialog are always serialized). 0 means the same as 1. Scale further with more notifier replicas.",
    kamailio: {
      section: "3.9",
      default: "1",
      effect: "adapted",
      difference:
        "Kamailio forks this many notifier processes, and 0 lets request workers send NOTIFYs directly, which can " +
        "reuse CSeq numbers under load. Here every NOTIFY goes through the notifier, which keeps CSeq strictly " +
        "increasing per dialog, so 0 cannot bring that race back.",
    },
  },
  notifier_poll_rate: {
    group: "notifier",
    type: required(integer()),
    default: 10,
    doc: "Accepted and ignored: notifiers are push-driven and receive each change as soon as it is stored, so there is nothing to poll.",
    kamailio: {
      section: "3.8",
      default: "10",
      effect: "ignored",
      difference: "Kamailio's notifier processes poll the database this many times per second (DB-only mode).",
    },
  },
  notify_reply_events: {
    group: "notifier",
    type: required(boolean()),
    default: false,
    doc:
      "Publish the outcome of every NOTIFY (its subscription's $subs attributes, the response or timeout) as a " +
      "NotifyReplyEvent on <nats_subject_prefix>.events.notify-reply, Kamailio's event_route[presence:notify-reply]. " +
      "Off by default as in Kamailio, where the route runs only when the script defines it: it costs a stored " +
      "JetStream message per NOTIFY. The standalone process hands outcomes to its onNotifyReply hook either way.",
    kamailio: null,
  },

  // ---------------------------------------------------------------- store
  redis_url: {
    group: "store",
    type: nullable(redisUrl),
    default: null,
    doc:
      "Redis URL (redis:// or rediss://, credentials and database number allowed) of the store shared by all " +
      "services. Unset: the in-memory store, which only a single standalone process can use.",
    kamailio: null,
  },
  db_url: {
    group: "store",
    type: nullable(redisUrl),
    default: null,
    doc:
      "Alias of redis_url, so a Kamailio-style config selects the store with the same key. Setting both to " +
      "different values in one source is an error; a higher-precedence source wins over a lower one whichever " +
      "of the two names each uses.",
    kamailio: {
      section: "3.1",
      default: "NULL",
      effect: "adapted",
      difference:
        "Kamailio takes an SQL database URL and, when it is unset, runs as a function library only. Here all state " +
        "is in Redis, so only redis:// and rediss:// URLs are accepted, and unset selects the in-memory store.",
    },
  },
  redis_key_prefix: {
    group: "store",
    type: required(
      stringOf({
        pattern: /^[^\s{}]*$/,
        describe: "no whitespace or braces (braces would change Redis Cluster hash tags)",
        minLength: 0,
        maxLength: 128,
      }),
    ),
    default: "presence:",
    doc: "Prefix of every Redis key this server writes, so several deployments (or tests) can share one Redis.",
    kamailio: null,
  },
  presentity_table: {
    group: "store",
    type: required(KEY_SEGMENT),
    default: "presentity",
    doc: "Name segment, after redis_key_prefix, of the Redis keys holding publications (per presentity and ETag).",
    kamailio: {
      section: "3.2",
      default: "presentity",
      effect: "adapted",
      difference: "An SQL table in Kamailio, a Redis key namespace here; unused by the in-memory store. Must differ from the other two table names.",
    },
  },
  active_watchers_table: {
    group: "store",
    type: required(KEY_SEGMENT),
    default: "active_watchers",
    doc: "Name segment, after redis_key_prefix, of the Redis keys holding subscription dialogs.",
    kamailio: {
      section: "3.3",
      default: "active_watchers",
      effect: "adapted",
      difference: "An SQL table in Kamailio, a Redis key namespace here; unused by the in-memory store. Must differ from the other two table names.",
    },
  },
  watchers_table: {
    group: "store",
    type: required(KEY_SEGMENT),
    default: "watchers",
    doc: "Name segment, after redis_key_prefix, of the Redis keys holding the authorization state of each watcher.",
    kamailio: {
      section: "3.4",
      default: "watchers",
      effect: "adapted",
      difference: "An SQL table in Kamailio, a Redis key namespace here; unused by the in-memory store. Must differ from the other two table names.",
    },
  },
  fetch_rows: {
    group: "store",
    type: required(integer(1, 100000)),
    default: 500,
    doc: "Batch size of bulk store reads: expired entries taken per step of an expiry sweep, and the COUNT of Redis SCANs.",
    kamailio: {
      section: "3.23",
      default: "500",
      effect: "adapted",
      difference: "Kamailio: rows fetched per database query step. Same purpose for Redis range reads and scans.",
    },
  },
  subs_db_mode: {
    group: "store",
    type: required(
      intChoice([
        { value: 0, meaning: "memory only" },
        { value: 1, meaning: "write-through" },
        { value: 2, meaning: "write-back" },
        { value: 3, meaning: "DB only" },
      ] as const),
    ),
    default: 2,
    doc:
      "Accepted and ignored: redis_url alone chooses the store. With Redis every change is written synchronously " +
      "and atomically and is shared by all replicas; the in-memory store behaves like Kamailio's mode 0.",
    kamailio: {
      section: "3.16",
      default: "2 (Write-Back scheme)",
      effect: "ignored",
      difference:
        "Kamailio chooses between memory, write-through, write-back and DB-only. Here there is no cache in front " +
        "of the store: Redis gives the sharing of mode 3 at memory speed, and nothing can be lost between flushes.",
    },
  },
  publ_cache: {
    group: "store",
    type: required(boolean()),
    default: true,
    doc: "Accepted and ignored: there is no per-process cache of which presentities have publications; the store is always asked.",
    kamailio: {
      section: "3.17",
      default: "1",
      effect: "ignored",
      difference:
        "Kamailio's cache avoids database queries, and its guide says to disable it when several servers share one " +
        "database, which is always the case here with Redis. The in-memory store needs no cache in front of it.",
    },
  },
  db_update_period: {
    group: "store",
    type: required(integer()),
    default: 100,
    doc: "Accepted and ignored: every change is written to the store when it happens, so there is no cache to flush.",
    kamailio: {
      section: "3.6",
      default: "100",
      effect: "ignored",
      difference: "Kamailio flushes its write-back subscription cache to the database at this period (subs_db_mode 2).",
    },
  },
  db_table_lock_type: {
    group: "store",
    type: required(
      intChoice([
        { value: 0, meaning: "no table locks" },
        { value: 1, meaning: "write-lock tables" },
      ] as const),
    ),
    default: 1,
    doc: "Accepted and ignored: each store update is one Redis Lua script, which runs atomically, so there are no locks to choose.",
    kamailio: {
      section: "3.24",
      default: "1 (Write Lock for the Tables)",
      effect: "ignored",
      difference: "Kamailio write-locks SQL tables during transactions (a problem with MySQL in DB-only mode).",
    },
  },

  // ---------------------------------------------------------------- expiry sweep
  clean_period: {
    group: "expiry",
    type: required(integer()),
    default: 100,
    doc:
      "Seconds between expiry sweeps. In each sweep one replica, holding a lease, removes the publications and " +
      "subscriptions whose expiry time has passed, reading only due entries from the expiry sorted sets in batches " +
      "of fetch_rows; each expired subscription gets a final NOTIFY (Subscription-State: terminated;reason=timeout). " +
      "0 or negative disables periodic sweeps (a cleanup can still be triggered through the API).",
    kamailio: {
      section: "3.5",
      default: "100",
      effect: "adapted",
      difference:
        "Kamailio scans its tables on a timer in every instance. Here a sweep reads only entries already due, and " +
        "only one replica sweeps at a time.",
    },
  },
  expiry_sweep_lease_ms: {
    group: "expiry",
    type: required(integer(100, 3600000)),
    default: 10000,
    doc:
      "Lease, in ms, a replica holds while it sweeps; others skip the sweep meanwhile. A replica that dies " +
      "mid-sweep delays sweeping by at most this long. Must be shorter than clean_period.",
    kamailio: null,
  },
  subs_htable_size: {
    group: "expiry",
    type: required(integer(0, 14)),
    default: 9,
    doc:
      "Subscriptions' expiry index is split into 2^n sorted sets (shards), so Redis Cluster can spread it over " +
      "nodes and a sweep works in small steps. 0 is one set; 14 is 16384, the number of Redis Cluster slots. " +
      "Ignored by the in-memory store.",
    kamailio: {
      section: "3.18",
      default: "9 (512)",
      effect: "adapted",
      difference:
        "Kamailio sizes its in-memory subscription hash table as 2^n buckets. There is no such table here; the same " +
        "power of two sets the shard count instead, limited to 14 because more shards than cluster slots gain nothing.",
    },
  },
  pres_htable_size: {
    group: "expiry",
    type: required(integer(0, 14)),
    default: 9,
    doc: "Like subs_htable_size, for the expiry index of publications: 2^n shards. Ignored by the in-memory store.",
    kamailio: {
      section: "3.19",
      default: "9 (512)",
      effect: "adapted",
      difference:
        "Kamailio sizes its in-memory publication hash table as 2^n buckets. Here the same power of two sets the " +
        "shard count of the publication expiry index, limited to 14.",
    },
  },

  // ---------------------------------------------------------------- bus
  nats_url: {
    group: "bus",
    type: required(urlOf(["nats", "tls", "ws", "wss"], { list: true })),
    default: "nats://127.0.0.1:4222",
    doc: "NATS server URL, or several separated by commas (tried in turn), for the split services.",
    kamailio: null,
  },
  nats_subject_prefix: {
    group: "bus",
    type: required(
      stringOf({
        pattern: /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/,
        describe: "dot-separated tokens of letters, digits, '_', '-' (no wildcards)",
        minLength: 1,
        maxLength: 128,
      }),
    ),
    default: "presence.v1",
    doc: "First tokens of every NATS subject this server uses; the version token changes when message formats do.",
    kamailio: null,
  },
  edge_bus_linger_ms: {
    group: "bus",
    type: required(integer(0, 100)),
    default: 5,
    doc:
      "How long, in ms, the edge service holds its requests to the services (PUBLISH and SUBSCRIBE) so that those " +
      "of several SIP requests leave in one socket write, and the services, the NATS server, Redis and the " +
      "notifiers behind them handle several changes per wake-up: 7 % less CPU per NOTIFY for the distributed " +
      "topology at 2,000 NOTIFY/s, none measurable at 4,000 (docs/benchmark.md, machine 22). It holds only while the " +
      "edge sends at least one NATS message per hold on average (200 per second at 5 ms), so a quiet edge adds no " +
      "delay; under load a PUBLISH or SUBSCRIBE waits at most this long more for its response and its NOTIFYs. " +
      "Replies (the results of NOTIFY batches) never wait, and held requests leave with them. 0: the requests of " +
      "one event-loop turn only. The standalone process has no bus and ignores it.",
    kamailio: null,
  },
  instance_id: {
    group: "bus",
    type: nullable(
      stringOf({
        pattern: /^[A-Za-z0-9_-]+$/,
        describe: "letters, digits, '_', '-'",
        minLength: 1,
        maxLength: 64,
      }),
    ),
    default: null,
    doc:
      "Identity of this replica: names its own NATS subject (for NOTIFYs over its TCP connections) and the owner of " +
      "an expiry lease. Unset: derived from the host name and process id at start.",
    kamailio: null,
  },

  // ---------------------------------------------------------------- API
  api_host: {
    group: "api",
    type: required(host()),
    default: "0.0.0.0",
    doc: "Address of the HTTP endpoints (/healthz, /readyz, /metrics).",
    kamailio: null,
  },
  api_port: {
    group: "api",
    type: required(port),
    default: 8080,
    doc: "Port of the HTTP endpoints (/healthz, /readyz, /metrics). 0 picks a free port (tests). Must differ from sip_port when TCP is a SIP transport.",
    kamailio: null,
  },
  api_token: {
    group: "api",
    type: nullable(
      stringOf({
        pattern: /^\S+$/,
        describe: "no whitespace",
        minLength: 8,
        maxLength: 4096,
      }),
    ),
    default: null,
    doc: "Bearer token required by the API's state-changing endpoints. Unset: those endpoints are disabled (health endpoints stay open).",
    kamailio: null,
    secret: true,
  },

  // ---------------------------------------------------------------- process
  local_log_level: {
    group: "process",
    type: required(integer(-5, 3)),
    default: 2,
    doc:
      "Kamailio log level number (-5 L_ALERT .. 3 L_DBG) from which log_level is derived when log_level is unset " +
      "(see the mapping below).",
    kamailio: {
      section: "3.25",
      default: "2 (L_INFO)",
      effect: "adapted",
      difference:
        "Kamailio applies it to some debug messages of the module only; here it sets the level of the whole " +
        "process unless log_level is set.",
    },
  },
  log_level: {
    group: "process",
    type: nullable(choice(["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const)),
    default: null,
    defaultNote: "derived from local_log_level (info)",
    doc: "Log level of the process (pino level names). Unset: derived from local_log_level.",
    kamailio: null,
  },
  shutdown_drain_ms: {
    group: "process",
    type: required(integer(0, 600000)),
    default: 5000,
    doc:
      "On SIGTERM: stop taking new work, let transactions and NOTIFYs in flight finish for at most this many ms, " +
      "then exit. Keep it below the orchestrator's grace period.",
    kamailio: null,
  },
};

/** Every key, in schema order. */
export const configKeys: readonly ConfigKey[] = Object.keys(configSchema) as ConfigKey[];

const keySet: ReadonlySet<string> = new Set(configKeys);

export function isConfigKey(name: string): name is ConfigKey {
  return keySet.has(name);
}

/** PRESENCE_<KEY> in upper snake case. */
export function envVarName(key: ConfigKey): string {
  return `PRESENCE_${key.toUpperCase()}`;
}

/** The environment variable holding the path of the YAML file. */
export const CONFIG_FILE_ENV = "PRESENCE_CONFIG";
