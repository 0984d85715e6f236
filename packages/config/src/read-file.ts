import { readFileSync } from "node:fs";
import { isMap, isNode, isScalar, LineCounter, parseDocument } from "yaml";
import { describeSource, type ConfigIssue, type ConfigSource } from "./errors.js";
import type { RawEntry, RawLayer } from "./raw-entry.js";

function fileIssue(path: string, pathFrom: ConfigSource | null, problem: string, line?: number): ConfigIssue {
  const source: ConfigSource = line === undefined ? { kind: "file", path } : { kind: "file", path, line };
  const from = pathFrom === null ? "" : ` (path from ${describeSource(pathFrom)})`;
  return {
    kind: "file",
    key: null,
    keys: [],
    source,
    message: `config file ${describeSource(source).slice("file ".length)}${from}: ${problem}`,
  };
}

function readErrorText(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "file not found";
  if (code === "EACCES") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  return err instanceof Error ? err.message : String(err);
}

/** Parses YAML text into flat key entries, each tagged with its line for error messages. Pure. */
export function parseConfigYaml(text: string, path: string): RawLayer {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      entries: [],
      issues: doc.errors.map((e) => {
        const line = lineCounter.linePos(e.pos[0]).line;
        return fileIssue(path, null, `YAML syntax error: ${e.message.split("\n")[0]}`, line);
      }),
    };
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { entries: [], issues: [] };
  if (!isMap(contents)) {
    return { entries: [], issues: [fileIssue(path, null, "the top level must be a mapping of key: value")] };
  }
  const entries: RawEntry[] = [];
  const issues: ConfigIssue[] = [];
  for (const pair of contents.items) {
    const keyNode = pair.key;
    const offset = isNode(keyNode) ? keyNode.range?.[0] : undefined;
    const line = offset === undefined ? undefined : lineCounter.linePos(offset).line;
    if (!isScalar(keyNode) || typeof keyNode.value !== "string") {
      issues.push(fileIssue(path, null, "every key must be a plain string", line));
      continue;
    }
    let raw: unknown;
    try {
      raw = isNode(pair.value) ? pair.value.toJS(doc) : pair.value;
    } catch (err) {
      // e.g. too many alias expansions (a YAML "billion laughs" document)
      issues.push(fileIssue(path, null, `cannot read the value of ${keyNode.value}: ${readErrorText(err)}`, line));
      continue;
    }
    const source: ConfigSource = line === undefined ? { kind: "file", path } : { kind: "file", path, line };
    entries.push({ key: keyNode.value, raw, origin: "data", source });
  }
  return { entries, issues };
}

/** Reads and parses the YAML file; I/O problems become issues, never exceptions. */
export function readConfigFile(path: string, pathFrom: ConfigSource | null): RawLayer {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    return { entries: [], issues: [fileIssue(path, pathFrom, readErrorText(err))] };
  }
  return parseConfigYaml(text, path);
}
