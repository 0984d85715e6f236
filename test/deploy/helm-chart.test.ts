// Checks of deploy/helm/presence that need no helm binary and no cluster: the values and the
// examples against values.schema.json, the schema against the server's own configuration parser,
// and the templates rendered (go-template.ts) into manifests that are checked against the
// Kubernetes API schemas and for what the deployment needs. helm-cli.test.ts adds real
// `helm lint` / `helm template` runs where a helm binary exists.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { createMetricsRegistry, registerConsumerMetrics } from "@presence/metrics";
import { configKeys, configSchema, loadConfig } from "@presence/config";
import { BEGIN_MARKER, CHART_MANAGED_KEYS, configPropertiesSchema, configValuesBlock, replaceGeneratedBlock } from "./chart-config.js";
import {
  at,
  docsOfKind,
  findDoc,
  patternsOf,
  podConfig,
  re2Problems,
  readSchema,
  readYaml,
  resolveEnv,
  subSchemaValidators,
  validateKubernetesObject,
  valuesValidator,
  type EnvVar,
  type Obj,
} from "./chart-checks.js";
import { chartPaths } from "./chart-paths.js";
import { coalesce, loadChart, renderChart, type RenderResult } from "./helm-render.js";
import type { Value } from "./go-template.js";

const chart = loadChart(chartPaths.chart);
const schema = readSchema();
const validateValues = valuesValidator(schema);
const small = readYaml(join(chartPaths.examples, "small.yaml")) as { [k: string]: Value };
const large = readYaml(join(chartPaths.examples, "large.yaml")) as { [k: string]: Value };
const REGENERATE = "run `node --conditions=development --import tsx test/deploy/gen-chart-config.ts`";
const SPLIT = ["edge", "presentity", "subscription", "notifier"] as const;

/** Value sets the chart is rendered with: the defaults, the examples and the options they leave off. */
const VARIANTS: Record<string, { [k: string]: Value }> = {
  defaults: {},
  small,
  large,
  standalone: {
    edge: { enabled: false },
    presentity: { enabled: false },
    subscription: { enabled: false },
    notifier: { enabled: false },
    standalone: { enabled: true, config: { server_address: "sip:presence.example.com" } },
  },
  "edge on host network, one Service per protocol, UDP only": {
    externalRedis: { url: "redis://redis.db:6379/1" },
    externalNats: { url: "nats://nats:4222" },
    edge: { hostNetwork: true, service: { type: "NodePort", separateProtocols: true }, config: { sip_transports: ["udp"], sip_port: 5080 } },
    notifier: { autoscaling: { enabled: false }, replicaCount: 3 },
    apiToken: { value: "s3cret-token-value" },
  },
  "dependency charts, ClusterIP, no autoscaling": {
    nats: { enabled: true },
    redis: { enabled: true },
    edge: { service: { type: "ClusterIP", sessionAffinity: "None" } },
    notifier: { autoscaling: { enabled: false } },
    metrics: { podAnnotations: false },
    serviceAccount: { create: false, name: "presence-sa" },
  },
};

// Secrets that exist beside the release in these variants (the Redis chart's, and large.yaml's).
const EXTERNAL_SECRETS: Record<string, Record<string, string>> = {
  "rel-redis": { "redis-password": "pw0rd" },
  "presence-redis": { "redis-url": "redis://:pw@redis-cluster.db:6379/0" },
  "presence-api": { token: "token-from-existing-secret" },
};

const rendered = new Map<string, RenderResult>();
function render(name: string): RenderResult {
  let r = rendered.get(name);
  if (!r) {
    r = renderChart(chart, { overrides: VARIANTS[name]!, releaseName: "rel", namespace: "presence" });
    rendered.set(name, r);
  }
  return r;
}

// ------------------------------------------------------------------------------ values & schema

test("values.yaml and both examples satisfy values.schema.json", () => {
  assert.deepEqual(validateValues(chart.defaults), [], "values.yaml");
  for (const [name, v] of Object.entries({ small, large })) {
    assert.deepEqual(validateValues(coalesce(chart.defaults, v)), [], `${name}.yaml over values.yaml`);
  }
  for (const [name, v] of Object.entries(VARIANTS)) assert.deepEqual(validateValues(coalesce(chart.defaults, v)), [], name);
});

