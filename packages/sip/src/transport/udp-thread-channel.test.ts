import { test } from "node:test";
import assert from "node:assert/strict";
import type { Socket } from "node:dgram";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { UDP_THREAD_NAME } from "./datagram-batch.js";
import { ThreadedUdpChannel, UdpSendError } from "./udp-thread-channel.js";
import { requestText, textPeer, until } from "./test-peers.js";
import type { UdpChannelEvents } from "./udp-channel.js";

interface Got {
  text: string;
  address: string;
  port: number;
}

async function open(): Promise<{ channel: ThreadedUdpChannel; got: Got[]; errors: Error[]; until: (cond: () => boolean) => Promise<void> }> {
  const got: Got[] = [];
  const errors: Error[] = [];
  const events: UdpChannelEvents = {
    datagram: (data, address, port) => got.push({ text: data.toString(), address, port }),
    error: (err) => errors.push(err),
  };
  const channel = await ThreadedUdpChannel.bind("127.0.0.1", 0, events);
  return { channel, got, errors, until: (cond) => until(cond) };
}

test("the I/O thread delivers received datagrams with their source and sends in order", async () => {
  const { channel, got, errors } = await open();
  const p = await textPeer();
  try {
    assert.equal(channel.address, "127.0.0.1");
    assert.ok(channel.port > 0);
    for (let i = 0; i < 50; i++) p.socket.send(`in-${i}`, channel.port, "127.0.0.1");
    await until(() => got.length === 50);
    assert.deepEqual(
      got.map((g) => g.text),
      Array.from({ length: 50 }, (_, i) => `in-${i}`),
    );
    assert.ok(got.every((g) => g.address === "127.0.0.1" && g.port === p.port));

    // Sent in one turn: one message to the thread; every promise settles once the thread sent it.
    const sends = Array.from({ length: 50 }, (_, i) => channel.send(Buffer.from(`out-${i}`), p.port, "127.0.0.1"));
    await Promise.all(sends);
    await until(() => p.got.length === 50);
    assert.deepEqual(
      p.got,
      Array.from({ length: 50 }, (_, i) => `out-${i}`),
    );
    assert.deepEqual(errors, []);
  } finally {
    p.socket.close();
    await channel.close();
  }
});

test("a send the kernel refuses rejects with its errno code; the sends around it still go", async () => {
  const { channel } = await open();
  const p = await textPeer();
  try {
    const before = channel.send(Buffer.from("before"), p.port, "127.0.0.1");
    // Larger than any UDP datagram: EMSGSIZE.
    const tooBig = channel.send(Buffer.alloc(70_000, 1), p.port, "127.0.0.1");
    const after = channel.send(Buffer.from("after"), p.port, "127.0.0.1");
    await before;
    await assert.rejects(tooBig, (err: unknown) => err instanceof UdpSendError && err.code === "EMSGSIZE");
    await after;
    await until(() => p.got.length === 2);
    assert.deepEqual(p.got, ["before", "after"]);
  } finally {
    p.socket.close();
    await channel.close();
  }
});

test("binding a port already taken fails with the socket's error", async () => {
  const p = await textPeer();
  try {
    await assert.rejects(
      ThreadedUdpChannel.bind("127.0.0.1", p.port, { datagram: () => undefined, error: () => undefined }),
      (err: unknown) => (err as NodeJS.ErrnoException).code === "EADDRINUSE",
    );
  } finally {
    p.socket.close();
  }
});

test("after close the thread is gone and sends reject", async () => {
  const { channel, errors } = await open();
  const p = await textPeer();
  try {
    const last = channel.send(Buffer.from("last"), p.port, "127.0.0.1");
    await channel.close();
    await last; // sent before the socket closed
    await until(() => p.got.length === 1);
    await assert.rejects(channel.send(Buffer.from("late"), p.port, "127.0.0.1"));
    assert.equal(channel.working, false);
    assert.deepEqual(errors, [], "a requested close is not reported as an error");
  } finally {
    p.socket.close();
  }
});

test("a thread that dies is reported: open and later sends reject and the channel stops working", async () => {
  const { channel, errors } = await open();
  try {
    assert.equal(channel.working, true);
    // What a crash of the thread looks like from here: it exits without being asked to close.
    const worker = (channel as unknown as { worker: import("node:worker_threads").Worker }).worker;
    await worker.terminate();
    await until(() => errors.length === 1);
    assert.match(errors[0]!.message, /UDP I\/O thread exited/);
    assert.equal(channel.working, false);
    await assert.rejects(channel.send(Buffer.from("x"), 9, "127.0.0.1"), /UDP I\/O thread exited/);
  } finally {
    await channel.close();
  }
});

