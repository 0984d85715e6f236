import { negotiateContentType } from "../accept.js";
import { latestPublication } from "../latest.js";
import { baseType } from "../presence/aggregate.js";
import { oneLine } from "../presence/pidf.js";
import type { AggregationInput, EventPackage, PublishValidation } from "../types.js";
import { MESSAGE_SUMMARY_CONTENT_TYPE, parseMessageSummary } from "./message-summary.js";

export interface MwiPackageOptions {
  /** Largest message-summary body accepted, in bytes. Default 8192. */
  maxBodyBytes?: number;
  /** Expires granted when a request has none. Default 3600. */
  defaultExpires?: number;
}

/**
 * The "message-summary" event package (RFC 3842, message waiting indication): Kamailio
 * presence_mwi. The newest publication is the state, sent byte for byte; nothing published means
 * a NOTIFY without body (with send_fast_notify=0 no first NOTIFY at all).
 */
export function mwiPackage(opts: MwiPackageOptions = {}): EventPackage {
  const maxBytes = opts.maxBodyBytes ?? 8192;
  const contentTypes = [MESSAGE_SUMMARY_CONTENT_TYPE] as const;
  return {
    name: "message-summary",
    event: "message-summary",
    params: {},
    contentTypes,
    defaultExpires: opts.defaultExpires ?? 3600,
    etagNotNew: false,
    // presence_mwi: no authorization rules; the voicemail box is the subscriber's own.
    reqAuth: false,
    type: "publication",

    negotiate(accept: readonly string[] | null): string | null {
      return negotiateContentType(contentTypes, accept);
    },

    validatePublish(body: Buffer, contentType: string): PublishValidation {
      const type = baseType(contentType);
      // RFC 3903 6: a body type the package does not use is refused, 415 (with Accept listing ours).
      if (type !== MESSAGE_SUMMARY_CONTENT_TYPE) {
        return { ok: false, status: 415, reason: "Unsupported Media Type", warning: oneLine(`'${type}' is not accepted for message-summary; use ${MESSAGE_SUMMARY_CONTENT_TYPE}`) };
      }
      if (body.length > maxBytes) return { ok: false, status: 400, reason: "message-summary body too large", warning: `more than ${maxBytes} bytes` };
      const check = parseMessageSummary(body);
      return check.ok ? { ok: true } : { ok: false, status: 400, reason: check.reason, warning: check.detail };
    },

    // presence_mwi has no agg_nbody: the most recent publication is the state (RFC 3842 has one
    // summary per account).
    aggregate(pubs: readonly AggregationInput[]): Buffer | null {
      return latestPublication(pubs);
    },

    emptyBody: () => null,
  };
}