test("the schema rejects values the chart or the server cannot use", () => {
  const bad: Record<string, { [k: string]: Value }> = {
    "port as a string": { config: { sip_port: "5060" } },
    "port out of range": { config: { sip_port: 70000 } },
    "unknown config key": { config: { max_expire: 10 } },
    "unknown top-level key": { replicas: 3 },
    "API token in the ConfigMap": { config: { api_token: "abcdefghijk" } },
    "instance_id shared by all pods": { config: { instance_id: "edge-1" } },
    "short API token": { apiToken: { value: "short" } },
    "unknown transport": { config: { sip_transports: ["udp", "sctp"] } },
    "Service type": { edge: { service: { type: "ExternalName" } } },
    "traffic policy": { edge: { service: { externalTrafficPolicy: "Nearest" } } },
    "HPA floor": { notifier: { autoscaling: { minReplicas: 0 } } },
    "Redis architecture": { redis: { architecture: "replication" } },
    "NATS URL scheme": { externalNats: { url: "http://nats:4222" } },
    "Redis URL scheme": { externalRedis: { url: "postgres://db" } },
    "per-service key": { notifier: { config: { notifier_processes: -1 } } },
    "sampler ratio": { tracing: { samplerArg: "2" } },
    "resources without requests": { edge: { resources: { requests: null } } },
  };
  for (const [name, v] of Object.entries(bad)) {
    assert.notDeepEqual(validateValues(coalesce(chart.defaults, v)), [], `${name} must be rejected`);
  }
});

test("every schema pattern is one Helm's Go (RE2) validators can compile", () => {
  const patterns = patternsOf(schema);
  assert.ok(patterns.length > 10);
  for (const { path, pattern } of patterns) {
    assert.deepEqual(re2Problems(pattern), [], `${path}: ${pattern}`);
    assert.doesNotThrow(() => new RegExp(pattern, "u"), path);
  }
});

// ------------------------------------------------------------------ configuration keys

test("values.yaml's config block lists every key with its default, as generated", () => {
  const text = readFileSync(chartPaths.values, "utf8");
  const example = readFileSync(chartPaths.exampleConfig, "utf8");
  assert.ok(text.includes(BEGIN_MARKER));
  assert.equal(text, replaceGeneratedBlock(text, configValuesBlock(example)), `values.yaml is stale: ${REGENERATE}`);
  const config = chart.defaults.config as Obj;
  assert.deepEqual(Object.keys(config).sort(), [...configKeys].sort());
  assert.deepEqual(config, parse(example), "the config block equals config/presence.example.yaml");
});

test("the schema's config properties are the generated ones, one per key", () => {
  const props = at(schema, "definitions", "presenceConfig", "properties") as Obj;
  assert.deepEqual(props, configPropertiesSchema(), `values.schema.json is stale: ${REGENERATE}`);
  assert.deepEqual(Object.keys(props).sort(), [...configKeys].sort());
});

test("a config value the schema accepts is one the server's parser accepts, with the same integer bounds", () => {
  const samples: unknown[] = [
    null, true, false, 0, 1, -1, 2, 3, 8, 14, 15, 32, 100, 1023, 1024, 65535, 65536, 1000000, 2147483647, 1.5,
    "", "x", "10", "5060", "udp", "warn", "verbose", ["udp"], ["tcp", "udp"], [], ["sctp"], ["udp", "udp"],
    "0.0.0.0", "::", "::1", "10.0.0.1", "-bad", "bad-", "host.example.com", "a_b", "a..b", "sip:presence.example.com:5060",
    "sips:alice@h;transport=tcp", "sip:", "http://x", "redis://127.0.0.1:6379", "redis://:p@h:6379/2", "rediss://h",
    "redis://", "redis:///0", "nats://127.0.0.1:4222", "nats://a:4222, nats://b:4222", "nats://", "tls://n", "presence.v1",
    "presence:", "{x}", "P-Asserted-Identity", "bad header", "abcdefgh", "_x1", "1x",
  ];
  let checked = 0;
  const validatorAt = subSchemaValidators(schema);
  for (const key of configKeys) {
    const accepts = validatorAt(`/definitions/presenceConfig/properties/${key}`);
    const parse = (v: unknown) => configSchema[key].type.parse(v, "data").ok;
    const def = configSchema[key].default;
    assert.ok(accepts(def), `${key}: the schema rejects the default ${JSON.stringify(def)}`);
    if (CHART_MANAGED_KEYS[key] === undefined) assert.ok(parse(def), key);
    const own = at(schema, "definitions", "presenceConfig", "properties", key) as Obj;
    const intSchema = (own.type === "integer" ? own : (own.anyOf as Obj[] | undefined)?.find((s) => s.type === "integer")) as
      | { minimum?: number; maximum?: number; enum?: number[] }
      | undefined;
    const extra: unknown[] = [];
    if (intSchema?.minimum !== undefined && intSchema.maximum !== undefined) {
      const { minimum: lo, maximum: hi } = intSchema;
      assert.ok(parse(lo) && parse(hi), `${key}: parser rejects a bound ${lo}..${hi}`);
      if (lo > -2147483648) assert.ok(!parse(lo - 1), `${key}: parser accepts ${lo - 1}, below the schema's minimum`);
      if (hi < 2147483647) assert.ok(!parse(hi + 1), `${key}: parser accepts ${hi + 1}, above the schema's maximum`);
      extra.push(lo - 1, lo, hi, hi + 1);
    }
    for (const v of [...samples, ...extra]) {
      if (accepts(v)) {
        assert.ok(parse(v), `${key}: the schema accepts ${JSON.stringify(v)}, the server would refuse it`);
        checked++;
      }
    }
  }
  assert.ok(checked > 100, `only ${checked} accepted samples`);
});

