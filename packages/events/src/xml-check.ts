import { parseXml, XmlError, type XmlDocument, type XmlElement } from "@presence/xml";
import { oneLine } from "./presence/pidf.js";

/** A document check: the parsed document, or a short reason naming the defect and where it is. */
export type DocumentCheck = { ok: true; document: XmlDocument } | { ok: false; reason: string; detail: string };

/**
 * Parses a PUBLISH body with the safe parser (no DTD, no entities but the predefined ones, size,
 * depth and element limits), with reasons that name the format, e.g. "Malformed XML in dialog-info
 * body".
 */
export function parseBody(body: Buffer, maxBytes: number, format: string): DocumentCheck {
  if (body.length === 0) return invalid(`Empty ${format} body`, "the PUBLISH body is empty");
  try {
    return { ok: true, document: parseXml(body, { maxBytes }) };
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    const reason =
      err.code === "doctype"
        ? `DOCTYPE and entities not allowed in ${format}`
        : err.code === "limit"
          ? `${format} document exceeds limits`
          : err.code === "encoding"
            ? `${format} document not UTF-8`
            : `Malformed XML in ${format} body`;
    return invalid(reason, err.message);
  }
}

export function invalid(reason: string, detail: string): { ok: false; reason: string; detail: string } {
  return { ok: false, reason, detail: oneLine(detail) };
}

/** "{ns}name" or "<name> (no namespace)", for messages. */
export function expandedName(el: XmlElement): string {
  return el.namespace === null ? `<${el.localName}> (no namespace)` : `{${el.namespace}}${el.localName}`;
}

/** xs:nonNegativeInteger as written in attribute values (bounded to 10 digits). */
export function isNonNegativeInteger(v: string | null): boolean {
  return v !== null && /^[0-9]{1,10}$/.test(v.trim());
}
