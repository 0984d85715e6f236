import { test } from "node:test";
import assert from "node:assert/strict";
import { tracingDecision } from "./env.js";

test("tracing is off unless an endpoint or an exporter is configured", () => {
  assert.deepEqual(tracingDecision({}), { enabled: false, reason: "not-configured" });
  assert.deepEqual(tracingDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: "  " }), { enabled: false, reason: "not-configured" });
  assert.deepEqual(tracingDecision({ OTEL_SERVICE_NAME: "edge" }), { enabled: false, reason: "not-configured" });
  assert.deepEqual(tracingDecision({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://jaeger:4318" }), { enabled: true });
  assert.deepEqual(tracingDecision({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://jaeger:4318/v1/traces" }), { enabled: true });
  assert.deepEqual(tracingDecision({ OTEL_TRACES_EXPORTER: "console" }), { enabled: true });
  assert.deepEqual(tracingDecision({ OTEL_TRACES_EXPORTER: "otlp" }), { enabled: true });
});

test("OTEL_SDK_DISABLED and OTEL_TRACES_EXPORTER=none win over an endpoint", () => {
  assert.deepEqual(tracingDecision({ OTEL_SDK_DISABLED: "true", OTEL_EXPORTER_OTLP_ENDPOINT: "http://x:4318" }), { enabled: false, reason: "disabled" });
  assert.deepEqual(tracingDecision({ OTEL_SDK_DISABLED: "TRUE", OTEL_TRACES_EXPORTER: "otlp" }), { enabled: false, reason: "disabled" });
  assert.deepEqual(tracingDecision({ OTEL_SDK_DISABLED: "false", OTEL_EXPORTER_OTLP_ENDPOINT: "http://x:4318" }), { enabled: true });
  assert.deepEqual(tracingDecision({ OTEL_TRACES_EXPORTER: "none", OTEL_EXPORTER_OTLP_ENDPOINT: "http://x:4318" }), { enabled: false, reason: "exporter-none" });
  // The SDK itself treats "none" next to another exporter as the default exporter.
  assert.deepEqual(tracingDecision({ OTEL_TRACES_EXPORTER: "none,otlp" }), { enabled: true });
});
