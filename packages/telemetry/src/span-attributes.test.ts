import { test } from "node:test";
import assert from "node:assert/strict";
import { SpanKind, trace } from "@opentelemetry/api";
import { setActiveAttributes, withSpan } from "./tracing.js";
import { extractContext } from "./propagation.js";
import { installMemoryExporter } from "./memory-exporter.js";

// One process, in order: no tracer first (as a service without OTEL_* starts), then one installed.
test("span attributes given as a function are built only when a span is made", async () => {
  let built = 0;
  const attrs = () => {
    built++;
    return { "sip.method": "NOTIFY" };
  };

  // No tracer and no trace: the work runs with an inert span, the attributes are never built.
  const result = await withSpan("untraced", attrs, (span) => {
    assert.equal(span.isRecording(), false);
    assert.equal(trace.isSpanContextValid(span.spanContext()), false);
    span.setAttribute("ignored", 1);
    return 7;
  });
  assert.equal(result, 7);
  await assert.rejects(withSpan("untraced", attrs, () => Promise.reject(new RangeError("boom"))), RangeError);
  // A synchronous throw comes back as a rejection, as from an async function.
  let thrown: Promise<never> | undefined;
  assert.doesNotThrow(() => {
    thrown = withSpan("untraced", attrs, () => {
      throw new TypeError("sync");
    });
  });
  await assert.rejects(thrown!, TypeError);
  let late = 0;
  const lateAttrs = () => {
    late++;
    return { "sip.cseq": 2 };
  };
  await withSpan("untraced", attrs, () => setActiveAttributes(lateAttrs));
  assert.equal(built, 0);
  assert.equal(late, 0, "no active span: the late attributes are never built");

  const traces = await installMemoryExporter();
  try {
    // A trace arriving with a message is carried on, so its span is made (not recorded here: the
    // caller's trace flags say sampled, the in-memory provider records it).
    const incoming = { traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" };
    await withSpan("continued", attrs, () => undefined, { kind: SpanKind.SERVER, parent: extractContext(incoming) });
    await withSpan("recorded", attrs, () => setActiveAttributes(lateAttrs));
    assert.equal(built, 2);
    assert.equal(late, 1);
    const spans = traces.spans();
    assert.deepEqual(spans.map((s) => s.name), ["continued", "recorded"]);
    for (const s of spans) assert.equal(s.attributes["sip.method"], "NOTIFY");
    assert.equal(spans[1]!.attributes["sip.cseq"], 2);
    assert.equal(spans[0]!.spanContext().traceId, "0af7651916cd43dd8448eb211c80319c");
  } finally {
    await traces.shutdown();
  }

  // Uninstalled again: back to inert spans.
  await withSpan("untraced again", attrs, (span) => assert.equal(span.isRecording(), false));
  assert.equal(built, 2);
});
