import type { RawEntry, RawLayer } from "./raw-entry.js";
import { CONFIG_FILE_ENV, configKeys, envVarName } from "./schema.js";
import { suggestKey } from "./suggest.js";

const PREFIX = "PRESENCE_";

export interface EnvLayer extends RawLayer {
  /**
   * Messages about PRESENCE_* variables that are no key but look like a misspelt one. They are not
   * errors: other software (Kubernetes service links, for one) also sets PRESENCE_* variables.
   */
  readonly warnings: readonly string[];
}

/** Collects PRESENCE_<KEY> variables. Pure: takes the environment as an argument. */
export function readEnv(env: NodeJS.ProcessEnv): EnvLayer {
  const entries: RawEntry[] = [];
  const known = new Set<string>([CONFIG_FILE_ENV]);
  for (const key of configKeys) {
    const name = envVarName(key);
    known.add(name);
    const raw = env[name];
    if (raw !== undefined) entries.push({ key, raw, origin: "env", source: { kind: "env", name } });
  }
  const warnings: string[] = [];
  for (const name of Object.keys(env).sort()) {
    if (!name.startsWith(PREFIX) || known.has(name)) continue;
    const guess = suggestKey(name.slice(PREFIX.length), configKeys);
    if (guess !== null) {
      warnings.push(`${name} is not a configuration variable and is ignored; did you mean ${PREFIX}${guess.toUpperCase()}?`);
    }
  }
  return { entries, issues: [], warnings };
}
