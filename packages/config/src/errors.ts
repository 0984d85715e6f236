/** Where a configuration value came from; printed in every error so the operator knows what to fix. */
export type ConfigSource =
  | { readonly kind: "default" }
  | { readonly kind: "file"; readonly path: string; readonly line?: number }
  | { readonly kind: "env"; readonly name: string }
  | { readonly kind: "overrides" };

export function describeSource(source: ConfigSource): string {
  switch (source.kind) {
    case "default":
      return "default";
    case "file":
      return source.line === undefined ? `file ${source.path}` : `file ${source.path}:${source.line}`;
    case "env":
      return `env ${source.name}`;
    case "overrides":
      return "overrides";
  }
}

export type ConfigIssueKind = "file" | "unknown_key" | "invalid_value" | "conflict";

/** One problem found while loading the configuration. */
export interface ConfigIssue {
  readonly kind: ConfigIssueKind;
  /** The key at fault (the first one for a conflict between keys); null for a problem with the file as a whole. */
  readonly key: string | null;
  /** Every key involved (two or more for a conflict). */
  readonly keys: readonly string[];
  readonly source: ConfigSource;
  /** The offending value as printed in the message (secrets redacted), when there is one. */
  readonly value?: string;
  /** What would have been accepted. */
  readonly allowed?: string;
  readonly message: string;
}

/**
 * The configuration could not be loaded. Carries every issue found, so one failed start names
 * all the keys to fix rather than the first one only.
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly issues: readonly ConfigIssue[];
  /** Key of the first issue (null when the first issue concerns the file as a whole). */
  readonly key: string | null;
  /** Source of the first issue. */
  readonly source: ConfigSource;

  constructor(issues: readonly ConfigIssue[], options?: { cause?: unknown }) {
    if (issues.length === 0) throw new RangeError("ConfigError needs at least one issue");
    super(ConfigError.format(issues), options);
    this.issues = issues;
    this.key = issues[0].key;
    this.source = issues[0].source;
  }

  private static format(issues: readonly ConfigIssue[]): string {
    if (issues.length === 1) return `Invalid configuration: ${issues[0].message}`;
    return `Invalid configuration (${issues.length} problems):\n${issues.map((i) => `  - ${i.message}`).join("\n")}`;
  }
}
