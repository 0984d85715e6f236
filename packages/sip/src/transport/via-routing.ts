import { Headers, splitList } from "../message/headers.js";
import type { Endpoint, Transport, Via } from "../message/types.js";
import { defaultPort, isReliable, normalizeAddress } from "./addresses.js";

const RPORT = /;[ \t]*rport[ \t]*(?:=[ \t]*[^;, \t]*)?(?=[ \t]*(?:;|$))/i;
const RECEIVED = /;[ \t]*received[ \t]*=[ \t]*[^;, \t]*(?=[ \t]*(?:;|$))/i;

/**
 * The top Via of a received request, rewritten for the response path: RFC 3261 18.2.1 adds
 * `received` when the sent-by host is not the packet's source address; RFC 3581 4 fills an empty
 * `rport` with the source port (and then always adds `received`). Returns null when nothing changes.
 * `viaText` is the single Via element as written.
 */
export function stampVia(viaText: string, via: Via, source: Endpoint): string | null {
  const src = normalizeAddress(source.address);
  const wantRport = via.rport !== null;
  const wantReceived = wantRport || normalizeAddress(via.host) !== src;
  if (!wantRport && !wantReceived) return null;
  let text = viaText.trimEnd();
  // RFC 3261 25.1 / RFC 5118 4.5: received carries the bare address (IPv6 without brackets).
  if (wantReceived) text = RECEIVED.test(text) ? text.replace(RECEIVED, `;received=${src}`) : `${text};received=${src}`;
  if (wantRport) text = text.replace(RPORT, `;rport=${source.port}`);
  return text === viaText ? null : text;
}

/**
 * `headers` with the first element of its first Via line replaced by `topVia` (from stampVia),
 * every other Via element and line kept where it was. A single Via line is changed in place; with
 * several, a new Headers is returned.
 */
export function withTopVia(headers: Headers, topVia: string): Headers {
  const lines = headers.getAll("via");
  const first = splitList(lines[0]!);
  first[0] = topVia;
  const line = first.join(", ");
  if (lines.length === 1) {
    headers.set("via", line);
    return headers;
  }
  const entries: Array<[string, string]> = [];
  let done = false;
  for (const [name, value] of headers.entries()) {
    if (!done && name === "via") {
      entries.push([name, line]);
      done = true;
    } else entries.push([name, value]);
  }
  return new Headers(entries);
}

/**
 * Where a response to a request goes (RFC 3261 18.2.2 with RFC 3581 4). `via` is the request's top
 * Via as received (before stamping) and `source` where the request came from.
 *  - stream transports: the connection the request came on (connectionId); if it has closed, a new
 *    connection to the source address and the sent-by port;
 *  - maddr: that address, sent-by port;
 *  - UDP with rport: the source address and port;
 *  - UDP otherwise: the source address (the `received` value, or the sent-by host it equals) and
 *    the sent-by port.
 */
export function responseTarget(via: Via, source: Endpoint): Endpoint {
  const transport: Transport = source.transport;
  const sentByPort = via.port ?? defaultPort(transport);
  const address = normalizeAddress(source.address);
  if (isReliable(transport)) {
    const target: Endpoint = { transport, address, port: sentByPort };
    if (source.connectionId !== undefined) target.connectionId = source.connectionId;
    return target;
  }
  const maddr = via.params["maddr"];
  if (typeof maddr === "string" && maddr.length > 0) return { transport, address: normalizeAddress(maddr), port: sentByPort };
  if (via.rport !== null) return { transport, address, port: source.port };
  return { transport, address, port: sentByPort };
}
