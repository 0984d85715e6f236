import { trimWs } from "./chars.js";
import { SipParseError } from "./errors.js";
import { Headers } from "./headers.js";
import { parseContacts, parseNameAddr, parseNameAddrList } from "./name-addr.js";
import { parseUri } from "./uri.js";
import {
  isValidCallId,
  parseCSeq,
  parseDeltaSeconds,
  parseEvent,
  parseMaxForwards,
  parseMediaType,
  parseSubscriptionState,
} from "./values.js";
import { parseViasInto } from "./via.js";
import type { CSeq, EventHeader, NameAddr, SipUri, SubscriptionState, Via } from "./types.js";

const EMPTY = Buffer.alloc(0);

/**
 * Parsed header values, filled on first use. A field left undefined has not been computed yet;
 * null means the header is absent.
 * @internal
 */
export class MessageCache {
  constructor(
    public headers: Headers,
    public revision: number,
  ) {}
  callId: string | undefined = undefined;
  cseq: CSeq | undefined = undefined;
  from: NameAddr | undefined = undefined;
  to: NameAddr | undefined = undefined;
  vias: Via[] | undefined = undefined;
  contacts: NameAddr[] | undefined = undefined;
  routes: NameAddr[] | undefined = undefined;
  recordRoutes: NameAddr[] | undefined = undefined;
  event: EventHeader | null | undefined = undefined;
  expires: number | null | undefined = undefined;
  minExpires: number | null | undefined = undefined;
  maxForwards: number | null | undefined = undefined;
  contentType: string | null | undefined = undefined;
  subscriptionState: SubscriptionState | null | undefined = undefined;
}

/** A parse failure restated under the reason phrase of the header it came from. */
function rewrap(e: unknown, reason: string, header: string): SipParseError {
  if (e instanceof SipParseError && e.reason === reason) return e;
  return new SipParseError(reason, { detail: e instanceof Error ? e.message : String(e), header, cause: e });
}

function single(h: Headers, name: string, display: string): string {
  const v = h.getCanonical(name);
  if (v === undefined) throw new SipParseError(`Missing ${display}`, { header: name });
  return v;
}

/**
 * A SIP request or response. Header values stay raw strings in `headers` and are parsed by the
 * getters on first use, then cached; changing `headers` drops the cache. A malformed value makes
 * its getter throw SipParseError (reason names the header, e.g. "Bad Contact").
 */
export abstract class SipMessage {
  headers: Headers;
  body: Buffer;
  version = "SIP/2.0";
  /** @internal */
  _cache: MessageCache;

  constructor(headers?: Headers, body?: Buffer) {
    this.headers = headers ?? new Headers();
    this.body = body ?? EMPTY;
    this._cache = new MessageCache(this.headers, this.headers.revision);
  }

  /** @internal The cache, reset when the headers were replaced or changed since it was filled. */
  cache(): MessageCache {
    const c = this._cache;
    if (c.headers === this.headers && c.revision === this.headers.revision) return c;
    return (this._cache = new MessageCache(this.headers, this.headers.revision));
  }

  get callId(): string {
    const c = this.cache();
    if (c.callId === undefined) {
      const v = trimWs(single(this.headers, "call-id", "Call-ID"));
      if (!isValidCallId(v)) throw new SipParseError("Bad Call-ID", { header: "call-id" });
      c.callId = v;
    }
    return c.callId;
  }

  get cseq(): CSeq {
    const c = this.cache();
    return (c.cseq ??= parseCSeq(single(this.headers, "cseq", "CSeq")));
  }

  get from(): NameAddr {
    const c = this.cache();
    if (c.from === undefined) {
      const v = single(this.headers, "from", "From");
      try {
        c.from = parseNameAddr(v);
      } catch (e) {
        throw rewrap(e, "Bad From", "from");
      }
    }
    return c.from;
  }

  get to(): NameAddr {
    const c = this.cache();
    if (c.to === undefined) {
      const v = single(this.headers, "to", "To");
      try {
        c.to = parseNameAddr(v);
      } catch (e) {
        throw rewrap(e, "Bad To", "to");
      }
    }
    return c.to;
  }

  get fromTag(): string | null {
    return this.from.params.tag ?? null;
  }

  get toTag(): string | null {
    return this.to.params.tag ?? null;
  }

  /** The top Via. */
  get via(): Via {
    const v = this.vias[0];
    if (v === undefined) throw new SipParseError("Missing Via", { header: "via" });
    return v;
  }

