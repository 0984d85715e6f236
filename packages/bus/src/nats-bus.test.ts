// NatsBus against the real NATS server at 127.0.0.1:4222 (JetStream on): the shared contract, plus
// what only a real server shows (reconnecting after the server restarts).
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { BusError, BusUnavailableError, busNames, eventsStreamOptions, NatsBus, type BusStatus } from "./mod.js";
import { busContract } from "./test-bus-contract.js";

const NATS_URL = process.env.NATS_URL ?? "nats://127.0.0.1:4222";
const NATS_SERVER = "/usr/sbin/nats-server";

/** A TCP port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, "127.0.0.1", r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

/** Records every socket write of this process, as text, until the returned function is called. */
function recordSocketWrites(writes: string[]): () => void {
  const write = Socket.prototype.write;
  Socket.prototype.write = function (this: Socket, ...args: Parameters<Socket["write"]>) {
    writes.push(Buffer.from(args[0] as Uint8Array | string).toString("latin1"));
    return write.apply(this, args);
  } as Socket["write"];
  return () => {
    Socket.prototype.write = write;
  };
}

busContract("NatsBus", async (prefix) => {
  const made: NatsBus[] = [];
  const open = async (servers: string): Promise<NatsBus> => {
    const bus = await NatsBus.connect({ servers, name: `test-${prefix}`, drainTimeoutMs: 200, reconnectTimeWaitMs: 200 });
    made.push(bus);
    return bus;
  };
  return {
    clients: (n) => Promise.all(Array.from({ length: n }, () => open(NATS_URL))),
    unreachable: async () => open(`nats://127.0.0.1:${await closedPort()}`),
    async cleanup() {
      const admin = await NatsBus.connect({ servers: NATS_URL });
      try {
        await admin.deleteStream(busNames(prefix).eventsStream);
      } finally {
        await Promise.all([...made, admin].map((b) => b.close()));
      }
    },
  };
});

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A private nats-server, so the test can stop and restart it without disturbing anyone else. */
class PrivateServer {
  private proc: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly storeDir: string,
  ) {}

  async start(): Promise<void> {
    const proc = spawn(NATS_SERVER, ["-a", "127.0.0.1", "-p", String(this.port), "-js", "-sd", this.storeDir], { stdio: ["ignore", "ignore", "pipe"] });
    this.proc = proc;
    let log = "";
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`nats-server did not start: ${log}`)), 5000);
      proc.stderr!.on("data", (d: Buffer) => {
        log += d.toString();
        if (log.includes("Server is ready")) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.on("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`nats-server exited with ${code}: ${log}`));
      });
    });
  }

  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    this.proc = null;
    const exited = new Promise((r) => proc.once("exit", r));
    proc.kill("SIGKILL");
    await exited;
  }
}

