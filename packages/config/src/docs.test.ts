import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { docsPath, examplePath } from "./generated-paths.js";
import { loadConfig } from "./load-config.js";
import { renderConfigDocs } from "./render-docs.js";
import { renderExampleYaml } from "./render-example.js";
import { configKeys, envVarName } from "./schema.js";

const REGENERATE = "stale: run `pnpm --filter @presence/config gen-docs` and commit the result";

test("docs/configuration.md is what the schema generates", () => {
  assert.equal(readFileSync(docsPath, "utf8"), renderConfigDocs(), `docs/configuration.md is ${REGENERATE}`);
});

test("config/presence.example.yaml is what the schema generates", () => {
  assert.equal(readFileSync(examplePath, "utf8"), renderExampleYaml(), `config/presence.example.yaml is ${REGENERATE}`);
});

test("the docs have a table row for every key with its env var", () => {
  const docs = renderConfigDocs();
  for (const key of configKeys) assert.ok(docs.includes(`| \`${key}\` | \`${envVarName(key)}\` |`), key);
});

test("the example file sets every key, and loading it gives exactly the defaults", () => {
  const text = renderExampleYaml();
  for (const key of configKeys) assert.match(text, new RegExp(`^${key}: `, "m"), key);
  assert.deepEqual(loadConfig({ file: examplePath, env: {} }), loadConfig({ env: {} }));
});
