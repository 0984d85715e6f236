/** Character classes of the RFC 3261 grammar, as a lookup table over char codes 0..255. */

export const C_TOKEN = 1; // token (RFC 3261 25.1)
export const C_WS = 2; // SP / HTAB
export const C_DIGIT = 4;
export const C_ALPHA = 8;
export const C_HOST = 16; // hostname / IPv4 characters
export const C_URI = 32; // characters allowed unescaped somewhere in a URI (reserved / unreserved / escaped / [ ])
export const C_PVAL = 64; // generic-param value outside quotes: token / host (incl. IPv6 reference)
export const C_WORD = 128; // Call-ID "word"

const table = new Uint8Array(256);
function mark(chars: string, flag: number): void {
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)]! |= flag;
}
const lower = "abcdefghijklmnopqrstuvwxyz";
const upper = lower.toUpperCase();
const digits = "0123456789";
const alnum = lower + upper + digits;
mark(" \t", C_WS);
mark(digits, C_DIGIT);
mark(lower + upper, C_ALPHA);
mark(alnum + "-.!%*_+`'~", C_TOKEN);
mark(alnum + "-.", C_HOST);
mark(alnum + "-_.!~*'()%;/?:@&=+$,[]", C_URI);
mark(alnum + "-.!%*_+`'~:[]", C_PVAL);
mark(alnum + "-.!%*_+`'~()<>:\\\"/[]?{}", C_WORD);

export function is(code: number, flag: number): boolean {
  return code < 256 && (table[code]! & flag) !== 0;
}

/** True when s is a non-empty token. */
export function isToken(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255 || (table[c]! & C_TOKEN) === 0) return false;
  }
  return true;
}

/** Index of the first char at or after i that is not SP/HTAB/CR/LF (LWS after unfolding). */
export function skipWs(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    i++;
  }
  return i;
}

/** End index of the run of chars of class `flag` starting at i. */
export function scan(s: string, i: number, flag: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c > 255 || (table[c]! & flag) === 0) break;
    i++;
  }
  return i;
}

/** s with SP/HTAB/CR/LF trimmed at both ends. */
export function trimWs(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b) {
    const c = s.charCodeAt(a);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    a++;
  }
  while (b > a) {
    const c = s.charCodeAt(b - 1);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    b--;
  }
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** Parses a non-empty string of decimal digits; -1 when s is empty or holds anything else. */
export function parseDigits(s: string): number {
  if (s.length === 0 || s.length > 15) return s.length > 15 && /^\d+$/.test(s) ? Number(s) : -1;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Replaces each line fold (optional WSP, CRLF or LF, WSP) by a single SP (RFC 3261 7.3.1) and trims. */
export function unfold(s: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 13 && c !== 10) continue;
    let a = i;
    while (a > from && (s.charCodeAt(a - 1) === 32 || s.charCodeAt(a - 1) === 9)) a--;
    out += s.slice(from, a) + " ";
    let j = i + 1;
    while (j < s.length) {
      const d = s.charCodeAt(j);
      if (d !== 32 && d !== 9 && d !== 13 && d !== 10) break;
      j++;
    }
    from = j;
    i = j - 1;
  }
  return trimWs(out + s.slice(from));
}