// ------------------------------------------------------------------------------ rendering

test("every variant renders to manifests that match the Kubernetes API schemas", () => {
  for (const name of Object.keys(VARIANTS)) {
    const { docs } = render(name);
    assert.ok(docs.length >= 3, name);
    const seen = new Set<string>();
    let validated = 0;
    for (const { source, doc } of docs) {
      const id = `${name}: ${source} ${String(doc.kind)}/${String(at(doc, "metadata", "name"))}`;
      assert.equal(typeof doc.apiVersion, "string", id);
      assert.equal(typeof doc.kind, "string", id);
      assert.match(String(at(doc, "metadata", "name")), /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/, id);
      const key = `${String(doc.kind)}/${String(at(doc, "metadata", "name"))}`;
      assert.ok(!seen.has(key), `${id}: rendered twice`);
      seen.add(key);
      assert.doesNotThrow(() => validateKubernetesObject(doc) && validated++, id);
    }
    assert.ok(validated >= docs.length - 1, `${name}: ${validated} of ${docs.length} validated`);
  }
});

test("every Deployment is non-root, has no service links, requests resources and is probed", () => {
  for (const name of Object.keys(VARIANTS)) {
    const { docs } = render(name);
    const deployments = docsOfKind(docs, "Deployment");
    assert.ok(deployments.length >= 1, name);
    for (const d of deployments) {
      const id = `${name}: ${String(at(d, "metadata", "name"))}`;
      const component = String(at(d, "spec", "template", "metadata", "labels", "app.kubernetes.io/component"));
      const pod = at(d, "spec", "template", "spec") as Obj;
      assert.equal(pod.enableServiceLinks, false, id);
      assert.equal(at(pod, "securityContext", "runAsNonRoot"), true, id);
      assert.notEqual(at(pod, "securityContext", "runAsUser"), 0, id);
      assert.deepEqual(at(d, "spec", "selector", "matchLabels"), pickLabels(at(d, "spec", "template", "metadata", "labels") as Obj), id);
      const containers = pod.containers as Obj[];
      assert.equal(containers.length, 1, id);
      const c = containers[0]!;
      assert.deepEqual(c.args, [component], `${id}: the image's entry point gets the service name`);
      assert.equal(at(c, "securityContext", "allowPrivilegeEscalation"), false, id);
      assert.ok(at(c, "resources", "requests", "cpu") !== undefined && at(c, "resources", "requests", "memory") !== undefined, id);
      const ports = (c.ports as Obj[]).map((p) => p.name);
      if (component === "standalone") assert.equal(at(d, "spec", "replicas"), 1, id);
      // Every service, standalone included, serves the probes and /metrics on its API port.
      assert.equal(at(c, "livenessProbe", "httpGet", "path"), "/healthz", id);
      assert.equal(at(c, "startupProbe", "httpGet", "path"), "/healthz", id);
      assert.equal(at(c, "readinessProbe", "httpGet", "path"), "/readyz", id);
      for (const probe of ["livenessProbe", "readinessProbe", "startupProbe"]) assert.ok(ports.includes(at(c, probe, "httpGet", "port") as string), `${id}: ${probe} port`);
      const env = c.env as EnvVar[];
      assert.equal(new Set(env.map((e) => e.name)).size, env.length, `${id}: an environment variable is set twice`);
      assert.equal(env.find((e) => e.name === "OTEL_SERVICE_NAME")?.value, component === "standalone" ? "presence" : `presence-${component}`, id);
      const volume = (pod.volumes as Obj[]).find((v) => v.name === "config");
      assert.ok(findDoc(docs, "ConfigMap", String(at(volume, "configMap", "name"))), `${id}: mounts an existing ConfigMap`);
    }
  }
});

