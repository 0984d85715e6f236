// The chart's copy of the configuration schema: the `config:` block of values.yaml (every key with
// its default, taken from config/presence.example.yaml) and the JSON Schema of each key in
// values.schema.json (derived from @presence/config's value types). Pure; gen-chart-config.ts
// writes the results and helm-chart.test.ts checks the chart is in sync with them.
import { configKeys, configSchema, type ConfigKey } from "@presence/config";

export const BEGIN_MARKER = "# BEGIN generated config";
export const END_MARKER = "# END generated config";

/** A JSON Schema (draft-07) fragment, as far as the chart uses it. */
export type JsonSchema = { [key: string]: unknown };

/** Keys the chart sets per pod or from a Secret: the values file must leave them null. */
export const CHART_MANAGED_KEYS: Readonly<Partial<Record<ConfigKey, string>>> = {
  api_token: "Set apiToken.value or apiToken.existingSecret: the token reaches the pods from a Secret, never through the ConfigMap.",
  instance_id: "Each pod's name (PRESENCE_INSTANCE_ID from the downward API); one value for all replicas would collide.",
};

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

// Patterns are RE2-compatible (Helm's validators are written in Go): no lookaheads, no flags.
const HOSTNAME = "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$";
const hostSchema: JsonSchema = {
  type: "string",
  anyOf: [{ pattern: HOSTNAME, maxLength: 253 }, { format: "ipv6" }],
};
const sipUriSchema: JsonSchema = {
  type: "string",
  pattern: '^[Ss][Ii][Pp][Ss]?:([^@\\s<>"]+@)?(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)(:[0-9]{1,5})?(;[^\\s<>"?]*)?$',
};
const URL_HOST = "([^\\s,/@]*@)?[A-Za-z0-9\\[][^\\s,/]*(/[^\\s,]*)?";
const redisUrlSchema: JsonSchema = { type: "string", pattern: `^rediss?://${URL_HOST}$` };
const natsUrlsSchema: JsonSchema = {
  type: "string",
  pattern: `^(nats|tls|ws|wss)://${URL_HOST}( *, *(nats|tls|ws|wss)://${URL_HOST})*$`,
};
const TOKEN = "^[A-Za-z0-9.!%*_+`'~-]+$";

/** String keys: the rule of each, as stringOf() in packages/config/src/schema.ts states it. */
const STRING_RULES: Readonly<Record<string, JsonSchema>> = {
  to_tag_pref: { type: "string", minLength: 1, maxLength: 32, pattern: TOKEN },
  subscribe_watcher_header: { type: "string", minLength: 1, maxLength: 64, pattern: TOKEN },
  xavp_cfg: { type: "string", maxLength: 64, pattern: "^([A-Za-z_][A-Za-z0-9_]*)?$" },
  redis_key_prefix: { type: "string", maxLength: 128, pattern: "^[^\\s{}]*$" },
  presentity_table: { type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_.-]+$" },
  active_watchers_table: { type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_.-]+$" },
  watchers_table: { type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_.-]+$" },
  nats_subject_prefix: { type: "string", minLength: 1, maxLength: 128, pattern: "^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*$" },
  instance_id: { type: "string", minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9_-]+$" },
  api_token: { type: "string", minLength: 8, maxLength: 4096, pattern: "^\\S+$" },
};

export class UnmappedConfigTypeError extends Error {
  constructor(
    readonly key: string,
    readonly allowed: string,
  ) {
    super(`config key ${key}: no JSON Schema mapping for the value type "${allowed}"; extend test/deploy/chart-config.ts`);
    this.name = "UnmappedConfigTypeError";
  }
}

function nullable(schema: JsonSchema): JsonSchema {
  return { anyOf: [{ type: "null" }, schema] };
}

