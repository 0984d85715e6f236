import { defaultText } from "./render-docs.js";
import { configGroups, configKeys, configSchema } from "./schema.js";

/** Text of config/presence.example.yaml: every key at its default, each with its doc as a comment. Pure. */

const WIDTH = 100;

function wrapComment(text: string): string[] {
  const lines: string[] = [];
  let line = "#";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (line.length + 1 + word.length > WIDTH && line !== "#") {
      lines.push(line);
      line = "#";
    }
    line += ` ${word}`;
  }
  if (line !== "#") lines.push(line);
  return lines;
}

export function renderExampleYaml(): string {
  const out: string[] = [
    "# Presence server configuration: every key with its default value.",
    "# Generated from packages/config/src/schema.ts (`pnpm --filter @presence/config gen-docs`); see",
    "# docs/configuration.md for types and allowed values. Environment variables PRESENCE_<KEY>",
    "# (e.g. PRESENCE_SIP_PORT) override this file. Delete the keys you do not change.",
    "",
  ];
  for (const group of configGroups) {
    out.push(`# ${"=".repeat(WIDTH - 2)}`, `# ${group.title}`, `# ${"=".repeat(WIDTH - 2)}`, "");
    for (const key of configKeys.filter((k) => configSchema[k].group === group.id)) {
      const def = configSchema[key];
      out.push(...wrapComment(def.doc));
      if (def.kamailio !== null) out.push(`# Kamailio presence parameter (${def.kamailio.effect} here).`);
      out.push(`${key}: ${defaultText(key)}`, "");
    }
  }
  return out.join("\n");
}
