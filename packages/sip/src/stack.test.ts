import { test } from "node:test";
import assert from "node:assert/strict";
import { networkInterfaces } from "node:os";
import { createServer } from "node:net";
import { once } from "node:events";
import { createResponse, Headers, newCallId, newTag, serialize, SipRequest, type SipResponse } from "./message/index.js";
import { SipStack, type SipStackOptions } from "./stack.js";
import { requestText, TcpPeer, UdpPeer, until } from "./transport/test-peers.js";

async function withStack(opts: Partial<SipStackOptions>, body: (s: SipStack) => Promise<void>): Promise<void> {
  const s = await SipStack.start({ host: "127.0.0.1", port: 0, ...opts });
  try {
    await body(s);
  } finally {
    await s.close({ drainMs: 0 });
  }
}

function newRequest(method: string, host = "127.0.0.1", body = ""): SipRequest {
  const h = new Headers([
    ["from", `<sip:server@${host.includes(":") ? `[${host}]` : host}>;tag=${newTag()}`],
    ["to", "<sip:bob@example.com>;tag=peer"],
    ["call-id", newCallId()],
    ["cseq", `1 ${method}`],
  ]);
  if (body) h.set("content-type", "text/plain");
  return new SipRequest(method, "sip:bob@example.com", h, Buffer.from(body));
}

function status(m: { msg: unknown }): number {
  const msg = m.msg as SipResponse | null;
  return msg && msg.kind === "response" ? msg.status : -1;
}

test("UDP client transaction retransmits on Timer E until the peer answers the third copy", async () => {
  const t1 = 100;
  await withStack({ t1, t2: 4000 }, async (stack) => {
    let dropFirst = 0;
    const peer = await UdpPeer.open("127.0.0.1", (a, p) => {
      if (a.msg?.kind !== "request") return;
      const copies = p.inbox.all.filter((x) => x.msg?.callId === a.msg!.callId).length;
      if (copies > dropFirst) p.send(serialize(createResponse(a.msg, 200)), a.from.port);
    });
    try {
      // Warm-up transaction (answered at once) so that first-use costs do not skew the timing.
      assert.equal((await stack.request(newRequest("NOTIFY"), { transport: "UDP", address: "127.0.0.1", port: peer.port })).kind, "response");
      dropFirst = 2;
      const sentBefore = stack.stats.retransmissionsSent;
      const req = newRequest("NOTIFY");
      const result = await stack.request(req, { transport: "UDP", address: "127.0.0.1", port: peer.port });
      assert.equal(result.kind, "response");
      if (result.kind === "response") assert.equal(result.response.status, 200);
      const copies = peer.inbox.all.filter((a) => a.msg?.callId === req.callId);
      assert.equal(copies.length, 3, "two copies dropped, the third answered");
      const t = copies.map((a) => a.at);
      const first = t[1]! - t[0]!;
      const second = t[2]! - t[1]!;
      assert.ok(first >= 0.6 * t1 && first < 1.6 * t1, `first interval ${first} ms (T1 = ${t1})`);
      assert.ok(second >= 1.5 * t1 && second < 3 * t1, `second interval ${second} ms (2*T1 = ${2 * t1})`);
      assert.ok(second / first > 1.4, `intervals ${first} then ${second} should roughly double`);
      assert.equal(stack.stats.retransmissionsSent - sentBefore, 2);
      assert.equal(stack.stats.requestsSent.get("NOTIFY"), 2, "warm-up and this one; copies not counted");
      assert.equal(stack.stats.responsesReceived.get("NOTIFY 200"), 2);
      const via = copies[0]!.msg!.via;
      assert.equal(via.rport, true);
      assert.equal(via.port, stack.port);
      assert.ok(via.branch?.startsWith("z9hG4bK"));
      assert.equal(copies[0]!.msg!.maxForwards, 70);
    } finally {
      peer.close();
    }
  });
});

