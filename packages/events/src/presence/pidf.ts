import {
  childElements,
  getAttribute,
  parseXml,
  textContent,
  XmlError,
  type XmlDocument,
  type XmlElement,
} from "@presence/xml";

/** RFC 3863 PIDF namespace. */
export const PIDF_NS = "urn:ietf:params:xml:ns:pidf";
/** RFC 4479 data model namespace (dm:person, dm:device). */
export const DATA_MODEL_NS = "urn:ietf:params:xml:ns:pidf:data-model";
/** RFC 4480 RPID namespace. */
export const RPID_NS = "urn:ietf:params:xml:ns:pidf:rpid";
/** RFC 3863 media type. */
export const PIDF_CONTENT_TYPE = "application/pidf+xml";

export type PidfCheck = { ok: true; document: XmlDocument } | { ok: false; reason: string; detail: string };

/**
 * Parses a body with the safe XML parser and checks it is a PIDF document (RFC 3863 schema):
 * root `presence` in the PIDF namespace with an `entity`; every PIDF `tuple` with an `id` and
 * exactly one `status`, `basic` (when present) "open" or "closed", tuple ids unique (xs:ID);
 * only `tuple` and `note` from the PIDF namespace at the top level. Extensions in other
 * namespaces (RPID, data model, ...) are accepted as they are and their order is not checked.
 */
export function checkPidf(body: Buffer, maxBytes: number): PidfCheck {
  if (body.length === 0) return bad("Empty PIDF body", "the PUBLISH body is empty");
  let doc: XmlDocument;
  try {
    doc = parseXml(body, { maxBytes });
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    const reason =
      err.code === "doctype"
        ? "DOCTYPE and entities not allowed in PIDF"
        : err.code === "limit"
          ? "PIDF document exceeds limits"
          : err.code === "encoding"
            ? "PIDF document not UTF-8"
            : "Malformed XML in PIDF body";
    return bad(reason, err.message);
  }
  const root = doc.root;
  if (root.namespace !== PIDF_NS || root.localName !== "presence") {
    return bad("Not a PIDF document", `root element is ${expanded(root)}, expected {${PIDF_NS}}presence`);
  }
  const entity = getAttribute(root, "entity");
  if (entity === null || entity.trim() === "") return bad("Invalid PIDF: presence without entity", "the presence element has no entity attribute");

  const ids = new Set<string>();
  let n = 0;
  for (const el of childElements(root)) {
    if (el.namespace !== PIDF_NS) continue;
    if (el.localName === "note") continue;
    if (el.localName !== "tuple") return bad("Invalid PIDF: unexpected element", `<${el.name}> is not allowed in presence`);
    n++;
    const id = getAttribute(el, "id");
    if (id === null || id === "") return bad("Invalid PIDF: tuple without id", `tuple #${n} has no id attribute`);
    if (ids.has(id)) return bad("Invalid PIDF: duplicate tuple id", `tuple id '${id}' appears twice`);
    ids.add(id);
    const status = childElements(el, PIDF_NS, "status");
    if (status.length === 0) return bad("Invalid PIDF: tuple without status", `tuple '${id}' has no status element`);
    if (status.length > 1) return bad("Invalid PIDF: tuple with several status elements", `tuple '${id}' has ${status.length} status elements`);
    const basic = childElements(status[0], PIDF_NS, "basic");
    if (basic.length > 1) return bad("Invalid PIDF: several basic elements", `tuple '${id}' has ${basic.length} basic elements`);
    if (basic.length === 1) {
      const value = textContent(basic[0]).trim();
      if (value !== "open" && value !== "closed") {
        return bad("Invalid PIDF: basic must be open or closed", `tuple '${id}' has basic status '${value}'`);
      }
    }
  }
  return { ok: true, document: doc };
}

function expanded(el: XmlElement): string {
  return el.namespace === null ? `<${el.localName}> (no namespace)` : `{${el.namespace}}${el.localName}`;
}

function bad(reason: string, detail: string): PidfCheck {
  return { ok: false, reason, detail: oneLine(detail) };
}

/** Reason phrases and Warning texts stay one printable line (RFC 3261 25.1 Reason-Phrase). */
export function oneLine(s: string, max = 200): string {
  const flat = s.replace(/[\u0000-\u001f\u007f]+/g, " ");
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}
