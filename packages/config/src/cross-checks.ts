import { describeSource, type ConfigIssue, type ConfigSource } from "./errors.js";
import type { ConfigKey, PresenceConfig } from "./schema.js";

/** A rule between keys that no single value can break on its own. */
interface CrossRule {
  readonly keys: readonly [ConfigKey, ConfigKey, ...ConfigKey[]];
  readonly holds: (c: PresenceConfig) => boolean;
  /** Ends the sentence "<key a> (<value>, from <source>) ..." */
  readonly explain: (show: (k: ConfigKey) => string) => string;
}

const rules: readonly CrossRule[] = [
  {
    keys: ["min_expires", "max_expires"],
    holds: (c) => c.min_expires <= c.max_expires,
    explain: (s) => `${s("min_expires")} must be <= ${s("max_expires")}`,
  },
  {
    keys: ["expires_offset", "max_expires"],
    // Otherwise a PUBLISH granted max_expires would be told to refresh at or before 0 seconds.
    holds: (c) => c.expires_offset < c.max_expires,
    explain: (s) => `${s("expires_offset")} must be < ${s("max_expires")}`,
  },
  {
    keys: ["sip_t1_ms", "sip_t2_ms"],
    // RFC 3261 17.1.2.2: retransmission intervals start at T1 and are capped at T2.
    holds: (c) => c.sip_t1_ms <= c.sip_t2_ms,
    explain: (s) => `${s("sip_t1_ms")} must be <= ${s("sip_t2_ms")}`,
  },
  {
    keys: ["publish_max_body_size", "max_message_size"],
    holds: (c) => c.publish_max_body_size <= c.max_message_size,
    explain: (s) => `${s("publish_max_body_size")} must be <= ${s("max_message_size")}: a larger body could never arrive`,
  },
  {
    keys: ["presentity_table", "active_watchers_table"],
    holds: (c) => c.presentity_table !== c.active_watchers_table,
    explain: (s) => `${s("presentity_table")} must differ from ${s("active_watchers_table")}: they name separate key namespaces`,
  },
  {
    keys: ["presentity_table", "watchers_table"],
    holds: (c) => c.presentity_table !== c.watchers_table,
    explain: (s) => `${s("presentity_table")} must differ from ${s("watchers_table")}: they name separate key namespaces`,
  },
  {
    keys: ["active_watchers_table", "watchers_table"],
    holds: (c) => c.active_watchers_table !== c.watchers_table,
    explain: (s) => `${s("active_watchers_table")} must differ from ${s("watchers_table")}: they name separate key namespaces`,
  },
  {
    keys: ["expiry_sweep_lease_ms", "clean_period"],
    // A lease outliving the period would let a dead replica's lease block the next sweep.
    holds: (c) => c.clean_period <= 0 || c.expiry_sweep_lease_ms < c.clean_period * 1000,
    explain: (s) => `${s("expiry_sweep_lease_ms")} must be shorter than ${s("clean_period")} seconds when sweeps are enabled`,
  },
  {
    keys: ["api_port", "sip_port", "sip_transports"],
    holds: (c) => !c.sip_transports.includes("tcp") || c.sip_port === 0 || c.sip_port !== c.api_port,
    explain: (s) => `${s("api_port")} must differ from ${s("sip_port")} while ${s("sip_transports")} includes tcp`,
  },
];

/** Checks the rules between keys; `sourceOf` tells where each value came from for the message. */
export function crossCheck(
  config: PresenceConfig,
  sourceOf: (key: ConfigKey) => ConfigSource,
  printValue: (key: ConfigKey) => string,
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const rule of rules) {
    if (rule.holds(config)) continue;
    const show = (k: ConfigKey): string => `${k} (${printValue(k)}, from ${describeSource(sourceOf(k))})`;
    issues.push({
      kind: "conflict",
      key: rule.keys[0],
      keys: rule.keys,
      source: sourceOf(rule.keys[0]),
      message: rule.explain(show),
    });
  }
  return issues;
}
