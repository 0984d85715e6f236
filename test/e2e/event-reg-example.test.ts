/**
 * The worked example of docs/event-packages.md: the "reg" package (RFC 3680) is added to a running
 * server's registry with no change to the core, and serves PUBLISH, SUBSCRIBE, NOTIFY and expiry.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { regPackage } from "@presence/events";
import { Publisher, Subscriber, TestUa } from "../support/test-ua.js";
import { STORE_KINDS, startTestServer, type TestServer } from "../support/test-server.js";

const CT = "application/reginfo+xml";

function reginfo(aor: string, regId: string, contacts: Array<[string, "active" | "terminated", string]>): string {
  return (
    `<?xml version="1.0"?>\n<reginfo xmlns="urn:ietf:params:xml:ns:reginfo" version="3" state="full">\n` +
    `  <registration aor="${aor}" id="${regId}" state="${contacts.some((c) => c[1] === "active") ? "active" : "terminated"}">\n` +
    contacts.map(([id, state, event]) => `    <contact id="${id}" state="${state}" event="${event}"><uri>sip:${id}@192.0.2.1</uri></contact>\n`).join("") +
    "  </registration>\n</reginfo>\n"
  );
}

const versionOf = (body: string) => Number(/<reginfo version="(\d+)"/.exec(body)?.[1] ?? NaN);

for (const store of STORE_KINDS) {
  describe(`worked example: reg package added through the interface only (${store} store)`, () => {
    let srv: TestServer;
    let ua: TestUa;
    before(async () => {
      srv = await startTestServer({ store, overrides: { min_expires: 1 } });
      srv.server.events.add(regPackage());
      ua = await TestUa.open({ transport: "udp", serverPort: srv.port });
    });
    after(async () => {
      await ua.close();
      await srv.dispose();
    });

    test("publish, subscribe, change, expiry, with per-watcher versions", async () => {
      const aor = `sip:reg-${store}@example.com`;
      const pcscf = new Publisher(ua, aor, "reg", CT);
      assert.equal((await pcscf.publish(reginfo(aor, "r1", [["pc", "active", "registered"]]))).status, 200);
      const other = new Publisher(ua, aor, "reg", CT);
      assert.equal((await other.publish(reginfo(aor, "r2", [["mobile", "active", "created"]]))).status, 200);

      const sub = new Subscriber(ua, aor, "reg");
      assert.equal((await sub.subscribe(600)).status, 200);
      const first = await sub.waitForNotify();
      assert.equal(first.request.headers.get("content-type"), CT);
      assert.equal(versionOf(first.body), 0, "the published version is replaced by the watcher's");
      assert.match(first.body, /id="r1"/);
      assert.match(first.body, /id="r2"/);

      await other.publish(reginfo(aor, "r2", [["mobile", "terminated", "unregistered"]]));
      const changed = await sub.waitForNotify((x) => x.body.includes("unregistered"));
      assert.equal(versionOf(changed.body), 1);

      // r1 is refreshed for one second only and expires: the document no longer lists it.
      assert.equal((await pcscf.publish(null, 1)).status, 200);
      const expired = await sub.waitForNotify((x) => !x.body.includes('id="r1"'), 6000);
      assert.equal(versionOf(expired.body), 2);
      assert.match(expired.body, /id="r2"/);
    });

    test("validation and negotiation come from the package", async () => {
      const aor = `sip:reg-bad-${store}@example.com`;
      const bad = await new Publisher(ua, aor, "reg", CT).publish(reginfo(aor, "r1", [["pc", "active", "exploded"]]));
      assert.equal(bad.status, 400);
      assert.match(bad.reason, /bad contact event/);
      const wrongType = await new Publisher(ua, aor, "reg", "application/pidf+xml").publish("<presence/>");
      assert.equal(wrongType.status, 415);
      assert.equal(wrongType.headers.get("accept"), CT);
      assert.equal((await new Subscriber(ua, aor, "reg", [["Accept", "text/plain"]]).subscribe(600)).status, 406);
    });
  });
}
