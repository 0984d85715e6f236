/** With Redis, a restart loses no subscription or publication and NOTIFY CSeqs continue. */
import { test } from "node:test";
import assert from "node:assert/strict";
import { pidf, Publisher, Subscriber, TestUa } from "../support/test-ua.js";
import { deleteKeys, startTestServer } from "../support/test-server.js";

test("restarting the server on Redis keeps dialogs, publications and CSeq", async () => {
  const first = await startTestServer({ store: "redis" });
  const prefix = first.config.redis_key_prefix;
  const port = first.port;
  const ua = await TestUa.open({ transport: "udp", serverPort: port });
  try {
    const target = "sip:survivor@example.com";
    const sub = new Subscriber(ua, target);
    assert.equal((await sub.subscribe(600)).status, 200);
    await sub.waitForNotify();
    const pub = new Publisher(ua, target);
    assert.equal((await pub.publish(pidf(target, "t", "open", "before restart"))).status, 200);
    const before = await sub.waitForNotify((n) => n.body.includes("before restart"));
    await first.stop();

    const second = await startTestServer({ store: "redis", keyPrefix: prefix, port });
    try {
      // The publication survived: its ETag is still valid.
      assert.equal((await pub.publish(pidf(target, "t", "closed", "after restart"))).status, 200);
      const after = await sub.waitForNotify((n) => n.body.includes("after restart"));
      assert.ok(after.request.cseq.seq > before.request.cseq.seq, `CSeq ${after.request.cseq.seq} continues after ${before.request.cseq.seq}`);
      // The dialog survived: an in-dialog refresh is accepted.
      assert.equal((await sub.subscribe(600)).status, 200);
      const refreshed = await sub.waitForNotify((n) => n.request.cseq.seq > after.request.cseq.seq);
      assert.match(refreshed.body, /after restart/);
    } finally {
      await second.stop();
    }
  } finally {
    await ua.close();
    await deleteKeys(prefix);
  }
});
