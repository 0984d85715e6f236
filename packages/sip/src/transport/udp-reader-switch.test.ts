import { test } from "node:test";
import assert from "node:assert/strict";
import { createSocket, type Socket } from "node:dgram";
import { once } from "node:events";
import { textPeer, until } from "./test-peers.js";
import { ThreadedUdpChannel } from "./udp-thread-channel.js";
import type { UdpChannelEvents } from "./udp-channel.js";
import type { UdpReader, UdpReaderGovernorOptions } from "./udp-reader-governor.js";

interface Opened {
  channel: ThreadedUdpChannel;
  got: string[];
  changes: UdpReader[];
  unavailable: Error[];
}

async function open(autoReader?: UdpReaderGovernorOptions, sampleMs = 50): Promise<Opened> {
  const got: string[] = [];
  const changes: UdpReader[] = [];
  const unavailable: Error[] = [];
  const events: UdpChannelEvents = {
    datagram: (data) => got.push(data.toString()),
    error: (err) => assert.fail(err),
    readerChanged: (reader) => changes.push(reader),
    readerUnavailable: (err) => unavailable.push(err),
  };
  const channel = await ThreadedUdpChannel.bind("127.0.0.1", 0, events, autoReader ? { autoReader, autoReaderSampleMs: sampleMs } : {});
  return { channel, got, changes, unavailable };
}

const GOVERNOR: UdpReaderGovernorOptions = { toThreadAbove: 0.6, toThreadSamples: 2, toMainBelow: 0.3, toMainSamples: 3 };

type Peer = Awaited<ReturnType<typeof textPeer>>;

/** A channel and a peer for `body`; both closed after it. */
async function withChannel(body: (o: Opened, p: Peer) => Promise<void>, autoReader?: UdpReaderGovernorOptions): Promise<void> {
  const o = await open(autoReader);
  const p = await textPeer();
  try {
    await body(o, p);
  } finally {
    await o.channel.close();
    p.socket.close();
  }
}

/** Binds `port` exclusively and lets it go: throws EADDRINUSE while any descriptor still holds it. */
async function assertPortFree(port: number): Promise<void> {
  const again = createSocket("udp4");
  try {
    again.bind({ port, address: "127.0.0.1", exclusive: true });
    await once(again, "listening");
  } finally {
    again.close();
  }
}

/** Which thread read the next `n` datagrams sent to the channel. */
async function readerOf(channel: ThreadedUdpChannel, p: { socket: Socket }, got: string[], n: number): Promise<Record<UdpReader, number>> {
  const before = { ...channel.readBy };
  const start = got.length;
  for (let i = 0; i < n; i++) p.socket.send(`probe-${i}`, channel.port, "127.0.0.1");
  await until(() => got.length === start + n);
  return { thread: channel.readBy.thread - before.thread, main: channel.readBy.main - before.main };
}

test("the reader moves to the main thread and back; no datagram is lost, doubled or reordered", async () => {
  await withChannel(async ({ channel, got, changes }, p) => {
    assert.equal(channel.reader, "thread");
    assert.deepEqual(await readerOf(channel, p, got, 5), { thread: 5, main: 0 });
    got.length = 0;

    // A stream of numbered datagrams across three switches.
    let sent = 0;
    const stream = setInterval(() => {
      for (let i = 0; i < 5; i++) p.socket.send(`n-${sent++}`, channel.port, "127.0.0.1");
    }, 1);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(await channel.switchReader("main"), "main");
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(await channel.switchReader("thread"), "thread");
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(await channel.switchReader("main"), "main");
    await new Promise((r) => setTimeout(r, 50));
    clearInterval(stream);
    await until(() => got.length === sent);
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(
      got,
      Array.from({ length: sent }, (_, i) => `n-${i}`),
    );
    assert.deepEqual(changes, ["main", "thread", "main"]);

    assert.deepEqual(await readerOf(channel, p, got, 5), { thread: 0, main: 5 });
  });
});

test("sends keep their order across switches, and each settles", async () => {
  await withChannel(async ({ channel }, p) => {
    const sends: Promise<void>[] = [];
    const send = (from: number, to: number) => {
      for (let i = from; i < to; i++) sends.push(channel.send(Buffer.from(`s-${i}`), p.port, "127.0.0.1"));
    };
    // Groups of 20: the peer reads on this thread, and its receive buffer holds a few hundred.
    send(0, 20);
    const toMain = channel.switchReader("main");
    send(20, 40); // made while the duplicate is being opened: still through the thread
    assert.equal(await toMain, "main");
    send(40, 60); // on the main thread's duplicate
    const toThread = channel.switchReader("thread");
    send(60, 80);
    await toThread;
    const again = channel.switchReader("main");
    send(80, 100);
    await again;
    send(100, 120);
    await Promise.all(sends);
    await until(() => p.got.length === 120);
    assert.deepEqual(
      p.got,
      Array.from({ length: 120 }, (_, i) => `s-${i}`),
    );
  });
});

test("a send made while the I/O thread releases the socket waits and goes out after the earlier ones", async () => {
  await withChannel(async ({ channel }, p) => {
    await channel.switchReader("main");
    await channel.switchReader("thread");
    // The duplicate exists now: the release is the only wait, and sends made meanwhile are held.
    const early = Array.from({ length: 40 }, (_, i) => channel.send(Buffer.from(`e-${i}`), p.port, "127.0.0.1"));
    const switching = channel.switchReader("main");
    const late = Array.from({ length: 40 }, (_, i) => channel.send(Buffer.from(`l-${i}`), p.port, "127.0.0.1"));
    assert.equal(await switching, "main");
    const after = Array.from({ length: 40 }, (_, i) => channel.send(Buffer.from(`a-${i}`), p.port, "127.0.0.1"));
    await Promise.all([...early, ...late, ...after]);
    await until(() => p.got.length === 120);
    assert.deepEqual(p.got, [...["e", "l", "a"].flatMap((g) => Array.from({ length: 40 }, (_, i) => `${g}-${i}`))]);
  });
});

test("closed while the main thread reads: both descriptors close and the port is free again", async () => {
  const { channel } = await open();
  const port = channel.port;
  assert.equal(await channel.switchReader("main"), "main");
  await channel.close();
  await assertPortFree(port);
  await assert.rejects(channel.send(Buffer.from("x"), port, "127.0.0.1"), /closed/);
});

test("closed while the duplicate is being made: close waits for it, and the port is free again", async () => {
  const { channel } = await open();
  const port = channel.port;
  const switching = channel.switchReader("main");
  await channel.close();
  await assertPortFree(port);
  assert.equal(await switching, "thread");
});

test("the governor gives the socket to the main thread when it idles and back when it is busy", async () => {
  await withChannel(async ({ channel, got, changes, unavailable }, p) => {
    await until(() => changes.length === 1, 5000);
    assert.deepEqual(changes, ["main"]);
    assert.equal(channel.reader, "main");
    assert.deepEqual(await readerOf(channel, p, got, 3), { thread: 0, main: 3 });

    // Busy in 30 ms slices with the loop turning between them: utilization near 1.
    const end = Date.now() + 3000;
    while (changes.length < 2 && Date.now() < end) {
      const slice = Date.now() + 30;
      while (Date.now() < slice);
      await new Promise((r) => setImmediate(r));
    }
    assert.deepEqual(changes, ["main", "thread"]);
    assert.equal(channel.reader, "thread");
    assert.deepEqual(await readerOf(channel, p, got, 3), { thread: 3, main: 0 });
    assert.deepEqual(unavailable, []);
  }, GOVERNOR);
});
