// Renders the presence chart as `helm template` would, with the Go-template subset of
// go-template.ts: chart metadata, values coalesced over values.yaml (Helm's rules: maps merge, a
// null removes the key), every non-partial template, output split into YAML documents. Dependency
// charts (NATS, Redis) are not rendered: they are not stored here.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, parseAllDocuments } from "yaml";
import { GoInt, TemplateSet, type Value } from "./go-template.js";

type ValueMap = { [key: string]: Value };

export interface ChartFiles {
  /** Chart.yaml as parsed. */
  meta: { name: string; version: string; appVersion: string };
  defaults: ValueMap;
  /** File name (relative to templates/) -> text. */
  templates: Map<string, string>;
}

export interface RenderedDoc {
  /** Template file that produced it, e.g. "deployments.yaml". */
  source: string;
  doc: { [key: string]: unknown };
}

export interface RenderResult {
  values: ValueMap;
  docs: RenderedDoc[];
  notes: string;
  functionsUsed: ReadonlySet<string>;
}

const isMap = (v: unknown): v is ValueMap => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof GoInt);

export function loadChart(dir: string): ChartFiles {
  const meta = parse(readFileSync(join(dir, "Chart.yaml"), "utf8")) as ChartFiles["meta"];
  const defaults = parse(readFileSync(join(dir, "values.yaml"), "utf8")) as ValueMap;
  const templates = new Map<string, string>();
  for (const f of readdirSync(join(dir, "templates")).sort()) templates.set(f, readFileSync(join(dir, "templates", f), "utf8"));
  return { meta, defaults, templates };
}

/** Helm's coalescing of user values over chart defaults: maps merge, a user null deletes the key. */
export function coalesce(defaults: ValueMap, overrides: ValueMap): ValueMap {
  const out: ValueMap = structuredClone(defaults);
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete out[k];
    else if (isMap(v) && isMap(out[k])) out[k] = coalesce(out[k] as ValueMap, v);
    else out[k] = structuredClone(v);
  }
  return out;
}

export interface RenderOptions {
  overrides?: ValueMap;
  releaseName?: string;
  namespace?: string;
  /** Missing keys are errors (default true). */
  strict?: boolean;
}

/** Splits rendered text into manifests as Helm does (`---` lines), dropping empty documents. */
export function splitManifests(source: string, text: string): RenderedDoc[] {
  const out: RenderedDoc[] = [];
  for (const part of text.split(/^---[ \t]*$/m)) {
    if (part.replace(/^\s*#.*$/gm, "").trim() === "") continue;
    const docs = parseAllDocuments(part);
    for (const d of docs) {
      if (d.errors.length > 0) throw new Error(`${source}: invalid YAML: ${d.errors.map((e) => e.message).join("; ")}\n${part}`);
      const doc = d.toJS({ maxAliasCount: 0 }) as unknown;
      if (doc === null || doc === undefined) continue;
      if (!isMap(doc)) throw new Error(`${source}: a manifest must be a mapping:\n${part}`);
      out.push({ source, doc });
    }
  }
  return out;
}

export function renderChart(chart: ChartFiles, opts: RenderOptions = {}): RenderResult {
  const values = coalesce(chart.defaults, opts.overrides ?? {});
  const set = new TemplateSet({ strict: opts.strict ?? true });
  const prefix = `${chart.meta.name}/templates`;
  for (const [file, text] of chart.templates) set.add(`${prefix}/${file}`, text);
  const top = (file: string): Value => ({
    Values: values,
    Release: {
      Name: opts.releaseName ?? "rel",
      Namespace: opts.namespace ?? "default",
      Service: "Helm",
      IsInstall: true,
      IsUpgrade: false,
      Revision: new GoInt(1),
    },
    Chart: { Name: chart.meta.name, Version: chart.meta.version, AppVersion: chart.meta.appVersion },
    Template: { Name: `${prefix}/${file}`, BasePath: prefix },
  });
  const docs: RenderedDoc[] = [];
  let notes = "";
  for (const file of chart.templates.keys()) {
    if (file.startsWith("_")) continue;
    const text = set.render(`${prefix}/${file}`, top(file));
    if (file === "NOTES.txt") notes = text;
    else docs.push(...splitManifests(file, text));
  }
  return { values, docs, notes, functionsUsed: set.functionsUsed };
}