test("UDP client transaction times out at Timer F = 64*T1", async () => {
  await withStack({ t1: 20 }, async (stack) => {
    const peer = await UdpPeer.open();
    try {
      const started = performance.now();
      const result = await stack.request(newRequest("OPTIONS"), { transport: "UDP", address: "127.0.0.1", port: peer.port });
      const elapsed = performance.now() - started;
      assert.deepEqual(result, { kind: "timeout" });
      assert.ok(elapsed >= 64 * 20 - 5 && elapsed < 64 * 20 + 500, `timed out after ${elapsed} ms`);
      // Sends at 0, 20, 60, 140, 300, 620, 1260 ms.
      assert.ok(peer.inbox.all.length >= 6 && peer.inbox.all.length <= 7, `${peer.inbox.all.length} copies`);
      assert.equal(stack.stats.timeouts, 1);
    } finally {
      peer.close();
    }
  });
});

test("server transaction hands the request up once and answers 5 retransmissions with the cached response", async () => {
  await withStack({ allow: ["NOTIFY"] }, async (stack) => {
    let calls = 0;
    stack.onRequest((req, tx) => {
      calls++;
      tx.respond(createResponse(req, 200));
    });
    const peer = await UdpPeer.open();
    try {
      const text = requestText("NOTIFY", { port: peer.port, body: "state" });
      peer.send(text, stack.port);
      await peer.inbox.count(1);
      for (let i = 0; i < 5; i++) peer.send(text, stack.port);
      const got = await peer.inbox.count(6);
      await new Promise((r) => setTimeout(r, 30));
      assert.equal(peer.inbox.all.length, 6);
      assert.equal(calls, 1);
      assert.ok(got.every((a) => status(a) === 200));
      assert.equal(new Set(got.map((a) => a.msg!.toTag)).size, 1, "the same response every time");
      assert.equal(stack.stats.retransmissionsAbsorbed, 5);
      assert.equal(stack.stats.responsesResent, 5);
      // Counted once per transaction, retransmissions apart.
      assert.deepEqual([...stack.stats.requestsReceived], [["NOTIFY", 1]]);
      assert.deepEqual([...stack.stats.responsesSent], [["NOTIFY 200", 1]]);
      // RFC 3581: rport filled in and received added on the response's Via.
      const via = got[0]!.msg!.via;
      assert.equal(via.rport, peer.port);
      assert.equal(via.received, "127.0.0.1");
    } finally {
      peer.close();
    }
  });
});

test("retransmissions before the application answers are absorbed silently; a provisional is resent", async () => {
  await withStack({ allow: ["SUBSCRIBE"] }, async (stack) => {
    let tx: { respond(r: SipResponse): void } | null = null;
    let req: SipRequest | null = null;
    stack.onRequest((r, t) => {
      req = r;
      tx = t;
    });
    const peer = await UdpPeer.open();
    try {
      const text = requestText("SUBSCRIBE", { port: peer.port, rport: false });
      peer.send(text, stack.port);
      peer.send(text, stack.port);
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(peer.inbox.all.length, 0, "nothing sent while Trying");
      tx!.respond(createResponse(req!, 100));
      await peer.inbox.count(1);
      peer.send(text, stack.port);
      await peer.inbox.count(2);
      tx!.respond(createResponse(req!, 202));
      const got = await peer.inbox.count(3);
      assert.deepEqual(got.map(status), [100, 100, 202]);
      // No rport: the response went to the sent-by port, which is the peer's port here.
      assert.equal(got[0]!.msg!.via.received, null);
    } finally {
      peer.close();
    }
  });
});

test("TCP framing: two requests in one chunk, one byte by byte, and a body after its head", async () => {
  await withStack({ allow: ["NOTIFY"] }, async (stack) => {
    const bodies: string[] = [];
    stack.onRequest((req, tx) => {
      bodies.push(req.body.toString());
      tx.respond(createResponse(req, 200));
    });
    const peer = await TcpPeer.connect(stack.port);
    try {
      const mk = (body: string) => requestText("NOTIFY", { port: 5060, transport: "TCP", body });
      peer.write(mk("one") + mk("two"));
      await peer.inbox.count(2);
      const bytes = Buffer.from(mk("three ✓"));
      for (let i = 0; i < bytes.length; i++) {
        peer.write(bytes.subarray(i, i + 1));
        await new Promise((r) => setImmediate(r));
      }
      await peer.inbox.count(3);
      const four = mk("<presence>four</presence>");
      const cut = four.indexOf("\r\n\r\n") + 4;
      peer.write(four.slice(0, cut));
      await new Promise((r) => setTimeout(r, 30));
      assert.equal(bodies.length, 3);
      peer.write(four.slice(cut));
      await peer.inbox.count(4);
      assert.deepEqual(bodies, ["one", "two", "three ✓", "<presence>four</presence>"]);
      assert.ok(peer.inbox.all.every((a) => status(a) === 200));
    } finally {
      peer.close();
    }
  });
});