  get vias(): Via[] {
    const c = this.cache();
    if (c.vias === undefined) {
      const out: Via[] = [];
      for (const line of this.headers.getAllCanonical("via")) parseViasInto(line, out);
      c.vias = out;
    }
    return c.vias;
  }

  get contacts(): NameAddr[] {
    const c = this.cache();
    if (c.contacts === undefined) {
      try {
        c.contacts = parseContacts(this.headers.getAllCanonical("contact"));
      } catch (e) {
        throw rewrap(e, "Bad Contact", "contact");
      }
    }
    return c.contacts;
  }

  get routes(): NameAddr[] {
    const c = this.cache();
    if (c.routes === undefined) {
      try {
        c.routes = parseNameAddrList(this.headers.getAllCanonical("route"));
      } catch (e) {
        throw rewrap(e, "Bad Route", "route");
      }
    }
    return c.routes;
  }

  get recordRoutes(): NameAddr[] {
    const c = this.cache();
    if (c.recordRoutes === undefined) {
      try {
        c.recordRoutes = parseNameAddrList(this.headers.getAllCanonical("record-route"));
      } catch (e) {
        throw rewrap(e, "Bad Record-Route", "record-route");
      }
    }
    return c.recordRoutes;
  }

  get event(): EventHeader | null {
    const c = this.cache();
    if (c.event === undefined) {
      const v = this.headers.getCanonical("event");
      c.event = v === undefined ? null : parseEvent(v);
    }
    return c.event;
  }

  get expires(): number | null {
    const c = this.cache();
    if (c.expires === undefined) {
      const v = this.headers.getCanonical("expires");
      c.expires = v === undefined ? null : parseDeltaSeconds(v, "expires", "Bad Expires");
    }
    return c.expires;
  }

  get minExpires(): number | null {
    const c = this.cache();
    if (c.minExpires === undefined) {
      const v = this.headers.getCanonical("min-expires");
      c.minExpires = v === undefined ? null : parseDeltaSeconds(v, "min-expires", "Bad Min-Expires");
    }
    return c.minExpires;
  }

  get maxForwards(): number | null {
    const c = this.cache();
    if (c.maxForwards === undefined) {
      const v = this.headers.getCanonical("max-forwards");
      c.maxForwards = v === undefined ? null : parseMaxForwards(v);
    }
    return c.maxForwards;
  }

  get contentType(): string | null {
    const c = this.cache();
    if (c.contentType === undefined) {
      const v = this.headers.getCanonical("content-type");
      c.contentType = v === undefined ? null : parseMediaType(v);
    }
    return c.contentType;
  }

  get subscriptionState(): SubscriptionState | null {
    const c = this.cache();
    if (c.subscriptionState === undefined) {
      const v = this.headers.getCanonical("subscription-state");
      c.subscriptionState = v === undefined ? null : parseSubscriptionState(v);
    }
    return c.subscriptionState;
  }

  /** SIP-ETag (RFC 3903), raw. */
  get sipETag(): string | null {
    const v = this.headers.getCanonical("sip-etag");
    return v === undefined ? null : trimWs(v);
  }

  /** SIP-If-Match (RFC 3903), raw. */
  get sipIfMatch(): string | null {
    const v = this.headers.getCanonical("sip-if-match");
    return v === undefined ? null : trimWs(v);
  }
}

export class SipRequest extends SipMessage {
  readonly kind = "request" as const;
  method: string;
  uri: string;
  private ruriCache: { uri: string; parsed: SipUri } | null = null;

  constructor(method: string, uri: string, headers?: Headers, body?: Buffer) {
    super(headers, body);
    this.method = method;
    this.uri = uri;
  }

  /** The Request-URI parsed (throws SipParseError "Bad Request-URI" when malformed). */
  get ruri(): SipUri {
    const c = this.ruriCache;
    if (c !== null && c.uri === this.uri) return c.parsed;
    let parsed: SipUri;
    try {
      parsed = parseUri(this.uri);
    } catch (e) {
      throw rewrap(e, "Bad Request-URI", "");
    }
    this.ruriCache = { uri: this.uri, parsed };
    return parsed;
  }
}

export class SipResponse extends SipMessage {
  readonly kind = "response" as const;
  status: number;
  reason: string;

  constructor(status: number, reason: string, headers?: Headers, body?: Buffer) {
    super(headers, body);
    this.status = status;
    this.reason = reason;
  }
}

export type SipMessageAny = SipRequest | SipResponse;
