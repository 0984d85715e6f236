import { silentLogger, type Logger } from "@presence/log";
import { negotiateContentType } from "../accept.js";
import type {
  AggregationInput,
  ApplyAuthContext,
  AuthContext,
  AuthDecision,
  EventPackage,
  PresentityContext,
  PublishContext,
  PublishValidation,
} from "../types.js";
import { aggregatePidf, baseType, emptyPidf } from "./aggregate.js";
import { checkPidf, oneLine, PIDF_CONTENT_TYPE } from "./pidf.js";
import { decisionFor, evaluateSubHandling } from "./pres-rules.js";

export interface PresencePackageOptions {
  /** Kamailio retrieve_order: 1 = aggregate by priority (higher first), else by received time (newest first). Default 0. */
  retrieveOrder?: number;
  /** Largest PIDF document accepted, in bytes. Default 65536. */
  maxBodyBytes?: number;
  /** Expires granted when a request has none. Default 3600 (RFC 3856 recommends one hour). */
  defaultExpires?: number;
  /**
   * Body when nothing is published: "pidf" (default) = a PIDF with the entity and no tuple, so the
   * watcher learns there is no presence information; "none" = NOTIFY without body (Kamailio's
   * default without force_dummy_presence).
   */
  emptyBody?: "pidf" | "none";
  /** presence_xml force_active: every watcher is authorized without rules. Default false. */
  forceActive?: boolean;
  logger?: Logger;
}

/**
 * The "presence" event package (RFC 3856) with PIDF bodies (RFC 3863, RPID RFC 4480):
 * Kamailio presence_xml's registration of "presence".
 */
export function presencePackage(opts: PresencePackageOptions = {}): EventPackage {
  const retrieveOrder = opts.retrieveOrder ?? 0;
  const maxBytes = opts.maxBodyBytes ?? 65536;
  const logger = opts.logger ?? silentLogger();
  const contentTypes = [PIDF_CONTENT_TYPE] as const;

  const empty = (ctx: PresentityContext): Buffer | null => (opts.emptyBody === "none" ? null : emptyPidf(ctx.presentityUri));

  return {
    name: "presence",
    event: "presence",
    params: {},
    contentTypes,
    defaultExpires: opts.defaultExpires ?? 3600,
    // presence_xml: a new entity-tag for every PUBLISH, authorization required.
    etagNotNew: false,
    reqAuth: true,
    type: "publication",

    negotiate(accept: readonly string[] | null): string | null {
      return negotiateContentType(contentTypes, accept);
    },

    validatePublish(body: Buffer, contentType: string, _ctx: PublishContext): PublishValidation {
      const type = baseType(contentType);
      // RFC 3903 6: a body type the package does not use is refused, 415 (with Accept listing ours).
      if (type !== PIDF_CONTENT_TYPE) {
        return { ok: false, status: 415, reason: "Unsupported Media Type", warning: oneLine(`'${type}' is not accepted for presence; use ${PIDF_CONTENT_TYPE}`) };
      }
      const check = checkPidf(body, maxBytes);
      if (!check.ok) return { ok: false, status: 400, reason: check.reason, warning: check.detail };
      return { ok: true };
    },

    aggregate(pubs: readonly AggregationInput[], ctx: PresentityContext): Buffer | null {
      return aggregatePidf(pubs, ctx, { retrieveOrder, maxBytes, logger }) ?? empty(ctx);
    },

    emptyBody: empty,

    getAuthStatus(ctx: AuthContext): AuthDecision {
      if (opts.forceActive) return { status: "active" };
      // presence_xml: without a rules document a watcher waits for the presentity's decision.
      if (!ctx.rules) return { status: "pending" };
      const result = evaluateSubHandling(ctx.rules.body, ctx.watcherUri, ctx.now ?? Date.now());
      if (!result.ok) {
        logger.warn({ presentity: ctx.presentity, reason: result.reason }, "unusable pres-rules document: watcher left pending");
        return { status: "pending" };
      }
      return decisionFor(result.subHandling);
    },

    applyAuth(body: Buffer | null, ctx: ApplyAuthContext): Buffer | null {
      // apply_auth_nbody: pending or terminated watchers get no state.
      if (ctx.decision.status !== "active") return null;
      // RFC 5025 3.2.1 polite-block: what a watcher sees when nothing is published.
      if (ctx.decision.politeBlock) return empty(ctx);
      return body;
    },
  };
}
