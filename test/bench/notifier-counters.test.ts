import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { coalescedTotal, counterValue, notifierMetricsUrls } from "./notifier-counters.js";

test("the notifiers' metrics URLs come from their ops log line", () => {
  const urls = notifierMetricsUrls([
    { name: "notifier-0", service: "notifier", lines: ["not json", '{"level":30,"port":4312,"msg":"ops endpoints listening (/healthz, /readyz, /metrics)"}'] },
    { name: "edge-0", service: "edge", lines: ['{"port":9,"msg":"ops endpoints listening"}'] },
    { name: "notifier-1", service: "notifier", lines: [] },
  ]);
  assert.deepEqual(urls, { "notifier-0": "http://127.0.0.1:4312/metrics" });
});

test("counter values are read from Prometheus text, and summed over live endpoints", async (t) => {
  assert.equal(counterValue("# HELP x\npresence_notifier_coalesced_updates_total 17\n", "presence_notifier_coalesced_updates_total"), 17);
  assert.equal(counterValue("other 1\n", "presence_notifier_coalesced_updates_total"), null);
  const server = createServer((_req, res) => res.end("presence_notifier_coalesced_updates_total 5\n"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  t.after(() => server.close());
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}/metrics`;
  assert.equal(await coalescedTotal({ a: url, b: url }), 10);
  assert.equal(await coalescedTotal({}), null);
});
