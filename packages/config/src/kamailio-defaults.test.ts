import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadConfig } from "./load-config.js";
import { configKeys, configSchema, type ConfigKey } from "./schema.js";

// Section 3 (Parameters) of the Kamailio presence admin guide, verbatim.
const guide = readFileSync(new URL("../testdata/kamailio-presence-parameters.txt", import.meta.url), "utf8");

interface GuideParam {
  readonly section: string;
  readonly name: string;
  /** "str", "int" or "integer", as the heading says. */
  readonly kind: string;
  /** The text after "Default value is", or null when the guide states none. */
  readonly defaultText: string | null;
}

function guideParams(): GuideParam[] {
  const out: GuideParam[] = [];
  let current: { section: string; name: string; kind: string; defaultText: string | null } | null = null;
  for (const line of guide.split("\n")) {
    const heading = /^3\.(\d+)\.\s+([a-z_]+)\s*\((str|int|integer)\)/.exec(line);
    if (heading) {
      if (current) out.push(current);
      current = { section: `3.${heading[1]}`, name: heading[2], kind: heading[3], defaultText: null };
      continue;
    }
    const def = /^Default value is (.*?) ?\.(?: |$)/.exec(line);
    if (def && current) current.defaultText = def[1];
  }
  if (current) out.push(current);
  return out;
}

/** int "9 (512)" -> 9; str "NULL" -> null, "empty (not set)" -> "", "10" -> "10". */
function guideValue(p: GuideParam): unknown {
  if (p.defaultText === null || p.defaultText === "NULL") return null;
  const first = p.defaultText.split(" (")[0];
  if (p.kind !== "str") return Number(first);
  return first === "empty" ? "" : first;
}

test("the guide excerpt lists the 29 parameters", () => {
  assert.equal(guideParams().length, 29);
});

test("every Kamailio parameter has a key with the same name, and no key claims one that does not exist", () => {
  const fromGuide = guideParams().map((p) => p.name).sort();
  const fromSchema = configKeys.filter((k) => configSchema[k].kamailio !== null).sort();
  assert.deepEqual(fromSchema, fromGuide);
});

test("schema records the guide's section and default text for each parameter", () => {
  for (const p of guideParams()) {
    const k = configSchema[p.name as ConfigKey].kamailio;
    assert.ok(k, p.name);
    assert.equal(k.section, p.section, p.name);
    assert.equal(k.default, p.defaultText ?? "none documented", p.name);
  }
});

test("every Kamailio parameter defaults to the guide's value (0/1 flags as booleans)", () => {
  const config = loadConfig({ env: {} });
  for (const p of guideParams()) {
    const key = p.name as ConfigKey;
    const expected = guideValue(p);
    const actual: unknown = config[key];
    if (typeof actual === "boolean") assert.equal(actual, expected === 1, key);
    else assert.deepEqual(actual, expected, key);
  }
});

test("spot check: a dozen defaults as the guide states them", () => {
  const c = loadConfig({ env: {} });
  // "Default value is NULL." (3.1)
  assert.equal(c.db_url, null);
  // "Default value is presentity." (3.2)
  assert.equal(c.presentity_table, "presentity");
  // "Default value is 100. A zero or negative value disables this activity." (3.5)
  assert.equal(c.clean_period, 100);
  // "Default value is 5." (3.7)
  assert.equal(c.waitn_time, 5);
  // "Default value is 10." (3.8, 3.10: to_tag_pref is a string)
  assert.equal(c.notifier_poll_rate, 10);
  assert.equal(c.to_tag_pref, "10");
  // "Default value is 3600." (3.12)
  assert.equal(c.max_expires, 3600);
  // "Default value is 1." (3.14)
  assert.equal(c.min_expires_action, 1);
  // "Default value is 2 (Write-Back scheme)." (3.16)
  assert.equal(c.subs_db_mode, 2);
  // "Default value is 9 (512)." (3.18, 3.19)
  assert.equal(c.subs_htable_size, 9);
  assert.equal(c.pres_htable_size, 9);
  // "Default value is 1 ." (3.20) and "Default value is 1." (3.22)
  assert.equal(c.send_fast_notify, true);
  assert.equal(c.timeout_rm_subs, true);
  // "Default value is 500." (3.23)
  assert.equal(c.fetch_rows, 500);
  // "Default value is 2 (L_INFO)." (3.25)
  assert.equal(c.local_log_level, 2);
  // "Default value is empty (not set)." (3.27)
  assert.equal(c.xavp_cfg, "");
});