describe("NatsBus: server-specific behaviour", () => {
  it("connect() to a closed port returns at once in 'reconnecting'; close() ends the retries", async () => {
    const t0 = Date.now();
    const bus = await NatsBus.connect({ servers: `nats://127.0.0.1:${await closedPort()}`, reconnectTimeWaitMs: 100 });
    assert.ok(Date.now() - t0 < 2000, `connect took ${Date.now() - t0} ms`);
    assert.equal(bus.status(), "reconnecting");
    assert.equal(bus.stats.errors, 1, "the failed connection attempt");
    const pendingServe = bus.serve("x.y", "q", async () => new Uint8Array(0));
    await bus.close();
    await assert.rejects(pendingServe, (e: unknown) => e instanceof Error && e.name === "BusClosedError");
    assert.equal(bus.status(), "closed");
  });

  it(
    "keeps reconnecting by itself: fails fast while the server is down, then serves and consumes again",
    { skip: existsSync(NATS_SERVER) ? false : `${NATS_SERVER} not installed` },
    async () => {
      const storeDir = await mkdtemp(join(tmpdir(), "presence-bus-nats-"));
      const server = new PrivateServer(await closedPort(), storeDir);
      await server.start();
      const url = `nats://127.0.0.1:${server.port}`;
      const opts = { servers: url, reconnectTimeWaitMs: 100, drainTimeoutMs: 200, pullExpiresMs: 1000 };
      const [client, worker] = await Promise.all([NatsBus.connect(opts), NatsBus.connect(opts)]);
      const names = busNames("reconnect.presence.v1");
      try {
        const statuses: BusStatus[] = [];
        client.onStatus((s) => statuses.push(s));
        let slowRelease!: () => void;
        const slow = new Promise<void>((r) => (slowRelease = r));
        await worker.serve(names.presentityPublish, "presentity", async (m) => {
          if (m.data[0] === 1) await slow;
          return m.data;
        });
        await worker.ensureStream(eventsStreamOptions(names));
        const events: number[] = [];
        await worker.consume({
          stream: names.eventsStream,
          durable: "notifier",
          ackWaitMs: 2000,
          maxAckPending: 10,
          handler: async (m) => {
            events.push(m.data[0]!);
            await m.ack();
          },
        });
        await client.publishEvent(names.eventsPresentity, new Uint8Array([10]));
        await until(() => events.length === 1, 3000, "first event");

        // A request in flight when the server dies fails at once, not after its 10 s timeout.
        const inFlight = assert.rejects(client.request(names.presentityPublish, new Uint8Array([1]), { timeoutMs: 10_000 }), BusUnavailableError);
        await sleep(50);
        const t0 = Date.now();
        await server.stop();
        await inFlight;
        assert.ok(Date.now() - t0 < 2000, `in-flight request failed after ${Date.now() - t0} ms`);
        await until(() => client.status() === "reconnecting", 2000, "reconnecting status");
        const t1 = Date.now();
        await assert.rejects(client.request(names.presentityPublish, new Uint8Array([2]), { timeoutMs: 10_000 }), BusUnavailableError);
        await assert.rejects(client.publishEvent(names.eventsPresentity, new Uint8Array([11])), BusUnavailableError);
        assert.ok(Date.now() - t1 < 200, "fail fast while down");
        slowRelease();

        await server.start();
        await until(() => client.status() === "connected" && worker.status() === "connected", 5000, "reconnected");
        assert.deepEqual(statuses, ["reconnecting", "connected"]);
        assert.equal(client.stats.disconnects, 1);
        assert.equal(client.stats.reconnects, 1);
        assert.ok(client.stats.errors >= 3, `the three failed calls counted: ${client.stats.errors}`);
        // The client restored the worker's queue subscription; the file-backed stream and the durable
        // survived, and the running consume() loop pulls again by itself.
        const reply = await client.request(names.presentityPublish, new Uint8Array([3]), { timeoutMs: 2000 });
        assert.deepEqual([...reply.data], [3]);
        await client.publishEvent(names.eventsPresentity, new Uint8Array([12]));
        await until(() => events.includes(12), 5000, "event after restart");
        assert.deepEqual(events, [10, 12]);
      } finally {
        await Promise.all([client.close(), worker.close()]);
        await server.stop();
        await rm(storeDir, { recursive: true, force: true });
      }
    },
  );

  it("a publish the stream refuses is a BusError(jetstream) with the server's reason; a stored one passes", async () => {
    const prefix = `t${randomBytes(5).toString("hex")}.presence.v1`;
    const names = busNames(prefix);
    const bus = await NatsBus.connect({ servers: NATS_URL, name: `test-${prefix}` });
    try {
      await bus.ensureStream(eventsStreamOptions(names, { storage: "memory" }));
      await bus.publishEvent(names.eventsPresentity, new Uint8Array([1]));
      const errorsBefore = bus.stats.errors;
      // JetStream checks this header against the stream that would store the event.
      await assert.rejects(bus.publishEvent(names.eventsPresentity, new Uint8Array([2]), { "Nats-Expected-Stream": "not-this-one" }), (e: unknown) => {
        assert.ok(e instanceof BusError, String(e));
        assert.equal(e.code, "jetstream");
        assert.equal(e.retryable, false);
        assert.match(e.message, /^event on .*: .*stream.* \(10060\)$/);
        return true;
      });
      assert.equal(bus.stats.errors, errorsBefore + 1, "counted as a failed bus call");
      const nc = await connect({ servers: NATS_URL });
      try {
        const jsm = await jetstreamManager(nc);
        assert.equal((await jsm.streams.info(names.eventsStream)).state.messages, 1, "only the first event stored");
      } finally {
        await nc.close();
      }
    } finally {
      await bus.deleteStream(names.eventsStream).catch(() => false);
      await bus.close();
    }
  });

  it("an unconfirmed ack leaves in the same socket write as a request made in the same turn", async () => {
    const prefix = `t${randomBytes(5).toString("hex")}.presence.v1`;
    const names = busNames(prefix);
    const [bus, peer] = await Promise.all([NatsBus.connect({ servers: NATS_URL, name: `test-${prefix}` }), NatsBus.connect({ servers: NATS_URL, name: `test-${prefix}-peer` })]);
    // Every socket write of this process while the handler runs (the peer's reply included).
    const writes: string[] = [];
    let restore = (): void => undefined;
    try {
      await peer.serve(names.edgeAnyNotify, "edge", async () => new Uint8Array([1]));
      await bus.ensureStream(eventsStreamOptions(names, { storage: "memory" }));
      let done!: () => void;
      const handled = new Promise<void>((r) => (done = r));
      await bus.consume({
        stream: names.eventsStream,
        durable: "acks",
        ackWaitMs: 5000,
        maxAckPending: 10,
        concurrency: 1,
        confirmAcks: false,
        handler: async (m) => {
          restore = recordSocketWrites(writes);
          await m.ack();
          // What the notifier does after the lock step: the change's NOTIFYs go out in a request.
          void bus.request(names.edgeAnyNotify, new Uint8Array([2]), { timeoutMs: 2000 }).finally(done);
        },
      });
      await bus.publishEvent(names.eventsPresentity, new Uint8Array([1]));
      await handled;
      restore();
      const acks = writes.filter((w) => w.includes("$JS.ACK"));
      assert.equal(acks.length, 1, "one write carries the ack");
      assert.ok(acks[0]!.includes(`PUB ${names.edgeAnyNotify} `) || acks[0]!.includes(`HPUB ${names.edgeAnyNotify} `), "and the request with it");
    } finally {
      restore();
      await bus.deleteStream(names.eventsStream).catch(() => false);
      await Promise.all([bus.close(), peer.close()]);
    }
  });

  it("with a write linger, a quiet bus sends at once and a busy one sends requests of several turns in one socket write", async () => {
    const prefix = `t${randomBytes(5).toString("hex")}.presence.v1`;
    const names = busNames(prefix);
    // 50 ms: the linger holds once the bus sent at least 20 messages in the last second.
    const [bus, peer] = await Promise.all([
      NatsBus.connect({ servers: NATS_URL, name: `test-${prefix}`, writeLingerMs: 50 }),
      NatsBus.connect({ servers: NATS_URL, name: `test-${prefix}-peer` }),
    ]);
    const writes: string[] = [];
    let restore = (): void => undefined;
    const ask = (text: string): Promise<unknown> => bus.request(names.edgeAnyNotify, Buffer.from(text), { timeoutMs: 2000 });
    const sentWith = (text: string): number => writes.findIndex((w) => w.includes(text));
    try {
      await peer.serve(names.edgeAnyNotify, "edge", async (m) => m.data);
      restore = recordSocketWrites(writes);
      const quiet = ask("quiet-one");
      await new Promise((r) => setImmediate(r));
      assert.ok(sentWith("quiet-one") >= 0, "a quiet bus writes at the end of the turn");
      await quiet;
      for (let i = 0; i < 25; i++) await ask(`warm-${i}`);
      assert.equal(bus.stats.heldWrites, 0, "nothing held before a full busy second");
      // The next send starts a new counting window: the last one held 26 sends, over one per 50 ms.
      await new Promise((r) => setTimeout(r, 1_050));
      writes.length = 0;
      const first = ask("busy-first");
      await new Promise((r) => setTimeout(r, 10));
      assert.equal(sentWith("busy-first"), -1, "held across turns while busy");
      const second = ask("busy-second");
      await Promise.all([first, second]);
      restore();
      assert.ok(sentWith("busy-first") >= 0);
      assert.equal(sentWith("busy-first"), sentWith("busy-second"), "both requests left in one write");
      assert.equal(bus.stats.heldWrites, 2);
    } finally {
      restore();
      await Promise.all([bus.close(), peer.close()]);
    }
  });

  it("rejects invalid connection options with BusError(invalid-argument)", async () => {
    for (const servers of ["nats://[not-a-host", [], "nats://:4222"]) {
      await assert.rejects(NatsBus.connect({ servers }), (e: unknown) => e instanceof BusError && e.code === "invalid-argument", JSON.stringify(servers));
    }
  });
});
