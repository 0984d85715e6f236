import * as chars from "./chars.js";
import { decodeInput } from "./decode-input.js";
import { XmlError, positionOf, type XmlErrorCode } from "./errors.js";
import type {
  XmlAttribute,
  XmlComment,
  XmlDeclaration,
  XmlDocument,
  XmlElement,
  XmlNamespaceDecl,
  XmlNode,
  XmlParseOptions,
  XmlProcessingInstruction,
} from "./types.js";

export const DEFAULT_PARSE_LIMITS: Readonly<Required<XmlParseOptions>> = Object.freeze({
  maxBytes: 65536,
  maxDepth: 64,
  maxAttributes: 64,
  maxElements: 10000,
});

// Module-local copies: hot loops then read plain constants, not module bindings.
const ASCII_NAME = chars.ASCII_NAME;
const INVALID_CHAR_RE = chars.INVALID_CHAR_RE;
const MAYBE_INVALID_RE = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NCNAME_RE = chars.NCNAME_RE;
const XML_NS = chars.XML_NS;
const XMLNS_NS = chars.XMLNS_NS;
const isXmlChar = chars.isXmlChar;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQ = 0x3d;
const QUOT = 0x22;
const APOS = 0x27;
const COLON = 0x3a;

/** One namespace binding; bindings form a chain from an element up to the document. */
interface Binding {
  prefix: string;
  uri: string;
  parent: Binding | null;
}

// Namespaces in XML 1.0 3: the prefix xml is bound by definition.
const BASE_SCOPE: Binding = { prefix: "xml", uri: XML_NS, parent: null };

function lookup(scope: Binding | null, prefix: string): string | undefined {
  for (let b = scope; b !== null; b = b.parent) if (b.prefix === prefix) return b.uri;
  return undefined;
}

interface RawAttr {
  name: string;
  colon: number;
  value: string;
  at: number;
}

interface Frame {
  el: XmlElement;
  scope: Binding;
}

/**
 * Parses UTF-8 bytes or a string into a namespace-resolved DOM.
 * Refuses DTDs and every entity but the five predefined ones, and enforces size, depth,
 * attribute and element limits. Throws only XmlError.
 */
export function parseXml(input: Uint8Array | string, options?: XmlParseOptions): XmlDocument {
  const limits = { ...DEFAULT_PARSE_LIMITS, ...definedOnly(options) };
  try {
    const text = decodeInput(input, limits.maxBytes);
    return new Parser(text, limits).document();
  } catch (err) {
    if (err instanceof XmlError) throw err;
    // Anything else is a defect of the parser; it still surfaces as the one documented error type.
    throw new XmlError("syntax", "document could not be parsed", { line: 1, column: 1, offset: 0 }, { cause: err });
  }
}

export type XmlParseResult = { ok: true; document: XmlDocument } | { ok: false; error: XmlError };

/** parseXml without exceptions. */
export function tryParseXml(input: Uint8Array | string, options?: XmlParseOptions): XmlParseResult {
  try {
    return { ok: true, document: parseXml(input, options) };
  } catch (err) {
    return { ok: false, error: err as XmlError };
  }
}

function definedOnly(o: XmlParseOptions | undefined): XmlParseOptions {
  const out: XmlParseOptions = {};
  if (!o) return out;
  if (o.maxBytes !== undefined) out.maxBytes = o.maxBytes;
  if (o.maxDepth !== undefined) out.maxDepth = o.maxDepth;
  if (o.maxAttributes !== undefined) out.maxAttributes = o.maxAttributes;
  if (o.maxElements !== undefined) out.maxElements = o.maxElements;
  return out;
}

class Parser {
  private pos = 0;
  private elementCount = 0;

  constructor(
    private readonly s: string,
    private readonly limits: Required<XmlParseOptions>,
  ) {}

  private fail(code: XmlErrorCode, reason: string, at: number = this.pos): never {
    throw new XmlError(code, reason, positionOf(this.s, at));
  }

