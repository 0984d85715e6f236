import { levelFromKamailio } from "@presence/log";
import { crossCheck } from "./cross-checks.js";
import { describeSource, type ConfigIssue, type ConfigSource } from "./errors.js";
import type { RawEntry, RawLayer } from "./raw-entry.js";
import { configKeys, configSchema, isConfigKey, type ConfigKey, type LogLevel, type PresenceConfig } from "./schema.js";
import { suggestKey } from "./suggest.js";

interface Held {
  readonly value: unknown;
  readonly source: ConfigSource;
}

export type ResolveResult =
  | { readonly ok: true; readonly config: PresenceConfig; readonly sources: ReadonlyMap<ConfigKey, ConfigSource> }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

const MAX_PRINTED = 100;

function truncate(s: string): string {
  return s.length > MAX_PRINTED ? `${s.slice(0, MAX_PRINTED)}...` : s;
}

/** A value as shown in messages: JSON-like, secrets hidden, URL passwords masked. */
export function printValue(key: ConfigKey, value: unknown): string {
  const def = configSchema[key];
  if (def.secret && value !== null && value !== undefined) return "(redacted)";
  if (typeof value === "string") return truncate(JSON.stringify(def.type.redact(value)));
  if (value === undefined) return "undefined";
  try {
    return truncate(JSON.stringify(value) ?? String(value));
  } catch {
    return "(unprintable value)";
  }
}

function invalid(key: ConfigKey, entry: RawEntry, problem: string): ConfigIssue {
  const value = printValue(key, entry.raw);
  const allowed = configSchema[key].type.allowed;
  return {
    kind: "invalid_value",
    key,
    keys: [key],
    source: entry.source,
    value,
    allowed,
    message: `${key} = ${value} (from ${describeSource(entry.source)}) is invalid: ${problem}. Allowed: ${allowed}.`,
  };
}

function unknownKey(entry: RawEntry): ConfigIssue {
  const guess = suggestKey(entry.key, configKeys);
  const hint = guess === null ? "" : `; did you mean ${JSON.stringify(guess)}?`;
  return {
    kind: "unknown_key",
    key: entry.key,
    keys: [entry.key],
    source: entry.source,
    message: `unknown key ${JSON.stringify(entry.key)} (from ${describeSource(entry.source)})${hint}`,
  };
}

/** db_url and redis_url name the same setting: fold them within one layer so either can override the other across layers. */
function foldStoreAlias(parsed: Map<ConfigKey, Held>, issues: ConfigIssue[]): void {
  const db = parsed.get("db_url");
  const redis = parsed.get("redis_url");
  if (db === undefined && redis === undefined) return;
  let held: Held;
  if (db !== undefined && redis !== undefined) {
    if (db.value !== null && redis.value !== null && db.value !== redis.value) {
      issues.push({
        kind: "conflict",
        key: "db_url",
        keys: ["db_url", "redis_url"],
        source: db.source,
        message:
          `db_url (${printValue("db_url", db.value)}, from ${describeSource(db.source)}) and redis_url ` +
          `(${printValue("redis_url", redis.value)}, from ${describeSource(redis.source)}) are aliases but differ; set only one`,
      });
      return;
    }
    held = redis.value !== null ? redis : db;
  } else {
    held = (redis ?? db) as Held;
  }
  parsed.set("db_url", held);
  parsed.set("redis_url", held);
}

/**
 * Merges layers (lowest precedence first) over the defaults, validating every value, then derives
 * log_level and checks the rules between keys. Pure.
 */
export function resolveConfig(layers: readonly RawLayer[]): ResolveResult {
  const issues: ConfigIssue[] = [];
  const held = new Map<ConfigKey, Held>();
  for (const key of configKeys) held.set(key, { value: configSchema[key].default, source: { kind: "default" } });

  for (const layer of layers) {
    issues.push(...layer.issues);
    const parsed = new Map<ConfigKey, Held>();
    for (const entry of layer.entries) {
      if (!isConfigKey(entry.key)) {
        issues.push(unknownKey(entry));
        continue;
      }
      const result = configSchema[entry.key].type.parse(entry.raw, entry.origin);
      if (result.ok) parsed.set(entry.key, { value: result.value, source: entry.source });
      else issues.push(invalid(entry.key, entry, result.problem));
    }
    foldStoreAlias(parsed, issues);
    for (const [key, h] of parsed) held.set(key, h);
  }
  if (issues.length > 0) return { ok: false, issues };

  const get = (key: ConfigKey): Held => held.get(key) as Held;
  if (get("log_level").value === null) {
    const level: LogLevel = levelFromKamailio(get("local_log_level").value as number);
    held.set("log_level", { value: level, source: get("local_log_level").source });
  }

  const out: Record<string, unknown> = {};
  for (const key of configKeys) {
    const v = get(key).value;
    out[key] = Array.isArray(v) ? Object.freeze([...v]) : v;
  }
  // Every value went through its key's parser above, so the record has the interface's types.
  const config = Object.freeze(out) as unknown as PresenceConfig;

  const sources = new Map<ConfigKey, ConfigSource>(configKeys.map((k) => [k, get(k).source]));
  const conflicts = crossCheck(
    config,
    (k) => get(k).source,
    (k) => printValue(k, config[k]),
  );
  if (conflicts.length > 0) return { ok: false, issues: conflicts };
  return { ok: true, config, sources };
}
