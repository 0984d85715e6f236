import type { PresenceConfig } from "@presence/config";
import { dialogPackage, EventRegistry, mwiPackage, presencePackage, winfoPackage } from "@presence/events";
import type { Logger } from "@presence/log";
import type { SipStackOptions, Transport } from "@presence/sip";
import type { Store } from "@presence/store";
import type { CoreDeps, CoreSettings } from "./context.js";

/** The configuration keys the presence logic reads, from the full configuration. */
export function coreSettingsFrom(c: PresenceConfig): CoreSettings {
  return {
    max_expires: c.max_expires,
    min_expires: c.min_expires,
    min_expires_action: c.min_expires_action,
    expires_offset: c.expires_offset,
    to_tag_pref: c.to_tag_pref,
    server_address: c.server_address ?? "",
    send_fast_notify: c.send_fast_notify ? 1 : 0,
    timeout_rm_subs: c.timeout_rm_subs ? 1 : 0,
    subs_remove_match: c.subs_remove_match,
    sip_uri_match: c.sip_uri_match,
    publish_max_body_size: c.publish_max_body_size,
    pending_subscribe_status: 202,
  };
}

/** Every event package this server serves (Kamailio's add_event calls), as configured. */
export function eventRegistryFrom(c: PresenceConfig): EventRegistry {
  const events = new EventRegistry();
  events.add(presencePackage({ retrieveOrder: c.retrieve_order }));
  events.add(winfoPackage({ watchedPackage: "presence" }));
  events.add(dialogPackage());
  events.add(dialogPackage({ sla: true }));
  events.add(mwiPackage());
  return events;
}

/** The host a Contact names when server_address is not set. */
export function advertisedHost(c: PresenceConfig): string {
  const host = c.sip_advertised_host ?? (c.sip_host === "0.0.0.0" || c.sip_host === "::" ? "127.0.0.1" : c.sip_host);
  return host.includes(":") ? `[${host}]` : host;
}

/** Contact URI of this server for a transport, from the listening address. */
export function contactFor(c: PresenceConfig, port: number, transport: string): string {
  return `sip:${advertisedHost(c)}:${port}${transport === "UDP" ? "" : `;transport=${transport.toLowerCase()}`}`;
}

/** The presence logic's dependencies as every service builds them; `extra` adds or overrides. */
export function coreDepsFrom(config: PresenceConfig, store: Store, logger: Logger, extra: Partial<CoreDeps> = {}): CoreDeps {
  return {
    store,
    events: eventRegistryFrom(config),
    settings: coreSettingsFrom(config),
    logger,
    now: Date.now,
    localContact: () => config.server_address ?? "",
    ...extra,
  };
}

/** The SIP stack of an edge (or the standalone process) as configured. */
export function sipStackOptions(config: PresenceConfig, logger: Logger, extra: Partial<SipStackOptions> = {}): SipStackOptions {
  return {
    host: config.sip_host,
    port: config.sip_port,
    transports: config.sip_transports.map((t) => t.toUpperCase() as Transport),
    t1: config.sip_t1_ms,
    t2: config.sip_t2_ms,
    t4: config.sip_t4_ms,
    maxMessageSize: config.max_message_size,
    maxHeaders: config.max_headers,
    tcpIdleTimeoutMs: config.tcp_idle_timeout_s * 1000,
    udpThread: config.sip_udp_thread,
    allow: ["SUBSCRIBE", "PUBLISH"],
    ...(config.sip_advertised_host ? { advertisedHost: config.sip_advertised_host } : {}),
    logger: logger.child({ layer: "sip" }),
    ...extra,
  };
}