  document(): XmlDocument {
    const s = this.s;
    // A cheap test first; only text with controls, surrogates or U+FFFE/F needs the exact rule.
    const bad = MAYBE_INVALID_RE.test(s) ? INVALID_CHAR_RE.exec(s) : null;
    if (bad) this.fail("syntax", `character ${describeChar(bad[0])} is not allowed in XML`, bad.index);

    let declaration: XmlDeclaration | null = null;
    // XML 1.0 2.8: the XML declaration, if any, is the very first thing in the document.
    if (s.startsWith("<?xml") && isSpace(s.charCodeAt(5))) declaration = this.xmlDeclaration();

    const children: XmlNode[] = [];
    let root: XmlElement | null = null;
    for (;;) {
      this.skipSpace();
      if (this.pos >= s.length) break;
      if (s.charCodeAt(this.pos) !== LT) {
        this.fail("syntax", root ? "text after the root element" : "text before the root element");
      }
      const next = s.charCodeAt(this.pos + 1);
      if (next === QUESTION) children.push(this.processingInstruction());
      else if (next === BANG) {
        if (s.startsWith("<!--", this.pos)) children.push(this.comment());
        else this.markupDeclaration(false);
      } else {
        if (root) this.fail("syntax", "more than one root element");
        root = this.element();
        children.push(root);
      }
    }
    if (!root) this.fail("syntax", "no root element", s.length);
    return { declaration, children, root };
  }

  private xmlDeclaration(): XmlDeclaration {
    const re =
      /<\?xml\s+version\s*=\s*(?:"(1\.[0-9]+)"|'(1\.[0-9]+)')(?:\s+encoding\s*=\s*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)'))?(?:\s+standalone\s*=\s*(?:"(yes|no)"|'(yes|no)'))?\s*\?>/y;
    re.lastIndex = 0;
    const m = re.exec(this.s);
    if (!m) this.fail("syntax", "malformed XML declaration", 0);
    const encoding = m[3] ?? m[4] ?? null;
    if (encoding !== null && !/^(utf-?8|us-ascii|ascii)$/i.test(encoding)) {
      this.fail("encoding", `unsupported encoding '${encoding}' (only UTF-8)`, 0);
    }
    const standalone = m[5] ?? m[6];
    this.pos = m[0].length;
    return { version: m[1] ?? m[2], encoding, standalone: standalone === undefined ? null : standalone === "yes" };
  }

  /** `<!` that is neither a comment nor (inside content) CDATA. */
  private markupDeclaration(inContent: boolean): never {
    const s = this.s;
    if (s.startsWith("<!DOCTYPE", this.pos)) {
      this.fail("doctype", "DOCTYPE declarations are not allowed (no DTD, no entity declarations)");
    }
    if (/^<!(ENTITY|ELEMENT|ATTLIST|NOTATION)/.test(s.slice(this.pos, this.pos + 10))) {
      this.fail("doctype", "markup declarations are not allowed (no DTD, no entity declarations)");
    }
    if (!inContent && s.startsWith("<![CDATA[", this.pos)) this.fail("syntax", "CDATA section outside the root element");
    this.fail("syntax", "malformed markup after '<!'");
  }

  private skipSpace(): boolean {
    const s = this.s;
    const start = this.pos;
    while (isSpace(s.charCodeAt(this.pos))) this.pos++;
    return this.pos > start;
  }

