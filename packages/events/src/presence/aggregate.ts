import type { Logger } from "@presence/log";
import {
  childElements,
  collectNamespaceBindings,
  escapeAttr,
  getAttribute,
  parseXml,
  serializeElement,
  textContent,
  XML_NS,
  XmlError,
  type XmlElement,
} from "@presence/xml";
import type { AggregationInput, PresentityContext } from "../types.js";
import { DATA_MODEL_NS, PIDF_CONTENT_TYPE, PIDF_NS } from "./pidf.js";

const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * The order publications are combined in, first = most important.
 * retrieve_order=1: by priority, higher first (xavp_cfg priority), then newest first;
 * otherwise by received time, newest first. Ties keep the input order.
 * Kamailio reads the presentity rows ordered by received_time or priority and agg_nbody takes the
 * last (newest / highest) document as the base, appending the others after it in reverse order.
 */
export function orderPublications(pubs: readonly AggregationInput[], retrieveOrder: number): AggregationInput[] {
  const byPriority = retrieveOrder === 1;
  return pubs
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (byPriority ? num(b.p.priority) - num(a.p.priority) : 0) || num(b.p.receivedAt) - num(a.p.receivedAt) || a.i - b.i)
    .map((x) => x.p);
}

function num(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

export interface PidfAggregationOptions {
  retrieveOrder: number;
  maxBytes: number;
  logger: Logger;
}

/**
 * presence_xml agg_nbody: combines the PIDF publications of one presentity into one document.
 * - One usable publication is returned byte for byte (entity as published); it is still parsed,
 *   so a damaged stored body never reaches a watcher.
 * - Several: a new `presence` with entity = the presentity URI holding, in publication order,
 *   every `tuple`, then every top-level `note`, then every element of other namespaces (RFC 4479
 *   `dm:person`/`dm:device` with their RPID content, other extensions): the sequence tuple*,
 *   note*, ##other* of RFC 3863's XML schema.
 * - Ids are document-wide unique (xs:ID): a tuple, person or device whose id an earlier
 *   (higher-ranked) publication already used is dropped, so the newest / highest-priority wins.
 *   Identical top-level notes (same text and xml:lang) appear once.
 * - Namespace prefixes used consistently are declared once on the root; the rest where needed.
 * Bodies that are not PIDF or do not parse are left out (logged). Returns null when none is usable.
 */
export function aggregatePidf(pubs: readonly AggregationInput[], ctx: PresentityContext, opts: PidfAggregationOptions): Buffer | null {
  const ordered = orderPublications(
    pubs.filter((p) => baseType(p.contentType) === PIDF_CONTENT_TYPE),
    opts.retrieveOrder,
  );
  if (ordered.length === 0) return null;

  const roots: Array<{ pub: AggregationInput; root: XmlElement }> = [];
  for (const pub of ordered) {
    const root = parseRoot(pub, opts);
    if (root) roots.push({ pub, root });
  }
  if (roots.length === 0) return null;
  if (roots.length === 1) return roots[0].pub.body;

  const tuples: XmlElement[] = [];
  const notes: XmlElement[] = [];
  const others: XmlElement[] = [];
  const ids = new Set<string>();
  const noteKeys = new Set<string>();
  const firstUse = (el: XmlElement, pub: AggregationInput): boolean => {
    const id = getAttribute(el, "id");
    if (id === null) return true;
    if (ids.has(id)) {
      opts.logger.debug({ presentity: ctx.presentity, etag: pub.etag, id, element: el.localName }, "id already used by a higher-ranked publication: dropped");
      return false;
    }
    ids.add(id);
    return true;
  };

  for (const { pub, root } of roots) {
    for (const el of childElements(root)) {
      if (el.namespace === PIDF_NS) {
        if (el.localName === "tuple") {
          if (firstUse(el, pub)) tuples.push(el);
        } else if (el.localName === "note") {
          const key = `${getAttribute(el, "lang", XML_NS) ?? ""}\u0000${textContent(el).trim()}`;
          if (!noteKeys.has(key)) {
            noteKeys.add(key);
            notes.push(el);
          }
        }
        continue;
      }
      const identified = el.namespace === DATA_MODEL_NS && (el.localName === "person" || el.localName === "device");
      if (!identified || firstUse(el, pub)) others.push(el);
    }
  }

  const children = [...tuples, ...notes, ...others];
  const bindings = collectNamespaceBindings(children);
  bindings.delete("");
  const inScope = new Map<string, string>([["", PIDF_NS], ...bindings]);
  let out = `${XML_DECL}<presence xmlns="${PIDF_NS}"`;
  for (const [prefix, uri] of bindings) out += ` xmlns:${prefix}="${escapeAttr(uri)}"`;
  out += ` entity="${escapeAttr(ctx.presentityUri)}">\n`;
  for (const el of children) out += `${serializeElement(el, { inScope })}\n`;
  out += "</presence>\n";
  return Buffer.from(out, "utf8");
}

/** A PIDF document with the entity and no tuples: valid per RFC 3863 (tuple minOccurs=0). */
export function emptyPidf(entity: string): Buffer {
  return Buffer.from(`${XML_DECL}<presence xmlns="${PIDF_NS}" entity="${escapeAttr(entity)}"/>\n`, "utf8");
}

function parseRoot(pub: AggregationInput, opts: PidfAggregationOptions): XmlElement | null {
  try {
    const root = parseXml(pub.body, { maxBytes: opts.maxBytes }).root;
    if (root.namespace === PIDF_NS && root.localName === "presence") return root;
    opts.logger.warn({ etag: pub.etag, root: root.name }, "stored publication is not PIDF: left out of the aggregate");
  } catch (err) {
    if (!(err instanceof XmlError)) throw err;
    opts.logger.warn({ etag: pub.etag, reason: err.message }, "stored publication does not parse: left out of the aggregate");
  }
  return null;
}

/** "Application/PIDF+XML; charset=UTF-8" -> "application/pidf+xml". */
export function baseType(contentType: string): string {
  const semi = contentType.indexOf(";");
  return (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
}
