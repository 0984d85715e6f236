/** The standalone entry point as operators run it: env configuration, start-up errors, SIGTERM. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Subscriber, TestUa } from "../support/test-ua.js";
import { freePort, startService } from "../support/processes.js";

const ENTRY = "services/standalone/src/main.ts";

test("invalid configuration stops start-up with a message naming the key", async () => {
  const p = startService(ENTRY, { PRESENCE_MAX_EXPIRES: "lots" });
  const { code } = await p.exited;
  assert.notEqual(code, 0);
  assert.ok(p.output.some((l) => l.includes("max_expires") && l.includes("PRESENCE_MAX_EXPIRES")), p.output.join("\n"));
});

test("SIGTERM lets an in-flight NOTIFY transaction finish, then exits 0", async () => {
  const port = await freePort();
  const p = startService(ENTRY, {
    PRESENCE_SIP_HOST: "127.0.0.1",
    PRESENCE_SIP_PORT: String(port),
    PRESENCE_API_PORT: "0",
    PRESENCE_API_HOST: "127.0.0.1",
    PRESENCE_SHUTDOWN_DRAIN_MS: "5000",
    PRESENCE_LOG_LEVEL: "info",
  });
  try {
    await p.waitFor(/presence server listening/);
    // Kubernetes probes: alive, and ready once SIP is bound and the store answers.
    const healthLine = await p.waitFor(/ops endpoints listening/);
    const healthPort = (JSON.parse(healthLine) as { port: number }).port;
    assert.equal((await fetch(`http://127.0.0.1:${healthPort}/healthz`)).status, 200);
    const ready = await fetch(`http://127.0.0.1:${healthPort}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(((await ready.json()) as { checks: Record<string, boolean> }).checks, { sip: true, store: true });
    const ua = await TestUa.open({ transport: "udp", serverPort: port });
    try {
      // The subscriber holds back its answer to the first NOTIFY for a while.
      let answerAt = 0;
      ua.notifyStatus = null;
      const sub = new Subscriber(ua, "sip:shutdown@example.com");
      assert.equal((await sub.subscribe(600)).status, 200);
      const n = await sub.waitForNotify();
      p.child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 700));
      assert.equal(p.child.exitCode, null, "still running while the NOTIFY transaction is open");
      ua.notifyStatus = 200;
      answerAt = Date.now();
      ua.sendRaw(
        `SIP/2.0 200 OK\r\nVia: ${n.request.headers.get("via")}\r\nFrom: ${n.request.headers.get("from")}\r\nTo: ${n.request.headers.get("to")}\r\n` +
          `Call-ID: ${n.request.callId}\r\nCSeq: ${n.request.cseq.seq} NOTIFY\r\nContent-Length: 0\r\n\r\n`,
      );
      const { code } = await p.exited;
      assert.equal(code, 0);
      assert.ok(Date.now() >= answerAt);
      assert.ok(p.output.some((l) => l.includes("shutting down")));
    } finally {
      await ua.close();
    }
  } finally {
    if (p.child.exitCode === null) p.child.kill("SIGKILL");
  }
});
