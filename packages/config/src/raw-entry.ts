import type { ConfigIssue, ConfigSource } from "./errors.js";
import type { RawOrigin } from "./value-types.js";

/** One key as a source states it, before validation. */
export interface RawEntry {
  readonly key: string;
  readonly raw: unknown;
  readonly origin: RawOrigin;
  readonly source: ConfigSource;
}

/** The entries of one source (file, environment or overrides), or why the source itself is unusable. */
export interface RawLayer {
  readonly entries: readonly RawEntry[];
  readonly issues: readonly ConfigIssue[];
}
