/**
 * The requests and results that cross from the SIP edge to the presence logic. In the standalone
 * process they are passed by function call; in the distributed topology the same shapes travel as
 * protobuf messages (proto/presence/v1), so nothing here may hold a socket or a parsed SIP object.
 */
import type { Subscription, SubscriptionRef } from "@presence/store";
import type { SipReply } from "./sip-reply.js";

export interface EventRef {
  /** Event package token with templates, lower-cased ("presence", "presence.winfo", "dialog"). */
  name: string;
  /** The `id` parameter (RFC 6665 8.2.1). */
  id: string | null;
  params: Record<string, string | null>;
}

/** Where a request came from: NOTIFYs for TCP subscriptions go back over the same connection. */
export interface PeerInfo {
  transport: string;
  address: string;
  port: number;
  connectionId: string | null;
}

export interface PublishRequest {
  /** The resource: the Request-URI (RFC 3903 4), or the To URI when the Request-URI has no user. */
  presentityUri: string;
  event: EventRef | null;
  expires: number | null;
  ifMatch: string | null;
  contentType: string | null;
  body: Buffer;
  /** handle_publish(sender_uri): this watcher is left out of the NOTIFYs the change causes. */
  sender: string | null;
  /** xavp_cfg priority of the document; null = ordered by received time. */
  priority: number | null;
  callId: string;
  source: PeerInfo;
}

export type ChangeReason = "new" | "modified" | "removed" | "expired" | "refreshed";

export interface PresentityChange {
  presentity: string;
  presentityUri: string;
  event: string;
  reason: ChangeReason;
  /** Canonical watcher identity to skip (Sender header of the PUBLISH). */
  excludeWatcher: string | null;
  /**
   * The presentity's live dialogs of this event, read right after the change was stored; the
   * notifier then need not read them. Absent when not read.
   */
  watchers?: readonly SubscriptionRef[];
}

export interface PublishResult {
  reply: SipReply;
  change: PresentityChange | null;
}

export interface SubscribeRequest {
  requestUri: string;
  fromUri: string;
  fromTag: string;
  fromDisplayName: string | null;
  toUri: string;
  toTag: string | null;
  callId: string;
  cseq: number;
  event: EventRef | null;
  expires: number | null;
  /** Accept header elements, or null when the header is absent. */
  accept: string[] | null;
  /** Contact URI (the remote target), null when missing. */
  contact: string | null;
  /** Record-Route header values in the order received (the NOTIFY route set, RFC 3261 12.1.1). */
  recordRoute: string[];
  /** handle_subscribe(watcher_uri): e.g. from P-Asserted-Identity; null = the From URI. */
  watcherUri: string | null;
  userAgent: string | null;
  source: PeerInfo;
}

/** What the notifier must do after a SUBSCRIBE was answered. */
export type SubscriptionNotice =
  /** Send the current state on a stored dialog (initial subscribe, refresh). */
  | {
      kind: "state";
      slot: string;
      id: string;
      /** The dialog's presentity key and event, when known: the notifier locks and reads in one step. */
      presentity?: string;
      event?: string;
      /** The presentity's URI, when known with presentity and event (the winfo change needs it). */
      presentityUri?: string;
    }
  /** Send a final NOTIFY (terminated) for a dialog that no longer exists in the store. */
  | { kind: "final"; subscription: Subscription; reason: string };

export interface SubscribeResult {
  reply: SipReply;
  notice: SubscriptionNotice | null;
}
