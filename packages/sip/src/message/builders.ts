import { Headers } from "./headers.js";
import { newTag } from "./ids.js";
import { SipResponse, type SipRequest } from "./message.js";
import { reasonPhrase } from "./reason-phrases.js";

export interface ResponseOptions {
  /** To-tag to add when the request's To has none (default: a new random tag). */
  toTag?: string;
  /** Extra headers, appended after the copied ones. */
  headers?: Iterable<[string, string]>;
  body?: Buffer;
  /** Content-Type of the body. */
  contentType?: string;
}

const TAG_RE = /;\s*tag\s*=/i;

/** Whether the request's To header already carries a tag (works even when To is malformed). */
function toHasTag(req: SipRequest): boolean {
  try {
    return req.toTag !== null;
  } catch {
    return TAG_RE.test(req.headers.get("to") ?? "");
  }
}

/**
 * Builds a response to a request (RFC 3261 8.2.6): all Vias in order, From, To (with a To-tag added
 * when absent and status > 100), Call-ID and CSeq copied as they arrived; a 100 also copies
 * Timestamp (RFC 3261 8.2.6.1). Works for requests handed back with a parse error too, copying
 * whichever of those headers are present.
 */
export function createResponse(req: SipRequest, status: number, reason?: string, opts?: ResponseOptions): SipResponse {
  const src = req.headers;
  const h = new Headers();
  for (const v of src.getAll("via")) h.append("via", v);
  const from = src.get("from");
  if (from !== undefined) h.append("from", from);
  const to = src.get("to");
  if (to !== undefined) {
    const tagged = status > 100 && !toHasTag(req) ? `${to};tag=${opts?.toTag ?? newTag()}` : to;
    h.append("to", tagged);
  }
  const callId = src.get("call-id");
  if (callId !== undefined) h.append("call-id", callId);
  const cseq = src.get("cseq");
  if (cseq !== undefined) h.append("cseq", cseq);
  if (status === 100) {
    const ts = src.get("timestamp");
    if (ts !== undefined) h.append("timestamp", ts);
  }
  if (opts?.headers) for (const [n, v] of opts.headers) h.append(n, v);
  if (opts?.contentType !== undefined) h.set("content-type", opts.contentType);
  const res = new SipResponse(status, reason ?? reasonPhrase(status), h, opts?.body);
  return res;
}
