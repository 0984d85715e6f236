/** A namespace declaration written on an element (`xmlns="..."` or `xmlns:p="..."`). */
export interface XmlNamespaceDecl {
  /** "" for the default namespace. */
  prefix: string;
  /** "" undeclares the default namespace (`xmlns=""`). */
  uri: string;
}

export interface XmlAttribute {
  /** Qualified name as written, e.g. "xml:lang" or "id". */
  name: string;
  /** "" when unprefixed. */
  prefix: string;
  localName: string;
  /** Resolved namespace; null for unprefixed attributes (Namespaces in XML 1.0 6.2). */
  namespace: string | null;
  /** Value after entity decoding and attribute-value normalization. */
  value: string;
}

export interface XmlElement {
  type: "element";
  /** Qualified name as written, e.g. "dm:person". */
  name: string;
  /** "" when unprefixed. */
  prefix: string;
  localName: string;
  /** Resolved namespace URI; null when the element is in no namespace. */
  namespace: string | null;
  /** Attributes other than namespace declarations, in document order. */
  attributes: XmlAttribute[];
  /** Namespace declarations made on this element, in document order. */
  namespaces: XmlNamespaceDecl[];
  children: XmlNode[];
}

export interface XmlText {
  type: "text";
  value: string;
}

export interface XmlCData {
  type: "cdata";
  value: string;
}

export interface XmlComment {
  type: "comment";
  value: string;
}

export interface XmlProcessingInstruction {
  type: "pi";
  target: string;
  data: string;
}

export type XmlNode = XmlElement | XmlText | XmlCData | XmlComment | XmlProcessingInstruction;

export interface XmlDeclaration {
  version: string;
  encoding: string | null;
  standalone: boolean | null;
}

export interface XmlDocument {
  declaration: XmlDeclaration | null;
  /** Top-level nodes in order: comments and processing instructions around the root, and the root. */
  children: XmlNode[];
  root: XmlElement;
}

export interface XmlParseOptions {
  /** Largest accepted input in bytes (UTF-8). Default 65536. */
  maxBytes?: number;
  /** Deepest element nesting; the root is depth 1. Default 64. */
  maxDepth?: number;
  /** Most attributes (namespace declarations included) on one element. Default 64. */
  maxAttributes?: number;
  /** Most elements in the document. Default 10000. */
  maxElements?: number;
}

/** Namespace bindings in scope: prefix ("" = default namespace) to URI. */
export type XmlNamespaceScope = ReadonlyMap<string, string>;
