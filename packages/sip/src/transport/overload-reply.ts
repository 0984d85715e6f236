/**
 * The stateless 503 the UDP I/O thread gives a request it cannot queue for the main thread (its
 * backlog is full): the client learns at once to come back later instead of retransmitting into
 * the overload. Pure: the thread parses, builds and sends; nothing here touches a socket.
 */
import { createResponse } from "../message/builders.js";
import { splitList } from "../message/headers.js";
import { parseMessage } from "../message/parser.js";
import { serialize } from "../message/serializer.js";
import type { Endpoint } from "../message/types.js";
import { responseTarget, stampVia, withTopVia } from "./via-routing.js";

/** What the 503 says besides its status: set by the stack once it knows its sent-by address. */
export interface OverloadReplyInfo {
  /** RFC 3261 20.43 warn-agent: the stack's host and port. */
  warnAgent: string;
  /** Server header value, or null for none. */
  server: string | null;
  /** Retry-After is drawn from [min, max] seconds so that rejected clients do not return together. */
  retryAfterMin: number;
  retryAfterMax: number;
}

export interface OverloadReply {
  data: Buffer;
  target: Endpoint;
}

/**
 * The 503 for a request that arrived over UDP from `source`, or null when none is due: a response,
 * an ACK (RFC 3261 17.2.1: never answered), or bytes not readable as a request with a routable Via.
 * `random` in [0, 1) picks the Retry-After.
 */
export function overloadReply(data: Buffer, source: Endpoint, info: OverloadReplyInfo, random: number): OverloadReply | null {
  const r = parseMessage(data, { transport: "UDP" });
  const req = r.ok ? (r.message.kind === "request" ? r.message : null) : (r.request ?? null);
  if (req === null || req.method === "ACK") return null;
  try {
    const via = req.via;
    const target = responseTarget(via, source);
    // RFC 3261 18.2.1 / RFC 3581 4: the top Via records where the request came from.
    const stamped = stampVia(splitList(req.headers.get("via") ?? "")[0] ?? "", via, source);
    if (stamped !== null) req.headers = withTopVia(req.headers, stamped);
    const span = info.retryAfterMax - info.retryAfterMin + 1;
    const retryAfter = info.retryAfterMin + Math.min(span - 1, Math.floor(random * span));
    // RFC 3261 21.5.4: 503 with Retry-After; the Warning says why.
    const res = createResponse(req, 503, "Service Unavailable", {
      headers: [
        ["retry-after", String(retryAfter)],
        ["warning", `399 ${info.warnAgent} "overloaded: request not queued"`],
      ],
    });
    if (info.server !== null) res.headers.append("server", info.server);
    return { data: serialize(res), target };
  } catch {
    return null;
  }
}

/**
 * The top Via's branch read straight from a request's bytes (the first "branch=" of the header
 * section), to recognise a retransmission of a request still queued. A best-effort key: a request
 * it misreads is only rejected where it could have been dropped, or the reverse.
 */
export function branchKey(data: Buffer): string | null {
  const at = data.indexOf("branch=");
  if (at < 0) return null;
  const start = at + 7;
  let end = start;
  while (end < data.length && end - start < 128) {
    const c = data[end]!;
    if (c === 0x3b || c === 0x2c || c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) break;
    end++;
  }
  return end > start ? data.toString("latin1", start, end) : null;
}
