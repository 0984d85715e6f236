// With a real helm binary (HELM=/path/to/helm, or helm on PATH): `helm lint --strict` and
// `helm template` on the chart for each value set, and the manifests of `helm template` compared
// with those of the test renderer (go-template.ts), which the other chart tests rely on. Skipped
// where no helm binary exists. The NATS and Redis charts are replaced by empty stand-ins, since
// chart repositories are not reachable from the test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { chartPaths } from "./chart-paths.js";
import { readYaml } from "./chart-checks.js";
import { loadChart, renderChart, splitManifests, type RenderedDoc } from "./helm-render.js";
import type { Value } from "./go-template.js";

function findHelm(): string | null {
  const candidates = [process.env.HELM, "helm"].filter((c): c is string => !!c);
  for (const c of candidates) {
    const r = spawnSync(c, ["version", "--short"], { encoding: "utf8" });
    if (r.status === 0) return c;
  }
  return null;
}

const helm = findHelm();
const skip = helm === null ? "no helm binary (set HELM or put helm on PATH)" : false;

const VALUE_SETS: Record<string, { [k: string]: Value }> = {
  defaults: {},
  small: readYaml(join(chartPaths.examples, "small.yaml")) as { [k: string]: Value },
  large: readYaml(join(chartPaths.examples, "large.yaml")) as { [k: string]: Value },
  variants: {
    externalRedis: { url: "redis://redis.db:6379/1" },
    edge: { hostNetwork: true, service: { type: "NodePort", separateProtocols: true }, config: { sip_transports: ["udp"], sip_port: 5080, tcp_max_connections: 1000000 } },
    notifier: { autoscaling: { enabled: false }, config: { expiry_sweep_lease_ms: 3600000 } },
    standalone: { enabled: true },
    apiToken: { value: "s3cret-token-value" },
    metrics: { podMonitor: { enabled: true } },
  },
};

function chartCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "presence-helm-"));
  cpSync(chartPaths.chart, join(dir, "presence"), { recursive: true });
  for (const [name, version] of [
    ["nats", "1.2.0"],
    ["redis", "20.0.0"],
  ]) {
    mkdirSync(join(dir, "presence", "charts", name!), { recursive: true });
    writeFileSync(join(dir, "presence", "charts", name!, "Chart.yaml"), `apiVersion: v2\nname: ${name}\nversion: ${version}\n`);
  }
  return dir;
}

/**
 * Manifests by kind/name. The renderer's toYaml quotes some strings differently from Helm's
 * ('x' or "x"): a ConfigMap's YAML file is compared as parsed, which is what the services read,
 * and the checksum annotations (hashes of that text) only for their presence.
 */
const byId = (docs: RenderedDoc[]) =>
  new Map(
    docs.map((d) => {
      const doc = structuredClone(d.doc);
      if (doc.kind === "ConfigMap") {
        const data = doc.data as Record<string, string>;
        for (const k of Object.keys(data)) if (k.endsWith(".yaml")) data[k] = parse(data[k]!) as never;
      }
      const annotations = (doc.spec as { template?: { metadata?: { annotations?: Record<string, string> } } } | undefined)?.template?.metadata?.annotations;
      for (const k of Object.keys(annotations ?? {})) if (k.startsWith("checksum/")) annotations![k] = "<sha256>";
      return [`${String(doc.kind)}/${String((doc.metadata as { name: string }).name)}`, doc];
    }),
  );

test("helm lint --strict accepts the chart with every value set", { skip }, () => {
  const dir = chartCopy();
  try {
    for (const [name, values] of Object.entries(VALUE_SETS)) {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, stringify(values));
      const r = spawnSync(helm!, ["lint", "--strict", join(dir, "presence"), "-f", file], { encoding: "utf8" });
      assert.equal(r.status, 0, `${name}:\n${r.stdout}${r.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("helm template renders the same manifests as the test renderer", { skip }, () => {
  const dir = chartCopy();
  const chart = loadChart(chartPaths.chart);
  try {
    for (const [name, values] of Object.entries(VALUE_SETS)) {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(file, stringify(values));
      const out = execFileSync(helm!, ["template", "rel", join(dir, "presence"), "-n", "presence", "-f", file], { encoding: "utf8" });
      const fromHelm = byId(splitManifests("helm", out));
      const ours = byId(renderChart(chart, { overrides: values, releaseName: "rel", namespace: "presence" }).docs);
      assert.deepEqual([...ours.keys()].sort(), [...fromHelm.keys()].sort(), name);
      for (const [id, doc] of ours) assert.deepEqual(doc, fromHelm.get(id), `${name}: ${id}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
