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
// Matches text free of controls, surrogates and U+FFFE/F. Anchored, so the engine runs one tight
// loop over the input instead of a search that restarts at every position.
const SURELY_VALID_RE = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]*$/;
const NCNAME_RE = chars.NCNAME_RE;
const XML_NS = chars.XML_NS;
const XMLNS_NS = chars.XMLNS_NS;
const isXmlChar = chars.isXmlChar;

/** S (XML 1.0 2.3); the first test settles the usual case, a character above U+0020. */
function isSpace(c: number): boolean {
  return c <= 0x20 && (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d);
}

/** The position after the run of S at p. */
function skipS(s: string, p: number): number {
  while (isSpace(s.charCodeAt(p))) p++;
  return p;
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
const LF = 0x0a;
const TAB = 0x09;

// XML 1.0 2.8; module-level so a parse does not allocate the regular expressions.
const XML_DECL_RE =
  /<\?xml\s+version\s*=\s*(?:"(1\.[0-9]+)"|'(1\.[0-9]+)')(?:\s+encoding\s*=\s*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)'))?(?:\s+standalone\s*=\s*(?:"(yes|no)"|'(yes|no)'))?\s*\?>/y;
const UTF8_NAME_RE = /^(utf-?8|us-ascii|ascii)$/i;
// "<?xml" and white space open an XML declaration (regular expressions: startsWith is slower here).
const DECL_START_RE = /^<\?xml[\t\n\r ]/;
// The declaration nearly every PIDF document starts with: recognized without building a match.
const COMMON_DECL_RE = /^<\?xml version="1\.0" encoding="UTF-8"\?>/;
const COMMON_DECL_LENGTH = '<?xml version="1.0" encoding="UTF-8"?>'.length;

/** True when c may continue a QName (an ASCII name character, ':' or any non-ASCII character). */
function continuesName(c: number): boolean {
  return c < 128 ? ASCII_NAME[c] !== 0 || c === COLON : c >= 128;
}

/** "\n" followed by 0..31 spaces: the indentation between tags, shared instead of sliced out per run. */
const INDENTS: readonly string[] = Array.from({ length: 32 }, (_, n) => "\n" + " ".repeat(n));

/**
 * The first occurrence of a needle at or after a position. The parser asks at increasing positions,
 * so one indexOf over the document usually answers many questions (one per text run or attribute).
 */
class Finder {
  private from = 0;
  private at = -1;

  constructor(
    private readonly s: string,
    private readonly needle: string,
  ) {}

  /** Index of the first occurrence at or after `from`; s.length when there is none. */
  next(from: number): number {
    if (from < this.from || from > this.at) {
      const i = this.s.indexOf(this.needle, from);
      this.at = i === -1 ? this.s.length : i;
      this.from = from;
    }
    return this.at;
  }
}

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

// How a start tag's attribute is treated once the whole tag is read.
const PLAIN = 0;
const PREFIXED = 1;
const NS_DECL = 2;

/**
 * Parses UTF-8 bytes or a string into a namespace-resolved DOM.
 * Refuses DTDs and every entity but the five predefined ones, and enforces size, depth,
 * attribute and element limits. Throws only XmlError.
 */
export function parseXml(input: Uint8Array | string, options?: XmlParseOptions): XmlDocument {
  const limits = options === undefined ? DEFAULT_PARSE_LIMITS : { ...DEFAULT_PARSE_LIMITS, ...definedOnly(options) };
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
  /** Colon position in the last name read, -1 if none. */
  private lastColon = -1;
  /** Set by startTag: the scope inside the element just read, and whether it was `<x/>`. */
  private tagScope: Binding = BASE_SCOPE;
  private tagSelfClosing = false;

  // The attributes of the start tag being read, as parallel arrays reused for every tag
  // (only the first attrCount entries are meaningful).
  private attrCount = 0;
  private readonly attrNames: string[] = [];
  private readonly attrColons: number[] = [];
  private readonly attrValues: string[] = [];
  private readonly attrAts: number[] = [];
  private readonly attrKinds: number[] = [];

  private readonly lts: Finder;
  private readonly amps: Finder;
  private readonly cdataEnds: Finder;
  private readonly crs: Finder;
  private readonly lfs: Finder;
  private readonly tabs: Finder;

  constructor(
    private readonly s: string,
    private readonly limits: Readonly<Required<XmlParseOptions>>,
  ) {
    this.lts = new Finder(s, "<");
    this.amps = new Finder(s, "&");
    this.cdataEnds = new Finder(s, "]]>");
    this.crs = new Finder(s, "\r");
    this.lfs = new Finder(s, "\n");
    this.tabs = new Finder(s, "\t");
  }

  private fail(code: XmlErrorCode, reason: string, at: number = this.pos): never {
    throw new XmlError(code, reason, positionOf(this.s, at));
  }

  document(): XmlDocument {
    const s = this.s;
    // A cheap test first; only text with controls, surrogates or U+FFFE/F needs the exact rule.
    const bad = SURELY_VALID_RE.test(s) ? null : INVALID_CHAR_RE.exec(s);
    if (bad) this.fail("syntax", `character ${describeChar(bad[0])} is not allowed in XML`, bad.index);

    let declaration: XmlDeclaration | null = null;
    // XML 1.0 2.8: the XML declaration, if any, is the very first thing in the document.
    if (DECL_START_RE.test(s)) declaration = this.xmlDeclaration();

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
    if (COMMON_DECL_RE.test(this.s)) {
      this.pos = COMMON_DECL_LENGTH;
      return { version: "1.0", encoding: "UTF-8", standalone: null };
    }
    const re = XML_DECL_RE;
    re.lastIndex = 0;
    const m = re.exec(this.s);
    if (!m) this.fail("syntax", "malformed XML declaration", 0);
    const encoding = m[3] ?? m[4] ?? null;
    if (encoding !== null && !UTF8_NAME_RE.test(encoding)) {
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
    const p = skipS(s, start);
    this.pos = p;
    return p > start;
  }

  /** Parses the element at pos and its whole subtree without recursion. */
  private element(): XmlElement {
    const s = this.s;
    const root = this.startTag(BASE_SCOPE, 1);
    if (this.tagSelfClosing) return root;
    // The open elements and their scopes; the depth is the stacks' length.
    const open: XmlElement[] = [root];
    const scopes: Binding[] = [this.tagScope];
    while (open.length > 0) {
      const top = open[open.length - 1];
      const start = this.pos;
      // Whitespace between tags, most of the character data in PIDF, is found without a search.
      const spaceEnd = whitespaceRun(s, start);
      let lt = spaceEnd;
      if (s.charCodeAt(spaceEnd) === LT) {
        if (lt > start) top.children.push({ type: "text", value: sharedWhitespace(s, start, lt) });
      } else {
        lt = this.lts.next(spaceEnd);
        if (lt === s.length) this.fail("syntax", `unexpected end of input: <${top.name}> is not closed`, s.length);
        top.children.push({ type: "text", value: this.text(start, lt) });
      }
      this.pos = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === SLASH) {
        this.endTag(top);
        open.pop();
        scopes.pop();
      } else if (next === BANG) {
        if (s.startsWith("<!--", lt)) top.children.push(this.comment());
        else if (s.startsWith("<![CDATA[", lt)) top.children.push(this.cdata());
        else this.markupDeclaration(true);
      } else if (next === QUESTION) {
        top.children.push(this.processingInstruction());
      } else {
        const child = this.startTag(scopes[scopes.length - 1], open.length + 1);
        top.children.push(child);
        if (!this.tagSelfClosing) {
          open.push(child);
          scopes.push(this.tagScope);
        }
      }
    }
    return root;
  }

  /**
   * Reads a start tag at pos and returns its element (children still empty); leaves the scope
   * inside it in tagScope and whether it closed itself in tagSelfClosing.
   */
  private startTag(parentScope: Binding, depth: number): XmlElement {
    const s = this.s;
    const tagAt = this.pos;
    if (depth > this.limits.maxDepth) this.fail("limit", `elements nested deeper than ${this.limits.maxDepth} levels`);
    if (++this.elementCount > this.limits.maxElements) this.fail("limit", `more than ${this.limits.maxElements} elements`);
    this.pos++;
    const name = this.name("element name");
    const nameColon = this.lastColon;

    this.attrCount = 0;
    let declares = false;
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
      if (this.attribute(name) === NS_DECL) declares = true;
      if (this.attrCount > this.limits.maxAttributes) {
        this.fail("limit", `more than ${this.limits.maxAttributes} attributes on <${name}>`, this.attrAts[this.attrCount - 1]);
      }
    }
    const n = this.attrCount;
    const names = this.attrNames;

    // XML 1.0 3.1 (WFC: Unique Att Spec): no attribute name twice in one tag.
    for (let i = 1; i < n; i++) {
      for (let j = 0; j < i; j++) {
        if (names[i] === names[j]) this.fail("syntax", `duplicate attribute '${names[i]}' on <${name}>`, this.attrAts[i]);
      }
    }

    // Most elements declare nothing: they share the parent's scope and need no bindings.
    const scope = declares ? this.declarations(parentScope) : parentScope;
    const namespaces: XmlNamespaceDecl[] = declares ? this.declared() : [];

    const prefix = nameColon === -1 ? "" : name.slice(0, nameColon);
    const localName = nameColon === -1 ? name : name.slice(nameColon + 1);
    if (prefix === "xmlns") this.fail("namespace", `element <${name}> uses the reserved prefix 'xmlns'`, tagAt);
    const ns = lookup(scope, prefix);
    if (prefix !== "" && ns === undefined) this.fail("namespace", `unbound namespace prefix '${prefix}' on element <${name}>`, tagAt);

    this.tagScope = scope;
    this.tagSelfClosing = selfClosing;
    return {
      type: "element",
      name,
      prefix,
      localName,
      namespace: ns === undefined || ns === "" ? null : ns,
      attributes: n === 0 ? [] : this.attributes(name, scope),
      namespaces,
      children: [],
    };
  }

  /** Checks the tag's namespace declarations in order and returns the scope they make. */
  private declarations(parentScope: Binding): Binding {
    let scope = parentScope;
    for (let i = 0; i < this.attrCount; i++) {
      if (this.attrKinds[i] !== NS_DECL) continue;
      const prefix = declaredPrefix(this.attrNames[i]);
      const uri = this.attrValues[i];
      this.checkDeclaration(prefix, uri, this.attrAts[i]);
      scope = { prefix, uri, parent: scope };
    }
    return scope;
  }

  /** The tag's namespace declarations for the DOM (already checked by declarations). */
  private declared(): XmlNamespaceDecl[] {
    const out: XmlNamespaceDecl[] = [];
    for (let i = 0; i < this.attrCount; i++) {
      if (this.attrKinds[i] === NS_DECL) out.push({ prefix: declaredPrefix(this.attrNames[i]), uri: this.attrValues[i] });
    }
    return out;
  }

  /** The tag's attributes other than namespace declarations, resolved in the element's scope. */
  private attributes(elementName: string, scope: Binding): XmlAttribute[] {
    const attributes: XmlAttribute[] = [];
    for (let i = 0; i < this.attrCount; i++) {
      const kind = this.attrKinds[i];
      if (kind === NS_DECL) continue;
      const name = this.attrNames[i];
      const value = this.attrValues[i];
      if (kind === PLAIN) {
        attributes.push({ name, prefix: "", localName: name, namespace: null, value });
        continue;
      }
      const colon = this.attrColons[i];
      const p = name.slice(0, colon);
      const uri = lookup(scope, p);
      if (uri === undefined) this.fail("namespace", `unbound namespace prefix '${p}' on attribute '${name}'`, this.attrAts[i]);
      const local = name.slice(colon + 1);
      // Namespaces in XML 1.0 6.3: no two attributes with the same expanded name.
      for (const b of attributes) {
        if (b.namespace === uri && b.localName === local) {
          this.fail("namespace", `attributes '${b.name}' and '${name}' on <${elementName}> have the same expanded name`, this.attrAts[i]);
        }
      }
      attributes.push({ name, prefix: p, localName: local, namespace: uri, value });
    }
    return attributes;
  }

  /** Namespaces in XML 1.0 3: reserved prefixes and namespace names. */
  private checkDeclaration(prefix: string, uri: string, at: number): void {
    if (prefix === "") {
      if (uri === XML_NS || uri === XMLNS_NS) this.fail("namespace", `'${uri}' cannot be the default namespace`, at);
      return;
    }
    if (prefix === "xmlns") this.fail("namespace", "the prefix 'xmlns' cannot be declared", at);
    if (prefix === "xml") {
      if (uri !== XML_NS) this.fail("namespace", `the prefix 'xml' can only be bound to '${XML_NS}'`, at);
      return;
    }
    if (uri === XML_NS || uri === XMLNS_NS) this.fail("namespace", `'${uri}' cannot be bound to the prefix '${prefix}'`, at);
    if (uri === "") this.fail("namespace", `the prefix '${prefix}' cannot be undeclared (xmlns:${prefix}="")`, at);
  }

  /** Reads one attribute into the next slot of the attr* arrays and returns its kind. */
  private attribute(elementName: string): number {
    const s = this.s;
    const at = this.pos;
    const name = this.name("attribute name");
    const colon = this.lastColon;
    const eq = skipS(s, this.pos);
    if (s.charCodeAt(eq) !== EQ) this.fail("syntax", `expected '=' after attribute '${name}' in <${elementName}>`, eq);
    const open = skipS(s, eq + 1);
    const q = s.charCodeAt(open);
    if (q !== QUOT && q !== APOS) this.fail("syntax", `value of attribute '${name}' must be quoted`, open);
    const start = open + 1;
    const close = s.indexOf(q === QUOT ? '"' : "'", start);
    if (close === -1) this.fail("syntax", `unterminated value of attribute '${name}'`, open);
    const lt = this.lts.next(start);
    // XML 1.0 3.1 (WFC: No < in Attribute Values).
    if (lt < close) this.fail("syntax", `'<' is not allowed in the value of attribute '${name}'`, lt);
    const value = this.amps.next(start) < close ? this.decode(start, close, true) : this.attributeLiteral(start, close);
    this.pos = close + 1;

    const kind = name === "xmlns" || (colon === 5 && name.startsWith("xmlns:")) ? NS_DECL : colon === -1 ? PLAIN : PREFIXED;
    const i = this.attrCount++;
    this.attrNames[i] = name;
    this.attrColons[i] = colon;
    this.attrValues[i] = value;
    this.attrAts[i] = at;
    this.attrKinds[i] = kind;
    return kind;
  }

  /** An attribute value without references; XML 1.0 3.3.3 turns its literal TAB, LF and CR into spaces. */
  private attributeLiteral(start: number, end: number): string {
    const raw = this.s.slice(start, end);
    const spaced = this.lfs.next(start) < end || this.tabs.next(start) < end || this.crs.next(start) < end;
    return spaced ? literal(raw, true) : raw;
  }

  private endTag(open: XmlElement): void {
    const s = this.s;
    const at = this.pos;
    const expected = open.name;
    const after = at + 2 + expected.length;
    // The usual case, the open element's name and nothing more: no name scan needed.
    if (s.slice(at + 2, after) === expected && !continuesName(s.charCodeAt(after))) {
      this.pos = after;
    } else {
      this.pos += 2;
      const name = this.name("end tag name");
      if (name !== expected) this.fail("syntax", `mismatched end tag: expected </${expected}>, found </${name}>`, at);
    }
    this.skipSpace();
    if (s.charCodeAt(this.pos) !== GT) this.fail("syntax", `expected '>' to close </${expected}>`);
    this.pos++;
  }

  private text(start: number, end: number): string {
    const bad = this.cdataEnds.next(start);
    // XML 1.0 2.4: the literal "]]>" may not appear in content.
    if (bad + 3 <= end) this.fail("syntax", "']]>' is not allowed in text content", bad);
    if (this.amps.next(start) < end) return this.decode(start, end, false);
    const raw = this.s.slice(start, end);
    return this.crs.next(start) < end ? normalizeNewlines(raw) : raw;
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

  /** Reads a QName (Namespaces in XML 1.0 4) at pos. */
  private name(what: string): string {
    const s = this.s;
    const start = this.pos;
    let p = start;
    let colon = -1;
    let colons = 0;
    // ASCII fast path; any other character falls back to the full Unicode rule.
    for (;;) {
      const c = s.charCodeAt(p);
      if (c < 128) {
        if (ASCII_NAME[c] !== 0) p++;
        else if (c === COLON) {
          if (colon === -1) colon = p - start;
          colons++;
          p++;
        } else break;
      } else if (c >= 128) return this.unicodeName(what);
      else break;
    }
    if (p === start) this.fail("syntax", `expected ${what}, found ${describeChar(s[start])}`);
    const startOk = ASCII_NAME[s.charCodeAt(start)] === 1;
    // Namespaces in XML 1.0 4: at most one colon, with an NCName on each side.
    if (!startOk || (colon !== -1 && (colons > 1 || start + colon + 1 === p || ASCII_NAME[s.charCodeAt(start + colon + 1)] !== 1))) {
      this.fail(colon !== -1 && startOk ? "namespace" : "syntax", `invalid ${what} '${s.slice(start, p)}'`, start);
    }
    this.lastColon = colon;
    this.pos = p;
    return s.slice(start, p);
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

  /** Decodes references in s[start, end) and applies XML 1.0 2.11 / 3.3.3 normalization to the rest. */
  private decode(start: number, end: number, attribute: boolean): string {
    const s = this.s;
    let out = "";
    let p = start;
    let amp = this.amps.next(start);
    while (amp < end) {
      out += literal(s.slice(p, amp), attribute);
      const semi = s.indexOf(";", amp + 1);
      if (semi === -1 || semi >= end) this.fail("syntax", "'&' must start an entity or character reference (escape it as &amp;)", amp);
      out += this.reference(s.slice(amp + 1, semi), amp);
      p = semi + 1;
      amp = this.amps.next(p);
    }
    return out + literal(s.slice(p, end), attribute);
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

/** End of the run of spaces, tabs and line feeds at start (CR excluded: it needs normalizing). */
function whitespaceRun(s: string, start: number): number {
  let p = start;
  for (let c = s.charCodeAt(p); c === 0x20 || c === LF || c === TAB; c = s.charCodeAt(++p));
  return p;
}

/** A whitespace-only run: "\n" and spaces come from the shared INDENTS, anything else is sliced. */
function sharedWhitespace(s: string, start: number, end: number): string {
  if (end - start <= INDENTS.length && s.charCodeAt(start) === LF) {
    let p = start + 1;
    while (p < end && s.charCodeAt(p) === 0x20) p++;
    if (p === end) return INDENTS[end - start - 1];
  }
  return s.slice(start, end);
}

/** The prefix an `xmlns` or `xmlns:p` attribute declares ("" for the default namespace). */
function declaredPrefix(attrName: string): string {
  return attrName === "xmlns" ? "" : attrName.slice(6);
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
