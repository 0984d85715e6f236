import {
  context,
  INVALID_SPAN_CONTEXT,
  ProxyTracerProvider,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
  type Span,
  type Tracer,
} from "@opentelemetry/api";

/** Instrumentation scope of every span this server creates. */
export const TRACER_NAME = "presence";

/**
 * The server's tracer. It looks the global provider up on each call, so a provider installed later
 * (the SDK at start-up, an in-memory one in tests) is used by code that captured this object earlier.
 */
export const tracer: Tracer = {
  startSpan: (name, options, ctx) => trace.getTracer(TRACER_NAME).startSpan(name, options, ctx),
  startActiveSpan: ((...args: Parameters<Tracer["startActiveSpan"]>) =>
    (trace.getTracer(TRACER_NAME).startActiveSpan as (...a: unknown[]) => unknown)(...args)) as Tracer["startActiveSpan"],
};

/** A span's attributes, or a function building them, called only when a span is really made. */
export type SpanAttributesInput = Attributes | (() => Attributes);

/** What `fn` gets when no span is made: every method does nothing. */
const INERT_SPAN: Span = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

/**
 * The installed provider's tracer (the SDK's, or an in-memory one in tests), or undefined when none
 * is installed: the API's own tracer then only makes non-recording spans, which matter only when
 * they carry a trace.
 */
function installedTracer(): Tracer | undefined {
  const provider = trace.getTracerProvider();
  return provider instanceof ProxyTracerProvider ? provider.getDelegateTracer(TRACER_NAME) : provider.getTracer(TRACER_NAME);
}

export interface SpanOptions {
  /** Default INTERNAL. */
  kind?: SpanKind;
  /** Parent context; default the active one. Use `extractContext(headers)` for a remote parent. */
  parent?: Context;
  links?: Link[];
}

/**
 * Runs `fn` inside a new active span and ends the span when `fn` settles. A throw (or rejection)
 * is recorded on the span, which gets status ERROR, and is rethrown.
 */
export function withSpan<T>(name: string, attributes: SpanAttributesInput, fn: (span: Span) => T | Promise<T>, options?: SpanOptions): Promise<T> {
  const active = context.active();
  const parent = options?.parent ?? active;
  // No tracer and no trace to carry on: a span would be made, filled and dropped for nobody. No
  // async frame either: the caller awaits fn's own promise (one promise and its ticks less per call).
  const installed = installedTracer();
  if (installed === undefined && !hasTrace(trace.getSpan(parent)) && !hasTrace(trace.getSpan(active))) return runInert(fn);
  return withMadeSpan(name, attributes, fn, options, installed, parent, active);
}

function runInert<T>(fn: (span: Span) => T | Promise<T>): Promise<T> {
  try {
    // A native promise comes back as it is.
    return Promise.resolve(fn(INERT_SPAN));
  } catch (err) {
    return Promise.reject(err);
  }
}

async function withMadeSpan<T>(
  name: string,
  attributes: SpanAttributesInput,
  fn: (span: Span) => T | Promise<T>,
  options: SpanOptions | undefined,
  installed: Tracer | undefined,
  parent: Context,
  active: Context,
): Promise<T> {
  const attrs = typeof attributes === "function" ? attributes() : attributes;
  // The tracer just looked up; without one, the API's (a non-recording span carrying the trace).
  const span = (installed ?? tracer).startSpan(name, { kind: options?.kind ?? SpanKind.INTERNAL, attributes: attrs, ...(options?.links ? { links: options.links } : {}) }, parent);
  try {
    // Nothing to carry (tracing off, no trace context here or in the parent): entering a context
    // would change nothing anyone reads, and the first entry turns on the context manager's
    // promise hooks, which then cost on every promise of the process.
    if (!span.isRecording() && !hasTrace(span) && !hasTrace(trace.getSpan(active))) return await fn(span);
    return await context.with(trace.setSpan(parent, span), () => fn(span));
  } catch (err) {
    markError(span, err);
    throw err;
  } finally {
    span.end();
  }
}

/**
 * A CLIENT span for one call to a backend (a Redis command or script), made only inside a span
 * that is being recorded: a call outside any trace, or with tracing off, costs one lookup.
 */
export function withDependencySpan<T>(name: string, attributes: SpanAttributesInput, fn: () => Promise<T>): Promise<T> {
  const parent = trace.getActiveSpan();
  if (parent === undefined || !parent.isRecording()) return fn();
  return withSpan(name, attributes, () => fn(), { kind: SpanKind.CLIENT });
}

function hasTrace(span: Span | undefined): boolean {
  return span !== undefined && trace.isSpanContextValid(span.spanContext());
}

/** Records an exception on a span and sets its status to ERROR. */
export function markError(span: Span, err: unknown): void {
  if (err instanceof Error) span.recordException(err);
  else span.recordException(String(err));
  span.setStatus({ code: SpanStatusCode.ERROR, message: err instanceof Error ? err.message : String(err) });
}

/**
 * Adds attributes to the active span, if any (for results known deep inside the work); a function
 * building them is called only when there is one.
 */
export function setActiveAttributes(attributes: SpanAttributesInput): void {
  const span = trace.getActiveSpan();
  if (span !== undefined) span.setAttributes(typeof attributes === "function" ? attributes() : attributes);
}

/** The ids of the active span for log correlation, or null outside any sampled or remote span. */
export function activeTraceIds(): { traceId: string; spanId: string } | null {
  const span = trace.getActiveSpan();
  if (!span) return null;
  const c = span.spanContext();
  return trace.isSpanContextValid(c) ? { traceId: c.traceId, spanId: c.spanId } : null;
}
