import { XML_NS } from "./chars.js";
import type { XmlDocument, XmlElement, XmlNamespaceScope, XmlNode } from "./types.js";

export interface XmlSerializeOptions {
  /**
   * Namespace bindings already in scope where the output is placed (prefix to URI, "" = default
   * namespace). Declarations they make redundant are left out; any binding the subtree needs and
   * the scope lacks is declared.
   */
  inScope?: XmlNamespaceScope | Readonly<Record<string, string>>;
  /**
   * Declare on the subtree root every binding the subtree uses consistently (one URI per prefix),
   * instead of on each element that needs it. Default true.
   */
  hoist?: boolean;
}

/** Writes a document: XML declaration (unless `declaration: false`), top-level comments/PIs and the root. */
export function serializeDocument(doc: XmlDocument, options?: { declaration?: boolean }): string {
  const out: string[] = [];
  if (options?.declaration !== false) {
    const sa = doc.declaration?.standalone;
    out.push(`<?xml version="${doc.declaration?.version ?? "1.0"}" encoding="UTF-8"${sa == null ? "" : ` standalone="${sa ? "yes" : "no"}"`}?>\n`);
  }
  const scope = baseScope(undefined);
  for (let i = 0; i < doc.children.length; i++) {
    if (i > 0) out.push("\n");
    writeNode(doc.children[i], scope, out);
  }
  return out.join("");
}

/**
 * Writes one element and its subtree as well-formed XML that keeps meaning outside its original
 * document: every prefix it (or a descendant, or an attribute) uses is declared unless `inScope`
 * already binds it to the same URI.
 */
export function serializeElement(el: XmlElement, options?: XmlSerializeOptions): string {
  const out: string[] = [];
  const scope = baseScope(options?.inScope);
  const hoisted = options?.hoist === false ? null : collectNamespaceBindings([el]);
  writeElement(el, scope, out, hoisted);
  return out.join("");
}

/** Writes any node; elements are written as by serializeElement. */
export function serializeNode(node: XmlNode, options?: XmlSerializeOptions): string {
  if (node.type === "element") return serializeElement(node, options);
  const out: string[] = [];
  writeNode(node, baseScope(options?.inScope), out);
  return out.join("");
}

/**
 * The prefix bindings the elements and attributes of these subtrees use, keeping only prefixes
 * that mean the same URI everywhere (so they can be declared once on a common ancestor).
 * The default namespace is the key "".
 */
export function collectNamespaceBindings(elements: readonly XmlElement[]): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const el of elements) visitBindings(el, seen);
  const out = new Map<string, string>();
  for (const [p, uri] of seen) if (uri !== null && p !== "xml") out.set(p, uri);
  return out;
}

/** Records prefix -> URI uses; null marks a prefix used for two URIs. */
function visitBindings(el: XmlElement, seen: Map<string, string | null>): void {
  const ns = el.namespace ?? "";
  addBinding(seen, ns === "" ? "" : el.prefix, ns);
  for (const a of el.attributes) {
    if (a.namespace !== null && a.namespace !== XML_NS && a.prefix !== "") addBinding(seen, a.prefix, a.namespace);
  }
  for (const c of el.children) if (c.type === "element") visitBindings(c, seen);
}

function addBinding(seen: Map<string, string | null>, prefix: string, uri: string): void {
  const prev = seen.get(prefix);
  if (prev === undefined) seen.set(prefix, uri);
  else if (prev !== uri) seen.set(prefix, null);
}

function baseScope(inScope: XmlNamespaceScope | Readonly<Record<string, string>> | undefined): Map<string, string> {
  const m = new Map<string, string>([["xml", XML_NS]]);
  if (inScope) {
    const entries = inScope instanceof Map ? inScope.entries() : Object.entries(inScope);
    for (const [p, uri] of entries) if (p !== "xml") m.set(p, uri);
  }
  return m;
}

function writeNode(node: XmlNode, scope: Map<string, string>, out: string[]): void {
  switch (node.type) {
    case "element":
      writeElement(node, scope, out, null);
      return;
    case "text":
      out.push(escapeText(node.value));
      return;
    case "cdata":
      // A CR would come back as LF (XML 1.0 2.11) and CDATA cannot escape it: write such data as text.
      if (node.value.includes("\r")) {
        out.push(escapeText(node.value));
        return;
      }
      // "]]>" cannot occur inside CDATA: split it across two sections.
      out.push(`<![CDATA[${clean(node.value).replace(/]]>/g, "]]]]><![CDATA[>")}]]>`);
      return;
    case "comment": {
      // XML 1.0 2.5: no "--" inside and no "-" at the end of a comment.
      let v = clean(node.value).replace(/--/g, "- -");
      if (v.endsWith("-")) v += " ";
      out.push(`<!--${v}-->`);
      return;
    }
    case "pi":
      out.push(node.data === "" ? `<?${node.target}?>` : `<?${node.target} ${clean(node.data).replace(/\?>/g, "? >")}?>`);
      return;
  }
}

