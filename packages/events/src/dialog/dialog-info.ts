import type { Logger } from "@presence/log";
import { childElements, collectNamespaceBindings, escapeAttr, getAttribute, parseXml, serializeElement, textContent, XmlError, type XmlElement } from "@presence/xml";
import { baseType, orderPublications } from "../presence/aggregate.js";
import type { AggregationInput, PresentityContext } from "../types.js";
import { expandedName, invalid, isNonNegativeInteger, parseBody, type DocumentCheck } from "../xml-check.js";

/** RFC 4235 namespace. */
export const DIALOG_INFO_NS = "urn:ietf:params:xml:ns:dialog-info";
/** RFC 4235 media type. */
export const DIALOG_INFO_CONTENT_TYPE = "application/dialog-info+xml";

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
// RFC 4235 4.1.6.2: the state element's value.
const DIALOG_STATES = new Set(["trying", "proceeding", "early", "confirmed", "terminated"]);
const DIRECTIONS = new Set(["initiator", "recipient"]);

/**
 * Checks a dialog-info document (RFC 4235 section 4 schema): root `dialog-info` in the RFC 4235
 * namespace with `version` (non-negative integer), `state` (full / partial) and a non-empty
 * `entity`; every `dialog` with a non-empty `id` unique in the document, `direction` initiator or
 * recipient when present, and exactly one `state` whose value is trying, proceeding, early,
 * confirmed or terminated (`code`, when present, 100-699). Elements of other namespaces (e.g. the
 * shared-appearance extension of dialog;sla) are accepted as they are.
 */
export function checkDialogInfo(body: Buffer, maxBytes: number): DocumentCheck {
  const parsed = parseBody(body, maxBytes, "dialog-info");
  if (!parsed.ok) return parsed;
  const root = parsed.document.root;
  if (root.namespace !== DIALOG_INFO_NS || root.localName !== "dialog-info") {
    return invalid("Not a dialog-info document", `root element is ${expandedName(root)}, expected {${DIALOG_INFO_NS}}dialog-info`);
  }
  const version = getAttribute(root, "version");
  if (!isNonNegativeInteger(version)) return invalid("Invalid dialog-info: bad version", `version is '${version ?? "(missing)"}', expected a non-negative integer`);
  const state = getAttribute(root, "state");
  if (state !== "full" && state !== "partial") return invalid("Invalid dialog-info: state must be full or partial", `state is '${state ?? "(missing)"}'`);
  const entity = getAttribute(root, "entity");
  if (entity === null || entity.trim() === "") return invalid("Invalid dialog-info: no entity", "the dialog-info element has no entity attribute");

  const ids = new Set<string>();
  let n = 0;
  for (const el of childElements(root, DIALOG_INFO_NS)) {
    n++;
    if (el.localName !== "dialog") return invalid("Invalid dialog-info: unexpected element", `<${el.name}> is not allowed in dialog-info`);
    const id = getAttribute(el, "id");
    if (id === null || id === "") return invalid("Invalid dialog-info: dialog without id", `dialog #${n} has no id attribute`);
    if (ids.has(id)) return invalid("Invalid dialog-info: duplicate dialog id", `dialog id '${id}' appears twice`);
    ids.add(id);
    const direction = getAttribute(el, "direction");
    if (direction !== null && !DIRECTIONS.has(direction)) return invalid("Invalid dialog-info: bad direction", `dialog '${id}' has direction '${direction}'`);
    const states = childElements(el, DIALOG_INFO_NS, "state");
    if (states.length !== 1) return invalid("Invalid dialog-info: dialog needs one state", `dialog '${id}' has ${states.length} state elements`);
    const value = textContent(states[0]).trim();
    if (!DIALOG_STATES.has(value)) return invalid("Invalid dialog-info: unknown dialog state", `dialog '${id}' has state '${value}'`);
    const code = getAttribute(states[0], "code");
    if (code !== null && !(isNonNegativeInteger(code) && Number(code) >= 100 && Number(code) <= 699)) {
      return invalid("Invalid dialog-info: bad state code", `dialog '${id}' has code '${code}'`);
    }
  }
  return parsed;
}

export interface DialogAggregationOptions {
  maxBytes: number;
  logger: Logger;
}

/**
 * Kamailio presence_dialoginfo agg_nbody: every publication of an entity becomes one full-state
 * document. Each publication is the whole state of its publisher (RFC 3903: a PUBLISH replaces
 * the state of its entity-tag), so the result lists the `dialog`s of every publication, newest
 * publication first; a dialog id already listed by a newer publication is left out. Top-level
 * elements of other namespaces follow the dialogs. `entity` is the presentity, `state` is "full",
 * `version` is 0 and rewritten per watcher (RFC 4235 4.1: versions are per subscription).
 * Bodies that do not parse are left out (logged); null when none is usable.
 */
export function aggregateDialogInfo(pubs: readonly AggregationInput[], ctx: PresentityContext, opts: DialogAggregationOptions): Buffer | null {
  const ordered = orderPublications(
    pubs.filter((p) => baseType(p.contentType) === DIALOG_INFO_CONTENT_TYPE),
    0,
  );
  const dialogs: XmlElement[] = [];
  const others: XmlElement[] = [];
  const ids = new Set<string>();
  let usable = 0;
  for (const pub of ordered) {
    const root = parseRoot(pub, opts);
    if (!root) continue;
    usable++;
    for (const el of childElements(root)) {
      if (el.namespace !== DIALOG_INFO_NS) {
        others.push(el);
        continue;
      }
      if (el.localName !== "dialog") continue;
      const id = getAttribute(el, "id") ?? "";
      if (ids.has(id)) {
        opts.logger.debug({ presentity: ctx.presentity, etag: pub.etag, id }, "dialog id already listed by a newer publication: dropped");
        continue;
      }
      ids.add(id);
      dialogs.push(el);
    }
  }
  if (usable === 0) return null;
  return dialogInfoDocument(ctx.presentityUri, [...dialogs, ...others]);
}

/** A full-state dialog-info document with no dialog: the entity has no dialogs (idle lamp). */
export function emptyDialogInfo(entity: string): Buffer {
  return dialogInfoDocument(entity, []);
}

function dialogInfoDocument(entity: string, children: readonly XmlElement[]): Buffer {
  const bindings = collectNamespaceBindings(children);
  bindings.delete("");
  const inScope = new Map<string, string>([["", DIALOG_INFO_NS], ...bindings]);
  // version first: withRootVersion rewrites it per watcher without parsing.
  let out = `${XML_DECL}<dialog-info version="0" xmlns="${DIALOG_INFO_NS}"`;
  for (const [prefix, uri] of bindings) out += ` xmlns:${prefix}="${escapeAttr(uri)}"`;
  out += ` state="full" entity="${escapeAttr(entity)}"`;
  if (children.length === 0) return Buffer.from(`${out}/>\n`, "utf8");
  out += ">\n";
  for (const el of children) out += `${serializeElement(el, { inScope })}\n`;
  out += "</dialog-info>\n";
  return Buffer.from(out, "utf8");
}

function parseRoot(pub: AggregationInput, opts: DialogAggregationOptions): XmlElement | null {
  try {
    const root = parseXml(pub.body, { maxBytes: opts.maxBytes }).root;
    if (root.namespace === DIALOG_INFO_NS && root.localName === "dialog-info") return root;
    opts.logger.warn({ etag: pub.etag, root: root.name }, "stored publication is not dialog-info: left out of the aggregate");
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    opts.logger.warn({ etag: pub.etag, reason: err.message }, "stored publication does not parse: left out of the aggregate");
  }
  return null;
}
