import assert from "node:assert/strict";
import { once } from "node:events";
import { test } from "node:test";
import { bindUdpSocket } from "./udp-socket.js";

test("a bound socket sends to an address literal and to a name (resolved through DNS)", async () => {
  const receiver = await bindUdpSocket("127.0.0.1", 0);
  const sender = await bindUdpSocket("127.0.0.1", 0);
  try {
    const port = receiver.address().port;
    for (const target of ["127.0.0.1", "localhost"]) {
      const got = once(receiver, "message");
      await new Promise<void>((resolve, reject) => sender.send(Buffer.from(`to ${target}`), port, target, (err) => (err ? reject(err) : resolve())));
      const [data] = (await got) as [Buffer];
      assert.equal(data.toString(), `to ${target}`);
    }
  } finally {
    sender.close();
    receiver.close();
  }
});

test("a send to a name that does not resolve fails with the resolver's error", async () => {
  const sender = await bindUdpSocket("127.0.0.1", 0);
  try {
    const err = await new Promise<NodeJS.ErrnoException | null>((resolve) => sender.send(Buffer.from("x"), 5060, "no-such-host.invalid", resolve));
    assert.ok(err, "the send failed");
    assert.match(String(err.code), /ENOTFOUND|EAI_AGAIN/);
  } finally {
    sender.close();
  }
});
