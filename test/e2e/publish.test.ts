/** RFC 3903 PUBLISH over real UDP and TCP sockets, against both stores. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { pidf, Publisher, TestUa } from "../support/test-ua.js";
import { TARGETS } from "../support/test-server.js";
import { startTarget, type TestTarget } from "../support/test-target.js";

for (const store of TARGETS) {
  describe(`PUBLISH (${store} store)`, () => {
    let srv: TestTarget;
    let ua: TestUa;
    let tcp: TestUa;
    before(async () => {
      srv = await startTarget(store, { overrides: { min_expires: 30, max_expires: 3600, expires_offset: 10 } });
      ua = await TestUa.open({ transport: "udp", serverPort: srv.port });
      tcp = await TestUa.open({ transport: "tcp", serverPort: srv.port });
    });
    after(async () => {
      await ua.close();
      await tcp.close();
      await srv.dispose();
    });

    test("initial, refresh, modify and remove, with a new SIP-ETag each time", async () => {
      const aor = `sip:alice-${store}@example.com`;
      const pub = new Publisher(ua, aor);
      const r1 = await pub.publish(pidf(aor, "t1", "open"), 600);
      assert.equal(r1.status, 200);
      const etag1 = r1.headers.get("sip-etag");
      assert.ok(etag1);
      // expires_offset is subtracted from the granted duration in the 2xx.
      assert.equal(r1.headers.get("expires"), "590");

      const r2 = await pub.publish(null, 600);
      assert.equal(r2.status, 200);
      const etag2 = r2.headers.get("sip-etag");
      assert.ok(etag2 && etag2 !== etag1, "refresh gets a new entity-tag");

      const r3 = await pub.publish(pidf(aor, "t1", "closed"), 600);
      assert.equal(r3.status, 200);
      assert.notEqual(r3.headers.get("sip-etag"), etag2);

      const old = new Publisher(ua, aor);
      old.etag = etag1;
      assert.equal((await old.publish(null, 600)).status, 412, "a superseded ETag is no longer held");

      const r4 = await pub.publish(null, 0);
      assert.equal(r4.status, 200);
      assert.equal((await pub.publish(null, 600)).status, 412, "a removed publication cannot be refreshed");
    });

    test("412 for an entity-tag never issued", async () => {
      const pub = new Publisher(ua, "sip:nobody@example.com");
      pub.etag = "not-an-etag-we-hold";
      const r = await pub.publish(null, 600);
      assert.equal(r.status, 412);
    });

    test("400 when there is neither a body nor SIP-If-Match", async () => {
      const r = await new Publisher(ua, "sip:bob@example.com").publish(null, 600);
      assert.equal(r.status, 400);
      assert.match(r.headers.get("warning") ?? "", /without body/);
    });

    test("489 with Allow-Events for an unknown or missing event", async () => {
      const r = await new Publisher(ua, "sip:bob@example.com", "no-such-package").publish(pidf("sip:bob@example.com", "a", "open"));
      assert.equal(r.status, 489);
      assert.match(r.headers.get("allow-events") ?? "", /presence/);
      const r2 = await ua.request("PUBLISH", "sip:bob@example.com", [["Content-Type", "application/pidf+xml"]], pidf("sip:bob@example.com", "a", "open"));
      assert.equal(r2.status, 489);
    });

    test("415 with Accept for a wrong Content-Type", async () => {
      const pub = new Publisher(ua, "sip:bob@example.com", "presence", "text/plain");
      const r = await pub.publish("hello");
      assert.equal(r.status, 415);
      assert.match(r.headers.get("accept") ?? "", /application\/pidf\+xml/);
    });

    test("400 for malformed XML and for entity declarations", async () => {
      const r = await new Publisher(ua, "sip:bob@example.com").publish("<presence><tuple></presence>");
      assert.equal(r.status, 400);
      const bomb =
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>' +
        '<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:bob@example.com"><note>&lol2;</note></presence>';
      assert.equal((await new Publisher(ua, "sip:bob@example.com").publish(bomb)).status, 400);
    });

    test("423 with Min-Expires below min_expires; max_expires clamps", async () => {
      const aor = "sip:carol@example.com";
      const r = await new Publisher(ua, aor).publish(pidf(aor, "c", "open"), 5);
      assert.equal(r.status, 423);
      assert.equal(r.headers.get("min-expires"), "30");
      const r2 = await new Publisher(ua, aor).publish(pidf(aor, "c", "open"), 99999);
      assert.equal(r2.status, 200);
      assert.equal(r2.headers.get("expires"), String(3600 - 10));
    });

    test("PUBLISH over TCP", async () => {
      const aor = "sip:dave@example.com";
      const r = await new Publisher(tcp, aor).publish(pidf(aor, "d", "open"));
      assert.equal(r.status, 200);
      assert.ok(r.headers.get("sip-etag"));
    });
  });
}
