import { parseUri, type SipUri } from "@presence/sip";
import { SipFailure } from "./sip-reply.js";

/** Kamailio sip_uri_match: 0 = user part compared case-sensitively, 1 = case-insensitively. */
export type UriMatchMode = 0 | 1;

export interface Identity {
  /** The key state is stored under: "user@host" (no scheme, port or parameters). */
  key: string;
  /** The AOR as a URI, used as the PIDF entity and NOTIFY From: "sip:user@host". */
  uri: string;
}

/**
 * A presentity or watcher is user@host of its URI. Port and URI parameters are not part of it because
 * clients differ on whether they add the port; the host is case-insensitive (RFC 3261 19.1.4), the user
 * part is compared per sip_uri_match.
 */
export function identityOf(uri: SipUri, mode: UriMatchMode): Identity {
  const scheme = uri.scheme === "sips" ? "sip" : uri.scheme;
  if (scheme !== "sip") {
    // tel: and other absolute URIs: the whole URI minus parameters identifies the resource.
    const id = (uri.user ?? "").trim();
    const key = `${scheme}:${mode === 1 ? id.toLowerCase() : id}`;
    return { key, uri: key };
  }
  const user = uri.user === null ? "" : mode === 1 ? decodeUser(uri.user).toLowerCase() : decodeUser(uri.user);
  const host = uri.host.toLowerCase();
  const key = user ? `${user}@${host}` : host;
  return { key, uri: `sip:${key}` };
}

/** Parse a URI string and return its identity; a malformed URI is a 400 naming the header. */
export function identityFromString(raw: string, mode: UriMatchMode, what: string): Identity {
  let uri: SipUri;
  try {
    uri = parseUri(raw);
  } catch (err) {
    throw new SipFailure(400, `Bad ${what} URI`, { detail: `cannot parse ${what} URI`, cause: err });
  }
  return identityOf(uri, mode);
}

// RFC 3261 19.1.4: escaped and unescaped forms of a character compare equal.
function decodeUser(user: string): string {
  if (!user.includes("%")) return user;
  try {
    return decodeURIComponent(user);
  } catch {
    return user;
  }
}
