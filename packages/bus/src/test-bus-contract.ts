// The behaviour both bus implementations must share. nats-bus.test.ts and in-process-bus.test.ts
// run it, so the in-memory bus of the standalone process cannot drift from NATS.
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, it } from "node:test";
import {
  BusClosedError,
  BusError,
  BusRemoteError,
  BusTimeoutError,
  BusUnavailableError,
  NoRespondersError,
  TRACEPARENT,
  busNames,
  eventsStreamOptions,
  type Bus,
  type BusNames,
  type BusStatus,
  type EventMessage,
} from "./mod.js";

export interface BusFixture {
  /** `n` clients of one bus (one per simulated replica), closed by cleanup(). */
  clients(n: number): Promise<Bus[]>;
  /** A client that cannot reach the bus (NATS: a closed port; in memory: an unavailable broker). */
  unreachable(): Promise<Bus>;
  /** Closes every client and deletes what the test created. */
  cleanup(): Promise<void>;
}

export type FixtureFactory = (prefix: string) => Promise<BusFixture>;

const enc = new TextEncoder();
const dec = new TextDecoder();
const bytes = (s: string): Uint8Array => enc.encode(s);
const text = (b: Uint8Array): string => dec.decode(b);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const TP = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

/** Resolves when `cond` holds, polling; fails the test after `ms`. */
async function until(cond: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A promise the test releases in cleanup, for handlers that must hang. */
class Gate {
  private release!: () => void;
  readonly opened = new Promise<void>((r) => (this.release = r));
  open(): void {
    this.release();
  }
}

export function busContract(label: string, factory: FixtureFactory): void {
  describe(`${label}: bus contract`, () => {
    let fx: BusFixture;
    let names: BusNames;
    let gate: Gate;

    beforeEach(async () => {
      const prefix = `t${randomBytes(5).toString("hex")}.presence.v1`;
      names = busNames(prefix);
      fx = await factory(prefix);
      gate = new Gate();
    });

    afterEach(async () => {
      gate.open();
      await fx.cleanup();
    });

    describe("request/reply", () => {
      it("a queue group of 3 servers spreads the load and each request is answered exactly once", async () => {
        const [client, ...servers] = await fx.clients(4);
        const handled = [0, 0, 0];
        for (const [i, s] of servers.entries()) {
          await s!.serve(names.presentityPublish, "presentity", async (m) => {
            handled[i]!++;
            return bytes(`${i}:${text(m.data)}`);
          });
        }
        const n = 30;
        const replies = await Promise.all(
          Array.from({ length: n }, (_, k) => client!.request(names.presentityPublish, bytes(`req-${k}`), { timeoutMs: 5000 })),
        );
        replies.forEach((r, k) => assert.match(text(r.data), new RegExp(`^[0-2]:req-${k}$`)));
        assert.equal(handled.reduce((a, b) => a + b, 0), n, "one handler call per request");
        for (const [i, c] of handled.entries()) assert.ok(c > 0, `server ${i} answered some requests (${handled.join("/")})`);
      });

      it("times out with a retryable BusTimeoutError when the server does not answer", async () => {
        const [client, server] = await fx.clients(2);
        await server!.serve(names.subscriptionSubscribe, "subscription", async () => {
          await gate.opened;
          return bytes("late");
        });
        const t0 = Date.now();
        const err = await client!.request(names.subscriptionSubscribe, bytes("x"), { timeoutMs: 300 }).then(
          () => assert.fail("resolved"),
          (e: unknown) => e,
        );
        const elapsed = Date.now() - t0;
        assert.ok(err instanceof BusTimeoutError, String(err));
        assert.equal(err.retryable, true);
        assert.ok(elapsed >= 280 && elapsed < 2000, `elapsed ${elapsed} ms`);
      });

      it("fails fast with NoRespondersError when nobody serves the subject", async () => {
        const [client] = await fx.clients(1);
        const t0 = Date.now();
        await assert.rejects(client!.request(names.presentityPublish, bytes("x"), { timeoutMs: 5000 }), (e: unknown) => {
          return e instanceof NoRespondersError && e.retryable && e.subject === names.presentityPublish;
        });
        assert.ok(Date.now() - t0 < 1000, "did not wait for the timeout");
      });

      it("a handler exception reaches the requester as BusRemoteError, never a hang", async () => {
        const [client, server] = await fx.clients(2);
        class StoreDown extends Error {
          override name = "StoreDown";
          retryable = true;
        }
        await server!.serve(names.presentityPublish, "presentity", async (m) => {
          if (text(m.data) === "retry") throw new StoreDown("redis\r\nunreachable");
          if (text(m.data) === "garbage") return "not bytes" as unknown as Uint8Array;
          throw new TypeError("bad input");
        });
        await assert.rejects(client!.request(names.presentityPublish, bytes("garbage"), { timeoutMs: 5000 }), (e: unknown) => {
          return e instanceof BusRemoteError && e.remoteName === "TypeError" && /neither a Uint8Array/.test(e.message);
        });
        await assert.rejects(client!.request(names.presentityPublish, bytes("bug"), { timeoutMs: 5000 }), (e: unknown) => {
          assert.ok(e instanceof BusRemoteError, String(e));
          assert.equal(e.remoteName, "TypeError");
          assert.match(e.message, /bad input/);
          assert.equal(e.retryable, false);
          return true;
        });
        await assert.rejects(client!.request(names.presentityPublish, bytes("retry"), { timeoutMs: 5000 }), (e: unknown) => {
          assert.ok(e instanceof BusRemoteError);
          assert.equal(e.remoteName, "StoreDown");
          assert.match(e.message, /redis unreachable/);
          assert.equal(e.retryable, true);
          return true;
        });
      });

      it("headers travel with the request and back with the reply (traceparent echoed unless replaced)", async () => {
        const [client, server] = await fx.clients(2);
        const seen: Array<Record<string, string>> = [];
        await server!.serve(names.presentityPublish, "presentity", async (m) => {
          seen.push(m.headers);
          if (text(m.data) === "own") return { data: bytes("ok"), headers: { [TRACEPARENT]: "00-child-01", "x-served-by": "s1" } };
          return bytes("ok");
        });
        const r1 = await client!.request(names.presentityPublish, bytes("echo"), { timeoutMs: 5000, headers: { [TRACEPARENT]: TP, "x-req": "1" } });
        assert.equal(seen[0]![TRACEPARENT], TP);
        assert.equal(seen[0]!["x-req"], "1");
        assert.equal(r1.headers[TRACEPARENT], TP);
        const r2 = await client!.request(names.presentityPublish, bytes("own"), { timeoutMs: 5000, headers: { [TRACEPARENT]: TP } });
        assert.equal(r2.headers[TRACEPARENT], "00-child-01");
        assert.equal(r2.headers["x-served-by"], "s1");
        const r3 = await client!.request(names.presentityPublish, bytes("echo"), { timeoutMs: 5000 });
        assert.equal(r3.headers[TRACEPARENT], undefined, "no trace context invented");
      });

      it("payloads are byte-exact and receivers get their own copy", async () => {
        const [client, server] = await fx.clients(2);
        const payload = new Uint8Array([0, 255, 13, 10, 0, 128]);
        await server!.serve(names.presentityPublish, "presentity", async (m) => {
          const copy = new Uint8Array(m.data);
          m.data.fill(7);
          return copy;
        });
        const r = await client!.request(names.presentityPublish, payload, { timeoutMs: 5000 });
        assert.deepEqual([...r.data], [0, 255, 13, 10, 0, 128]);
        assert.deepEqual([...payload], [0, 255, 13, 10, 0, 128], "sender's buffer untouched");
        const empty = await client!.request(names.presentityPublish, new Uint8Array(0), { timeoutMs: 5000 });
        assert.equal(empty.data.length, 0);
      });

      it("unsubscribe() lets running handlers finish and reply", async () => {
        const [client, server] = await fx.clients(2);
        let started = false;
        const sub = await server!.serve(names.presentityPublish, "presentity", async () => {
          started = true;
          await sleep(150);
          return bytes("finished");
        });
        const pending = client!.request(names.presentityPublish, bytes("x"), { timeoutMs: 5000 });
        await until(() => started, 3000, "handler start");
        await sub.unsubscribe();
        assert.equal(text((await pending).data), "finished");
        await assert.rejects(client!.request(names.presentityPublish, bytes("x"), { timeoutMs: 2000 }), NoRespondersError);
      });
    });

    describe("request with a stream of replies", () => {
      it("replies arrive in order, the last one marked, headers echoed without the stream marker", async () => {
        const [client, server] = await fx.clients(2);
        await server!.serveStream(names.edgeAnyNotify, "edge", async (m, reply) => {
          const n = Number(text(m.data));
          for (let i = 0; i < n; i++) {
            reply(bytes(`part-${i}`));
            if (i % 2 === 0) await sleep(5);
          }
          return bytes("end");
        });
        const got: Array<{ text: string; last: boolean; headers: Record<string, string> }> = [];
        await client!.requestStream(names.edgeAnyNotify, bytes("5"), {
          timeoutMs: 5000,
          headers: { [TRACEPARENT]: TP },
          onReply: (r, last) => got.push({ text: text(r.data), last, headers: r.headers }),
        });
        assert.deepEqual(
          got.map((g) => [g.text, g.last]),
          [["part-0", false], ["part-1", false], ["part-2", false], ["part-3", false], ["part-4", false], ["end", true]],
        );
        for (const g of got) assert.deepEqual(g.headers, { [TRACEPARENT]: TP });
        const single: string[] = [];
        await client!.requestStream(names.edgeAnyNotify, bytes("0"), { timeoutMs: 5000, onReply: (r, last) => single.push(`${text(r.data)}:${last}`) });
        assert.deepEqual(single, ["end:true"]);
      });

      it("several streams to a queue group at once each get their own replies, once", async () => {
        const [client, s1, s2] = await fx.clients(3);
        for (const s of [s1!, s2!]) {
          await s.serveStream(names.edgeAnyNotify, "edge", async (m, reply) => {
            await sleep(Math.floor(Math.random() * 10));
            reply(bytes(`${text(m.data)}-a`));
            await sleep(Math.floor(Math.random() * 10));
            reply(bytes(`${text(m.data)}-b`));
            return bytes(`${text(m.data)}-end`);
          });
        }
        const runs = Array.from({ length: 20 }, async (_, k) => {
          const got: string[] = [];
          await client!.requestStream(names.edgeAnyNotify, bytes(`r${k}`), { timeoutMs: 5000, onReply: (r) => got.push(text(r.data)) });
          assert.deepEqual(got, [`r${k}-a`, `r${k}-b`, `r${k}-end`]);
        });
        await Promise.all(runs);
      });

      it("a throw after some replies ends the stream with BusRemoteError; a reply after the end goes nowhere", async () => {
        const [client, server] = await fx.clients(2);
        let late!: (data: Uint8Array) => void;
        await server!.serveStream(names.edgeAnyNotify, "edge", async (m, reply) => {
          late = reply;
          reply(bytes("first"));
          if (text(m.data) === "fail") throw new RangeError("gave up");
          return bytes("end");
        });
        const got: string[] = [];
        await assert.rejects(
          client!.requestStream(names.edgeAnyNotify, bytes("fail"), { timeoutMs: 5000, onReply: (r) => got.push(text(r.data)) }),
          (e: unknown) => e instanceof BusRemoteError && e.remoteName === "RangeError" && /gave up/.test(e.message),
        );
        assert.deepEqual(got, ["first"]);
        const after: string[] = [];
        await client!.requestStream(names.edgeAnyNotify, bytes("ok"), { timeoutMs: 5000, onReply: (r) => after.push(text(r.data)) });
        late(bytes("too late"));
        await sleep(100);
        assert.deepEqual(after, ["first", "end"]);
      });

      it("no responders fails fast; a stream that does not end times out after the replies that came", async () => {
        const [client, server] = await fx.clients(2);
        const t0 = Date.now();
        await assert.rejects(client!.requestStream(names.edgeAnyNotify, bytes("x"), { timeoutMs: 5000, onReply: () => undefined }), NoRespondersError);
        assert.ok(Date.now() - t0 < 1000, "did not wait for the timeout");
        await server!.serveStream(names.edgeAnyNotify, "edge", async (_m, reply) => {
          reply(bytes("one"));
          await gate.opened;
          return bytes("end");
        });
        const got: string[] = [];
        const t1 = Date.now();
        await assert.rejects(client!.requestStream(names.edgeAnyNotify, bytes("x"), { timeoutMs: 300, onReply: (r) => got.push(text(r.data)) }), BusTimeoutError);
        assert.deepEqual(got, ["one"]);
        assert.ok(Date.now() - t1 >= 280, "the whole stream is bounded by timeoutMs");
      });

      it("what onReply throws rejects the stream as it is", async () => {
        const [client, server] = await fx.clients(2);
        await server!.serveStream(names.edgeAnyNotify, "edge", async (_m, reply) => {
          reply(bytes("one"));
          reply(bytes("two"));
          return bytes("end");
        });
        class Undecodable extends Error {}
        const got: string[] = [];
        await assert.rejects(
          client!.requestStream(names.edgeAnyNotify, bytes("x"), {
            timeoutMs: 5000,
            onReply: (r) => {
              got.push(text(r.data));
              throw new Undecodable("bad reply");
            },
          }),
          Undecodable,
        );
        await sleep(50);
        assert.deepEqual(got, ["one"], "not called after it threw");
        await assert.rejects(client!.requestStream(names.edgeAnyNotify, bytes("x"), { timeoutMs: 5000 } as never), (e: unknown) => e instanceof BusError && e.code === "invalid-argument");
      });
    });

    describe("publish/subscribe", () => {
      it("every subscriber gets a message, one member of a queue group does, wildcards match, headers survive", async () => {
        const [pub, a, b, q1, q2] = await fx.clients(5);
        const got: Record<string, string[]> = { a: [], b: [], q1: [], q2: [] };
        const headers: string[] = [];
        await a!.subscribe(names.edgeNotify("e1"), (m) => {
          got.a!.push(text(m.data));
          headers.push(m.headers[TRACEPARENT] ?? "");
        });
        await b!.subscribe(`${names.prefix}.edge.*.notify`, (m) => void got.b!.push(text(m.data)));
        await q1!.subscribe(names.edgeNotify("e1"), (m) => void got.q1!.push(text(m.data)), { queue: "edge" });
        await q2!.subscribe(`${names.prefix}.edge.>`, (m) => void got.q2!.push(text(m.data)), { queue: "edge" });
        for (let i = 0; i < 10; i++) pub!.publish(names.edgeNotify("e1"), bytes(`m${i}`), { [TRACEPARENT]: TP });
        pub!.publish(names.edgeNotify("e2"), bytes("other-edge"));
        const all = Array.from({ length: 10 }, (_, i) => `m${i}`);
        await until(() => got.a!.length === 10 && got.b!.length === 11 && got.q1!.length + got.q2!.length === 11, 3000, "deliveries");
        assert.deepEqual(got.a, all, "in publish order");
        assert.deepEqual(got.b, [...all, "other-edge"]);
        assert.ok(headers.every((h) => h === TP));
        // q1 and q2 form one queue group although their subjects differ: each message goes to one of them.
        await sleep(50);
        assert.deepEqual([...got.q1!, ...got.q2!].sort(), [...all, "other-edge"].sort());
        assert.ok(got.q2!.includes("other-edge"), "only q2 matches the other edge");
      });

      it("members of one queue group share the messages, each message handled once", async () => {
        const [pub, q1, q2] = await fx.clients(3);
        const got: string[][] = [[], []];
        await q1!.subscribe(names.edgeAnyNotify, (m) => void got[0]!.push(text(m.data)), { queue: "edge" });
        await q2!.subscribe(names.edgeAnyNotify, (m) => void got[1]!.push(text(m.data)), { queue: "edge" });
        for (let i = 0; i < 40; i++) pub!.publish(names.edgeAnyNotify, bytes(String(i)));
        await until(() => got[0]!.length + got[1]!.length === 40, 3000, "40 deliveries");
        await sleep(50);
        assert.equal(got[0]!.length + got[1]!.length, 40, "no duplicates");
        assert.equal(new Set([...got[0]!, ...got[1]!]).size, 40);
        assert.ok(got[0]!.length > 0 && got[1]!.length > 0, `both members got messages (${got[0]!.length}/${got[1]!.length})`);
      });

      it("a throwing subscriber does not stop later deliveries", async () => {
        const [pub, sub] = await fx.clients(2);
        const got: string[] = [];
        await sub!.subscribe(names.edgeAnyNotify, (m) => {
          got.push(text(m.data));
          if (got.length === 1) throw new Error("boom");
        });
        pub!.publish(names.edgeAnyNotify, bytes("1"));
        pub!.publish(names.edgeAnyNotify, bytes("2"));
        await until(() => got.length === 2, 3000, "two deliveries");
      });
    });

    describe("JetStream events", () => {
      async function stream(bus: Bus): Promise<void> {
        await bus.ensureStream(eventsStreamOptions(names, { storage: "memory" }));
      }

      it("ensureStream is idempotent and accepts a changed limit", async () => {
        const [bus] = await fx.clients(1);
        await stream(bus!);
        await stream(bus!);
        await bus!.ensureStream(eventsStreamOptions(names, { storage: "memory", maxAgeMs: 10 * 60_000, maxMsgs: 1000 }));
        await bus!.publishEvent(names.eventsPresentity, bytes("e"));
        await assert.rejects(bus!.ensureStream(eventsStreamOptions(names, { storage: "file" })), (e: unknown) => e instanceof BusError && e.code === "jetstream");
        assert.equal(await bus!.deleteStream(names.eventsStream), true);
        assert.equal(await bus!.deleteStream(names.eventsStream), false);
      });

      it("publishEvent without a stream for the subject is a retryable BusUnavailableError", async () => {
        const [bus] = await fx.clients(1);
        await assert.rejects(bus!.publishEvent(names.eventsPresentity, bytes("e")), (e: unknown) => e instanceof BusUnavailableError && e.retryable);
      });

      it("two consumers sharing a durable handle each event once, including events stored before they started", async () => {
        const [pub, c1, c2] = await fx.clients(3);
        await stream(pub!);
        for (let i = 0; i < 10; i++) await pub!.publishEvent(names.eventsPresentity, bytes(`e${i}`));
        const seen: Array<{ who: number; body: string }> = [];
        for (const [who, c] of [c1!, c2!].entries()) {
          await c.consume({
            stream: names.eventsStream,
            durable: "notifier-presentity",
            filterSubject: names.eventsPresentity,
            ackWaitMs: 5000,
            maxAckPending: 100,
            concurrency: 2,
            handler: async (m) => {
              seen.push({ who, body: text(m.data) });
              await sleep(5);
              await m.ack();
            },
          });
        }
        for (let i = 10; i < 30; i++) await pub!.publishEvent(names.eventsPresentity, bytes(`e${i}`));
        await pub!.publishEvent(names.eventsSubscription, bytes("not for this filter"));
        await until(() => seen.length >= 30, 5000, "30 events");
        await sleep(300);
        assert.equal(seen.length, 30, "no event handled twice");
        assert.deepEqual(new Set(seen.map((s) => s.body)), new Set(Array.from({ length: 30 }, (_, i) => `e${i}`)));
        const counts = [0, 1].map((w) => seen.filter((s) => s.who === w).length);
        assert.ok(counts[0]! > 0 && counts[1]! > 0, `both replicas worked (${counts.join("/")})`);
      });

      it("a message not acked within ackWaitMs is redelivered to the other consumer", async () => {
        const [pub, c1, c2] = await fx.clients(3);
        await stream(pub!);
        const deliveries: Array<{ who: number; at: number; redelivered: boolean; count: number }> = [];
        for (const [who, c] of [c1!, c2!].entries()) {
          await c.consume({
            stream: names.eventsStream,
            durable: "notifier",
            ackWaitMs: 600,
            maxAckPending: 10,
            handler: async (m) => {
              deliveries.push({ who, at: Date.now(), redelivered: m.redelivered, count: m.deliveryCount });
              if (m.deliveryCount === 1) await gate.opened; // never acks: a replica that hangs
              else await m.ack();
            },
          });
        }
        await pub!.publishEvent(names.eventsPresentity, bytes("change"));
        await until(() => deliveries.length >= 2, 4000, "redelivery");
        const [first, second] = deliveries;
        assert.equal(first!.redelivered, false);
        assert.equal(first!.count, 1);
        assert.equal(second!.redelivered, true);
        assert.equal(second!.count, 2);
        assert.notEqual(second!.who, first!.who, "the busy replica does not get it back");
        const gap = second!.at - first!.at;
        assert.ok(gap >= 500 && gap < 3000, `redelivered after ${gap} ms`);
        await sleep(800);
        assert.equal(deliveries.length, 2, "acked: no third delivery");
      });

      it("an unconfirmed ack (confirmAcks: false) settles the message as a confirmed one does", async () => {
        const [pub, c] = await fx.clients(2);
        await stream(pub!);
        const seen: string[] = [];
        const consumer = await c!.consume({
          stream: names.eventsStream,
          durable: "unconfirmed",
          ackWaitMs: 600,
          maxAckPending: 10,
          concurrency: 4,
          confirmAcks: false,
          handler: async (m) => {
            seen.push(`${text(m.data)}#${m.deliveryCount}`);
            await m.ack();
          },
        });
        for (let i = 0; i < 5; i++) await pub!.publishEvent(names.eventsPresentity, bytes(`u${i}`));
        await until(() => seen.length >= 5, 4000, "5 events");
        await sleep(1000);
        assert.deepEqual([...seen].sort(), ["u0#1", "u1#1", "u2#1", "u3#1", "u4#1"], "no redelivery after the ack wait");
        assert.deepEqual(await consumer.backlog(), { undelivered: 0, unacked: 0 });
      });

      it("nak with a delay redelivers after the delay; a throwing handler is naked too", async () => {
        const [pub, c] = await fx.clients(2);
        await stream(pub!);
        const log: Array<{ body: string; at: number; count: number }> = [];
        await c!.consume({
          stream: names.eventsStream,
          durable: "naker",
          ackWaitMs: 5000,
          maxAckPending: 10,
          concurrency: 2,
          errorNakDelayMs: 100,
          handler: async (m) => {
            const body = text(m.data);
            log.push({ body, at: Date.now(), count: m.deliveryCount });
            if (m.deliveryCount === 1 && body === "nak") return m.nak(400);
            if (m.deliveryCount === 1 && body === "throw") throw new Error("handler bug");
            await m.ack();
          },
        });
        await pub!.publishEvent(names.eventsPresentity, bytes("nak"));
        await pub!.publishEvent(names.eventsPresentity, bytes("throw"));
        await until(() => log.length >= 4, 4000, "redeliveries");
        const of = (b: string): Array<{ at: number; count: number }> => log.filter((l) => l.body === b);
        const [n1, n2] = of("nak");
        assert.equal(n2!.count, 2);
        assert.ok(n2!.at - n1!.at >= 350, `nak delay respected (${n2!.at - n1!.at} ms)`);
        assert.ok(n2!.at - n1!.at < 3000, "redelivered long before ack wait");
        const [t1, t2] = of("throw");
        assert.equal(t2!.count, 2);
        assert.ok(t2!.at - t1!.at >= 80 && t2!.at - t1!.at < 3000, `error nak delay (${t2!.at - t1!.at} ms)`);
      });

      it("headers (traceparent) survive publishEvent -> consume", async () => {
        const [pub, c] = await fx.clients(2);
        await stream(pub!);
        const got: EventMessage[] = [];
        await c!.consume({
          stream: names.eventsStream,
          durable: "tracer",
          ackWaitMs: 5000,
          maxAckPending: 10,
          handler: async (m) => {
            got.push(m);
            await m.ack();
          },
        });
        await pub!.publishEvent(names.eventsNotifyReply, bytes("r"), { [TRACEPARENT]: TP, "x-producer": "notifier-1" });
        await until(() => got.length === 1, 3000, "event");
        assert.equal(got[0]!.headers[TRACEPARENT], TP);
        assert.equal(got[0]!.headers["x-producer"], "notifier-1");
        assert.equal(got[0]!.subject, names.eventsNotifyReply);
        assert.ok(got[0]!.streamSequence >= 1);
      });

      it("the same Nats-Msg-Id within the duplicate window is stored once", async () => {
        const [pub, c] = await fx.clients(2);
        await stream(pub!);
        for (let i = 0; i < 3; i++) await pub!.publishEvent(names.eventsPresentity, bytes("once"), { "Nats-Msg-Id": "evt-1" });
        await pub!.publishEvent(names.eventsPresentity, bytes("other"), { "Nats-Msg-Id": "evt-2" });
        const got: string[] = [];
        await c!.consume({
          stream: names.eventsStream,
          durable: "dedupe",
          ackWaitMs: 5000,
          maxAckPending: 10,
          handler: async (m) => {
            got.push(text(m.data));
            await m.ack();
          },
        });
        await until(() => got.length >= 2, 3000, "events");
        await sleep(200);
        assert.deepEqual(got, ["once", "other"]);
      });

      it("maxAckPending bounds unacked messages over all consumers of the durable", async () => {
        const [pub, c1, c2] = await fx.clients(3);
        await stream(pub!);
        let running = 0;
        let peak = 0;
        let done = 0;
        const consumers = [];
        for (const c of [c1!, c2!]) {
          consumers.push(await c.consume({
            stream: names.eventsStream,
            durable: "bounded",
            ackWaitMs: 5000,
            maxAckPending: 2,
            concurrency: 5,
            handler: async (m) => {
              running++;
              peak = Math.max(peak, running);
              await gate.opened;
              running--;
              await m.ack();
              done++;
            },
          }));
        }
        for (let i = 0; i < 6; i++) await pub!.publishEvent(names.eventsPresentity, bytes(String(i)));
        await until(() => running === 2, 3000, "two running");
        await sleep(300);
        assert.equal(peak, 2);
        // The backlog is the durable's, the same seen from either replica.
        for (const c of consumers) assert.deepEqual(await c.backlog(), { undelivered: 4, unacked: 2 });
        gate.open();
        await until(() => done === 6, 5000, "all six handled");
        assert.equal(peak, 2);
        assert.deepEqual(await consumers[0]!.backlog(), { undelivered: 0, unacked: 0 });
      });

      it("stop() stops taking messages and does not ack the one in flight", async () => {
        const [pub, c1, c2] = await fx.clients(3);
        await stream(pub!);
        const got: Array<{ who: string; body: string; count: number }> = [];
        const opts = { stream: names.eventsStream, durable: "stopper", ackWaitMs: 600, maxAckPending: 10 };
        const first = await c1!.consume({
          ...opts,
          handler: async (m) => {
            got.push({ who: "c1", body: text(m.data), count: m.deliveryCount });
            await gate.opened;
          },
        });
        await pub!.publishEvent(names.eventsPresentity, bytes("a"));
        await until(() => got.length === 1, 3000, "first delivery");
        await first.stop();
        await pub!.publishEvent(names.eventsPresentity, bytes("b"));
        await sleep(200);
        assert.equal(got.length, 1, "a stopped consumer takes nothing new");
        await c2!.consume({
          ...opts,
          handler: async (m) => {
            got.push({ who: "c2", body: text(m.data), count: m.deliveryCount });
            await m.ack();
          },
        });
        await until(() => got.length === 3, 4000, "both messages at the second consumer");
        const second = got.slice(1).sort((x, y) => x.body.localeCompare(y.body));
        assert.deepEqual(second, [
          { who: "c2", body: "a", count: 2 },
          { who: "c2", body: "b", count: 1 },
        ]);
      });

      it("working() extends the ack wait of a slow handler", async () => {
        const [pub, c1, c2] = await fx.clients(3);
        await stream(pub!);
        const got: number[] = [];
        for (const c of [c1!, c2!]) {
          await c.consume({
            stream: names.eventsStream,
            durable: "slow",
            ackWaitMs: 500,
            maxAckPending: 10,
            handler: async (m) => {
              got.push(m.deliveryCount);
              for (let i = 0; i < 5; i++) {
                await sleep(200);
                m.working();
              }
              await m.ack();
            },
          });
        }
        await pub!.publishEvent(names.eventsPresentity, bytes("slow"));
        await until(() => got.length === 1, 3000, "delivery");
        await sleep(1400);
        assert.deepEqual(got, [1], "no redelivery while the handler reports progress");
      });
    });

    describe("status and failures", () => {
      it("reports connected, then closed; calls after close() reject with BusClosedError", async () => {
        const [bus] = await fx.clients(1);
        assert.equal(bus!.status(), "connected");
        const seen: BusStatus[] = [];
        bus!.onStatus((s) => seen.push(s));
        await bus!.close();
        assert.equal(bus!.status(), "closed");
        assert.deepEqual(seen, ["closed"]);
        await assert.rejects(bus!.request(names.presentityPublish, bytes("x"), { timeoutMs: 500 }), BusClosedError);
        assert.throws(() => bus!.publish(names.edgeAnyNotify, bytes("x")), BusClosedError);
      });

      it("an unreachable bus rejects request and publishEvent within 2 s with a retryable BusUnavailableError", async () => {
        const bus = await fx.unreachable();
        assert.equal(bus.status(), "reconnecting");
        for (const call of [
          () => bus.request(names.presentityPublish, bytes("x"), { timeoutMs: 10_000 }),
          () => bus.publishEvent(names.eventsPresentity, bytes("x")),
        ]) {
          const t0 = Date.now();
          await assert.rejects(call(), (e: unknown) => e instanceof BusUnavailableError && e.retryable);
          assert.ok(Date.now() - t0 < 2000, `rejected after ${Date.now() - t0} ms`);
        }
        assert.throws(() => bus.publish(names.edgeAnyNotify, bytes("x")), BusUnavailableError);
      });

      it("rejects malformed subjects, headers and options with BusError(invalid-argument)", async () => {
        const [bus] = await fx.clients(1);
        const invalid = (e: unknown): boolean => e instanceof BusError && e.code === "invalid-argument";
        assert.throws(() => bus!.publish("a.*.c", bytes("x")), invalid);
        assert.throws(() => bus!.publish("a..c", bytes("x")), invalid);
        assert.throws(() => bus!.publish("a.b", bytes("x"), { "bad name": "v" }), invalid);
        assert.throws(() => bus!.publish("a.b", bytes("x"), { ok: "line\r\nbreak" }), invalid);
        await assert.rejects(bus!.request("a b", bytes("x"), { timeoutMs: 100 }), invalid);
        await assert.rejects(bus!.request("a.b", bytes("x"), { timeoutMs: 0 }), invalid);
        await assert.rejects(bus!.serve("a.>.c", "q", async () => bytes("")), invalid);
        await assert.rejects(bus!.ensureStream({ name: "has.dot", subjects: ["a.b"] }), invalid);
        await assert.rejects(
          bus!.consume({ stream: "S", durable: "d", ackWaitMs: -1, maxAckPending: 1, handler: async () => undefined }),
          invalid,
        );
        assert.throws(() => names.edgeNotify("any"), invalid);
        assert.throws(() => names.edgeNotify("a.b"), invalid);
      });
    });
  });
}
