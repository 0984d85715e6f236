import { ConfigError, type ConfigSource } from "./errors.js";
import { readConfigFile } from "./read-file.js";
import { readEnv } from "./read-env.js";
import type { RawEntry, RawLayer } from "./raw-entry.js";
import { resolveConfig } from "./resolve.js";
import { CONFIG_FILE_ENV, type PresenceConfig } from "./schema.js";

export interface LoadConfigOptions {
  /** YAML file path; takes the place of PRESENCE_CONFIG. */
  readonly file?: string;
  /** Environment to read PRESENCE_* variables from; process.env when absent. */
  readonly env?: NodeJS.ProcessEnv;
  /** Highest-precedence values (tests, embedding); validated like any other source. */
  readonly overrides?: Partial<PresenceConfig>;
  /** Receives non-fatal findings, such as a PRESENCE_* variable that looks like a misspelt key. */
  readonly onWarning?: (message: string) => void;
}

function overridesLayer(overrides: Partial<PresenceConfig>): RawLayer {
  const source: ConfigSource = { kind: "overrides" };
  const entries: RawEntry[] = [];
  for (const [key, raw] of Object.entries(overrides)) {
    if (raw !== undefined) entries.push({ key, raw, origin: "data", source });
  }
  return { entries, issues: [] };
}

/**
 * Loads the configuration: defaults < YAML file (opts.file, else $PRESENCE_CONFIG) < PRESENCE_<KEY>
 * environment variables < opts.overrides. Returns a frozen object.
 * @throws ConfigError naming every bad key, its source, the bad value and what is allowed.
 */
export function loadConfig(opts: LoadConfigOptions = {}): PresenceConfig {
  const env = opts.env ?? process.env;
  const layers: RawLayer[] = [];

  const envPath = env[CONFIG_FILE_ENV];
  if (opts.file !== undefined) layers.push(readConfigFile(opts.file, null));
  else if (envPath !== undefined && envPath !== "") layers.push(readConfigFile(envPath, { kind: "env", name: CONFIG_FILE_ENV }));

  const envLayer = readEnv(env);
  layers.push(envLayer);
  if (opts.onWarning) for (const w of envLayer.warnings) opts.onWarning(w);

  if (opts.overrides !== undefined) layers.push(overridesLayer(opts.overrides));

  const result = resolveConfig(layers);
  if (!result.ok) throw new ConfigError(result.issues);
  return result.config;
}