test("a TCP connection that breaks framing gets 400 and is closed; another connection keeps working", async () => {
  await withStack({}, async (stack) => {
    const closedIds: string[] = [];
    stack.onConnectionClosed((id) => closedIds.push(id));
    const good = await TcpPeer.connect(stack.port);
    const bad = await TcpPeer.connect(stack.port);
    try {
      const text = requestText("OPTIONS", { port: 5060, transport: "TCP" }).replace(/Content-Length: 0\r\n/, "");
      bad.write(text);
      assert.equal(await bad.closedWithin(2000), true);
      assert.match(bad.raw, /^SIP\/2\.0 400 Missing Content-Length\r\n/);
      good.write(requestText("OPTIONS", { port: 5060, transport: "TCP" }));
      const [res] = await good.inbox.count(1);
      assert.equal(status(res!), 200);
      assert.equal(good.closed, false);
      assert.equal(closedIds.length, 1);
      assert.equal(stack.stats.framingErrors, 1);

      const big = await TcpPeer.connect(stack.port);
      big.write(requestText("NOTIFY", { port: 5060, transport: "TCP", body: "x".repeat(70000) }));
      assert.equal(await big.closedWithin(2000), true);
      assert.match(big.raw, /^SIP\/2\.0 513 Message Too Large\r\n/);
    } finally {
      good.close();
      bad.close();
    }
  });
});

