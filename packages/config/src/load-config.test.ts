import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "./errors.js";
import { ignoredSettings, redactConfig } from "./inspect-config.js";
import { loadConfig, type LoadConfigOptions } from "./load-config.js";
import { configKeys, configSchema, type PresenceConfig } from "./schema.js";

const dir = mkdtempSync(join(tmpdir(), "presence-config-test-"));
after(() => rmSync(dir, { recursive: true, force: true }));

let fileCount = 0;
function yamlFile(text: string): string {
  const path = join(dir, `c${++fileCount}.yaml`);
  writeFileSync(path, text);
  return path;
}

/** Runs loadConfig expecting a ConfigError; returns it. */
function fails(opts: LoadConfigOptions): ConfigError {
  try {
    loadConfig(opts);
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected ConfigError, got ${String(err)}`);
    return err;
  }
  assert.fail("loadConfig accepted an invalid configuration");
}

// ------------------------------------------------------------------ defaults and precedence

test("defaults: every key at its schema default, log_level derived, result frozen", () => {
  const c = loadConfig({ env: {} });
  for (const key of configKeys) {
    if (key === "log_level") continue;
    assert.deepEqual(c[key], configSchema[key].default, key);
  }
  assert.equal(c.log_level, "info");
  assert.equal(c.redis_url, null);
  assert.equal(c.sip_port, 5060);
  assert.deepEqual(c.sip_transports, ["udp", "tcp"]);
  assert.ok(Object.isFrozen(c));
  assert.ok(Object.isFrozen(c.sip_transports));
  assert.throws(() => {
    (c as { sip_port: number }).sip_port = 1;
  }, TypeError);
});

test("precedence: defaults < file < env < overrides, key by key", () => {
  const file = yamlFile("sip_port: 5070\nmax_expires: 1800\nmin_expires: 60\nsend_fast_notify: 0\n");
  const c = loadConfig({
    file,
    env: { PRESENCE_MAX_EXPIRES: "900", PRESENCE_MIN_EXPIRES: "30" },
    overrides: { min_expires: 10 },
  });
  assert.equal(c.sip_port, 5070); // file
  assert.equal(c.max_expires, 900); // env over file
  assert.equal(c.min_expires, 10); // overrides over env and file
  assert.equal(c.send_fast_notify, false); // Kamailio-style 0 in YAML
  assert.equal(c.clean_period, 100); // default
});

test("file path from PRESENCE_CONFIG; an explicit file takes its place", () => {
  const fromEnv = yamlFile("api_port: 9001\n");
  const explicit = yamlFile("api_port: 9002\n");
  assert.equal(loadConfig({ env: { PRESENCE_CONFIG: fromEnv } }).api_port, 9001);
  assert.equal(loadConfig({ file: explicit, env: { PRESENCE_CONFIG: join(dir, "absent.yaml") } }).api_port, 9002);
  assert.equal(loadConfig({ env: { PRESENCE_CONFIG: "" } }).api_port, 8080);
});

test("env value syntax: booleans, lists, nullable keys", () => {
  for (const [raw, expected] of [
    ["1", true],
    ["yes", true],
    ["TRUE", true],
    ["0", false],
    ["no", false],
    ["false", false],
  ] as const) {
    assert.equal(loadConfig({ env: { PRESENCE_ENABLE_SPHERE_CHECK: raw } }).enable_sphere_check, expected, raw);
  }
  assert.deepEqual(loadConfig({ env: { PRESENCE_SIP_TRANSPORTS: "tcp" } }).sip_transports, ["tcp"]);
  assert.deepEqual(loadConfig({ env: { PRESENCE_SIP_TRANSPORTS: " tcp , udp " } }).sip_transports, ["tcp", "udp"]);
  const file = yamlFile("api_token: from-file-token\nserver_address: sip:pres.example.com\n");
  const c = loadConfig({ file, env: { PRESENCE_API_TOKEN: "", PRESENCE_SERVER_ADDRESS: "sips:edge.example.com:5061" } });
  assert.equal(c.api_token, null);
  assert.equal(c.server_address, "sips:edge.example.com:5061");
});

test("YAML values: quoted numbers, lists, null for nullable keys", () => {
  const file = yamlFile('sip_port: "5080"\nsip_transports: [tcp]\nredis_url: ~\nlog_level: null\nxavp_cfg: pres\n');
  const c = loadConfig({ file, env: {} });
  assert.equal(c.sip_port, 5080);
  assert.deepEqual(c.sip_transports, ["tcp"]);
  assert.equal(c.redis_url, null);
  assert.equal(c.log_level, "info");
  assert.equal(c.xavp_cfg, "pres");
});

test("an empty YAML file (or only comments) means no values", () => {
  assert.equal(loadConfig({ file: yamlFile(""), env: {} }).sip_port, 5060);
  assert.equal(loadConfig({ file: yamlFile("# nothing\n"), env: {} }).sip_port, 5060);
});

// ------------------------------------------------------------------ db_url alias

test("db_url is an alias of redis_url in every source", () => {
  const url = "redis://127.0.0.1:6379/3";
  const viaEnv = loadConfig({ env: { PRESENCE_DB_URL: url } });
  assert.equal(viaEnv.redis_url, url);
  assert.equal(viaEnv.db_url, url);
  const viaFile = loadConfig({ file: yamlFile(`db_url: ${url}\n`), env: {} });
  assert.equal(viaFile.redis_url, url);
  const viaOverride = loadConfig({ env: {}, overrides: { db_url: url } });
  assert.equal(viaOverride.redis_url, url);
});

test("db_url / redis_url: the higher source wins whichever name it uses", () => {
  const file = yamlFile("redis_url: redis://file-host:6379\n");
  const c = loadConfig({ file, env: { PRESENCE_DB_URL: "rediss://env-host:6380" } });
  assert.equal(c.redis_url, "rediss://env-host:6380");
  assert.equal(c.db_url, "rediss://env-host:6380");
  const back = loadConfig({ file: yamlFile("db_url: redis://file-host:6379\n"), env: { PRESENCE_REDIS_URL: "" } });
  assert.equal(back.redis_url, null, "an empty env var switches back to the in-memory store");
  assert.equal(back.db_url, null);
});

test("db_url and redis_url set to different values in one source is an error naming both", () => {
  const err = fails({ env: { PRESENCE_DB_URL: "redis://a:6379", PRESENCE_REDIS_URL: "redis://b:6379" } });
  assert.equal(err.key, "db_url");
  assert.deepEqual(err.issues[0].keys, ["db_url", "redis_url"]);
  assert.match(err.message, /PRESENCE_DB_URL/);
  assert.match(err.message, /PRESENCE_REDIS_URL/);
  // Equal values, or one of them null, are fine.
  const same = loadConfig({ env: { PRESENCE_DB_URL: "redis://a:6379", PRESENCE_REDIS_URL: "redis://a:6379" } });
  assert.equal(same.redis_url, "redis://a:6379");
  const oneNull = loadConfig({ file: yamlFile("db_url: null\nredis_url: redis://a:6379\n"), env: {} });
  assert.equal(oneNull.redis_url, "redis://a:6379");
});

test("a non-Redis db_url is an error naming db_url, without the password", () => {
  const err = fails({ env: { PRESENCE_DB_URL: "mysql://kamailio:kamailiorw@localhost/kamailio" } });
  assert.equal(err.key, "db_url");
  assert.equal(err.issues[0].kind, "invalid_value");
  assert.match(err.message, /^Invalid configuration: db_url = /);
  assert.match(err.message, /env PRESENCE_DB_URL/);
  assert.match(err.message, /redis:\/\//);
  assert.doesNotMatch(err.message, /kamailiorw/);
  const fromFile = fails({ file: yamlFile("db_url: postgres://u:p@h/db\n"), env: {} });
  assert.equal(fromFile.key, "db_url");
  assert.match(fromFile.message, /c\d+\.yaml:1/);
});

// ------------------------------------------------------------------ log level

test("log_level follows local_log_level unless set", () => {
  assert.equal(loadConfig({ env: { PRESENCE_LOCAL_LOG_LEVEL: "3" } }).log_level, "debug");
  assert.equal(loadConfig({ file: yamlFile("local_log_level: -1\n"), env: {} }).log_level, "error");
  assert.equal(loadConfig({ env: { PRESENCE_LOCAL_LOG_LEVEL: "3", PRESENCE_LOG_LEVEL: "warn" } }).log_level, "warn");
  assert.equal(loadConfig({ env: { PRESENCE_LOG_LEVEL: "silent" } }).log_level, "silent");
});

// ------------------------------------------------------------------ invalid values

test("each kind of invalid env value gives a ConfigError naming the key, the variable, the value and what is allowed", () => {
  const cases: ReadonlyArray<readonly [string, string, string, RegExp]> = [
    ["PRESENCE_SIP_PORT", "12abc", "sip_port", /not an integer.*integer 0\.\.65535/],
    ["PRESENCE_SIP_PORT", "70000", "sip_port", /out of range/],
    ["PRESENCE_MAX_EXPIRES", "1.5", "max_expires", /not an integer/],
    ["PRESENCE_MAX_EXPIRES", "", "max_expires", /empty/],
    ["PRESENCE_SEND_FAST_NOTIFY", "maybe", "send_fast_notify", /not a boolean.*true\/false, yes\/no, 1\/0/],
    ["PRESENCE_MIN_EXPIRES_ACTION", "3", "min_expires_action", /not one of the allowed values.*1 \(reject with 423\)/],
    ["PRESENCE_SUBS_DB_MODE", "4", "subs_db_mode", /not one of the allowed values/],
    ["PRESENCE_SIP_TRANSPORTS", "udp,sctp", "sip_transports", /unknown item "sctp"/],
    ["PRESENCE_SIP_TRANSPORTS", "", "sip_transports", /empty list/],
    ["PRESENCE_LOG_LEVEL", "verbose", "log_level", /one of fatal, error/],
    ["PRESENCE_PRESENTITY_TABLE", "pres entity", "presentity_table", /characters that are not allowed/],
    ["PRESENCE_TO_TAG_PREF", "a;b", "to_tag_pref", /not allowed/],
    ["PRESENCE_REDIS_KEY_PREFIX", "{p}:", "redis_key_prefix", /braces/],
    ["PRESENCE_NATS_URL", "http://127.0.0.1:4222", "nats_url", /scheme http/],
    ["PRESENCE_NATS_SUBJECT_PREFIX", "presence.*", "nats_subject_prefix", /not allowed/],
    ["PRESENCE_SERVER_ADDRESS", "10.0.0.1:5060", "server_address", /not a sip: or sips: URI/],
    ["PRESENCE_SIP_HOST", "not a host", "sip_host", /not an IP address or host name/],
    ["PRESENCE_SUBS_HTABLE_SIZE", "15", "subs_htable_size", /out of range.*integer 0\.\.14/],
    ["PRESENCE_LOCAL_LOG_LEVEL", "4", "local_log_level", /out of range/],
    ["PRESENCE_WAITN_TIME", "0", "waitn_time", /out of range/],
  ];
  for (const [name, raw, key, detail] of cases) {
    const err = fails({ env: { [name]: raw } });
    assert.equal(err.issues.length, 1, name);
    assert.equal(err.key, key, name);
    assert.equal(err.issues[0].kind, "invalid_value", name);
    assert.deepEqual(err.source, { kind: "env", name }, name);
    assert.equal(err.issues[0].value, JSON.stringify(raw), name);
    assert.ok(err.issues[0].allowed, name);
    assert.ok(err.message.includes(`${key} = ${JSON.stringify(raw)} (from env ${name}) is invalid`), err.message);
    assert.match(err.message, detail, name);
  }
});

test("invalid YAML values name the key, the file and line, and the value", () => {
  const file = yamlFile("sip_port: 5060\nmax_expires: {a: 1}\nsip_transports: udp\nclean_period: null\n");
  const err = fails({ file, env: {} });
  assert.deepEqual(
    err.issues.map((i) => [i.key, i.source]),
    [
      ["max_expires", { kind: "file", path: file, line: 2 }],
      ["clean_period", { kind: "file", path: file, line: 4 }],
    ],
  );
  assert.match(err.message, /max_expires = \{"a":1\} \(from file .*:2\) is invalid: expected an integer, got a mapping/);
  assert.match(err.message, /clean_period = null .* null is not allowed \(remove the key to use the default\)/);
  assert.match(err.message, /^Invalid configuration \(2 problems\):/);
});

test("secrets are never echoed in errors", () => {
  const err = fails({ env: { PRESENCE_API_TOKEN: "abc def ghi" } });
  assert.equal(err.key, "api_token");
  assert.equal(err.issues[0].value, "(redacted)");
  assert.doesNotMatch(err.message, /abc def/);
});

test("invalid and unknown overrides are reported like any other source", () => {
  const bad = fails({ env: {}, overrides: { sip_port: -1 } });
  assert.equal(bad.key, "sip_port");
  assert.deepEqual(bad.source, { kind: "overrides" });
  const unknown = fails({ env: {}, overrides: { sipPort: 1 } as unknown as Partial<PresenceConfig> });
  assert.equal(unknown.issues[0].kind, "unknown_key");
  assert.match(unknown.message, /unknown key "sipPort" \(from overrides\); did you mean "sip_port"\?/);
});

// ------------------------------------------------------------------ file problems

test("unknown YAML keys are errors with the line and a suggestion", () => {
  const file = yamlFile("max_expires: 60\nmax_expire: 60\nmaxExpires: 60\ncompletely_unrelated: 1\n");
  const err = fails({ file, env: {} });
  assert.deepEqual(
    err.issues.map((i) => [i.kind, i.key]),
    [
      ["unknown_key", "max_expire"],
      ["unknown_key", "maxExpires"],
      ["unknown_key", "completely_unrelated"],
    ],
  );
  assert.match(err.issues[0].message, /unknown key "max_expire" \(from file .*c\d+\.yaml:2\); did you mean "max_expires"\?/);
  assert.match(err.issues[1].message, /did you mean "max_expires"/);
  assert.doesNotMatch(err.issues[2].message, /did you mean/);
});

test("file-level problems: missing file, bad YAML, duplicate keys, not a mapping", () => {
  const missing = join(dir, "missing.yaml");
  const notFound = fails({ env: { PRESENCE_CONFIG: missing } });
  assert.equal(notFound.key, null);
  assert.equal(notFound.issues[0].kind, "file");
  assert.match(notFound.message, new RegExp(`${missing}.*path from env PRESENCE_CONFIG.*file not found`));

  const syntax = fails({ file: yamlFile("sip_port: 5060\n  bad: [\n"), env: {} });
  assert.equal(syntax.issues[0].kind, "file");
  assert.match(syntax.message, /YAML syntax error/);

  const dup = fails({ file: yamlFile("sip_port: 1\nsip_port: 2\n"), env: {} });
  assert.match(dup.message, /YAML syntax error/);
  assert.match(dup.message, /:2:/);

  const list = fails({ file: yamlFile("- sip_port\n- 5060\n"), env: {} });
  assert.match(list.message, /top level must be a mapping/);

  const isDir = fails({ file: dir, env: {} });
  assert.match(isDir.message, /is a directory/);
});

test("all problems from all sources are reported together", () => {
  const file = yamlFile("bogus_key: 1\nsip_port: x\n");
  const err = fails({ file, env: { PRESENCE_MAX_EXPIRES: "oops" } });
  assert.deepEqual(
    err.issues.map((i) => i.key),
    ["bogus_key", "sip_port", "max_expires"],
  );
});

// ------------------------------------------------------------------ cross-field rules

test("cross-field rules name both keys with their values and sources", () => {
  const cases: ReadonlyArray<readonly [Record<string, string>, string, string]> = [
    [{ PRESENCE_MIN_EXPIRES: "1800", PRESENCE_MAX_EXPIRES: "600" }, "min_expires", "max_expires"],
    [{ PRESENCE_EXPIRES_OFFSET: "3600" }, "expires_offset", "max_expires"],
    [{ PRESENCE_SIP_T1_MS: "5000" }, "sip_t1_ms", "sip_t2_ms"],
    [{ PRESENCE_PUBLISH_MAX_BODY_SIZE: "70000" }, "publish_max_body_size", "max_message_size"],
    [{ PRESENCE_WATCHERS_TABLE: "presentity" }, "presentity_table", "watchers_table"],
    [{ PRESENCE_ACTIVE_WATCHERS_TABLE: "watchers" }, "active_watchers_table", "watchers_table"],
    [{ PRESENCE_CLEAN_PERIOD: "10" }, "expiry_sweep_lease_ms", "clean_period"],
    [{ PRESENCE_API_PORT: "5060" }, "api_port", "sip_port"],
  ];
  for (const [env, first, second] of cases) {
    const err = fails({ env });
    assert.equal(err.issues.length, 1, JSON.stringify(env));
    assert.equal(err.issues[0].kind, "conflict");
    assert.equal(err.key, first);
    assert.ok(err.issues[0].keys.includes(second));
    assert.match(err.message, new RegExp(`${first} \\(.*, from (env|default).*${second} \\(`), err.message);
  }
  const err = fails({ env: { PRESENCE_MIN_EXPIRES: "1800", PRESENCE_MAX_EXPIRES: "600" } });
  assert.match(err.message, /min_expires \(1800, from env PRESENCE_MIN_EXPIRES\) must be <= max_expires \(600, from env PRESENCE_MAX_EXPIRES\)/);
});

test("cross-field rules accept the boundary and the exemptions", () => {
  assert.equal(loadConfig({ env: { PRESENCE_MIN_EXPIRES: "3600" } }).min_expires, 3600);
  assert.equal(loadConfig({ env: { PRESENCE_CLEAN_PERIOD: "0" } }).clean_period, 0); // sweeps off: no lease rule
  assert.equal(loadConfig({ env: { PRESENCE_API_PORT: "5060", PRESENCE_SIP_TRANSPORTS: "udp" } }).api_port, 5060);
  assert.equal(loadConfig({ env: { PRESENCE_API_PORT: "0", PRESENCE_SIP_PORT: "0" } }).sip_port, 0);
});

// ------------------------------------------------------------------ warnings and helpers

test("a misspelt PRESENCE_* variable gives a warning, unrelated ones do not", () => {
  const warnings: string[] = [];
  const c = loadConfig({
    env: { PRESENCE_MAX_EXPIRE: "60", PRESENCE_SERVICE_HOST: "10.0.0.1", PRESENCE_PORT_5060_UDP: "udp://10.0.0.1:5060" },
    onWarning: (m) => warnings.push(m),
  });
  assert.equal(c.max_expires, 3600);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /PRESENCE_MAX_EXPIRE .*did you mean PRESENCE_MAX_EXPIRES\?/);
});

test("redactConfig hides the token and URL passwords", () => {
  const c = loadConfig({
    env: { PRESENCE_API_TOKEN: "0123456789abcdef", PRESENCE_REDIS_URL: "redis://u:topsecret@r:6379" },
  });
  const shown = JSON.stringify(redactConfig(c));
  assert.doesNotMatch(shown, /0123456789abcdef|topsecret/);
  assert.equal(redactConfig(c).redis_url, "redis://u:***@r:6379");
  assert.equal(redactConfig(c).api_token, "(redacted)");
  assert.equal(redactConfig(loadConfig({ env: {} })).api_token, null);
});

test("ignoredSettings lists ignored Kamailio parameters set away from their default", () => {
  assert.deepEqual(ignoredSettings(loadConfig({ env: {} })), []);
  const c = loadConfig({ env: { PRESENCE_SUBS_DB_MODE: "3", PRESENCE_PUBL_CACHE: "0", PRESENCE_MAX_EXPIRES: "60" } });
  assert.deepEqual(
    ignoredSettings(c).map((s) => [s.key, s.value]),
    [
      ["subs_db_mode", 3],
      ["publ_cache", false],
    ],
  );
});
