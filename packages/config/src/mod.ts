export {
  configSchema,
  configGroups,
  configKeys,
  envVarName,
  CONFIG_FILE_ENV,
  type PresenceConfig,
  type ConfigKey,
  type ConfigGroup,
  type ConfigSchema,
  type KeyDef,
  type KamailioParam,
  type KamailioEffect,
  type LogLevel,
  type SipTransport,
} from "./schema.js";
export type { ValueType, ParseResult } from "./value-types.js";
export { ConfigError, describeSource, type ConfigIssue, type ConfigIssueKind, type ConfigSource } from "./errors.js";
export { loadConfig, type LoadConfigOptions } from "./load-config.js";
export { redactConfig, ignoredSettings, type IgnoredSetting } from "./inspect-config.js";
