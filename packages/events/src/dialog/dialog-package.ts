import { silentLogger, type Logger } from "@presence/log";
import { negotiateContentType } from "../accept.js";
import { baseType } from "../presence/aggregate.js";
import { oneLine } from "../presence/pidf.js";
import { withRootVersion } from "../root-version.js";
import type { AggregationInput, EventPackage, PerWatcherBody, PerWatcherContext, PresentityContext, PublishValidation } from "../types.js";
import { aggregateDialogInfo, checkDialogInfo, DIALOG_INFO_CONTENT_TYPE, emptyDialogInfo } from "./dialog-info.js";

export interface DialogPackageOptions {
  /** Register "dialog;sla" (shared line appearances, BLA) instead of "dialog". Default false. */
  sla?: boolean;
  /** Largest dialog-info document accepted, in bytes. Default 65536. */
  maxBodyBytes?: number;
  /** Expires granted when a request has none. Default 3600. */
  defaultExpires?: number;
  /**
   * Body when nothing is published: "dialog-info" (default) = a full-state document without
   * dialogs, so a busy lamp shows idle; "none" = NOTIFY without body (Kamailio without
   * force_dummy_dialog).
   */
  emptyBody?: "dialog-info" | "none";
  logger?: Logger;
}

/**
 * The "dialog" event package (RFC 4235, busy lamp field) or, with `sla`, "dialog;sla" (bridged
 * line appearances): Kamailio presence_dialoginfo. Publications of one entity are aggregated into
 * one full-state document and every watcher's NOTIFY carries its own version.
 */
export function dialogPackage(opts: DialogPackageOptions = {}): EventPackage {
  const maxBytes = opts.maxBodyBytes ?? 65536;
  const logger = opts.logger ?? silentLogger();
  const contentTypes = [DIALOG_INFO_CONTENT_TYPE] as const;
  const empty = (ctx: PresentityContext): Buffer | null => (opts.emptyBody === "none" ? null : emptyDialogInfo(ctx.presentityUri));
  const sla = opts.sla === true;

  return {
    name: sla ? "dialog;sla" : "dialog",
    event: "dialog",
    params: sla ? { sla: null } : {},
    // RFC 4235 4.1 Event parameters: accepted; a subscription naming one dialog still receives
    // every dialog of the entity (no per-dialog filtering).
    optionalParams: ["call-id", "to-tag", "from-tag", "include-session-description"],
    contentTypes,
    defaultExpires: opts.defaultExpires ?? 3600,
    etagNotNew: false,
    // presence_dialoginfo: no authorization rules for dialog state.
    reqAuth: false,
    type: "publication",

    negotiate(accept: readonly string[] | null): string | null {
      return negotiateContentType(contentTypes, accept);
    },

    validatePublish(body: Buffer, contentType: string): PublishValidation {
      const type = baseType(contentType);
      // RFC 3903 6: a body type the package does not use is refused, 415 (with Accept listing ours).
      if (type !== DIALOG_INFO_CONTENT_TYPE) {
        return { ok: false, status: 415, reason: "Unsupported Media Type", warning: oneLine(`'${type}' is not accepted for dialog; use ${DIALOG_INFO_CONTENT_TYPE}`) };
      }
      const check = checkDialogInfo(body, maxBytes);
      return check.ok ? { ok: true } : { ok: false, status: 400, reason: check.reason, warning: check.detail };
    },

    aggregate(pubs: readonly AggregationInput[], ctx: PresentityContext): Buffer | null {
      return aggregateDialogInfo(pubs, ctx, { maxBytes, logger }) ?? empty(ctx);
    },

    emptyBody: empty,

    // RFC 4235 4.1: versions start at 0 and go up by one for each NOTIFY of the subscription.
    perWatcherBody(body: Buffer, ctx: PerWatcherContext): PerWatcherBody {
      return { body: withRootVersion(body, "dialog-info", ctx.version) };
    },
  };
}
