// Writes docs/configuration.md and config/presence.example.yaml from the schema.
// Run: pnpm --filter @presence/config gen-docs
import { writeFileSync } from "node:fs";
import { docsPath, examplePath } from "./generated-paths.js";
import { renderConfigDocs } from "./render-docs.js";
import { renderExampleYaml } from "./render-example.js";

writeFileSync(docsPath, renderConfigDocs());
writeFileSync(examplePath, renderExampleYaml());
process.stdout.write(`wrote ${docsPath}\nwrote ${examplePath}\n`);
