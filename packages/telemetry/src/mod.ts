export { ROOT_CONTEXT, SpanKind, SpanStatusCode, context, trace, type Attributes, type Context, type Span } from "@opentelemetry/api";
export { tracer, withSpan, withDependencySpan, markError, setActiveAttributes, activeTraceIds, TRACER_NAME, type SpanOptions, type SpanAttributesInput } from "./tracing.js";
export { injectHeaders, extractContext, installPropagation, type CarrierHeaders } from "./propagation.js";
export { withOutgoingSpan, withIncomingSpan, busSpanAttributes } from "./bus-spans.js";
export { tracingDecision, type TracingDecision, type OtelEnv } from "./env.js";
export { startTelemetry, type Telemetry, type TelemetryOptions, type TelemetryLogger } from "./start-telemetry.js";
export { installMemoryExporter, parentSpanId, type MemoryTraces, type FinishedSpan } from "./memory-exporter.js";