/** A channel whose thread holds at most `backlogBytes` for this thread, and what it delivers and drops. */
async function openWithBacklog(backlogBytes: number): Promise<{ channel: ThreadedUdpChannel; got: string[]; dropped: () => number; rejected: () => number }> {
  const got: string[] = [];
  let dropped = 0;
  let rejected = 0;
  const events: UdpChannelEvents = { datagram: (d) => got.push(d.toString()), error: () => undefined, dropped: (n) => (dropped += n), rejected: (n) => (rejected += n) };
  const channel = await ThreadedUdpChannel.bind("127.0.0.1", 0, events, { backlogBytes });
  return { channel, got, dropped: () => dropped, rejected: () => rejected };
}

/** Sends `texts` to `port`, then keeps this thread busy while the I/O thread reads on. */
function sendWhileBusy(p: { socket: Socket }, port: number, texts: string[]): void {
  for (const t of texts) p.socket.send(t, port, "127.0.0.1");
  const end = Date.now() + 400;
  while (Date.now() < end) {
    // busy
  }
}

test("the thread holds at most its backlog for a busy main thread and counts what it drops", async () => {
  const { channel, got, dropped } = await openWithBacklog(2000);
  const p = await textPeer();
  try {
    // 50 datagrams of 200 bytes arrive while this thread is busy: about 2,000 bytes of them wait.
    const payload = (i: number) => `${String(i).padStart(3, "0")}${"x".repeat(197)}`;
    sendWhileBusy(p, channel.port, Array.from({ length: 50 }, (_, i) => payload(i)));
    await until(() => got.length + dropped() === 50);
    assert.ok(got.length >= 5 && got.length <= 10, `kept ${got.length}`);
    assert.deepEqual(
      got,
      Array.from({ length: got.length }, (_, i) => payload(i)),
      "the first ones are kept, in order",
    );
    // Once handled (reported back within a tenth of a second), the room is there again.
    await new Promise((r) => setTimeout(r, 250));
    const before = got.length;
    for (let i = 0; i < 5; i++) p.socket.send(`again-${i}`, channel.port, "127.0.0.1");
    await until(() => got.length === before + 5);
    assert.equal(dropped(), 50 - before);
  } finally {
    p.socket.close();
    await channel.close();
  }
});

test("past its backlog the thread drops requests first: responses, which end work, get twice the room", async () => {
  const { channel, got, dropped } = await openWithBacklog(2000);
  const p = await textPeer();
  try {
    // While this thread is busy: 20 requests of 200 bytes (about 10 fit), then 8 responses of 200 bytes.
    const request = (i: number) => `NOTIFY r${String(i).padStart(2, "0")} ${"x".repeat(189)}`;
    const response = (i: number) => `SIP/2.0 200 s${String(i).padStart(2, "0")} ${"x".repeat(186)}`;
    sendWhileBusy(p, channel.port, [...Array.from({ length: 20 }, (_, i) => request(i)), ...Array.from({ length: 8 }, (_, i) => response(i))]);
    await until(() => got.length + dropped() === 28);
    const requests = got.filter((g) => g.startsWith("NOTIFY"));
    const responses = got.filter((g) => g.startsWith("SIP/2.0"));
    assert.ok(requests.length >= 5 && requests.length <= 10, `requests kept: ${requests.length}`);
    assert.deepEqual(responses, Array.from({ length: 8 }, (_, i) => response(i)), "every response kept, in order");
    assert.equal(dropped(), 20 - requests.length);
  } finally {
    p.socket.close();
    await channel.close();
  }
});

/** A PUBLISH of about 280 bytes whose top Via has branch z9hG4bK-<i>. */
function sipRequest(i: number, port: number): string {
  return requestText("PUBLISH", { port, branch: `z9hG4bK-${i}`, extra: "Event: presence\r\nExpires: 60\r\n" });
}

