import { C_PVAL, C_TOKEN, scan, skipWs } from "./chars.js";
import { SipParseError } from "./errors.js";
import { InternTable } from "./intern-table.js";
import type { Params } from "./types.js";

/** Parameter names seen in nearly every message, interned (see InternTable). */
const PARAM_NAMES = new InternTable(
  [
    "branch", "received", "rport", "maddr", "ttl", "tag", "transport", "lr", "user", "method", "expires", "q",
    "+sip.instance", "reg-id", "ob", "gr", "id", "reason", "retry-after", "duration", "charset", "boundary",
    "sla", "vendor", "model", "version", "audio", "video", "text", "methods", "events", "isfocus",
    "+sip.ice", "pub-gruu", "temp-gruu", "alias", "keep", "sigcomp-id", "comp", "phone-context",
  ].map((k) => [k, k] as const),
  256,
);

/** Result of reading a quoted-string: the text with quoted-pairs resolved, and the index after the closing quote. */
export interface Quoted {
  value: string;
  end: number;
}

/** Reads a quoted-string starting at s[i] === '"' (RFC 3261 25.1: qdtext / quoted-pair). */
export function readQuoted(s: string, i: number): Quoted {
  let out = "";
  let from = i + 1;
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 34) return { value: out + s.slice(from, j), end: j + 1 };
    if (c === 92) {
      // quoted-pair = "\" (%x00-09 / %x0B-0C / %x0E-7F)
      const n = s.charCodeAt(j + 1);
      if (j + 1 >= s.length || n === 10 || n === 13 || n > 0x7f) throw new SipParseError("Bad quoted string", { detail: "bad escape" });
      out += s.slice(from, j) + s[j + 1];
      j++;
      from = j + 1;
    } else if ((c < 32 && c !== 9) || c === 127) {
      throw new SipParseError("Bad quoted string", { detail: "control character" });
    }
  }
  throw new SipParseError("Bad quoted string", { detail: "unterminated" });
}

/**
 * Reads `*( SEMI generic-param )` (RFC 3261 25.1) from s at i into params (keys lower-cased, last
 * occurrence wins, quoted values unquoted). Stops at the end of s or, when stopAtComma, at a
 * top-level comma; returns the index where it stopped. Throws on anything else.
 */
export function readParams(s: string, i: number, params: Params, stopAtComma: boolean, lenient = false): number {
  for (;;) {
    i = skipWs(s, i);
    if (i >= s.length) return i;
    const c = s.charCodeAt(i);
    if (c === 44 /* , */ && stopAtComma) return i;
    if (c !== 59 /* ; */) {
      if (lenient) return s.length;
      throw new SipParseError("Bad parameter", { detail: `unexpected '${s[i]}'` });
    }
    i = skipWs(s, i + 1);
    const nameEnd = scan(s, i, C_TOKEN);
    if (nameEnd === i) {
      if (lenient) continue;
      throw new SipParseError("Bad parameter", { detail: "empty parameter" });
    }
    const name = PARAM_NAMES.lookup(s, i, nameEnd) ?? s.slice(i, nameEnd).toLowerCase();
    i = skipWs(s, nameEnd);
    let value: string | null = null;
    if (s.charCodeAt(i) === 61 /* = */) {
      i = skipWs(s, i + 1);
      if (s.charCodeAt(i) === 34) {
        const q = readQuoted(s, i);
        value = q.value;
        i = q.end;
      } else {
        const end = scan(s, i, C_PVAL);
        if (end === i) {
          if (lenient) return s.length;
          throw new SipParseError("Bad parameter", { detail: `no value for ${name}` });
        }
        value = s.slice(i, end);
        i = end;
      }
    }
    setParam(params, name, value);
  }
}

/** Sets a parameter (a repeated name keeps its last value); safe for the name "__proto__". */
export function setParam(params: Params, name: string, value: string | null): void {
  if (name === "__proto__") Object.defineProperty(params, name, { value, enumerable: true, writable: true, configurable: true });
  else params[name] = value;
}

/** Percent-decodes s (UTF-8 where the escapes form valid UTF-8, else byte by byte). */
export function unescapePercent(s: string): string {
  if (s.indexOf("%") < 0) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/%([0-9a-fA-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
}
