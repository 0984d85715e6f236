// Shared helpers of the chart tests: schema validation (Ajv), the Kubernetes object schemas
// (kubernetes-models, the OpenAPI schemas of the Kubernetes API), and a pod's effective
// configuration as the services would load it from the rendered ConfigMap and environment.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { loadConfig, type PresenceConfig } from "@presence/config";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { ServiceAccount } from "kubernetes-models/v1/ServiceAccount";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { chartPaths } from "./chart-paths.js";
import type { RenderedDoc } from "./helm-render.js";

const Ajv = AjvModule.default;
const addFormats = addFormatsModule.default;

export type Obj = { [key: string]: unknown };

export function readSchema(): Obj {
  return JSON.parse(readFileSync(chartPaths.schema, "utf8")) as Obj;
}

/** A validator of values.schema.json (draft-07, formats checked as Helm's validators do). */
export function valuesValidator(schema: Obj = readSchema()): (values: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  return (values) => (validate(values) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`));
}

/** Validators of sub-schemas (a config key) inside values.schema.json, by JSON pointer. */
export function subSchemaValidators(schema: Obj): (pointer: string) => (value: unknown) => boolean {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema(schema, "values");
  return (pointer) => {
    const validate = ajv.getSchema(`values#${pointer}`);
    if (!validate) throw new Error(`no sub-schema at ${pointer}`);
    return (value) => validate(value) === true;
  };
}

export function readYaml(path: string): Obj {
  return parse(readFileSync(path, "utf8")) as Obj;
}

/** Constructs of Go's regexp (RE2), which Helm's schema validators use, that JS accepts and RE2 does not. */
export function re2Problems(pattern: string): string[] {
  const problems: string[] = [];
  if (/\(\?[=!<]/.test(pattern)) problems.push("lookaround");
  if (/\\[1-9]/.test(pattern)) problems.push("backreference");
  for (const m of pattern.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
    if (Number(m[1]) > 1000 || (m[2] !== undefined && m[2] !== "" && Number(m[2]) > 1000)) problems.push(`repeat count ${m[0]} > 1000`);
  }
  return problems;
}

/** Every "pattern" in a JSON Schema, with its JSON pointer. */
export function patternsOf(node: unknown, path = ""): { path: string; pattern: string }[] {
  if (Array.isArray(node)) return node.flatMap((x, i) => patternsOf(x, `${path}/${i}`));
  if (typeof node !== "object" || node === null) return [];
  const out: { path: string; pattern: string }[] = [];
  for (const [k, v] of Object.entries(node)) {
    if (k === "pattern" && typeof v === "string") out.push({ path, pattern: v });
    else out.push(...patternsOf(v, `${path}/${k}`));
  }
  return out;
}

const MODELS: Record<string, { validate(data: Obj): void }> = {
  "v1/ConfigMap": { validate: (d) => new ConfigMap(d as never).validate() },
  "v1/Secret": { validate: (d) => new Secret(d as never).validate() },
  "v1/Service": { validate: (d) => new Service(d as never).validate() },
  "v1/ServiceAccount": { validate: (d) => new ServiceAccount(d as never).validate() },
  "apps/v1/Deployment": { validate: (d) => new Deployment(d as never).validate() },
  "autoscaling/v2/HorizontalPodAutoscaler": { validate: (d) => new HorizontalPodAutoscaler(d as never).validate() },
  "policy/v1/PodDisruptionBudget": { validate: (d) => new PodDisruptionBudget(d as never).validate() },
};

/**
 * Validates a manifest against the Kubernetes API schema of its kind; returns false for kinds
 * without one here (custom resources such as PodMonitor). Throws on an invalid manifest.
 */
export function validateKubernetesObject(doc: Obj): boolean {
  const model = MODELS[`${String(doc.apiVersion)}/${String(doc.kind)}`];
  if (!model) return false;
  model.validate(doc);
  return true;
}

export const at = (o: unknown, ...path: (string | number)[]): unknown => {
  let cur = o;
  for (const p of path) cur = cur === null || cur === undefined ? undefined : (cur as Obj)[p as string];
  return cur;
};

export function findDoc(docs: RenderedDoc[], kind: string, name: string): Obj | undefined {
  return docs.find((d) => d.doc.kind === kind && at(d.doc, "metadata", "name") === name)?.doc;
}

export function docsOfKind(docs: RenderedDoc[], kind: string): Obj[] {
  return docs.filter((d) => d.doc.kind === kind).map((d) => d.doc);
}

export type EnvVar = { name: string; value?: string; valueFrom?: Obj };

/**
 * The environment of a container as Kubernetes builds it: `$(VAR)` references to earlier entries
 * expanded, the pod name and namespace from the downward API, Secret keys from `secrets`.
 */
export function resolveEnv(env: EnvVar[], pod: { name: string; namespace: string }, secrets: Record<string, Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of env) {
    let v: string;
    if (e.value !== undefined) {
      v = e.value.replace(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g, (m, n: string) => out[n] ?? m);
    } else if (at(e.valueFrom, "fieldRef", "fieldPath") === "metadata.name") {
      v = pod.name;
    } else if (at(e.valueFrom, "fieldRef", "fieldPath") === "metadata.namespace") {
      v = pod.namespace;
    } else if (at(e.valueFrom, "secretKeyRef") !== undefined) {
      const name = String(at(e.valueFrom, "secretKeyRef", "name"));
      const key = String(at(e.valueFrom, "secretKeyRef", "key"));
      const secret = secrets[name]?.[key];
      if (secret === undefined) throw new Error(`env ${e.name}: no Secret ${name} key ${key}`);
      v = secret;
    } else {
      throw new Error(`env ${e.name}: unsupported source ${JSON.stringify(e.valueFrom)}`);
    }
    out[e.name] = v;
  }
  return out;
}

/**
 * The configuration a service loads in its pod: the ConfigMap's presence.yaml as PRESENCE_CONFIG
 * and the container's PRESENCE_* variables, through the real @presence/config loader.
 */
export function podConfig(configYaml: string, env: Record<string, string>): { config: PresenceConfig; warnings: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "presence-chart-"));
  try {
    const file = join(dir, "presence.yaml");
    writeFileSync(file, configYaml);
    const warnings: string[] = [];
    const config = loadConfig({ file, env, onWarning: (m) => warnings.push(m) });
    return { config, warnings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
