import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { activeTraceIds, setActiveAttributes, withSpan } from "./tracing.js";
import { extractContext, injectHeaders } from "./propagation.js";
import { installMemoryExporter, parentSpanId, type MemoryTraces } from "./memory-exporter.js";

let traces: MemoryTraces;
before(async () => {
  traces = await installMemoryExporter();
});
after(() => traces.shutdown());

function byName(name: string) {
  const found = traces.spans().filter((s) => s.name === name);
  assert.equal(found.length, 1, `one span ${name}, got ${found.length}`);
  return found[0]!;
}

test("nested withSpan calls form a tree, also across awaits and timers", async () => {
  traces.reset();
  const result = await withSpan("outer", { a: 1 }, async () => {
    await sleep(5);
    // Started from the outer span but finishing after it: still its child.
    const late = new Promise<void>((resolve) => setTimeout(() => void withSpan("late", {}, () => undefined).then(() => resolve()), 20));
    await withSpan("inner", { b: "x" }, async () => {
      await sleep(1);
      setActiveAttributes({ found: true });
    });
    return late.then(() => 42);
  });
  assert.equal(result, 42);
  const outer = byName("outer");
  const inner = byName("inner");
  const late = byName("late");
  assert.equal(parentSpanId(outer), null);
  assert.equal(parentSpanId(inner), outer.spanContext().spanId);
  assert.equal(parentSpanId(late), outer.spanContext().spanId);
  assert.equal(inner.spanContext().traceId, outer.spanContext().traceId);
  assert.equal(inner.attributes.b, "x");
  assert.equal(inner.attributes.found, true);
  assert.equal(outer.attributes.a, 1);
  assert.equal(outer.kind, SpanKind.INTERNAL);
});

test("a throw sets status ERROR, records the exception and is rethrown", async () => {
  traces.reset();
  await assert.rejects(
    withSpan("fails", {}, async () => {
      throw new RangeError("bad thing");
    }),
    RangeError,
  );
  const span = byName("fails");
  assert.equal(span.status.code, SpanStatusCode.ERROR);
  assert.equal(span.status.message, "bad thing");
  assert.equal(span.events[0]?.name, "exception");
  assert.equal(span.events[0]?.attributes?.["exception.type"], "RangeError");
  // The span ended although the work failed.
  assert.ok(span.ended);
});

test("headers carry the context to a remote span: same trace, parent is the sender", async () => {
  traces.reset();
  let headers: Record<string, string> = {};
  await withSpan("client", {}, () => {
    headers = injectHeaders();
  }, { kind: SpanKind.CLIENT });
  assert.match(headers.traceparent ?? "", /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
  // The receiving side runs outside the client's context, as a bus handler does.
  await withSpan("server", {}, () => {
    assert.equal(activeTraceIds()?.traceId, byName("client").spanContext().traceId);
  }, { kind: SpanKind.SERVER, parent: extractContext(headers) });
  const client = byName("client");
  const server = byName("server");
  assert.equal(server.spanContext().traceId, client.spanContext().traceId);
  assert.equal(parentSpanId(server), client.spanContext().spanId);
  assert.equal(server.kind, SpanKind.SERVER);
});

test("without trace headers a handler starts a new trace, even inside another span", async () => {
  traces.reset();
  await withSpan("unrelated", {}, () =>
    withSpan("handler", {}, () => undefined, { parent: extractContext({ "Nats-Msg-Id": "x" }) }),
  );
  const handler = byName("handler");
  assert.equal(parentSpanId(handler), null);
  assert.notEqual(handler.spanContext().traceId, byName("unrelated").spanContext().traceId);
  assert.deepEqual(injectHeaders(extractContext(undefined)), {});
  assert.equal(activeTraceIds(), null);
});