  /** Parses the element at pos and its whole subtree without recursion. */
  private element(): XmlElement {
    const s = this.s;
    const first = this.startTag(BASE_SCOPE, 1);
    if (first.selfClosing) return first.frame.el;
    const stack: Frame[] = [first.frame];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const lt = s.indexOf("<", this.pos);
      if (lt === -1) this.fail("syntax", `unexpected end of input: <${top.el.name}> is not closed`, s.length);
      if (lt > this.pos) top.el.children.push({ type: "text", value: this.text(this.pos, lt) });
      this.pos = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === SLASH) {
        this.endTag(top.el);
        stack.pop();
      } else if (next === BANG) {
        if (s.startsWith("<!--", lt)) top.el.children.push(this.comment());
        else if (s.startsWith("<![CDATA[", lt)) top.el.children.push(this.cdata());
        else this.markupDeclaration(true);
      } else if (next === QUESTION) {
        top.el.children.push(this.processingInstruction());
      } else {
        const child = this.startTag(top.scope, stack.length + 1);
        top.el.children.push(child.frame.el);
        if (!child.selfClosing) stack.push(child.frame);
      }
    }
    return first.frame.el;
  }

  private startTag(parentScope: Binding, depth: number): { frame: Frame; selfClosing: boolean } {
    const s = this.s;
    const tagAt = this.pos;
    if (depth > this.limits.maxDepth) this.fail("limit", `elements nested deeper than ${this.limits.maxDepth} levels`);
    if (++this.elementCount > this.limits.maxElements) this.fail("limit", `more than ${this.limits.maxElements} elements`);
    this.pos++;
    const name = this.name("element name");
    const nameColon = this.lastColon;

    const raw: RawAttr[] = [];
    let selfClosing = false;
    for (;;) {
      const spaced = this.skipSpace();
      const c = s.charCodeAt(this.pos);
      if (c === GT) {
        this.pos++;
        break;
      }
      if (c === SLASH) {
        if (s.charCodeAt(this.pos + 1) !== GT) this.fail("syntax", `expected '>' after '/' in <${name}>`);
        this.pos += 2;
        selfClosing = true;
        break;
      }
      if (Number.isNaN(c)) this.fail("syntax", `unexpected end of input in start tag <${name}>`);
      if (!spaced) this.fail("syntax", `unexpected ${describeChar(s[this.pos])} in start tag <${name}>`);
      raw.push(this.attribute(name));
      if (raw.length > this.limits.maxAttributes) {
        this.fail("limit", `more than ${this.limits.maxAttributes} attributes on <${name}>`, raw[raw.length - 1].at);
      }
    }

    // XML 1.0 3.1 (WFC: Unique Att Spec): no attribute name twice in one tag.
    for (let i = 1; i < raw.length; i++) {
      for (let j = 0; j < i; j++) {
        if (raw[i].name === raw[j].name) this.fail("syntax", `duplicate attribute '${raw[i].name}' on <${name}>`, raw[i].at);
      }
    }

    let scope = parentScope;
    const namespaces: XmlNamespaceDecl[] = [];
    for (const a of raw) {
      let prefix: string;
      if (a.name === "xmlns") prefix = "";
      else if (a.colon === 5 && a.name.startsWith("xmlns:")) prefix = a.name.slice(6);
      else continue;
      this.checkDeclaration(prefix, a);
      namespaces.push({ prefix, uri: a.value });
      scope = { prefix, uri: a.value, parent: scope };
    }

    const prefix = nameColon === -1 ? "" : name.slice(0, nameColon);
    const localName = nameColon === -1 ? name : name.slice(nameColon + 1);
    if (prefix === "xmlns") this.fail("namespace", `element <${name}> uses the reserved prefix 'xmlns'`, tagAt);
    const ns = lookup(scope, prefix);
    if (prefix !== "" && ns === undefined) this.fail("namespace", `unbound namespace prefix '${prefix}' on element <${name}>`, tagAt);

    const attributes: XmlAttribute[] = [];
    for (const a of raw) {
      if (a.name === "xmlns" || (a.colon === 5 && a.name.startsWith("xmlns:"))) continue;
      if (a.colon === -1) {
        attributes.push({ name: a.name, prefix: "", localName: a.name, namespace: null, value: a.value });
        continue;
      }
      const p = a.name.slice(0, a.colon);
      const uri = lookup(scope, p);
      if (uri === undefined) this.fail("namespace", `unbound namespace prefix '${p}' on attribute '${a.name}'`, a.at);
      const local = a.name.slice(a.colon + 1);
      // Namespaces in XML 1.0 6.3: no two attributes with the same expanded name.
      for (const b of attributes) {
        if (b.namespace === uri && b.localName === local) {
          this.fail("namespace", `attributes '${b.name}' and '${a.name}' on <${name}> have the same expanded name`, a.at);
        }
      }
      attributes.push({ name: a.name, prefix: p, localName: local, namespace: uri, value: a.value });
    }

    const el: XmlElement = {
      type: "element",
      name,
      prefix,
      localName,
      namespace: ns === undefined || ns === "" ? null : ns,
      attributes,
      namespaces,
      children: [],
    };
    return { frame: { el, scope }, selfClosing };
  }

  /** Namespaces in XML 1.0 3: reserved prefixes and namespace names. */
  private checkDeclaration(prefix: string, a: RawAttr): void {
    const uri = a.value;
    if (prefix === "") {
      if (uri === XML_NS || uri === XMLNS_NS) this.fail("namespace", `'${uri}' cannot be the default namespace`, a.at);
      return;
    }
    if (prefix === "xmlns") this.fail("namespace", "the prefix 'xmlns' cannot be declared", a.at);
    if (prefix === "xml") {
      if (uri !== XML_NS) this.fail("namespace", `the prefix 'xml' can only be bound to '${XML_NS}'`, a.at);
      return;
    }
    if (uri === XML_NS || uri === XMLNS_NS) this.fail("namespace", `'${uri}' cannot be bound to the prefix '${prefix}'`, a.at);
    if (uri === "") this.fail("namespace", `the prefix '${prefix}' cannot be undeclared (xmlns:${prefix}="")`, a.at);
  }

  private attribute(elementName: string): RawAttr {
    const s = this.s;
    const at = this.pos;
    const name = this.name("attribute name");
    const colon = this.lastColon;
    this.skipSpace();
    if (s.charCodeAt(this.pos) !== EQ) this.fail("syntax", `expected '=' after attribute '${name}' in <${elementName}>`);
    this.pos++;
    this.skipSpace();
    const q = s.charCodeAt(this.pos);
    if (q !== QUOT && q !== APOS) this.fail("syntax", `value of attribute '${name}' must be quoted`);
    const close = s.indexOf(q === QUOT ? '"' : "'", this.pos + 1);
    if (close === -1) this.fail("syntax", `unterminated value of attribute '${name}'`);
    const rawValue = s.slice(this.pos + 1, close);
    const lt = rawValue.indexOf("<");
    // XML 1.0 3.1 (WFC: No < in Attribute Values).
    if (lt !== -1) this.fail("syntax", `'<' is not allowed in the value of attribute '${name}'`, this.pos + 1 + lt);
    const value = this.decode(rawValue, this.pos + 1, true);
    this.pos = close + 1;
    return { name, colon, value, at };
  }

  private endTag(open: XmlElement): void {
    const s = this.s;
    const at = this.pos;
    this.pos += 2;
    const name = this.name("end tag name");
    if (name !== open.name) this.fail("syntax", `mismatched end tag: expected </${open.name}>, found </${name}>`, at);
    this.skipSpace();
    if (s.charCodeAt(this.pos) !== GT) this.fail("syntax", `expected '>' to close </${name}>`);
    this.pos++;
  }

  private text(start: number, end: number): string {
    const raw = this.s.slice(start, end);
    const bad = raw.indexOf("]]>");
    // XML 1.0 2.4: the literal "]]>" may not appear in content.
    if (bad !== -1) this.fail("syntax", "']]>' is not allowed in text content", start + bad);
    return this.decode(raw, start, false);
  }

  private comment(): XmlComment {
    const s = this.s;
    const start = this.pos;
    const end = s.indexOf("--", start + 4);
    if (end === -1) this.fail("syntax", "unterminated comment", start);
    // XML 1.0 2.5: "--" may not occur inside a comment, so the first "--" must close it.
    if (s.charCodeAt(end + 2) !== GT) this.fail("syntax", "'--' is not allowed inside a comment", end);
    this.pos = end + 3;
    return { type: "comment", value: normalizeNewlines(s.slice(start + 4, end)) };
  }

  private cdata(): XmlNode {
    const s = this.s;
    const start = this.pos;
    const end = s.indexOf("]]>", start + 9);
    if (end === -1) this.fail("syntax", "unterminated CDATA section", start);
    this.pos = end + 3;
    return { type: "cdata", value: normalizeNewlines(s.slice(start + 9, end)) };
  }

  private processingInstruction(): XmlProcessingInstruction {
    const s = this.s;
    const start = this.pos;
    this.pos += 2;
    const target = this.name("processing instruction target");
    if (this.lastColon !== -1) this.fail("namespace", `processing instruction target '${target}' contains a colon`, start);
    if (target.toLowerCase() === "xml") {
      this.fail("syntax", "the XML declaration is only allowed at the very start of the document", start);
    }
    if (s.startsWith("?>", this.pos)) {
      this.pos += 2;
      return { type: "pi", target, data: "" };
    }
    if (!this.skipSpace()) this.fail("syntax", `expected whitespace after processing instruction target '${target}'`);
    const end = s.indexOf("?>", this.pos);
    if (end === -1) this.fail("syntax", "unterminated processing instruction", start);
    const data = normalizeNewlines(s.slice(this.pos, end));
    this.pos = end + 2;
    return { type: "pi", target, data };
  }

  /** Colon position in the last name read, -1 if none. */
  private lastColon = -1;

  /** Reads a QName (Namespaces in XML 1.0 4) at pos. */
  private name(what: string): string {
    const s = this.s;
    const start = this.pos;
    let p = start;
    // ASCII fast path; any other character falls back to the full Unicode rule.
    for (;;) {
      const c = s.charCodeAt(p);
      if (c < 128 && (ASCII_NAME[c] !== 0 || c === COLON)) p++;
      else if (c >= 128) return this.unicodeName(what);
      else break;
    }
    if (p === start) this.fail("syntax", `expected ${what}, found ${describeChar(s[start])}`);
    const name = s.slice(start, p);
    const colon = name.indexOf(":");
    if (
      ASCII_NAME[name.charCodeAt(0)] !== 1 ||
      (colon !== -1 && (colon === name.length - 1 || name.indexOf(":", colon + 1) !== -1 || ASCII_NAME[name.charCodeAt(colon + 1)] !== 1))
    ) {
      this.fail(colon !== -1 && ASCII_NAME[name.charCodeAt(0)] === 1 ? "namespace" : "syntax", `invalid ${what} '${name}'`, start);
    }
    this.lastColon = colon;
    this.pos = p;
    return name;
  }

  private unicodeName(what: string): string {
    const s = this.s;
    const start = this.pos;
    NCNAME_RE.lastIndex = start;
    let m = NCNAME_RE.exec(s);
    if (!m) this.fail("syntax", `expected ${what}, found ${describeChar(String.fromCodePoint(s.codePointAt(start) ?? 0))}`);
    let p = start + m[0].length;
    let colon = -1;
    if (s.charCodeAt(p) === COLON) {
      colon = p - start;
      NCNAME_RE.lastIndex = p + 1;
      m = NCNAME_RE.exec(s);
      if (!m) this.fail("namespace", `invalid ${what} '${s.slice(start, p + 1)}'`, start);
      p = p + 1 + m[0].length;
      if (s.charCodeAt(p) === COLON) this.fail("namespace", `invalid ${what} '${s.slice(start, p + 1)}': more than one colon`, start);
    }
    this.lastColon = colon;
    this.pos = p;
    return s.slice(start, p);
  }

  /** Decodes references and applies XML 1.0 2.11 / 3.3.3 normalization to a raw run of text. */
  private decode(raw: string, base: number, attribute: boolean): string {
    let amp = raw.indexOf("&");
    if (amp === -1) return literal(raw, attribute);
    let out = "";
    let p = 0;
    while (amp !== -1) {
      out += literal(raw.slice(p, amp), attribute);
      const semi = raw.indexOf(";", amp + 1);
      if (semi === -1) this.fail("syntax", "'&' must start an entity or character reference (escape it as &amp;)", base + amp);
      const ref = raw.slice(amp + 1, semi);
      out += this.reference(ref, base + amp);
      p = semi + 1;
      amp = raw.indexOf("&", p);
    }
    return out + literal(raw.slice(p), attribute);
  }

  private reference(ref: string, at: number): string {
    switch (ref) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "apos":
        return "'";
      case "quot":
        return '"';
    }
    if (ref.charCodeAt(0) === 0x23) {
      const hex = ref.charCodeAt(1) === 0x78;
      const digits = ref.slice(hex ? 2 : 1);
      const ok = hex ? /^[0-9A-Fa-f]{1,16}$/.test(digits) : /^[0-9]{1,16}$/.test(digits);
      if (!ok) this.fail("syntax", `malformed character reference '&${ref};'`, at);
      const cp = parseInt(digits, hex ? 16 : 10);
      // XML 1.0 4.1 (WFC: Legal Character).
      if (!isXmlChar(cp)) this.fail("syntax", `character reference '&${ref};' is not a legal XML character`, at);
      return String.fromCodePoint(cp);
    }
    if (/^[A-Za-z_:][A-Za-z0-9._:-]*$/.test(ref) || (ref.length > 0 && ref.length < 64 && !/[\s&<]/.test(ref))) {
      this.fail("doctype", `undefined entity '&${ref};' (only the five predefined entities are allowed)`, at);
    }
    this.fail("syntax", "'&' must start an entity or character reference (escape it as &amp;)", at);
  }
}

function literal(raw: string, attribute: boolean): string {
  if (!attribute) return normalizeNewlines(raw);
  // XML 1.0 3.3.3: literal whitespace characters in attribute values become spaces.
  return /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
}

/** XML 1.0 2.11: CR LF and lone CR become LF. */
function normalizeNewlines(raw: string): string {
  return raw.indexOf("\r") === -1 ? raw : raw.replace(/\r\n?/g, "\n");
}

function describeChar(ch: string | undefined): string {
  if (ch === undefined || ch === "") return "end of input";
  const cp = ch.codePointAt(0) ?? 0;
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  return cp >= 0x21 && cp < 0x7f ? `'${ch}'` : hex;
}
