import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage } from "node:http";
import { once } from "node:events";
import { context, ROOT_CONTEXT, SpanKind, trace } from "@opentelemetry/api";
import { startTelemetry } from "./start-telemetry.js";
import { withSpan } from "./tracing.js";
import { extractContext, injectHeaders } from "./propagation.js";

interface Post {
  path: string;
  contentType: string;
  body: unknown;
}

/** A collector stand-in: records every OTLP/HTTP JSON post. */
async function receiver() {
  const posts: Post[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      posts.push({ path: req.url ?? "", contentType: req.headers["content-type"] ?? "", body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { posts, url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const logs: string[] = [];
const logger = {
  info: (_o: object, m: string) => void logs.push(m),
  warn: (_o: object, m: string) => void logs.push(m),
  debug: (_o: object, m: string) => void logs.push(m),
};

// One process, so the order matters: off first (as a service without OTEL_* starts), then on.
test("not configured: nothing is exported, but context from headers flows on", async () => {
  for (const k of Object.keys(process.env)) if (k.startsWith("OTEL_")) delete process.env[k];
  const telemetry = await startTelemetry({ serviceName: "svc-test", logger });
  assert.equal(telemetry.enabled, false);
  assert.ok(logs.includes("tracing off"));
  const incoming = { traceparent: "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" };
  const forwarded = await withSpan("handler", {}, (span) => {
    assert.equal(span.isRecording(), false);
    return injectHeaders();
  }, { kind: SpanKind.SERVER, parent: extractContext(incoming) });
  // No exporter: the span is not recorded, yet the next hop still belongs to the caller's trace.
  assert.equal(forwarded.traceparent, incoming.traceparent);
  // Also from work nested inside the handler, after an await and a timer.
  const nested = await withSpan("handler", {}, async () => {
    await new Promise((r) => setTimeout(r, 1));
    return withSpan("inner", {}, () => injectHeaders());
  }, { kind: SpanKind.SERVER, parent: extractContext(incoming) });
  assert.equal(nested.traceparent, incoming.traceparent);
  // A message without trace headers handled inside a traced one starts afresh: nothing carried on.
  const fresh = await withSpan("handler", {}, () => withSpan("other", {}, () => injectHeaders(), { kind: SpanKind.SERVER, parent: extractContext({}) }), {
    kind: SpanKind.SERVER,
    parent: extractContext(incoming),
  });
  assert.deepEqual(fresh, {});
  // No trace anywhere: spans enter no context (the context manager's promise hooks stay off).
  const untraced = await withSpan("handler", {}, async () => {
    await new Promise((r) => setTimeout(r, 1));
    return withSpan("inner", {}, () => ({ active: context.active(), headers: injectHeaders() }));
  }, { kind: SpanKind.SERVER, parent: extractContext({}) });
  assert.equal(untraced.active, ROOT_CONTEXT);
  assert.deepEqual(untraced.headers, {});
  await telemetry.shutdown();
});

test("configured by OTEL_* variables: spans reach the OTLP endpoint with the service name", async () => {
  const collector = await receiver();
  process.env.OTEL_EXPORTER_OTLP_ENDPOINT = collector.url;
  process.env.OTEL_EXPORTER_OTLP_PROTOCOL = "http/json";
  try {
    const telemetry = await startTelemetry({ serviceName: "svc-test", logger });
    assert.equal(telemetry.enabled, true);
    let traceId = "";
    await withSpan("parent-op", { "test.key": "v" }, async () => {
      await withSpan("child-op", {}, () => {
        traceId = trace.getActiveSpan()!.spanContext().traceId;
        // With the SDK on, the propagator of OTEL_PROPAGATORS (default W3C) fills the headers.
        assert.match(injectHeaders().traceparent ?? "", new RegExp(`^00-${traceId}-`));
      });
    });
    await telemetry.shutdown();
    const spans = collector.posts
      .filter((p) => p.path === "/v1/traces")
      .flatMap((p) => {
        assert.match(p.contentType, /application\/json/);
        const body = p.body as { resourceSpans: Array<{ resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> }; scopeSpans: Array<{ spans: Array<Record<string, unknown>> }> }> };
        return body.resourceSpans.flatMap((rs) => {
          const name = rs.resource.attributes.find((a) => a.key === "service.name")?.value.stringValue;
          assert.equal(name, "svc-test");
          return rs.scopeSpans.flatMap((ss) => ss.spans);
        });
      });
    const parent = spans.find((s) => s.name === "parent-op");
    const child = spans.find((s) => s.name === "child-op");
    assert.ok(parent && child, `exported: ${spans.map((s) => s.name).join(", ")}`);
    assert.equal(child.traceId, traceId);
    assert.equal(parent.traceId, traceId);
    assert.equal(child.parentSpanId, parent.spanId);
    assert.ok(logs.includes("tracing on"));
  } finally {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    delete process.env.OTEL_EXPORTER_OTLP_PROTOCOL;
    await collector.close();
  }
});
