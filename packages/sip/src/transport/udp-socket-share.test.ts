import assert from "node:assert/strict";
import { createSocket } from "node:dgram";
import { once } from "node:events";
import { closeSync, openSync } from "node:fs";
import { test } from "node:test";
import { until } from "./test-peers.js";
import { bindUdpSocket } from "./udp-socket.js";
import { answerLiteralsAtOnce, duplicateSocket, setReceiving, socketFd } from "./udp-socket-share.js";

test("a duplicate shares the port and the receive queue, and outlives the original", async () => {
  const original = await bindUdpSocket("127.0.0.1", 0);
  const port = original.address().port;
  const fd = socketFd(original);
  assert.ok(fd !== null && fd > 2, "the descriptor is readable");
  const copy = await duplicateSocket(fd, "udp4");
  const peer = createSocket("udp4");
  try {
    assert.equal(copy.address().port, port);
    assert.notEqual(socketFd(copy), fd, "a descriptor of its own");
    const byCopy: string[] = [];
    const byOriginal: string[] = [];
    copy.on("message", (m) => byCopy.push(m.toString()));
    original.on("message", (m) => byOriginal.push(m.toString()));

    // The copy comes back not reading: with the original paused, a datagram waits for it.
    assert.ok(setReceiving(original, false));
    peer.send("one", port, "127.0.0.1");
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(byCopy, []);
    assert.ok(setReceiving(copy, true));
    await until(() => byCopy.length === 1);

    // Neither reads: the datagram waits in the one kernel queue, then goes to whoever reads next.
    assert.ok(setReceiving(copy, false));
    peer.send("two", port, "127.0.0.1");
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(byCopy, ["one"]);
    assert.deepEqual(byOriginal, []);
    assert.ok(setReceiving(original, true));
    await until(() => byOriginal.length === 1);
    assert.deepEqual(byOriginal, ["two"]);

    // The original closed: the copy reads and sends on the same port.
    assert.ok(setReceiving(copy, true));
    original.close();
    peer.send("three", port, "127.0.0.1");
    await until(() => byCopy.length === 2);
    assert.equal(byCopy[1], "three");
    const answer = once(peer, "message");
    answerLiteralsAtOnce(copy);
    copy.send("back", peer.address().port, "127.0.0.1");
    const [data, rinfo] = (await answer) as [Buffer, { port: number }];
    assert.equal(data.toString(), "back");
    assert.equal(rinfo.port, port, "sent from the shared port");
  } finally {
    copy.close();
    peer.close();
    try {
      original.close();
    } catch {
      // closed above
    }
  }
});

test("an IPv6 socket is duplicated as IPv6", async (t) => {
  let original;
  try {
    original = await bindUdpSocket("::1", 0);
  } catch {
    t.skip("no IPv6 loopback here");
    return;
  }
  const copy = await duplicateSocket(socketFd(original)!, "udp6");
  try {
    assert.equal(copy.address().family, "IPv6");
    assert.equal(copy.address().port, original.address().port);
  } finally {
    copy.close();
    original.close();
  }
});

test("duplicating a descriptor that is not a UDP socket fails", async () => {
  const fd = openSync("/dev/null", "r");
  try {
    await assert.rejects(duplicateSocket(fd, "udp4"), /exited \(1\)/);
  } finally {
    closeSync(fd);
  }
});
