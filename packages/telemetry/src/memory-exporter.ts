import { trace } from "@opentelemetry/api";
import type { ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { installPropagation } from "./propagation.js";

/** A finished span as an exporter receives it. */
export type FinishedSpan = ReadableSpan;

export interface MemoryTraces {
  /** Every span ended since installation or the last reset. */
  spans(): FinishedSpan[];
  reset(): void;
  /** Uninstalls the provider; later spans are no-ops again. */
  shutdown(): Promise<void>;
}

/**
 * Tests: records every span of this process in memory (InMemorySpanExporter behind a
 * SimpleSpanProcessor, so a span is readable as soon as it ends). Replaces any provider installed
 * before, and installs propagation as startTelemetry does.
 */
export async function installMemoryExporter(): Promise<MemoryTraces> {
  await installPropagation();
  const { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } = await import("@opentelemetry/sdk-trace-base");
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  if (!trace.setGlobalTracerProvider(provider)) {
    trace.disable();
    trace.setGlobalTracerProvider(provider);
  }
  return {
    spans: () => exporter.getFinishedSpans(),
    reset: () => exporter.reset(),
    async shutdown() {
      await provider.shutdown();
      trace.disable();
    },
  };
}

/** The id of a span's parent, or null for a root span. */
export function parentSpanId(span: FinishedSpan): string | null {
  return span.parentSpanContext?.spanId ?? null;
}