test("CRLF keep-alive over TCP is answered with CRLF", async () => {
  await withStack({}, async (stack) => {
    const peer = await TcpPeer.connect(stack.port);
    try {
      peer.write("\r\n\r\n");
      const end = Date.now() + 2000;
      while (peer.raw !== "\r\n" && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
      assert.equal(peer.raw, "\r\n");
    } finally {
      peer.close();
    }
  });
});

test("the stack answers OPTIONS, unknown methods, INVITE, CANCEL, Max-Forwards 0 and drops a stray ACK", async () => {
  await withStack({ allow: ["SUBSCRIBE", "PUBLISH"], allowEvents: ["presence"], userAgent: "presence-test" }, async (stack) => {
    stack.onRequest((req, tx) => tx.respond(createResponse(req, 200)));
    const peer = await UdpPeer.open();
    try {
      const ask = async (text: string): Promise<SipResponse> => {
        const n = peer.inbox.all.length + 1;
        peer.send(text, stack.port);
        const got = await peer.inbox.count(n);
        return got[n - 1]!.msg as SipResponse;
      };
      const opt = await ask(requestText("OPTIONS", { port: peer.port }));
      assert.equal(opt.status, 200);
      assert.deepEqual(opt.headers.list("allow"), ["SUBSCRIBE", "PUBLISH", "OPTIONS"]);
      assert.deepEqual(opt.headers.list("allow-events"), ["presence"]);
      assert.deepEqual(opt.headers.list("accept"), ["application/pidf+xml"]);
      assert.equal(opt.headers.get("server"), "presence-test");
      assert.ok(opt.toTag);

      const unknown = await ask(requestText("FROBNICATE", { port: peer.port }));
      assert.equal(unknown.status, 501);

      const invite = await ask(requestText("INVITE", { port: peer.port }));
      assert.equal(invite.status, 405);
      assert.deepEqual(invite.headers.list("allow"), ["SUBSCRIBE", "PUBLISH", "OPTIONS"]);

      const cancel = await ask(requestText("CANCEL", { port: peer.port }));
      assert.equal(cancel.status, 481);

      const mf0 = await ask(requestText("SUBSCRIBE", { port: peer.port, maxForwards: 0 }));
      assert.equal(mf0.status, 483);

      const before = peer.inbox.all.length;
      peer.send(requestText("ACK", { port: peer.port }), stack.port);
      const sub = await ask(requestText("SUBSCRIBE", { port: peer.port }));
      assert.equal(sub.status, 200);
      assert.equal(peer.inbox.all.length, before + 1, "the ACK got no answer");
      assert.equal(stack.stats.strayAcks, 1);
    } finally {
      peer.close();
    }
  });
});

test("a garbage datagram is dropped and counted; a malformed request gets 400 with a Warning; the next request is answered", async () => {
  await withStack({}, async (stack) => {
    const peer = await UdpPeer.open();
    try {
      peer.send(Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x0d, 0x0a, 0x00]), stack.port);
      peer.send("\r\n\r\n", stack.port);
      const badUri = requestText("OPTIONS", { port: peer.port }).replace(/^OPTIONS \S+/, "OPTIONS sip:bob@exa mple");
      peer.send(badUri, stack.port);
      const [first] = await peer.inbox.count(1);
      const res = first!.msg as SipResponse;
      assert.equal(res.status, 400);
      assert.equal(res.reason, "Bad Request-URI");
      assert.match(res.headers.get("warning") ?? "", /^399 \S+ ".+"$/);
      // Parsed lazily, after the parser accepted the message.
      peer.send(requestText("OPTIONS", { port: peer.port }).replace("Max-Forwards: 70", "Max-Forwards: many"), stack.port);
      const [, second] = await peer.inbox.count(2);
      assert.equal(status(second!), 400);
      assert.equal((second!.msg as SipResponse).reason, "Bad Max-Forwards");
      peer.send(requestText("OPTIONS", { port: peer.port }), stack.port);
      const got = await peer.inbox.count(3);
      assert.equal(status(got[2]!), 200);
      assert.equal(stack.stats.parseErrors, 2);
      assert.equal(stack.stats.badRequests, 2);
    } finally {
      peer.close();
    }
  });
});

test("CANCEL for a live transaction gets 200 and the request still completes", async () => {
  await withStack({ allow: ["SUBSCRIBE"] }, async (stack) => {
    const pending: Array<() => void> = [];
    stack.onRequest((req, tx) => pending.push(() => tx.respond(createResponse(req, 202))));
    const peer = await UdpPeer.open();
    try {
      const sub = requestText("SUBSCRIBE", { port: peer.port, branch: "z9hG4bKcancelme" });
      peer.send(sub, stack.port);
      await new Promise((r) => setTimeout(r, 30));
      const cancel = sub.replace(/^SUBSCRIBE /, "CANCEL ").replace("CSeq: 1 SUBSCRIBE", "CSeq: 1 CANCEL");
      peer.send(cancel, stack.port);
      const [c] = await peer.inbox.count(1);
      assert.equal(status(c!), 200);
      assert.equal((c!.msg as SipResponse).cseq.method, "CANCEL");
      pending[0]!();
      const got = await peer.inbox.count(2);
      assert.equal(status(got[1]!), 202);
    } finally {
      peer.close();
    }
  });
});

test("stack to stack over UDP and TCP; a refused TCP target is a transport-error result", async () => {
  await withStack({ allow: ["MESSAGE"] }, async (server) => {
    server.onRequest((req, tx) => tx.respond(createResponse(req, 200, undefined, { body: Buffer.from(`echo:${req.body.toString()}`), contentType: "text/plain" })));
    await withStack({}, async (client) => {
      for (const transport of ["UDP", "TCP"] as const) {
        const r = await client.request(newRequest("MESSAGE", "127.0.0.1", transport), { transport, address: "127.0.0.1", port: server.port });
        assert.equal(r.kind, "response");
        if (r.kind === "response") assert.equal(r.response.body.toString(), `echo:${transport}`);
      }
      const probe = createServer().listen(0, "127.0.0.1");
      await once(probe, "listening");
      const deadPort = (probe.address() as { port: number }).port;
      await new Promise<void>((r) => probe.close(() => r()));
      const r = await client.request(newRequest("MESSAGE"), { transport: "TCP", address: "127.0.0.1", port: deadPort });
      assert.equal(r.kind, "transport-error");
      await assert.rejects(client.request(newRequest("INVITE"), { transport: "UDP", address: "127.0.0.1", port: server.port }), {
        name: "UnsupportedRequestError",
      });
    });
  });
});

