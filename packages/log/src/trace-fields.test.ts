import { test } from "node:test";
import assert from "node:assert/strict";
import { context, ROOT_CONTEXT, trace, TraceFlags, type Context, type ContextManager } from "@opentelemetry/api";
import { traceFields } from "./mod.js";

/** Synchronous context manager: enough to make a span active for the duration of a call. */
class StackContextManager implements ContextManager {
  private stack: Context[] = [];
  active(): Context {
    return this.stack.at(-1) ?? ROOT_CONTEXT;
  }
  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(ctx: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    this.stack.push(ctx);
    try {
      return fn.call(thisArg, ...args);
    } finally {
      this.stack.pop();
    }
  }
  bind<T>(_ctx: Context, target: T): T {
    return target;
  }
  enable(): this {
    return this;
  }
  disable(): this {
    this.stack = [];
    return this;
  }
}

test("log lines carry trace_id and span_id of the active span, and nothing outside one", () => {
  context.setGlobalContextManager(new StackContextManager());
  try {
    assert.deepEqual(traceFields(), {});
    const traceId = "0af7651916cd43dd8448eb211c80319c";
    const spanId = "b7ad6b7169203331";
    const span = trace.wrapSpanContext({ traceId, spanId, traceFlags: TraceFlags.SAMPLED });
    const fields = context.with(trace.setSpan(ROOT_CONTEXT, span), () => traceFields());
    assert.deepEqual(fields, { trace_id: traceId, span_id: spanId });
    const invalid = trace.wrapSpanContext({ traceId: "0".repeat(32), spanId: "0".repeat(16), traceFlags: 0 });
    assert.deepEqual(context.with(trace.setSpan(ROOT_CONTEXT, invalid), () => traceFields()), {});
  } finally {
    context.disable();
  }
});
