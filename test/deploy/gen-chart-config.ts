// Writes the generated parts of the Helm chart from the configuration schema:
//   node --conditions=development --import tsx test/deploy/gen-chart-config.ts
// - deploy/helm/presence/values.yaml: the `config:` block (every key with its default);
// - deploy/helm/presence/values.schema.json: definitions.presenceConfig.properties.
// helm-chart.test.ts fails while either file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { configPropertiesSchema, configValuesBlock, replaceGeneratedBlock } from "./chart-config.js";
import { chartPaths } from "./chart-paths.js";

const values = readFileSync(chartPaths.values, "utf8");
const example = readFileSync(chartPaths.exampleConfig, "utf8");
writeFileSync(chartPaths.values, replaceGeneratedBlock(values, configValuesBlock(example)));

const schema = JSON.parse(readFileSync(chartPaths.schema, "utf8")) as {
  definitions: { presenceConfig: { properties: unknown } };
};
schema.definitions.presenceConfig.properties = configPropertiesSchema();
writeFileSync(chartPaths.schema, `${JSON.stringify(schema, null, 2)}\n`);
process.stdout.write(`wrote ${chartPaths.values} and ${chartPaths.schema}\n`);