function pickLabels(labels: Obj): Obj {
  const keys = ["app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/component"];
  return Object.fromEntries(keys.map((k) => [k, labels[k]]));
}

test("the edge Service carries SIP on UDP and TCP with the client's source address kept", () => {
  const { docs } = render("defaults");
  const svc = findDoc(docs, "Service", "rel-presence-edge");
  assert.ok(svc);
  assert.equal(at(svc, "spec", "type"), "LoadBalancer");
  assert.equal(at(svc, "spec", "externalTrafficPolicy"), "Local");
  const ports = at(svc, "spec", "ports") as Obj[];
  assert.deepEqual(
    ports.map((p) => [p.protocol, p.port, p.targetPort]),
    [
      ["UDP", 5060, "sip-udp"],
      ["TCP", 5060, "sip-tcp"],
    ],
  );
  const edge = findDoc(docs, "Deployment", "rel-presence-edge")!;
  const containerPorts = at(edge, "spec", "template", "spec", "containers", 0, "ports") as Obj[];
  for (const p of ports) assert.ok(containerPorts.some((c) => c.name === p.targetPort && c.protocol === p.protocol), String(p.targetPort));
  assert.deepEqual(at(svc, "spec", "selector"), at(edge, "spec", "selector", "matchLabels"));
});

test("hostNetwork, one Service per protocol and the transports list shape the edge", () => {
  const { docs } = render("edge on host network, one Service per protocol, UDP only");
  const pod = at(findDoc(docs, "Deployment", "rel-presence-edge"), "spec", "template", "spec") as Obj;
  assert.equal(pod.hostNetwork, true);
  assert.equal(pod.dnsPolicy, "ClusterFirstWithHostNet");
  assert.equal(at(pod, "affinity", "podAntiAffinity", "requiredDuringSchedulingIgnoredDuringExecution", 0, "topologyKey"), "kubernetes.io/hostname");
  assert.deepEqual((at(pod, "containers", 0, "ports") as Obj[]).map((p) => [p.name, p.containerPort]), [
    ["sip-udp", 5080],
    ["http", 8080],
  ]);
  assert.ok(findDoc(docs, "Service", "rel-presence-edge-udp"));
  assert.equal(findDoc(docs, "Service", "rel-presence-edge-tcp"), undefined, "no TCP Service without the tcp transport");
  assert.equal(at(findDoc(docs, "Service", "rel-presence-edge-udp"), "spec", "type"), "NodePort");
});

test("the notifier's HorizontalPodAutoscaler targets the notifier Deployment, on CPU and optionally the consumer lag", () => {
  for (const [name, external] of [
    ["defaults", false],
    ["large", true],
  ] as const) {
    const { docs } = render(name);
    const hpa = findDoc(docs, "HorizontalPodAutoscaler", "rel-presence-notifier");
    assert.ok(hpa, name);
    assert.deepEqual(at(hpa, "spec", "scaleTargetRef"), { apiVersion: "apps/v1", kind: "Deployment", name: "rel-presence-notifier" });
    const notifier = findDoc(docs, "Deployment", "rel-presence-notifier");
    assert.ok(notifier, name);
    assert.equal(at(notifier, "spec", "replicas"), undefined, `${name}: the autoscaler owns the replica count`);
    const metrics = at(hpa, "spec", "metrics") as Obj[];
    assert.equal(at(metrics[0], "resource", "name"), "cpu");
    assert.equal(metrics.some((m) => m.type === "External"), external, name);
  }
  const lag = (at(findDoc(render("large").docs, "HorizontalPodAutoscaler", "rel-presence-notifier"), "spec", "metrics") as Obj[])[1];
  assert.deepEqual(at(lag, "external", "target"), { type: "AverageValue", averageValue: "200" });
  // The adapter serves what the notifiers export: the metric name must be one of theirs.
  const exported = createMetricsRegistry();
  registerConsumerMetrics(exported, () => []);
  assert.ok(exported.getSingleMetric(String(at(lag, "external", "metric", "name"))), "the HPA's metric is exported by the notifier");
  const off = render("dependency charts, ClusterIP, no autoscaling").docs;
  assert.equal(docsOfKind(off, "HorizontalPodAutoscaler").length, 0);
  assert.equal(at(findDoc(off, "Deployment", "rel-presence-notifier"), "spec", "replicas"), 2);
});

