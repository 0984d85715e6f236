/**
 * The SIP message model shared by the parser, the serializer, the transports and the transaction
 * layer. Header values are kept as raw strings and parsed on first use (see message.ts), so a
 * proxy-like path (edge -> bus) pays only for the headers it reads.
 */

/** URI / header parameters: keys lower-cased, a value of null for a bare flag (`;lr`). */
export type Params = Record<string, string | null>;

export interface SipUri {
  /** Lower-cased scheme: "sip", "sips", "tel", or another absoluteURI scheme. */
  scheme: string;
  /** User part as written (still %-escaped), or null. For tel: the number. */
  user: string | null;
  password: string | null;
  /** Host lower-cased; IPv6 references keep their brackets ("[::1]"). Empty for non-SIP URIs. */
  host: string;
  port: number | null;
  params: Params;
  /** URI headers (`?subject=x`), keys as written. */
  headers: Record<string, string>;
}

export interface NameAddr {
  /** Display name without quotes and with escapes resolved, or null. */
  displayName: string | null;
  /** The URI exactly as written between < > (or the bare addr-spec). */
  uri: string;
  /** Header parameters after the URI (tag, expires, q...). */
  params: Params;
}

export interface Via {
  /** "SIP/2.0/UDP" -> "UDP" (upper-cased). */
  transport: string;
  host: string;
  port: number | null;
  params: Params;
  branch: string | null;
  received: string | null;
  /** RFC 3581: null when absent, true when present without a value, else the number. */
  rport: number | true | null;
}

export interface CSeq {
  seq: number;
  method: string;
}

export interface EventHeader {
  /** Package name with templates, lower-cased ("presence", "presence.winfo", "dialog"). */
  event: string;
  /** The `id` parameter (RFC 6665 8.2.1), or null. */
  id: string | null;
  /** Other parameters ("sla" for dialog;sla, ...). */
  params: Params;
}

export interface SubscriptionState {
  /** "active" | "pending" | "terminated" or an extension, lower-cased. */
  state: string;
  expires: number | null;
  reason: string | null;
  retryAfter: number | null;
  params: Params;
}

export type Transport = "UDP" | "TCP" | "TLS" | "WS" | "WSS";

/** Where a message came from / goes to. */
export interface Endpoint {
  transport: Transport;
  address: string;
  port: number;
  /** For connection-oriented transports: the id of the connection (a flow). */
  connectionId?: string;
}
