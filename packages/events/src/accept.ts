import { splitOutsideQuotes } from "./event-name.js";

interface MediaRange {
  type: string;
  subtype: string;
  q: number;
}

// RFC 3261 25.1: qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )
const QVALUE_RE = /^(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)$/;
const TOKEN_RE = /^[A-Za-z0-9\-.!%*_+`'~]+$/;

/** Parses Accept elements (each may itself be a comma-separated list); malformed ranges are skipped. */
export function parseAccept(accept: readonly string[]): MediaRange[] {
  const out: MediaRange[] = [];
  for (const element of accept) {
    for (const range of splitOutsideQuotes(element, ",")) {
      const [mediaType, ...params] = splitOutsideQuotes(range, ";");
      const slash = mediaType.indexOf("/");
      if (slash === -1) continue;
      const type = mediaType.slice(0, slash).trim().toLowerCase();
      const subtype = mediaType.slice(slash + 1).trim().toLowerCase();
      if (!TOKEN_RE.test(type) || !TOKEN_RE.test(subtype) || (type === "*" && subtype !== "*")) continue;
      let q = 1;
      let valid = true;
      for (const p of params) {
        const eq = p.indexOf("=");
        if (eq === -1 || p.slice(0, eq).trim().toLowerCase() !== "q") continue;
        const v = p.slice(eq + 1).trim();
        if (!QVALUE_RE.test(v)) valid = false;
        else q = Number(v);
        break;
      }
      if (valid) out.push({ type, subtype, q });
    }
  }
  return out;
}

/**
 * Chooses the content type for a SUBSCRIBE's NOTIFYs.
 * - accept null (no Accept header): the package default, offered[0] (RFC 3856: application/pidf+xml).
 * - otherwise the offered type with the highest q, where the most specific matching range
 *   decides a type's q (exact > type/* > * /*); ties go to the earlier offered type.
 * - null when nothing is acceptable, including an empty Accept header (RFC 3261 20.1): 406.
 */
export function negotiateContentType(offered: readonly string[], accept: readonly string[] | null): string | null {
  if (accept === null) return offered[0] ?? null;
  const ranges = parseAccept(accept);
  let best: string | null = null;
  let bestQ = 0;
  for (const o of offered) {
    const slash = o.indexOf("/");
    const type = o.slice(0, slash).toLowerCase();
    const subtype = o.slice(slash + 1).toLowerCase();
    let q = 0;
    let specificity = -1;
    for (const r of ranges) {
      const s = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === "*" ? 1 : r.type === "*" ? 0 : -1;
      if (s < 0) continue;
      if (s > specificity) {
        specificity = s;
        q = r.q;
      } else if (s === specificity) q = Math.max(q, r.q);
    }
    // q=0 means "not acceptable" (RFC 3261 20.1 via RFC 2616 14.1).
    if (q > bestQ) {
      best = o;
      bestQ = q;
    }
  }
  return best;
}
