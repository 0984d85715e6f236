import type { EventRegistry } from "@presence/events";
import type { Logger } from "@presence/log";
import type { Store, WatcherRecord } from "@presence/store";

/** The configuration keys the presence logic reads (same names as the config schema). */
export interface CoreSettings {
  max_expires: number;
  min_expires: number;
  min_expires_action: number;
  expires_offset: number;
  to_tag_pref: string;
  /** Contact for replies and NOTIFYs; empty = derived from the listening address. */
  server_address: string;
  send_fast_notify: number;
  timeout_rm_subs: number;
  subs_remove_match: number;
  sip_uri_match: number;
  /** Largest PUBLISH body accepted (413 above). */
  publish_max_body_size: number;
  /** RFC 6665 deprecates 202; kept as Kamailio's answer for pending subscriptions. */
  pending_subscribe_status: 200 | 202;
}

export const DEFAULT_CORE_SETTINGS: CoreSettings = {
  max_expires: 3600,
  min_expires: 0,
  min_expires_action: 1,
  expires_offset: 0,
  to_tag_pref: "10",
  server_address: "",
  send_fast_notify: 1,
  timeout_rm_subs: 1,
  subs_remove_match: 0,
  sip_uri_match: 0,
  publish_max_body_size: 65536,
  pending_subscribe_status: 202,
};

/** Watcher authorization (RFC 5025 rules, the watchers table): the state a new subscription gets. */
export type AuthDecision = "active" | "pending" | "terminated";
export interface Authorizer {
  /** `record` is the watchers-table entry of this watcher, already read by the caller. */
  decide(input: { presentity: string; watcher: string; event: string; record: WatcherRecord | null }): Promise<AuthDecision>;
}

export interface CoreDeps {
  store: Store;
  events: EventRegistry;
  settings: CoreSettings;
  logger: Logger;
  now(): number;
  /** Contact URI for responses and NOTIFYs when server_address is not set. */
  localContact(transport: string): string;
  authorizer?: Authorizer;
  /**
   * PUBLISH handling reads the presentity's dialogs right behind its write and puts them in the
   * change (its round trip, not one of the notifier's): for a notifier that locks dialogs by ref
   * (the notifier service). Off where the notifier reads the dialogs itself in the same process.
   */
  changeWatchers?: boolean;
}