test("a PodDisruptionBudget guards each split service and selects its pods", () => {
  for (const name of ["defaults", "large"]) {
    const { docs } = render(name);
    for (const svc of SPLIT) {
      const pdb = findDoc(docs, "PodDisruptionBudget", `rel-presence-${svc}`);
      assert.ok(pdb, `${name}: ${svc}`);
      assert.deepEqual(at(pdb, "spec", "selector", "matchLabels"), at(findDoc(docs, "Deployment", `rel-presence-${svc}`), "spec", "selector", "matchLabels"));
    }
  }
  assert.equal(at(findDoc(render("large").docs, "PodDisruptionBudget", "rel-presence-notifier"), "spec", "minAvailable"), "50%");
  assert.equal(findDoc(render("small").docs, "PodDisruptionBudget", "rel-presence-presentity"), undefined);
});

test("the ConfigMap holds every key and loads, with the defaults, to the server's defaults", () => {
  const { docs } = render("defaults");
  const yamlText = String(at(findDoc(docs, "ConfigMap", "rel-presence"), "data", "presence.yaml"));
  assert.deepEqual(Object.keys(parse(yamlText) as Obj).sort(), [...configKeys].sort());
  assert.deepEqual(podConfig(yamlText, {}).config, loadConfig({ env: {} }));
});

test("each pod's effective configuration loads, with connections, secrets and per-service keys applied", () => {
  const expectations: Record<string, (svc: string, cfg: ReturnType<typeof podConfig>["config"]) => void> = {
    small: (svc, cfg) => {
      assert.equal(cfg.nats_url, "nats://rel-nats:4222");
      assert.equal(cfg.redis_url, "redis://:pw0rd@rel-redis-master:6379");
      assert.equal(cfg.api_token, "change-me-small-site-token");
      assert.equal(cfg.min_expires, 60);
      assert.equal(cfg.server_address, svc === "edge" ? "sip:presence.example.com:5060" : null);
    },
    large: (svc, cfg) => {
      assert.equal(cfg.nats_url.split(",").length, 3);
      assert.equal(cfg.redis_url, "redis://:pw@redis-cluster.db:6379/0");
      assert.equal(cfg.api_token, "token-from-existing-secret");
      assert.equal(cfg.notifier_processes, svc === "notifier" ? 16 : 1);
      assert.equal(cfg.tcp_max_connections, svc === "edge" ? 100000 : 10000);
      assert.equal(cfg.log_level, "warn");
      assert.equal(cfg.subs_htable_size, 12);
    },
    "edge on host network, one Service per protocol, UDP only": (svc, cfg) => {
      assert.equal(cfg.redis_url, "redis://redis.db:6379/1");
      assert.equal(cfg.api_token, "s3cret-token-value");
      if (svc === "edge") assert.deepEqual([cfg.sip_transports, cfg.sip_port], [["udp"], 5080]);
    },
    "dependency charts, ClusterIP, no autoscaling": (_svc, cfg) => {
      assert.equal(cfg.nats_url, "nats://rel-nats:4222");
      assert.equal(cfg.redis_url, "redis://:pw0rd@rel-redis-master:6379");
      assert.equal(cfg.api_token, null);
    },
  };
  for (const [name, expect] of Object.entries(expectations)) {
    const { docs } = render(name);
    const yamlText = String(at(findDoc(docs, "ConfigMap", "rel-presence"), "data", "presence.yaml"));
    const secrets: Record<string, Record<string, string>> = { ...EXTERNAL_SECRETS };
    for (const s of docsOfKind(docs, "Secret")) secrets[String(at(s, "metadata", "name"))] = s.stringData as Record<string, string>;
    for (const svc of SPLIT) {
      const d = findDoc(docs, "Deployment", `rel-presence-${svc}`)!;
      const podName = `rel-presence-${svc}-7d4b9c-x2x9q`;
      const env = resolveEnv(at(d, "spec", "template", "spec", "containers", 0, "env") as EnvVar[], { name: podName, namespace: "presence" }, secrets);
      assert.equal(env.PRESENCE_CONFIG, "/etc/presence/presence.yaml");
      const { config, warnings } = podConfig(yamlText, env);
      assert.deepEqual(warnings, [], `${name}/${svc}`);
      assert.equal(config.instance_id, podName, `${name}/${svc}: each replica is named after its pod`);
      expect(svc, config);
    }
  }
});