test("a request to a subscriber goes out on the TCP connection it opened", async () => {
  await withStack({ allow: ["SUBSCRIBE"] }, async (stack) => {
    const results: Array<Promise<unknown>> = [];
    stack.onRequest((req, tx) => {
      tx.respond(createResponse(req, 202));
      const notify = newRequest("NOTIFY");
      notify.headers.set("event", "presence");
      notify.headers.set("subscription-state", "active;expires=60");
      results.push(stack.request(notify, tx.source));
    });
    const peer = await TcpPeer.connect(stack.port);
    try {
      peer.write(requestText("SUBSCRIBE", { port: 5060, transport: "TCP", extra: "Event: presence\r\nExpires: 60\r\n" }));
      const got = await peer.inbox.count(2);
      assert.equal(status(got[0]!), 202);
      const notify = got[1]!.msg as SipRequest;
      assert.equal(notify.kind, "request");
      assert.equal(notify.method, "NOTIFY");
      assert.equal(notify.via.transport, "TCP");
      peer.write(serialize(createResponse(notify, 200)));
      const r = (await results[0]) as { kind: string; response?: SipResponse };
      assert.equal(r.kind, "response");
      assert.equal(r.response?.status, 200);
      assert.equal(stack.stats.tcpConnected, 0, "no connection opened by the stack");
    } finally {
      peer.close();
    }
  });
});

const hasIpv6Loopback = Object.values(networkInterfaces()).some((l) => l?.some((a) => a.address === "::1"));

test("IPv6 (::1): UDP and TCP requests are answered, and stacks talk to each other", { skip: !hasIpv6Loopback && "no ::1 on this machine" }, async () => {
  await withStack({ host: "::1", allow: ["MESSAGE"] }, async (server) => {
    assert.equal(server.address, "::1");
    server.onRequest((req, tx) => tx.respond(createResponse(req, 200)));
    const udp = await UdpPeer.open("::1");
    const tcp = await TcpPeer.connect(server.port, "::1");
    try {
      udp.send(requestText("OPTIONS", { host: "::1", port: udp.port }), server.port);
      const [u] = await udp.inbox.count(1);
      assert.equal(status(u!), 200);
      assert.equal(u!.msg!.via.rport, udp.port);
      tcp.write(requestText("OPTIONS", { host: "::1", port: 5060, transport: "TCP" }));
      const [t] = await tcp.inbox.count(1);
      assert.equal(status(t!), 200);
    } finally {
      udp.close();
      tcp.close();
    }
    await withStack({ host: "::1" }, async (client) => {
      for (const transport of ["UDP", "TCP"] as const) {
        const r = await client.request(newRequest("MESSAGE", "::1"), { transport, address: "::1", port: server.port });
        assert.equal(r.kind === "response" && r.response.status, 200, transport);
      }
    });
  });
});

test("close() lets a pending server transaction finish within drainMs, then answers nothing more", async () => {
  const stack = await SipStack.start({ host: "127.0.0.1", port: 0, allow: ["PUBLISH"] });
  stack.onRequest((req, tx) => setTimeout(() => tx.respond(createResponse(req, 200)), 80));
  const peer = await UdpPeer.open();
  try {
    peer.send(requestText("PUBLISH", { port: peer.port }), stack.port);
    await new Promise((r) => setTimeout(r, 20));
    const closing = stack.close({ drainMs: 2000 });
    peer.send(requestText("PUBLISH", { port: peer.port }), stack.port);
    const got = await peer.inbox.count(2);
    await closing;
    assert.deepEqual(got.map(status).sort(), [200, 503]);
  } finally {
    peer.close();
  }
});

