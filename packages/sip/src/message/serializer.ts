import { displayName } from "./header-names.js";
import type { SipMessageAny } from "./message.js";

/**
 * Renders a message: start line, headers in order under their display names, and a Content-Length
 * recomputed from the body bytes (any Content-Length header in `headers` is ignored). CRLF line ends.
 */
export function serialize(msg: SipMessageAny): Buffer {
  let head =
    msg.kind === "request" ? `${msg.method} ${msg.uri} ${msg.version}\r\n` : `${msg.version} ${msg.status} ${msg.reason}\r\n`;
  const h = msg.headers;
  for (let i = 0; i < h.size; i++) {
    const name = h.nameAt(i);
    if (name === "content-length") continue;
    head += `${displayName(name)}: ${h.valueAt(i)}\r\n`;
  }
  head += `Content-Length: ${msg.body.length}\r\n\r\n`;
  const headLen = Buffer.byteLength(head, "utf8");
  const out = Buffer.allocUnsafe(headLen + msg.body.length);
  out.write(head, 0, "utf8");
  msg.body.copy(out, headLen);
  return out;
}