/** The namespace declarations one start tag writes, and the scope they produce. */
class TagBindings {
  scope: Map<string, string>;
  readonly prefixes: string[] = [];
  readonly uris: string[] = [];
  private copied = false;

  constructor(private readonly parent: Map<string, string>) {
    this.scope = parent;
  }

  current(p: string): string | undefined {
    return p === "" ? (this.scope.get("") ?? "") : this.scope.get(p);
  }

  bind(p: string, uri: string): void {
    if (!this.copied) {
      this.scope = new Map(this.parent);
      this.copied = true;
    }
    this.scope.set(p, uri);
    const i = this.prefixes.indexOf(p);
    if (i === -1) {
      this.prefixes.push(p);
      this.uris.push(uri);
    } else this.uris[i] = uri;
  }
}

function writeElement(el: XmlElement, parentScope: Map<string, string>, out: string[], hoisted: Map<string, string> | null): void {
  const b = new TagBindings(parentScope);
  for (const d of el.namespaces) {
    if (d.prefix !== "xml" && d.prefix !== "xmlns" && b.current(d.prefix) !== d.uri) b.bind(d.prefix, d.uri);
  }
  if (hoisted) {
    for (const [p, uri] of hoisted) if (b.current(p) !== uri && !b.prefixes.includes(p)) b.bind(p, uri);
  }

  // A prefixed name cannot be in no namespace: such an element is written unprefixed.
  const ns = el.namespace ?? "";
  const prefix = ns === "" ? "" : el.prefix === "xmlns" ? "" : el.prefix;
  if (!(prefix === "xml" && ns === XML_NS) && b.current(prefix) !== ns) b.bind(prefix, ns);
  const qname = prefix === "" ? el.localName : `${prefix}:${el.localName}`;

  // Prefixes already written on this tag keep their binding for the whole tag.
  const usedHere: string[] = [prefix];
  let attrs = "";
  for (const a of el.attributes) {
    if (a.namespace === null || a.namespace === "") {
      attrs += ` ${a.localName}="${escapeAttr(a.value)}"`;
      continue;
    }
    if (a.namespace === XML_NS) {
      attrs += ` xml:${a.localName}="${escapeAttr(a.value)}"`;
      continue;
    }
    let p = a.prefix;
    const usable = p !== "" && p !== "xml" && p !== "xmlns";
    if (!(usable && b.scope.get(p) === a.namespace)) {
      if (usable && !usedHere.includes(p) && !b.prefixes.includes(p)) b.bind(p, a.namespace);
      else {
        // The written prefix is taken here: reuse another prefix for the URI or invent one.
        p = prefixFor(b.scope, a.namespace) ?? freshPrefix(b.scope);
        if (b.scope.get(p) !== a.namespace) b.bind(p, a.namespace);
      }
    }
    usedHere.push(p);
    attrs += ` ${p}:${a.localName}="${escapeAttr(a.value)}"`;
  }

  let decls = "";
  for (let i = 0; i < b.prefixes.length; i++) {
    const p = b.prefixes[i];
    decls += p === "" ? ` xmlns="${escapeAttr(b.uris[i])}"` : ` xmlns:${p}="${escapeAttr(b.uris[i])}"`;
  }

  if (el.children.length === 0) {
    out.push(`<${qname}${decls}${attrs}/>`);
    return;
  }
  out.push(`<${qname}${decls}${attrs}>`);
  for (const c of el.children) writeNode(c, b.scope, out);
  out.push(`</${qname}>`);
}

function prefixFor(scope: Map<string, string>, uri: string): string | null {
  for (const [p, u] of scope) if (u === uri && p !== "" && p !== "xml") return p;
  return null;
}

function freshPrefix(scope: Map<string, string>): string {
  for (let i = 0; ; i++) if (!scope.has(`ns${i}`)) return `ns${i}`;
}

// Characters XML 1.0 2.2 does not allow (and unpaired surrogates) are replaced by U+FFFD.
const INVALID_RE = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const INVALID_TEST = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF\uD800-\uDFFF]/;

function clean(s: string): string {
  return INVALID_TEST.test(s) ? s.replace(INVALID_RE, "\uFFFD") : s;
}

const TEXT_TEST = /[&<>\r]/;
const ATTR_TEST = /[&<"\t\n\r]/;

const TEXT_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};
function textEscape(c: string): string {
  return TEXT_ESCAPES[c];
}
function attrEscape(c: string): string {
  return ATTR_ESCAPES[c];
}

/** Escapes character data; CR as a reference so XML 2.11 newline handling keeps it. */
export function escapeText(s: string): string {
  const v = clean(s);
  return TEXT_TEST.test(v) ? v.replace(/[&<>\r]/g, textEscape) : v;
}

/** Escapes an attribute value for double quotes; whitespace as references so 3.3.3 normalization keeps it. */
export function escapeAttr(s: string): string {
  const v = clean(s);
  return ATTR_TEST.test(v) ? v.replace(/[&<"\t\n\r]/g, attrEscape) : v;
}
