/**
 * Worked example of an event package (docs/event-packages.md, "Worked example"): "reg", the
 * registration event package (RFC 3680) with application/reginfo+xml documents, as Kamailio's
 * presence_reginfo serves it. It uses every part of the interface a publication package needs:
 * identity, Accept negotiation, validation, aggregation of several publications, the unpublished
 * state and a per-watcher version.
 */
import { silentLogger, type Logger } from "@presence/log";
import { childElements, collectNamespaceBindings, escapeAttr, getAttribute, parseXml, serializeElement, XmlError, type XmlElement } from "@presence/xml";
import { negotiateContentType } from "../accept.js";
import { baseType, orderPublications } from "../presence/aggregate.js";
import { oneLine } from "../presence/pidf.js";
import { withRootVersion } from "../root-version.js";
import type { AggregationInput, EventPackage, PerWatcherBody, PerWatcherContext, PresentityContext, PublishValidation } from "../types.js";
import { expandedName, invalid, isNonNegativeInteger, parseBody, type DocumentCheck } from "../xml-check.js";

/** RFC 3680 namespace and media type. */
export const REGINFO_NS = "urn:ietf:params:xml:ns:reginfo";
export const REGINFO_CONTENT_TYPE = "application/reginfo+xml";

// RFC 3680 5.3 schema enumerations.
const REGISTRATION_STATES = new Set(["init", "active", "terminated"]);
const CONTACT_STATES = new Set(["active", "terminated"]);
const CONTACT_EVENTS = new Set(["registered", "created", "refreshed", "shortened", "expired", "deactivated", "probation", "unregistered", "rejected"]);
const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';

export interface RegPackageOptions {
  maxBodyBytes?: number;
  /** Expires granted when a request has none. Default 3761 (RFC 3680 4.4 recommends it). */
  defaultExpires?: number;
  logger?: Logger;
}

/**
 * RFC 3680 5.3: root `reginfo` with `version` and `state` (full / partial); every `registration`
 * with `aor`, `id` (unique) and `state` init / active / terminated; every `contact` with `id`,
 * `state`, `event` from the RFC's lists and exactly one `uri`.
 */
export function checkReginfo(body: Buffer, maxBytes: number): DocumentCheck {
  const parsed = parseBody(body, maxBytes, "reginfo");
  if (!parsed.ok) return parsed;
  const root = parsed.document.root;
  if (root.namespace !== REGINFO_NS || root.localName !== "reginfo") return invalid("Not a reginfo document", `root element is ${expandedName(root)}`);
  if (!isNonNegativeInteger(getAttribute(root, "version"))) return invalid("Invalid reginfo: bad version", "version must be a non-negative integer");
  const state = getAttribute(root, "state");
  if (state !== "full" && state !== "partial") return invalid("Invalid reginfo: state must be full or partial", `state is '${state ?? "(missing)"}'`);
  const ids = new Set<string>();
  for (const reg of childElements(root, REGINFO_NS, "registration")) {
    const id = getAttribute(reg, "id");
    if (!id || !getAttribute(reg, "aor")) return invalid("Invalid reginfo: registration without aor or id", "aor and id are required");
    if (ids.has(id)) return invalid("Invalid reginfo: duplicate registration id", `registration id '${id}' appears twice`);
    ids.add(id);
    if (!REGISTRATION_STATES.has(getAttribute(reg, "state") ?? "")) return invalid("Invalid reginfo: bad registration state", `registration '${id}'`);
    for (const c of childElements(reg, REGINFO_NS, "contact")) {
      if (!getAttribute(c, "id")) return invalid("Invalid reginfo: contact without id", `registration '${id}'`);
      if (!CONTACT_STATES.has(getAttribute(c, "state") ?? "")) return invalid("Invalid reginfo: bad contact state", `registration '${id}'`);
      if (!CONTACT_EVENTS.has(getAttribute(c, "event") ?? "")) return invalid("Invalid reginfo: bad contact event", `registration '${id}'`);
      if (childElements(c, REGINFO_NS, "uri").length !== 1) return invalid("Invalid reginfo: contact needs one uri", `registration '${id}'`);
    }
  }
  return parsed;
}

export function regPackage(opts: RegPackageOptions = {}): EventPackage {
  const maxBytes = opts.maxBodyBytes ?? 65536;
  const logger = opts.logger ?? silentLogger();
  const contentTypes = [REGINFO_CONTENT_TYPE] as const;

  return {
    // 1. Identity: the Event header value, what PUBLISH may carry, and defaults.
    name: "reg",
    event: "reg",
    params: {},
    contentTypes,
    defaultExpires: opts.defaultExpires ?? 3761,
    etagNotNew: false,
    reqAuth: false,
    type: "publication",

    // 2. SUBSCRIBE Accept negotiation (406 when null).
    negotiate: (accept) => negotiateContentType(contentTypes, accept),

    // 3. PUBLISH validation: 415 for another type, 400 naming the defect.
    validatePublish(body: Buffer, contentType: string): PublishValidation {
      const type = baseType(contentType);
      if (type !== REGINFO_CONTENT_TYPE) return { ok: false, status: 415, reason: "Unsupported Media Type", warning: oneLine(`'${type}' is not accepted for reg`) };
      const check = checkReginfo(body, maxBytes);
      return check.ok ? { ok: true } : { ok: false, status: 400, reason: check.reason, warning: check.detail };
    },

    // 4. Several publications -> one full-state document; registrations newest first, an id
    //    listed by a newer publication wins.
    aggregate(pubs: readonly AggregationInput[], ctx: PresentityContext): Buffer | null {
      const regs: XmlElement[] = [];
      const ids = new Set<string>();
      for (const pub of orderPublications(pubs, 0)) {
        let root: XmlElement;
        try {
          root = parseXml(pub.body, { maxBytes }).root;
        } catch (err) {
          if (!(err instanceof XmlError)) throw err;
          logger.warn({ presentity: ctx.presentity, etag: pub.etag }, "stored reginfo does not parse: left out");
          continue;
        }
        for (const reg of childElements(root, REGINFO_NS, "registration")) {
          const id = getAttribute(reg, "id") ?? "";
          if (ids.has(id)) continue;
          ids.add(id);
          regs.push(reg);
        }
      }
      return reginfoDocument(regs);
    },

    // 5. Nothing published: a full-state document without registrations.
    emptyBody: () => reginfoDocument([]),

    // 6. RFC 3680 5.1: the version counts the documents sent on one subscription.
    perWatcherBody(body: Buffer, ctx: PerWatcherContext): PerWatcherBody {
      return { body: withRootVersion(body, "reginfo", ctx.version) };
    },
  };
}

function reginfoDocument(regs: readonly XmlElement[]): Buffer {
  const bindings = collectNamespaceBindings(regs);
  bindings.delete("");
  const inScope = new Map<string, string>([["", REGINFO_NS], ...bindings]);
  let out = `${XML_DECL}<reginfo version="0" xmlns="${REGINFO_NS}"`;
  for (const [prefix, uri] of bindings) out += ` xmlns:${prefix}="${escapeAttr(uri)}"`;
  out += ' state="full">\n';
  for (const r of regs) out += `${serializeElement(r, { inScope })}\n`;
  return Buffer.from(`${out}</reginfo>\n`, "utf8");
}
