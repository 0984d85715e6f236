/** The literal case: an Expires 60 subscription, never refreshed, ends with terminated;reason=timeout. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Subscriber, TestUa } from "../support/test-ua.js";
import { startTestServer } from "../support/test-server.js";

test("an Expires 60 subscription ends with terminated;reason=timeout", { timeout: 90_000 }, async () => {
  const srv = await startTestServer({ store: "memory" });
  const ua = await TestUa.open({ transport: "udp", serverPort: srv.port });
  try {
    const sub = new Subscriber(ua, "sip:sixty@example.com");
    const res = await sub.subscribe(60);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("expires"), "60");
    const first = await sub.waitForNotify();
    assert.match(first.state, /^active;expires=(60|59)$/);
    const started = Date.now();
    const last = await sub.waitForNotify((n) => n.state.startsWith("terminated"), 70_000);
    const after = (last.at - started) / 1000;
    assert.equal(last.state, "terminated;reason=timeout");
    // clean_period is 1 s in tests: the final NOTIFY follows the expiry within about a second.
    assert.ok(after >= 58 && after <= 63, `final NOTIFY after ${after} s`);
  } finally {
    await ua.close();
    await srv.dispose();
  }
});