test("close() with a TCP flow still open closes it and returns", async () => {
  const stack = await SipStack.start({ host: "127.0.0.1", port: 0 });
  const closedIds: string[] = [];
  stack.onConnectionClosed((id) => closedIds.push(id));
  const peer = await TcpPeer.connect(stack.port);
  try {
    peer.write(requestText("OPTIONS", { port: 5060, transport: "TCP" }));
    await peer.inbox.count(1);
    await stack.close({ drainMs: 100 });
    assert.equal(await peer.closedWithin(1000), true);
    assert.equal(closedIds.length, 1);
  } finally {
    peer.close();
  }
});

test("with the UDP I/O thread, requests past its backlog are answered 503 with Retry-After, a Warning naming the stack and its Server header", async () => {
  await withStack({ udpThread: true, udpBacklogBytes: 3000, userAgent: "presence-test", allow: ["PUBLISH"] }, async (stack) => {
    let first = true;
    stack.onRequest((req, tx) => {
      if (first) {
        // The first request keeps this thread busy while the rest arrive.
        first = false;
        const end = Date.now() + 400;
        while (Date.now() < end) {
          // busy
        }
      }
      tx.respond(createResponse(req, 200));
    });
    const peer = await UdpPeer.open("127.0.0.1");
    try {
      const n = 30;
      for (let i = 0; i < n; i++) peer.send(requestText("PUBLISH", { port: peer.port, extra: `Event: presence\r\nX-Pad: ${"x".repeat(150)}\r\n` }), stack.port);
      const answers = await peer.inbox.count(n, 5000);
      const statuses = answers.map((a) => status(a));
      const ok = statuses.filter((s) => s === 200).length;
      const busy = answers.filter((a) => status(a) === 503);
      assert.equal(ok + busy.length, n, `every request answered once: ${statuses.join(",")}`);
      assert.ok(ok >= 5 && busy.length >= 10, `${ok} answered 200, ${busy.length} answered 503`);
      for (const a of busy) {
        const res = a.msg as SipResponse;
        assert.match(res.headers.get("retry-after") ?? "", /^[3-7]$/);
        assert.equal(res.headers.get("warning"), `399 127.0.0.1:${stack.port} "overloaded: request not queued"`);
        assert.equal(res.headers.get("server"), "presence-test");
        assert.match(res.headers.get("via") ?? "", new RegExp(`;rport=${peer.port};received=127\\.0\\.0\\.1$`));
      }
      assert.equal(stack.stats.udpRejected, busy.length);
    } finally {
      peer.close();
    }
  });
});

test("with udpThread auto, an idle stack reads UDP on its own thread, a busy one hands it to the I/O thread; requests are answered throughout", async () => {
  await withStack({ udpThread: "auto" }, async (stack) => {
    const peer = await UdpPeer.open("127.0.0.1");
    const options = async (): Promise<void> => {
      const before = peer.inbox.all.length;
      peer.send(requestText("OPTIONS", { port: peer.port }), stack.port);
      const [answer] = (await peer.inbox.count(before + 1, 2000)).slice(before);
      assert.equal(status(answer!), 200);
    };
    try {
      assert.equal(stack.stats.udpReaderOnThread, 1, "the I/O thread reads first");
      await options();
      // Default thresholds: under 45 % busy on average over 3 s, then the duplicate's child process starts.
      await until(() => stack.stats.udpReaderSwitches > 0, 8000);
      assert.equal(stack.stats.udpReaderSwitches, 1);
      assert.equal(stack.stats.udpReaderOnThread, 0);
      await options();

      // Busy in 30 ms slices: the I/O thread takes the socket back within about a quarter of a second.
      const busyEnd = Date.now() + 3000;
      while (stack.stats.udpReaderSwitches === 1 && Date.now() < busyEnd) {
        const slice = Date.now() + 30;
        while (Date.now() < slice) {
          // busy
        }
        await new Promise((r) => setImmediate(r));
      }
      assert.equal(stack.stats.udpReaderSwitches, 2);
      assert.equal(stack.stats.udpReaderOnThread, 1);
      await options();
    } finally {
      peer.close();
    }
  });
});
