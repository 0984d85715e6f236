import { context, propagation, ROOT_CONTEXT, type Context } from "@opentelemetry/api";

/** Message headers as the bus carries them (one string value per name). */
export type CarrierHeaders = Record<string, string>;

/**
 * The W3C trace context (`traceparent`, `tracestate`) of `ctx` as message headers, through the
 * global propagator. Empty when no propagator is installed or no span is active.
 */
export function injectHeaders(ctx: Context = context.active()): CarrierHeaders {
  const headers: CarrierHeaders = {};
  propagation.inject(ctx, headers);
  return headers;
}

/**
 * The remote parent carried by message headers, on top of `base` (default the root context, so
 * a handler never inherits an unrelated active context of the process that delivered it).
 */
export function extractContext(headers: Readonly<CarrierHeaders> | undefined, base: Context = ROOT_CONTEXT): Context {
  if (!headers) return base;
  return propagation.extract(base, headers);
}

let installed = false;

/**
 * Makes context flow without exporting anything: the W3C trace-context propagator for message
 * headers and the AsyncLocalStorage context manager, so a span stays active across awaits and in
 * the work started from it. Idempotent.
 */
export async function installPropagation(): Promise<void> {
  if (installed) return;
  installed = true;
  const [{ W3CTraceContextPropagator }, { AsyncLocalStorageContextManager }] = await Promise.all([
    import("@opentelemetry/core"),
    import("@opentelemetry/context-async-hooks"),
  ]);
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
}

/**
 * Before the SDK starts: it installs its own propagator (OTEL_PROPAGATORS) and context manager,
 * which the API refuses while others are registered.
 */
export function handPropagationToSdk(): void {
  if (installed) {
    propagation.disable();
    context.disable();
  }
  installed = true;
}
