import { test } from "node:test";
import assert from "node:assert/strict";
import { connect, createServer, type Socket } from "node:net";
import { createSocket } from "node:dgram";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { silentLogger } from "@presence/log";
import type { Endpoint } from "../message/types.js";
import { TransportLayer, type TransportHandlers } from "./transport-layer.js";
import { createTransportStats } from "./transport-stats.js";
import type { FramingError } from "./stream-framer.js";

interface Received {
  text: string;
  source: Endpoint;
}

async function start(over: { tcpIdleTimeoutMs?: number; host?: string; framingReply?: string; udpThread?: boolean; udpBacklogBytes?: number } = {}) {
  const received: Received[] = [];
  const framing: FramingError[] = [];
  const closed: string[] = [];
  const waiters: Array<() => void> = [];
  const handlers: TransportHandlers = {
    message: (data, source) => {
      received.push({ text: data.toString(), source });
      for (const w of waiters.splice(0)) w();
    },
    framingError: (e) => {
      framing.push(e);
      return over.framingReply ? Buffer.from(over.framingReply) : null;
    },
    connectionClosed: (id) => closed.push(id),
  };
  const stats = createTransportStats();
  const t = await TransportLayer.bind(
    {
      host: over.host ?? "127.0.0.1",
      port: 0,
      transports: ["UDP", "TCP"],
      tcpIdleTimeoutMs: over.tcpIdleTimeoutMs ?? 60000,
      tcpConnectTimeoutMs: 2000,
      maxPendingBytes: 1 << 20,
      logger: silentLogger(),
      stats,
      udpThread: over.udpThread ?? false,
      ...(over.udpBacklogBytes !== undefined ? { udpBacklogBytes: over.udpBacklogBytes } : {}),
    },
    handlers,
  );
  const until = async (cond: () => boolean, ms = 2000): Promise<void> => {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error("condition not met in time");
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 10);
      });
    }
  };
  return { t, received, framing, closed, stats, until };
}

