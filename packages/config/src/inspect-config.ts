import { configKeys, configSchema, type ConfigKey, type PresenceConfig } from "./schema.js";

/** The config as safe to log: secrets replaced, passwords inside URLs masked. */
export function redactConfig(config: PresenceConfig): Readonly<Record<ConfigKey, unknown>> {
  const out = {} as Record<ConfigKey, unknown>;
  for (const key of configKeys) {
    const def = configSchema[key];
    const value: unknown = config[key];
    if (def.secret && value !== null) out[key] = "(redacted)";
    else if (typeof value === "string") out[key] = def.type.redact(value);
    else out[key] = value;
  }
  return out;
}

export interface IgnoredSetting {
  readonly key: ConfigKey;
  readonly value: unknown;
  /** Why the key has no effect here. */
  readonly reason: string;
}

/**
 * Kamailio parameters set to something other than their default although they have no effect here,
 * so a service can log once at start that a carried-over setting does nothing.
 */
export function ignoredSettings(config: PresenceConfig): IgnoredSetting[] {
  const out: IgnoredSetting[] = [];
  for (const key of configKeys) {
    const def = configSchema[key];
    if (def.kamailio?.effect !== "ignored") continue;
    if (config[key] === def.default) continue;
    out.push({ key, value: config[key], reason: def.doc });
  }
  return out;
}
