import { levelFromKamailio } from "@presence/log";
import { ConfigError } from "./errors.js";
import { loadConfig } from "./load-config.js";
import {
  CONFIG_FILE_ENV,
  configGroups,
  configKeys,
  configSchema,
  envVarName,
  type ConfigKey,
  type KeyDef,
  type SchemaValue,
} from "./schema.js";

/** Text of docs/configuration.md, generated from the schema so the two cannot drift. Pure. */

const GENERATED_NOTE =
  "<!-- Generated from packages/config/src/schema.ts by packages/config/src/gen-docs.ts " +
  "(`pnpm --filter @presence/config gen-docs`). Edit the schema, not this file. -->";

const KAMAILIO_LOG_NAMES: ReadonlyArray<readonly [number, string]> = [
  [-5, "L_ALERT"],
  [-4, "L_BUG"],
  [-3, "L_CRIT2"],
  [-2, "L_CRIT"],
  [-1, "L_ERR"],
  [0, "L_WARN"],
  [1, "L_NOTICE"],
  [2, "L_INFO"],
  [3, "L_DBG"],
];

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function keyDef<K extends ConfigKey>(key: K): KeyDef<SchemaValue<K>> {
  return configSchema[key];
}

/** The default as written in YAML. */
export function defaultText<K extends ConfigKey>(key: K): string {
  const def = keyDef(key);
  return def.type.toYaml(def.default);
}

function defaultCell(key: ConfigKey): string {
  const note = configSchema[key].defaultNote;
  return note === undefined ? `\`${cell(defaultText(key))}\`` : cell(note);
}

function kamailioCell(key: ConfigKey): string {
  const k = configSchema[key].kamailio;
  if (k === null) return "this server only";
  const diff = k.difference === "" ? "" : ` ${k.difference}`;
  return `**${k.effect}** (Kamailio ${k.section}, default: ${k.default}).${diff}`;
}

/** The message loadConfig gives for a typical mistake, so the docs show the real format. */
function sampleError(): string {
  try {
    loadConfig({ env: { PRESENCE_MAX_EXPIRES: "12abc", PRESENCE_SIP_TRANSPORTS: "udp,sctp" } });
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error("sample configuration unexpectedly loaded");
}

export function renderConfigDocs(): string {
  const kamailioCount = configKeys.filter((k) => configSchema[k].kamailio !== null).length;
  const out: string[] = [];
  out.push(
    "# Configuration",
    "",
    GENERATED_NOTE,
    "",
    `One typed schema covers the ${kamailioCount} parameters of the Kamailio presence module, under the same ` +
      "snake_case names and with the same defaults, and this server's own keys. `loadConfig()` from " +
      "`@presence/config` returns the effective configuration as a frozen `PresenceConfig` whose properties are " +
      "these snake_case keys. Invalid configuration stops start-up with a `ConfigError`.",
    "",
    "## Sources and precedence",
    "",
    "Lowest to highest; a later source overrides an earlier one key by key:",
    "",
    "1. The defaults in the tables below.",
    `2. A YAML file: the path passed as \`loadConfig({ file })\`, otherwise \`$${CONFIG_FILE_ENV}\`. ` +
      "It is a flat mapping of `key: value`; `config/presence.example.yaml` lists every key with its default.",
    "3. Environment variables `PRESENCE_<KEY>`, the key in upper case: `PRESENCE_SIP_PORT`, " +
      "`PRESENCE_REDIS_URL`, `PRESENCE_DB_URL`, `PRESENCE_MAX_EXPIRES`.",
    "4. `overrides` passed to `loadConfig` (tests, embedding).",
    "",
    "## Values",
    "",
    "- Integers: decimal digits with an optional sign. `12abc`, `1.5`, `0x10` and `1e3` are rejected in the " +
      "environment; in YAML a quoted number is read the same way.",
    "- Booleans: `true`/`false`, `yes`/`no`, `1`/`0`, in any case. The Kamailio 0/1 flags (`publ_cache`, " +
      "`send_fast_notify`, `enable_sphere_check`, `timeout_rm_subs`) are booleans here, so `1` still works.",
    "- Kamailio mode numbers (`subs_db_mode`, `min_expires_action`, `subs_remove_match`, `retrieve_order`, " +
      "`sip_uri_match`, `db_table_lock_type`) are integers restricted to the documented values.",
    "- Lists: a YAML list, or a comma-separated string (the only form in the environment): " +
      "`PRESENCE_SIP_TRANSPORTS=udp,tcp`.",
    "- Unset: `null` or `~` in YAML, or an empty environment variable, for the keys whose type says \"or unset\". " +
      "`PRESENCE_REDIS_URL=` therefore switches back to the in-memory store even if the file sets a Redis URL.",
    "- `db_url` and `redis_url` are one setting under two names. Both always hold the same value in a loaded " +
      "config; the highest-precedence source that sets either name decides it.",
    "",
    "## Errors",
    "",
    "Every problem is reported at once, each naming the key, where the value came from (file and line, or " +
      "environment variable), the value (secrets and URL passwords hidden) and what is allowed. For example:",
    "",
    "```text",
    sampleError(),
    "```",
    "",
    "A key the schema does not know is an error in the YAML file and in `overrides`, with a suggestion when it " +
      "resembles a key (`max-expires`, `maxExpires` and `max_expire` all suggest `max_expires`). Unknown " +
      "`PRESENCE_*` environment variables are ignored, because other software sets such variables too; those that " +
      "resemble a key are passed to the `onWarning` callback of `loadConfig`.",
    "",
    "On Kubernetes, service links inject `<SERVICE>_PORT`-style variables: a Service named `presence-sip` defines " +
      "`PRESENCE_SIP_PORT=udp://...`, which collides with the key and stops start-up. Pods of this server run with " +
      "`enableServiceLinks: false`.",
    "",
    "## Kamailio parameters",
    "",
    "The last column of each table says how a Kamailio parameter is carried over:",
    "",
    "- **same**: behaves as in Kamailio.",
    "- **adapted**: same purpose, different mechanism (the column says how and why).",
    "- **ignored**: accepted and validated so an existing Kamailio setting carries over, without effect. " +
      "`ignoredSettings(config)` lists the ones set to a non-default value so a service can log them at start.",
    "",
  );

  for (const group of configGroups) {
    const keys = configKeys.filter((k) => configSchema[k].group === group.id);
    out.push(`## ${group.title}`, "", group.intro, "");
    out.push("| Key | Env var | Type | Default | Meaning here | Kamailio |", "|---|---|---|---|---|---|");
    for (const key of keys) {
      const def = configSchema[key];
      out.push(
        `| \`${key}\` | \`${envVarName(key)}\` | ${cell(def.type.allowed)} | ${defaultCell(key)} | ` +
          `${cell(def.doc)} | ${cell(kamailioCell(key))} |`,
      );
    }
    out.push("");
  }

  out.push(
    "## log_level derived from local_log_level",
    "",
    "When `log_level` is unset it follows `local_log_level`:",
    "",
    "| local_log_level | Kamailio name | log_level |",
    "|---|---|---|",
    ...KAMAILIO_LOG_NAMES.map(([n, name]) => `| ${n} | ${name} | ${levelFromKamailio(n)} |`),
    "",
  );
  return out.join("\n");
}
