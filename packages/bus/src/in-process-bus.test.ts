import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BusUnavailableError, InProcessBroker, InProcessBus, type Bus } from "./mod.js";
import { busContract } from "./test-bus-contract.js";

busContract("InProcessBus", async () => {
  const broker = new InProcessBroker();
  const made: Bus[] = [];
  return {
    async clients(n) {
      const out = Array.from({ length: n }, () => new InProcessBus({ broker, drainTimeoutMs: 200 }));
      made.push(...out);
      return out;
    },
    async unreachable() {
      const down = new InProcessBroker();
      down.setAvailable(false);
      const bus = new InProcessBus({ broker: down, drainTimeoutMs: 200 });
      made.push(bus);
      return bus;
    },
    async cleanup() {
      await Promise.all(made.map((b) => b.close()));
    },
  };
});

describe("InProcessBus: simulated outage", () => {
  it("fails in-flight requests fast, reports reconnecting, and resumes deliveries when the broker is back", async () => {
    const broker = new InProcessBroker();
    const [client, server] = [new InProcessBus({ broker }), new InProcessBus({ broker })];
    const statuses: string[] = [];
    client.onStatus((s) => statuses.push(s));
    let release!: () => void;
    const blocked = new Promise<void>((r) => (release = r));
    await server.serve("p.slow", "q", async () => {
      await blocked;
      return new Uint8Array([1]);
    });
    await server.ensureStream({ name: "P_EVENTS", subjects: ["p.events.>"] });
    const got: number[] = [];
    await server.consume({
      stream: "P_EVENTS",
      durable: "d",
      ackWaitMs: 5000,
      maxAckPending: 10,
      handler: async (m) => {
        got.push(m.streamSequence);
        await m.ack();
      },
    });
    const pending = assert.rejects(client.request("p.slow", new Uint8Array(0), { timeoutMs: 10_000 }), BusUnavailableError);
    await new Promise((r) => setTimeout(r, 20));
    const t0 = Date.now();
    broker.setAvailable(false);
    await pending;
    assert.ok(Date.now() - t0 < 100);
    assert.equal(client.status(), "reconnecting");
    await assert.rejects(client.publishEvent("p.events.x", new Uint8Array(0)), BusUnavailableError);
    await assert.rejects(client.ensureStream({ name: "Q", subjects: ["q.>"] }), BusUnavailableError);

    broker.setAvailable(true);
    assert.equal(client.status(), "connected");
    await client.publishEvent("p.events.x", new Uint8Array(0));
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(got, [1]);
    assert.deepEqual(statuses, ["reconnecting", "connected"]);
    assert.deepEqual(client.stats, { disconnects: 1, reconnects: 1, errors: 3, heldWrites: 0 });
    release();
    await Promise.all([client.close(), server.close()]);
  });

  it("stream limits discard the oldest events", async () => {
    let now = 1_000_000;
    const broker = new InProcessBroker(() => now);
    const bus = new InProcessBus({ broker });
    await bus.ensureStream({ name: "L", subjects: ["l.>"], maxMsgs: 3, maxAgeMs: 60_000 });
    for (let i = 0; i < 5; i++) await bus.publishEvent("l.x", new Uint8Array([i]));
    now += 1000;
    await bus.publishEvent("l.x", new Uint8Array([5]));
    const got: number[] = [];
    await bus.consume({
      stream: "L",
      durable: "d",
      ackWaitMs: 5000,
      maxAckPending: 10,
      concurrency: 10,
      handler: async (m) => {
        got.push(m.data[0]!);
        await m.ack();
      },
    });
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(got.sort(), [3, 4, 5], "maxMsgs kept the newest three");
    now += 60_000;
    await bus.publishEvent("l.x", new Uint8Array([6]));
    await new Promise((r) => setTimeout(r, 30));
    assert.deepEqual(got.sort(), [3, 4, 5, 6]);
    await bus.close();
  });
});