function sipMessage(tag: string, body = ""): string {
  return `MESSAGE sip:x SIP/2.0\r\nCall-ID: ${tag}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

async function tcpClient(port: number, host = "127.0.0.1"): Promise<{ socket: Socket; data: () => string }> {
  const socket = connect({ host, port });
  await once(socket, "connect");
  let buf = "";
  socket.on("data", (d: Buffer) => (buf += d.toString()));
  socket.on("error", () => undefined);
  return { socket, data: () => buf };
}

test("UDP and TCP share the port; TCP framing handles coalesced, byte-split and body-later messages", async () => {
  const { t, received, until } = await start();
  try {
    const udp = createSocket("udp4");
    udp.send(sipMessage("u1"), t.port, "127.0.0.1");
    await until(() => received.length === 1);
    assert.equal(received[0]!.source.transport, "UDP");
    udp.close();

    const c = await tcpClient(t.port);
    c.socket.write(sipMessage("a") + sipMessage("b", "body-b"));
    await until(() => received.length === 3);
    const whole = Buffer.from(sipMessage("c", "é body"));
    for (let i = 0; i < whole.length; i++) {
      c.socket.write(whole.subarray(i, i + 1));
      await new Promise((r) => setImmediate(r));
    }
    await until(() => received.length === 4);
    const late = sipMessage("d", "late body");
    c.socket.write(late.slice(0, late.length - 9));
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(received.length, 4, "no message until the body arrives");
    c.socket.write("late body");
    await until(() => received.length === 5);
    assert.deepEqual(
      received.slice(1).map((r) => r.text),
      [sipMessage("a"), sipMessage("b", "body-b"), sipMessage("c", "é body"), sipMessage("d", "late body")],
    );
    assert.ok(received.slice(1).every((r) => r.source.transport === "TCP" && r.source.connectionId === received[1]!.source.connectionId));
    c.socket.destroy();
  } finally {
    await t.close();
  }
});

test("with the UDP I/O thread, datagrams reach the handler with their source and sends reach the peer", async () => {
  const { t, received, stats, until } = await start({ udpThread: true });
  const udp = createSocket("udp4");
  try {
    udp.bind(0, "127.0.0.1");
    await once(udp, "listening");
    const replies: string[] = [];
    udp.on("message", (m) => replies.push(m.toString()));
    udp.send(sipMessage("threaded"), t.port, "127.0.0.1");
    await until(() => received.length === 1);
    assert.equal(received[0]!.text, sipMessage("threaded"));
    assert.deepEqual(received[0]!.source, { transport: "UDP", address: "127.0.0.1", port: udp.address().port });

    await t.send(Buffer.from(sipMessage("reply")), received[0]!.source);
    await until(() => replies.length === 1);
    assert.equal(replies[0], sipMessage("reply"));
    assert.equal(stats.sent, 1);
    await assert.rejects(t.send(Buffer.alloc(70_000), received[0]!.source), /UDP send failed/);
    assert.equal(stats.sendErrors, 1);
  } finally {
    udp.close();
    await t.close();
  }
});

test("with the UDP I/O thread, what a busy event loop cannot take is dropped and counted", async () => {
  const { t, received, stats, until } = await start({ udpThread: true, udpBacklogBytes: 4000 });
  const udp = createSocket("udp4");
  try {
    udp.bind(0, "127.0.0.1");
    await once(udp, "listening");
    const count = 40;
    for (let i = 0; i < count; i++) udp.send(sipMessage(`flood-${i}`, "x".repeat(300)), t.port, "127.0.0.1");
    const end = Date.now() + 400;
    while (Date.now() < end) {
      // the event loop is busy; the I/O thread reads on
    }
    await until(() => received.length + stats.udpDropped === count);
    assert.ok(stats.udpDropped > 0 && received.length > 0 && received.length < count / 2, `kept ${received.length}, dropped ${stats.udpDropped}`);
    assert.equal(stats.received, received.length);
  } finally {
    udp.close();
    await t.close();
  }
});

test("CRLF keep-alive ping is answered with CRLF", async () => {
  const { t, stats, until } = await start();
  try {
    const c = await tcpClient(t.port);
    c.socket.write("\r\n\r\n");
    await until(() => c.data() === "\r\n");
    assert.equal(stats.keepalivesAnswered, 1);
    c.socket.destroy();
  } finally {
    await t.close();
  }
});

test("a connection that breaks framing is closed after the reply; another connection keeps working", async () => {
  const { t, received, framing, closed, until } = await start({ framingReply: "SIP/2.0 400 Missing Content-Length\r\nContent-Length: 0\r\n\r\n" });
  try {
    const good = await tcpClient(t.port);
    const bad = await tcpClient(t.port);
    bad.socket.write("MESSAGE sip:x SIP/2.0\r\nCall-ID: bad\r\n\r\n");
    await once(bad.socket, "close");
    assert.equal(framing[0]?.reason, "Missing Content-Length");
    assert.match(bad.data(), /^SIP\/2\.0 400 Missing Content-Length/);
    await until(() => closed.length === 1);
    good.socket.write(sipMessage("still-fine"));
    await until(() => received.length === 1);
    assert.equal(received[0]!.text, sipMessage("still-fine"));
    good.socket.destroy();
  } finally {
    await t.close();
  }
});

test("sends reuse the peer's connection by id or by address, and closing is reported", async () => {
  const { t, received, closed, until } = await start();
  try {
    const c = await tcpClient(t.port);
    c.socket.write(sipMessage("hello"));
    await until(() => received.length === 1);
    const flow = received[0]!.source;
    await t.send(Buffer.from(sipMessage("by-id")), flow);
    await t.send(Buffer.from(sipMessage("by-address")), { transport: "TCP", address: flow.address, port: flow.port });
    await until(() => c.data().includes("by-address"));
    assert.equal(c.data(), sipMessage("by-id") + sipMessage("by-address"));
    assert.equal(t.connectionCount, 1, "no new connection opened");
    c.socket.destroy();
    await until(() => closed.length === 1);
    assert.deepEqual(closed, [flow.connectionId]);
    assert.equal(t.hasConnection(flow.connectionId!), false);
  } finally {
    await t.close();
  }
});

test("a send to a closed flow opens a new connection to the address; a refused connection is a transport error", async () => {
  const { t } = await start();
  const server = createServer();
  const got: string[] = [];
  server.on("connection", (s) => s.on("data", (d: Buffer) => got.push(d.toString())));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as { port: number }).port;
  // A port nothing listens on: bound, read, released.
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const deadPort = (probe.address() as { port: number }).port;
  await new Promise<void>((r) => probe.close(() => r()));
  try {
    await t.send(Buffer.from(sipMessage("x")), { transport: "TCP", address: "127.0.0.1", port, connectionId: "gone" });
    const deadline = Date.now() + 2000;
    while (got.join("") !== sipMessage("x") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    assert.equal(got.join(""), sipMessage("x"));
    await assert.rejects(t.send(Buffer.from(sipMessage("y")), { transport: "TCP", address: "127.0.0.1", port: deadPort }), { name: "TransportError" });
  } finally {
    server.close();
    await t.close();
  }
});

test("idle TCP connections are closed after the configured time", async () => {
  const { t, closed, stats, until } = await start({ tcpIdleTimeoutMs: 100 });
  try {
    const c = await tcpClient(t.port);
    const closedAt = once(c.socket, "close");
    await closedAt;
    await until(() => closed.length === 1);
    assert.equal(stats.tcpIdleClosed, 1);
  } finally {
    await t.close();
  }
});

function rmemMax(): number {
  try {
    return Number(readFileSync("/proc/sys/net/core/rmem_max", "utf8").trim());
  } catch {
    return 0;
  }
}

test(
  "a UDP burst arriving while the event loop is busy waits in the kernel instead of being dropped",
  { skip: rmemMax() < 2 * 1024 * 1024 ? "net.core.rmem_max is below 2 MB: the kernel caps the buffer" : false },
  async () => {
    const { t, received, until } = await start();
    const udp = createSocket("udp4");
    try {
      udp.bind(0, "127.0.0.1");
      await once(udp, "listening");
      udp.connect(t.port, "127.0.0.1");
      await once(udp, "connect");
      // 800 datagrams of ~1.2 KB (about 1.8 MB of kernel buffer) sent while this loop holds the
      // event loop, so nothing is read until it ends: the default ~200 KB buffer keeps some 90.
      const body = "x".repeat(1100);
      const count = 800;
      for (let i = 0; i < count; i++) udp.send(sipMessage(`burst-${i}`, body));
      await until(() => received.length === count, 5000);
      assert.equal(new Set(received.map((r) => r.text)).size, count);
    } finally {
      udp.close();
      await t.close();
    }
  },
);