test("tracing: the OTLP endpoint reaches every service through the standard variables", () => {
  const off = render("defaults").docs;
  const on = render("large").docs;
  for (const svc of SPLIT) {
    const envOf = (docs: typeof off) => at(findDoc(docs, "Deployment", `rel-presence-${svc}`), "spec", "template", "spec", "containers", 0, "env") as EnvVar[];
    assert.equal(envOf(off).find((e) => e.name === "OTEL_EXPORTER_OTLP_ENDPOINT"), undefined, "off unless configured");
    const env = Object.fromEntries(envOf(on).map((e) => [e.name, e.value]));
    assert.equal(env.OTEL_EXPORTER_OTLP_ENDPOINT, "http://jaeger-collector.observability:4318");
    assert.equal(env.OTEL_SERVICE_NAME, `presence-${svc}`);
    assert.equal(env.OTEL_TRACES_SAMPLER_ARG, "0.1");
    assert.match(String(env.OTEL_RESOURCE_ATTRIBUTES), /k8s\.pod\.name=\$\(POD_NAME\).*,deployment\.environment=production$/);
  }
});

test("the API token travels in a Secret, and a change of it or of the config rolls the pods", () => {
  const withToken = render("edge on host network, one Service per protocol, UDP only").docs;
  const secret = findDoc(withToken, "Secret", "rel-presence-api-token");
  assert.deepEqual(secret?.stringData, { "api-token": "s3cret-token-value" });
  assert.ok(!JSON.stringify(docsOfKind(withToken, "ConfigMap")).includes("s3cret-token-value"));
  assert.equal(docsOfKind(render("defaults").docs, "Secret").length, 0);
  assert.equal(docsOfKind(render("large").docs, "Secret").length, 0, "large.yaml names an existing Secret");
  const annotations = (docs: typeof withToken) => at(findDoc(docs, "Deployment", "rel-presence-notifier"), "spec", "template", "metadata", "annotations") as Obj;
  assert.notEqual(annotations(withToken)["checksum/api-token"], annotations(render("defaults").docs)["checksum/api-token"]);
  assert.notEqual(annotations(render("large").docs)["checksum/config"], annotations(render("defaults").docs)["checksum/config"]);
});

test("standalone replaces the split services: one replica, no NATS or Redis settings, its own SIP Service", () => {
  const { docs, notes } = render("standalone");
  assert.deepEqual(
    docsOfKind(docs, "Deployment").map((d) => at(d, "metadata", "name")),
    ["rel-presence-standalone"],
  );
  const svc = findDoc(docs, "Service", "rel-presence-standalone");
  assert.deepEqual((at(svc, "spec", "ports") as Obj[]).map((p) => p.protocol), ["UDP", "TCP"]);
  const env = at(findDoc(docs, "Deployment", "rel-presence-standalone"), "spec", "template", "spec", "containers", 0, "env") as EnvVar[];
  assert.ok(!env.some((e) => e.name === "PRESENCE_NATS_URL" || e.name === "PRESENCE_REDIS_URL"));
  assert.equal(docsOfKind(docs, "HorizontalPodAutoscaler").length + docsOfKind(docs, "PodDisruptionBudget").length, 0);
  assert.match(notes, /standalone process/);
});

test("NOTES.txt warns about what is missing and says where SIP is reached", () => {
  const defaults = render("defaults").notes;
  assert.match(defaults, /WARNING: no NATS configured/);
  assert.match(defaults, /WARNING: no Redis configured/);
  assert.match(defaults, /server_address is unset/);
  assert.match(defaults, /get service rel-presence-edge/);
  const small = render("small").notes;
  assert.doesNotMatch(small, /WARNING|server_address is unset/);
  assert.match(small, /scale from 1 to 3/);
});

test("the templates use only the functions the renderer implements with Helm's semantics", () => {
  const used = new Set<string>();
  for (const name of Object.keys(VARIANTS)) for (const f of render(name).functionsUsed) used.add(f);
  // A template calling anything else fails to render above; this records the subset for the README.
  assert.ok(used.has("include") && used.has("toYaml") && used.has("sha256sum"));
  for (const f of used) assert.ok(!["tpl", "lookup", "randAlphaNum", "now"].includes(f), f);
});
