/** Invariant 5: bad input from the network never kills the server or corrupts stored state. */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { createSocket } from "node:dgram";
import { connect } from "node:net";
import { once } from "node:events";
import { pidf, Publisher, Subscriber, TestUa } from "../support/test-ua.js";
import { sleep, TARGETS } from "../support/test-server.js";
import { startTarget, type TestTarget } from "../support/test-target.js";

/** Sends one datagram and collects what comes back within `ms`. */
async function datagram(port: number, data: Buffer | string, ms = 400): Promise<string[]> {
  const s = createSocket("udp4");
  const got: string[] = [];
  s.on("message", (m) => got.push(m.toString("latin1")));
  s.bind(0, "127.0.0.1");
  await once(s, "listening");
  s.send(typeof data === "string" ? Buffer.from(data, "latin1") : data, port, "127.0.0.1");
  await sleep(ms);
  s.close();
  return got;
}

const subscribeText = (extra: string, cl: string) =>
  "SUBSCRIBE sip:x@example.com SIP/2.0\r\n" +
  `Via: SIP/2.0/UDP 127.0.0.1:9;branch=z9hG4bK${randomBytes(6).toString("hex")};rport\r\n` +
  "From: <sip:w@example.com>;tag=1\r\nTo: <sip:x@example.com>\r\n" +
  `Call-ID: ${randomBytes(6).toString("hex")}@t\r\nCSeq: 1 SUBSCRIBE\r\nMax-Forwards: 70\r\n` +
  `Contact: <sip:w@127.0.0.1:9>\r\nEvent: presence\r\n${extra}Content-Length: ${cl}\r\n\r\n`;

for (const store of TARGETS) {
  describe(`bad input (${store} store)`, () => {
    let srv: TestTarget;
    let ua: TestUa;
    before(async () => {
      srv = await startTarget(store);
      ua = await TestUa.open({ transport: "udp", serverPort: srv.port });
    });
    after(async () => {
      await ua.close();
      await srv.dispose();
    });

    async function stillServes(): Promise<void> {
      const r = await ua.request("OPTIONS", `sip:ping@127.0.0.1:${srv.port}`, []);
      assert.equal(r.status, 200);
    }

    test("garbage datagrams are dropped and the next request is answered", async () => {
      for (let i = 0; i < 50; i++) await datagram(srv.port, randomBytes(1 + (i * 37) % 1400), 0);
      assert.deepEqual(await datagram(srv.port, "\u0000\u0001\u0002 hello"), []);
      await stillServes();
    });

    test("a truncated request gets no crash and the server keeps answering", async () => {
      const full = subscribeText("", "0");
      await datagram(srv.port, full.slice(0, 60));
      await datagram(srv.port, full.slice(0, full.indexOf("Call-ID")));
      await stillServes();
    });

    test("a negative Content-Length is a 400 naming the defect", async () => {
      const got = await datagram(srv.port, subscribeText("", "-5"));
      assert.equal(got.length, 1);
      assert.match(got[0]!, /^SIP\/2\.0 400 [^\r]*Content-Length/i);
      await stillServes();
    });

    test("a Content-Length larger than the datagram is rejected", async () => {
      const got = await datagram(srv.port, subscribeText("", "500"));
      assert.match(got[0] ?? "", /^SIP\/2\.0 400/);
      await stillServes();
    });

    test("a malformed Expires is a 400, stored state untouched", async () => {
      const target = `sip:robust-${store}@example.com`;
      const pub = new Publisher(ua, target);
      assert.equal((await pub.publish(pidf(target, "keep", "open", "kept"))).status, 200);
      const got = await datagram(srv.port, subscribeText("Expires: soon\r\n", "0"));
      assert.match(got[0] ?? "", /^SIP\/2\.0 400/);
      const sub = new Subscriber(ua, target);
      await sub.subscribe(600);
      assert.match((await sub.waitForNotify()).body, /kept/);
    });

    test("a TCP connection sending garbage is closed; other connections keep working", async () => {
      const bad = connect({ host: "127.0.0.1", port: srv.port });
      await once(bad, "connect");
      bad.on("error", () => undefined);
      bad.write("NOT SIP AT ALL\r\nContent-Length: banana\r\n\r\n");
      await Promise.race([once(bad, "close"), sleep(3000)]);
      assert.ok(bad.destroyed || bad.readableEnded, "the broken connection was closed");
      const good = await TestUa.open({ transport: "tcp", serverPort: srv.port });
      try {
        assert.equal((await good.request("OPTIONS", "sip:ping@127.0.0.1", [])).status, 200);
      } finally {
        await good.close();
      }
    });
  });
}
