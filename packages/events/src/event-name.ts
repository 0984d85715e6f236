import type { EventHeader, EventParams } from "./types.js";

// RFC 6665 8.4: event-type = event-package *( "." event-template ), each a token-nodot.
const EVENT_TYPE_RE = /^[A-Za-z0-9\-!%*_+`'~]+(?:\.[A-Za-z0-9\-!%*_+`'~]+)*$/;
const TOKEN_RE = /^[A-Za-z0-9\-.!%*_+`'~]+$/;

/** True when the string is a syntactically valid event type ("presence", "presence.winfo"). */
export function isEventType(s: string): boolean {
  return EVENT_TYPE_RE.test(s);
}

/**
 * Parses an Event header value or a package name such as "dialog;sla" or
 * "presence; id=7". Parameter names are lower-cased (RFC 3261 7.3.1), quoted values unquoted.
 * Returns null when it is not a valid event.
 */
export function parseEventName(value: string): EventHeader | null {
  const parts = splitOutsideQuotes(value, ";");
  const event = parts[0].trim();
  if (!isEventType(event)) return null;
  const params: Record<string, string | null> = {};
  for (const raw of parts.slice(1)) {
    const p = raw.trim();
    const eq = p.indexOf("=");
    const name = (eq === -1 ? p : p.slice(0, eq)).trim().toLowerCase();
    if (!TOKEN_RE.test(name)) return null;
    let v: string | null = eq === -1 ? null : p.slice(eq + 1).trim();
    if (v !== null && v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, "$1");
    params[name] = v;
  }
  return { event, params };
}

/** The package name for an event and the parameters it requires: "dialog" + {sla: null} -> "dialog;sla". */
export function formatEventName(event: string, params: EventParams): string {
  let out = event;
  for (const [k, v] of Object.entries(params)) out += v === null ? `;${k}` : `;${k}=${needsQuotes(v) ? `"${v.replace(/["\\]/g, "\\$&")}"` : v}`;
  return out;
}

/** Same event (case-insensitive, as Kamailio's parser) and the same parameter set. */
export function sameEvent(a: EventHeader, b: EventHeader): boolean {
  if (a.event.toLowerCase() !== b.event.toLowerCase()) return false;
  const ka = Object.keys(a.params);
  const kb = Object.keys(b.params);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b.params, k) && b.params[k] === a.params[k]);
}

function needsQuotes(v: string): boolean {
  return !TOKEN_RE.test(v);
}

/** Splits on a separator that is not inside a quoted string. */
export function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted && c === "\\" && i + 1 < s.length) {
      cur += c + s[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === sep && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