test("once told how, the thread answers requests past its backlog 503, but drops a retransmission of one still queued", async () => {
  const { channel, got, dropped, rejected } = await openWithBacklog(2000);
  const p = await textPeer();
  try {
    channel.answerOverload({ warnAgent: "127.0.0.1:5060", server: null, retryAfterMin: 3, retryAfterMax: 7 });
    // While this thread is busy: 20 requests of about 300 bytes (about 6 fit), then request 0 again.
    const texts = Array.from({ length: 20 }, (_, i) => sipRequest(i, p.port));
    sendWhileBusy(p, channel.port, [...texts, texts[0]!]);
    await until(() => got.length + dropped() + rejected() === 21);
    const kept = got.length;
    assert.ok(kept >= 4 && kept <= 7, `requests kept: ${kept}`);
    assert.deepEqual(got, texts.slice(0, kept), "the first ones are kept, in order");
    assert.equal(rejected(), 20 - kept, "every later new request is answered");
    assert.equal(dropped(), 1, "the retransmission of a queued request is dropped, not answered");
    await until(() => p.got.length === 20 - kept);
    const answered = p.got.map((t) => /branch=(z9hG4bK-\d+)/.exec(t)?.[1]);
    assert.deepEqual(answered, Array.from({ length: 20 - kept }, (_, i) => `z9hG4bK-${kept + i}`));
    for (const t of p.got) {
      assert.match(t, /^SIP\/2\.0 503 Service Unavailable\r\n/);
      assert.match(t, /\r\nRetry-After: [3-7]\r\n/);
      assert.match(t, /\r\nWarning: 399 127\.0\.0\.1:5060 "overloaded: request not queued"\r\n/);
    }
    // Once the queued ones are handled, the same branch is new again and room is back: it is queued.
    await new Promise((r) => setTimeout(r, 250));
    p.socket.send(texts[0]!, channel.port, "127.0.0.1");
    await until(() => got.length === kept + 1);
  } finally {
    p.socket.close();
    await channel.close();
  }
});

test("a retransmission of a request the main thread already has (its answer may be pending) is dropped past the backlog, not answered 503", async () => {
  const { channel, got, dropped, rejected } = await openWithBacklog(2000);
  const p = await textPeer();
  try {
    channel.answerOverload({ warnAgent: "127.0.0.1:5060", server: null, retryAfterMin: 3, retryAfterMax: 7 });
    const first = sipRequest(100, p.port);
    p.socket.send(first, channel.port, "127.0.0.1");
    await until(() => got.length === 1);
    // Handled (reported within a tenth of a second); then the backlog fills again and the first comes again.
    await new Promise((r) => setTimeout(r, 250));
    const texts = Array.from({ length: 20 }, (_, i) => sipRequest(i, p.port));
    sendWhileBusy(p, channel.port, [...texts, first]);
    await until(() => got.length + dropped() + rejected() === 22);
    assert.equal(dropped(), 1, "the retransmission is dropped");
    assert.equal(rejected(), 21 - got.length, "every new request past the bound is answered");
    await until(() => p.got.length === rejected());
    assert.ok(p.got.every((t) => !t.includes("branch=z9hG4bK-100;")), "no 503 for the request the main thread has");
  } finally {
    p.socket.close();
    await channel.close();
  }
});

test("a send refused outright (port out of range) fails alone; the thread and the sends around it go on", async () => {
  const { channel, errors } = await open();
  const p = await textPeer();
  try {
    const before = channel.send(Buffer.from("one"), p.port, "127.0.0.1");
    const refused = channel.send(Buffer.from("bad"), 70_000, "127.0.0.1");
    const after = channel.send(Buffer.from("two"), p.port, "127.0.0.1");
    await assert.rejects(refused, (err: unknown) => err instanceof UdpSendError);
    await before;
    await after;
    await until(() => p.got.length === 2);
    assert.deepEqual(p.got, ["one", "two"]);
    assert.equal(channel.working, true);
    assert.deepEqual(errors, []);
  } finally {
    p.socket.close();
    await channel.close();
  }
});

/** The names of this process's threads, as ps -L and top -H show them. */
function threadNames(): string[] {
  return readdirSync("/proc/self/task").map((tid) => {
    try {
      return readFileSync(`/proc/self/task/${tid}/comm`, "utf8").trim();
    } catch {
      return "";
    }
  });
}

test("the I/O thread carries its own name, so tools and the benchmark can tell its CPU apart", { skip: !existsSync("/proc/self/task") && "no /proc" }, async () => {
  const before = threadNames().filter((n) => n === UDP_THREAD_NAME).length;
  const { channel } = await open();
  try {
    await until(() => threadNames().filter((n) => n === UDP_THREAD_NAME).length === before + 1);
  } finally {
    await channel.close();
  }
  await until(() => threadNames().filter((n) => n === UDP_THREAD_NAME).length === before);
});
