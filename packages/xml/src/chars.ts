export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NS = "http://www.w3.org/2000/xmlns/";

// XML 1.0 2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// With the u flag a lone surrogate matches this class as well.
export const INVALID_CHAR_RE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

// XML 1.0 (5th ed.) 2.3 NameStartChar / NameChar, without ':' (Namespaces in XML: NCName).
const START = "A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
const REST = `${START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;

/** One NCName, matched at lastIndex. */
export const NCNAME_RE = new RegExp(`[${START}][${REST}]*`, "uy");

/** Lookup for the ASCII fast path: 1 = may start a name, 2 = may continue one. */
export const ASCII_NAME = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z_]/.test(ch)) t[c] = 1;
    else if (/[-.0-9]/.test(ch)) t[c] = 2;
  }
  return t;
})();

export function isNcName(s: string): boolean {
  NCNAME_RE.lastIndex = 0;
  const m = NCNAME_RE.exec(s);
  return m !== null && m[0].length === s.length;
}

/** S ::= (#x20 | #x9 | #xD | #xA)+ */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}