/** The JSON Schema of one value type, read from its `allowed` text (the value types' contract). */
function schemaOfType(key: string, allowed: string): JsonSchema {
  const unset = "; or unset (null, or empty in env)";
  if (allowed.endsWith(unset)) return nullable(schemaOfType(key, allowed.slice(0, -unset.length)));
  let m: RegExpMatchArray | null;
  if ((m = /^integer (-?\d+)\.\.(-?\d+)$/.exec(allowed))) return { type: "integer", minimum: Number(m[1]), maximum: Number(m[2]) };
  if ((m = /^integer >= (-?\d+)$/.exec(allowed))) return { type: "integer", minimum: Number(m[1]), maximum: INT32_MAX };
  if (allowed === "integer (32-bit)") return { type: "integer", minimum: INT32_MIN, maximum: INT32_MAX };
  if ((m = /^boolean: .*, or (\w+)$/.exec(allowed))) return { anyOf: [{ type: "boolean" }, { type: "string", enum: [m[1]!] }] };
  if (allowed.startsWith("boolean:")) return { type: "boolean" };
  if ((m = /^one of (.+)$/.exec(allowed))) {
    const items = m[1]!.split(/, (?![^(]*\))/).map((s) => s.replace(/ \(.*\)$/, ""));
    if (items.every((s) => /^-?\d+$/.test(s))) return { type: "integer", enum: items.map(Number) };
    return { type: "string", enum: items };
  }
  if ((m = /^non-empty list of (.+) \(comma-separated in env\)$/.exec(allowed))) {
    return { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", enum: m[1]!.split(", ") } };
  }
  if (allowed === "IPv4 or IPv6 address (no brackets) or DNS name") return hostSchema;
  if (allowed.startsWith("SIP URI")) return sipUriSchema;
  if (allowed.startsWith("URL with scheme redis://, rediss://")) return redisUrlSchema;
  if (allowed.startsWith("comma-separated list of URLs with scheme nats://")) return natsUrlsSchema;
  if (allowed.startsWith("string of ")) {
    const rule = STRING_RULES[key];
    if (rule) return rule;
  }
  throw new UnmappedConfigTypeError(key, allowed);
}

function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

/** JSON Schema of one configuration key as the chart accepts it. */
export function configKeySchema(key: ConfigKey): JsonSchema {
  const def = configSchema[key];
  const managed = CHART_MANAGED_KEYS[key];
  if (managed !== undefined) return { type: "null", description: `Leave null. ${managed}` };
  return { description: firstSentence(def.doc), ...schemaOfType(key, def.type.allowed) };
}

/** The `properties` of the chart's config schema: every key of @presence/config, in schema order. */
export function configPropertiesSchema(): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {};
  for (const key of configKeys) out[key] = configKeySchema(key);
  return out;
}

/**
 * The generated part of values.yaml: config/presence.example.yaml without its file header, indented
 * under `config:`. Every key at its default, each with its doc comment.
 */
export function configValuesBlock(exampleYaml: string): string {
  const lines = exampleYaml.split("\n");
  const firstSection = lines.findIndex((l) => l.startsWith("# ===="));
  if (firstSection < 0) throw new Error("config/presence.example.yaml: no section heading found");
  const body = lines.slice(firstSection);
  while (body.length > 0 && body[body.length - 1]!.trim() === "") body.pop();
  return body.map((l) => (l === "" ? "" : `  ${l}`)).join("\n");
}

/** values.yaml with the text between the markers replaced by `block`. */
export function replaceGeneratedBlock(valuesYaml: string, block: string): string {
  const begin = valuesYaml.indexOf(BEGIN_MARKER);
  const end = valuesYaml.indexOf(END_MARKER);
  if (begin < 0 || end < begin) throw new Error(`values.yaml: markers "${BEGIN_MARKER}" / "${END_MARKER}" not found`);
  const afterBegin = valuesYaml.indexOf("\n", begin) + 1;
  return `${valuesYaml.slice(0, afterBegin)}${block}\n${valuesYaml.slice(end)}`;
}
