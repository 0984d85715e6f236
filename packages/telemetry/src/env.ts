/** The standard OTEL_* variables that turn trace export on. */
export type OtelEnv = Readonly<Record<string, string | undefined>>;

export type TracingDecision = { enabled: true } | { enabled: false; reason: "disabled" | "not-configured" | "exporter-none" };

function set(v: string | undefined): boolean {
  return v !== undefined && v.trim() !== "";
}

/**
 * Tracing is off unless configured: an OTLP endpoint (OTEL_EXPORTER_OTLP_ENDPOINT or
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) or an explicit OTEL_TRACES_EXPORTER. OTEL_SDK_DISABLED=true
 * and OTEL_TRACES_EXPORTER=none turn it off whatever else is set.
 */
export function tracingDecision(env: OtelEnv): TracingDecision {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return { enabled: false, reason: "disabled" };
  const exporters = (env.OTEL_TRACES_EXPORTER ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  if (exporters.length === 1 && exporters[0] === "none") return { enabled: false, reason: "exporter-none" };
  if (exporters.length > 0 || set(env.OTEL_EXPORTER_OTLP_ENDPOINT) || set(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)) return { enabled: true };
  return { enabled: false, reason: "not-configured" };
}
