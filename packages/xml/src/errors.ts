/** Why a document was refused. */
export type XmlErrorCode =
  /** Not well-formed XML (tags, attributes, characters, references). */
  | "syntax"
  /** A DOCTYPE or markup declaration: refused so no DTD, entity expansion or external entity is ever processed. */
  | "doctype"
  /** A Namespaces in XML 1.0 rule is broken (unbound prefix, reserved prefix or URI, duplicate expanded name). */
  | "namespace"
  /** A configured limit (size, depth, attributes, elements) is exceeded. */
  | "limit"
  /** The bytes are not UTF-8 or the declared encoding is not supported. */
  | "encoding";

export interface XmlPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters. */
  column: number;
  /** 0-based offset into the decoded text (or into the bytes for encoding errors). */
  offset: number;
}

/** The only error the XML package throws: says why and where a document was refused. */
export class XmlError extends Error {
  override readonly name = "XmlError";
  readonly code: XmlErrorCode;
  /** The reason without the position, e.g. "unbound namespace prefix 'dm'". */
  readonly reason: string;
  readonly line: number;
  readonly column: number;
  readonly offset: number;

  constructor(code: XmlErrorCode, reason: string, pos: XmlPosition, options?: { cause?: unknown }) {
    super(`${reason} at line ${pos.line}, column ${pos.column}`, options);
    this.code = code;
    this.reason = reason;
    this.line = pos.line;
    this.column = pos.column;
    this.offset = pos.offset;
  }
}

/** Line and column of a character offset; computed only when an error is reported. */
export function positionOf(text: string, offset: number): XmlPosition {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // XML 1.0 2.11: CR LF and a lone CR are both one line break.
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1, offset: end };
}
