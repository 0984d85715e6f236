import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { MemoryDialogLock, MemoryReadingDialogLock, type DialogLock } from "./dialog-lock.js";
import { MemoryStore } from "./memory-store.js";
import { presentitySlot } from "./slot.js";
import type { Store, Subscription, SubscriptionRef } from "./types.js";
import { RedisDialogLock, RELEASE_SCRIPT } from "./redis-dialog-lock.js";
import { RedisStore } from "./redis-store.js";
import { publication, refOf, subscription, T0 } from "./test-fixtures.js";
import { interceptScript } from "./test-redis.js";

const url = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

function contract(name: string, make: (now: () => number) => DialogLock, cleanup: () => Promise<void>) {
  describe(`dialog lock (${name})`, () => {
    let clock = 1_000_000;
    const now = () => clock;
    const lock = make(now);
    const ref = (id: string) => ({ slot: "slotA", id });
    after(cleanup);

    test("one owner at a time; a busy coalescing acquire marks the dialog dirty", async () => {
      assert.equal(await lock.acquire(ref("d1"), "r1", 1000, "coalesce"), true);
      assert.equal(await lock.acquire(ref("d1"), "r2", 1000, "coalesce"), false);
      // Dirty: the owner must run again, keeping the lock.
      assert.equal(await lock.release(ref("d1"), "r1", 1000), true);
      assert.equal(await lock.acquire(ref("d1"), "r2", 1000, "coalesce"), false);
      assert.equal(await lock.release(ref("d1"), "r1", 1000), true);
      assert.equal(await lock.release(ref("d1"), "r1", 1000), false);
      assert.equal(await lock.acquire(ref("d1"), "r2", 1000, "coalesce"), true);
      assert.equal(await lock.release(ref("d1"), "r2", 1000), false);
    });

    test("a probe does not mark the dialog dirty", async () => {
      assert.equal(await lock.acquire(ref("d2"), "r1", 1000, "coalesce"), true);
      assert.equal(await lock.acquire(ref("d2"), "r2", 1000, "probe"), false);
      assert.equal(await lock.release(ref("d2"), "r1", 1000), false);
    });

    test("only the owner renews or releases", async () => {
      assert.equal(await lock.acquire(ref("d3"), "r1", 1000, "coalesce"), true);
      assert.equal(await lock.renew(ref("d3"), "r2", 1000), false);
      assert.equal(await lock.release(ref("d3"), "r2", 1000), false);
      assert.equal(await lock.renew(ref("d3"), "r1", 1000), true);
      assert.equal(await lock.release(ref("d3"), "r1", 1000), false);
    });

    test("an expired lease is taken over: by acquire, and by the orphan scan", async () => {
      assert.equal(await lock.acquire(ref("d4"), "dead", 1000, "coalesce"), true);
      assert.equal(await lock.acquire(ref("d5"), "dead", 1000, "coalesce"), true);
      assert.deepEqual(await lock.takeOrphans("r2", clock, 1000, 10), []);
      clock += 1001;
      assert.equal(await lock.acquire(ref("d4"), "r2", 1000, "coalesce"), true);
      const orphans = await lock.takeOrphans("r3", clock, 1000, 10);
      assert.deepEqual(orphans.map((r) => r.id), ["d5"]);
      assert.equal(await lock.release(ref("d5"), "dead", 1000), false, "the dead owner lost it");
      assert.equal(await lock.release(ref("d5"), "r3", 1000), false);
      assert.equal(await lock.release(ref("d4"), "r2", 1000), false);
    });
  });
}

contract("memory", (now) => new MemoryDialogLock(now), async () => undefined);

const redis = new Redis(url, { maxRetriesPerRequest: 1 });
const prefix = `test:lock:${randomBytes(5).toString("hex")}:`;
contract("redis", (now) => new RedisDialogLock({ redis, keyPrefix: prefix, now }), async () => {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
});

test("redis: concurrent acquirers on one dialog: exactly one wins", async () => {
  const clients = Array.from({ length: 4 }, () => new Redis(url, { maxRetriesPerRequest: 1 }));
  const p = `test:lock:${randomBytes(5).toString("hex")}:`;
  try {
    const locks = clients.map((c) => new RedisDialogLock({ redis: c, keyPrefix: p }));
    for (let round = 0; round < 20; round++) {
      const ref = { slot: "s", id: `race${round}` };
      const wins = await Promise.all(locks.flatMap((l, i) => [l.acquire(ref, `o${i}a`, 5000, "coalesce"), l.acquire(ref, `o${i}b`, 5000, "coalesce")]));
      assert.equal(wins.filter(Boolean).length, 1);
    }
  } finally {
    const keys = await clients[0]!.keys(`${p}*`);
    if (keys.length) await clients[0]!.del(...keys);
    for (const c of clients) c.disconnect();
  }
});

/** A RedisDialogLock on a client and key prefix of its own, both cleaned up after `fn`. */
async function withLock(fn: (lock: RedisDialogLock, client: Redis, prefix: string) => Promise<void>, releaseHoldMs?: number): Promise<void> {
  // As the services make theirs (failFastRedisOptions): commands of one turn share a write.
  const client = new Redis(url, { maxRetriesPerRequest: 1, enableAutoPipelining: true });
  const prefix = `test:lock:${randomBytes(5).toString("hex")}:`;
  try {
    await fn(new RedisDialogLock({ redis: client, keyPrefix: prefix, ...(releaseHoldMs !== undefined ? { releaseHoldMs } : {}) }), client, prefix);
  } finally {
    const keys = await client.keys(`${prefix}*`);
    if (keys.length) await client.del(...keys);
    client.disconnect();
  }
}

test("redis: releases asked in one turn go out as one script per slot, each with its own answer", () =>
  withLock(async (lock, client) => {
    const calls: number[] = [];
    // The release script's calls, by their number of keys.
    interceptScript(client, RELEASE_SCRIPT.sha, (real) => (...args) => {
      calls.push(Number(args[1]));
      return real(...args);
    });
    const a = (id: string) => ({ slot: "slotA", id });
    const b = (id: string) => ({ slot: "slotB", id });
    for (const ref of [a("clean"), a("dirty"), b("clean")]) assert.equal(await lock.acquire(ref, "r1", 5000, "coalesce"), true);
    assert.equal(await lock.acquire(a("dirty"), "r2", 5000, "coalesce"), false);
    assert.equal(await lock.acquire(a("theirs"), "r2", 5000, "coalesce"), true);
    const answers = await Promise.all([lock.release(a("clean"), "r1", 5000), lock.release(a("dirty"), "r1", 5000), lock.release(a("theirs"), "r1", 5000), lock.release(b("clean"), "r1", 5000)]);
    assert.deepEqual(answers, [false, true, false, false]);
    assert.deepEqual(calls.sort(), [1, 3], "one call for slotB's dialog, one for slotA's three");
    // The released ones are free, the dirty one still ours, the other owner's untouched.
    assert.equal(await lock.acquire(a("clean"), "r3", 5000, "coalesce"), true);
    assert.equal(await lock.acquire(b("clean"), "r3", 5000, "coalesce"), true);
    assert.equal(await lock.acquire(a("dirty"), "r3", 5000, "probe"), false);
    assert.equal(await lock.release(a("dirty"), "r1", 5000), false);
    assert.equal(await lock.release(a("theirs"), "r2", 5000), false);
    // The dirty one's lease was extended in the orphan index too: nothing is an orphan yet.
    assert.deepEqual(await lock.takeOrphans("r4", Date.now(), 5000, 10), []);
  }));

test("redis: a release waits for the next lock step and goes out in the same socket write, before it", () =>
  withLock(async (lock, client, p) => {
    // Redis learns the lock step's and the release's scripts first: one it does not know yet (a new
    // server, a SCRIPT FLUSH) costs an EVAL after the EVALSHA, a write of its own.
    const warm = (id: string) => lock.acquireReading([{ slot: "slotA", id }], "r0", 5000, "coalesce", { cseq: null, publications: null });
    await warm("warm-1");
    const warmRelease = lock.release({ slot: "slotA", id: "warm-1" }, "r0", 5000);
    await warm("warm-2");
    await warmRelease;
    const x = { slot: "slotA", id: "x" };
    assert.equal(await lock.acquire(x, "r1", 5000, "coalesce"), true);
    let settled = false;
    const released = lock.release(x, "r1", 5000).finally(() => (settled = true));
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(settled, false, "held for the next lock step");
    assert.equal(await client.hget(`${p}{slotA}:l:x`, "o"), "r1");
    let writes = 0;
    const write = client.stream.write.bind(client.stream) as (...a: unknown[]) => boolean;
    (client.stream as { write: (...a: unknown[]) => boolean }).write = (...a: unknown[]) => {
      writes++;
      return write(...a);
    };
    const reading = lock.acquireReading([x], "r2", 5000, "coalesce", { cseq: null, publications: null });
    const answer = await Promise.race([released, new Promise((r) => setTimeout(() => r("still held"), 2000))]);
    assert.equal(answer, false, "released with the lock step, not dirty");
    const { dialogs } = await reading;
    assert.deepEqual(dialogs.map((d) => d.acquired), [true], "the release ran first: the other owner took the lock");
    assert.equal(writes, 1, "release, lease index and lock step in one write");
  }, 60_000));

test("redis: a release with no lock step after it goes out once its hold is over", () =>
  withLock(async (lock, client, p) => {
    const x = { slot: "slotA", id: "x" };
    assert.equal(await lock.acquire(x, "r1", 5000, "coalesce"), true);
    const asked = performance.now();
    assert.equal(await lock.release(x, "r1", 5000), false);
    assert.ok(performance.now() - asked >= 15, "not before the hold");
    assert.equal(await client.exists(`${p}{slotA}:l:x`), 0);
  }, 20));

test("redis: a release whose lock key holds another type fails alone; the rest of its batch is released", () =>
  withLock(async (lock, client, p) => {
    const ref = (id: string) => ({ slot: "slotA", id });
    for (const id of ["x", "y"]) assert.equal(await lock.acquire(ref(id), "r1", 5000, "coalesce"), true);
    await client.set(`${p}{slotA}:l:y`, "not a hash");
    const [x, y] = await Promise.allSettled([lock.release(ref("x"), "r1", 5000), lock.release(ref("y"), "r1", 5000)]);
    assert.deepEqual(x, { status: "fulfilled", value: false });
    assert.equal(y!.status, "rejected");
    assert.match(String((y as PromiseRejectedResult).reason), /slotA\/y holds another type/);
    assert.equal(await client.get(`${p}{slotA}:l:y`), "not a hash", "left as it was");
    assert.equal(await lock.acquire(ref("x"), "r2", 5000, "coalesce"), true, "x was released");
  }));

test("redis: when the lease index refuses the entry of a dialog still held, only that release fails", () =>
  withLock(async (lock, client, p) => {
    const ref = (id: string) => ({ slot: "slotA", id });
    for (const id of ["clean", "dirty"]) assert.equal(await lock.acquire(ref(id), "r1", 5000, "coalesce"), true);
    assert.equal(await lock.acquire(ref("dirty"), "r2", 5000, "coalesce"), false);
    // The lease index holding another type: its ZADD gets an error reply.
    await client.del(`${p}{locks}:leases`);
    await client.set(`${p}{locks}:leases`, "not a sorted set");
    const [clean, dirty] = await Promise.allSettled([lock.release(ref("clean"), "r1", 5000), lock.release(ref("dirty"), "r1", 5000)]);
    assert.deepEqual(clean, { status: "fulfilled", value: false });
    assert.equal(dirty!.status, "rejected");
    assert.match(String((dirty as PromiseRejectedResult).reason), /dialog lock index/);
    // The dirty one stays held by its owner (its lease extended), the clean one is free.
    assert.equal(await client.hget(`${p}{slotA}:l:dirty`, "o"), "r1");
    assert.equal(await client.exists(`${p}{slotA}:l:clean`), 0);
  }));

test("redis: a lock taken while the lease index refused its entry is filed again", () =>
  withLock(async (lock, client, p) => {
    const target = client as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const real = target.zadd!.bind(client);
    let refusals = 1;
    target.zadd = (...args: unknown[]) => (refusals-- > 0 ? Promise.reject(new Error("refused once")) : real(...args));
    const ref = { slot: "slotA", id: "once" };
    assert.equal(await lock.acquire(ref, "r1", 5000, "coalesce"), true);
    assert.ok((await client.zscore(`${p}{locks}:leases`, JSON.stringify(["slotA", "once"]))) !== null, "the entry was filed on the second try");
    assert.equal(await client.hget(`${p}{slotA}:l:once`, "o"), "r1");
    // Not taken (held by another): the refused entry is of no use and nothing fails.
    refusals = 1;
    assert.equal(await lock.acquire(ref, "r2", 5000, "coalesce"), false);
  }));

test("redis: a lock whose lease-index entry is refused twice is given back and the call fails", () =>
  withLock(async (lock, client, p) => {
    const ref = (id: string) => ({ slot: "slotA", id });
    assert.equal(await lock.acquire(ref("theirs"), "r2", 5000, "coalesce"), true);
    await client.del(`${p}{locks}:leases`);
    await client.set(`${p}{locks}:leases`, "not a sorted set");
    await assert.rejects(lock.acquire(ref("one"), "r1", 5000, "coalesce"), /dialog lock index/);
    assert.equal(await client.exists(`${p}{slotA}:l:one`), 0, "given back");
    const reading = lock.acquireReading([ref("a"), ref("b"), ref("theirs")], "r1", 5000, "coalesce", { cseq: null, publications: null });
    await assert.rejects(reading, /dialog lock index/);
    assert.equal(await client.exists(`${p}{slotA}:l:a`, `${p}{slotA}:l:b`), 0, "every lock it took given back");
    assert.equal(await client.hget(`${p}{slotA}:l:theirs`, "o"), "r2", "another owner's lock left alone");
  }));

interface ReadingSetup {
  lock: DialogLock & Required<Pick<DialogLock, "acquireReading">>;
  store: Store;
  /** Stores a record of another presentity under `like`'s slot (a hash-slot neighbour) and returns its ref. */
  plantNeighbour(like: Subscription, presentity: string): Promise<SubscriptionRef>;
  cleanup(): Promise<void>;
}

function acquireReadingContract(name: string, setup: (now: () => number) => ReadingSetup) {
  describe(`${name}: acquireReading (locks, records, CSeqs and publications in one step)`, () => {
    let clock = T0;
    const { lock, store, plantNeighbour, cleanup } = setup(() => clock);
    const bob = "bob@example.com";
    const cseqFor = (liveAt: number, exceptWatcher: string | null = null) => ({ cseq: { liveAt, presentity: bob, event: "presence", exceptWatcher }, publications: null });
    after(cleanup);

    test("returns the records of the dialogs it locked, their CSeq taken once each; a held one is marked dirty", async () => {
      const a = subscription({ id: "ra", localCSeq: 4, expiresAt: T0 + 60_000 });
      const b = subscription({ id: "rb", localCSeq: 9, expiresAt: T0 + 60_000 });
      await store.putSubscription(a);
      await store.putSubscription(b);
      assert.equal(await lock.acquire(refOf(b), "other", 1000, "coalesce"), true);

      const { dialogs, publications } = await lock.acquireReading([refOf(a), refOf(b)], "me", 1000, "coalesce", cseqFor(T0));
      assert.equal(publications, null);
      const [ra, rb] = dialogs;
      assert.ok(ra?.acquired);
      assert.equal(ra.cseqTaken, true);
      assert.equal(ra.subscription?.localCSeq, 5);
      assert.equal(ra.subscription?.callId, a.callId);
      assert.deepEqual(rb, { acquired: false });
      assert.equal((await store.getSubscription(refOf(a)))?.localCSeq, 5, "the CSeq is stored");
      assert.equal(await lock.release(refOf(b), "other", 1000), true, "the busy dialog was marked dirty");
      assert.equal(await lock.release(refOf(b), "other", 1000), false);
      assert.equal(await lock.release(refOf(a), "me", 1000), false);
      // The lease index knows the new lock: an owner that dies leaves it to the orphan scan.
      const again = (await lock.acquireReading([refOf(a)], "dead", 1000, "coalesce", { cseq: null, publications: null })).dialogs;
      assert.ok(again[0]?.acquired);
      assert.equal(again[0].cseqTaken, false);
      assert.equal(again[0].subscription?.localCSeq, 5, "no CSeq without liveAt");
      clock += 1001;
      assert.deepEqual((await lock.takeOrphans("heir", clock, 1000, 10)).map((r) => r.id), ["ra"]);
      assert.equal(await lock.release(refOf(a), "heir", 1000), false);
    });

    test("no CSeq for a record expired at liveAt, of another presentity or event, or of the excepted watcher; a gone one reads as null, still locked", async () => {
      const old = subscription({ id: "rold", localCSeq: 2, expiresAt: clock + 10 });
      const winfo = subscription({ id: "rwinfo", event: "presence.winfo", localCSeq: 3, expiresAt: clock + 60_000 });
      const sender = subscription({ id: "rsender", watcher: "sender@example.com", localCSeq: 4, expiresAt: clock + 60_000 });
      const other = subscription({ id: "rother", localCSeq: 5, expiresAt: clock + 60_000 });
      for (const s of [old, winfo, sender, other]) await store.putSubscription(s);
      // A presentity sharing bob's slot, naming someone else.
      const collide = await plantNeighbour(other, "eve@example.com");
      const gone = { slot: old.slot, id: "never-stored" };
      const { dialogs } = await lock.acquireReading([refOf(old), refOf(winfo), refOf(sender), collide, refOf(other), gone], "me", 1000, "coalesce", cseqFor(clock + 10, "sender@example.com"));
      assert.deepEqual(
        dialogs.map((r) => (r.acquired ? [r.subscription?.localCSeq ?? null, r.cseqTaken] : "busy")),
        [[2, false], [3, false], [4, false], [5, false], [6, true], [null, false]],
      );
      assert.equal(dialogs[3]?.acquired && dialogs[3].subscription?.presentity, "eve@example.com");
      assert.deepEqual(
        await Promise.all([old, winfo, sender, other].map(async (s) => (await store.getSubscription(refOf(s)))?.localCSeq)),
        [2, 3, 4, 6],
        "only the one CSeq taken is stored",
      );
      assert.equal(await lock.acquire(gone, "x", 1000, "probe"), false, "the gone dialog is locked until released");
      for (const ref of [refOf(old), refOf(winfo), refOf(sender), collide, refOf(other), gone]) assert.equal(await lock.release(ref, "me", 1000), false);
    });

    test("reads the presentity's live publications after its locks, oldest first, even with no dialog locked", async () => {
      const carol = "carol@example.com";
      const first = publication({ presentity: carol, etag: "e1", receivedAt: T0 + 1, expiresAt: clock + 60_000, body: Buffer.from([0xff, 0x00, 0x41]) });
      const second = publication({ presentity: carol, etag: "e2", receivedAt: T0 + 2, expiresAt: clock + 60_000 });
      const expired = publication({ presentity: carol, etag: "e3", receivedAt: T0 + 3, expiresAt: clock - 1 });
      for (const pub of [second, expired, first]) await store.insertPublication(pub);
      const w = subscription({ id: "rcarol", presentity: carol, expiresAt: clock + 60_000 });
      await store.putSubscription(w);
      const asked = { cseq: null, publications: { presentity: carol, event: "presence", now: clock } };
      const { dialogs, publications } = await lock.acquireReading([refOf(w)], "me", 1000, "coalesce", asked);
      assert.ok(dialogs[0]?.acquired);
      assert.deepEqual(publications, await store.listPublications(carol, "presence", clock), "what the store itself lists");
      assert.deepEqual(publications?.map((x) => x.etag), ["e1", "e2"]);
      assert.deepEqual(publications?.[0]?.body, Buffer.from([0xff, 0x00, 0x41]), "bodies are bytes");
      assert.equal(await lock.release(refOf(w), "me", 1000), false);
      const none = await lock.acquireReading([], "me", 1000, "coalesce", asked);
      assert.deepEqual(none.dialogs, []);
      assert.equal(none.publications?.length, 2);
    });

    test("dialogs of several slots are grouped, answers keep the order asked", async () => {
      const subs = ["x1", "x2", "x3"].map((id, i) => subscription({ id, presentity: `p${i % 2}@example.com`, localCSeq: i, expiresAt: clock + 60_000 }));
      for (const s of subs) await store.putSubscription(s);
      const { dialogs } = await lock.acquireReading(subs.map(refOf), "me", 1000, "coalesce", { cseq: null, publications: null });
      assert.deepEqual(
        dialogs.map((r) => (r.acquired ? [r.subscription?.id, r.subscription?.localCSeq] : null)),
        [["x1", 0], ["x2", 1], ["x3", 2]],
      );
      for (const s of subs) assert.equal(await lock.release(refOf(s), "me", 1000), false);
    });
  });
}

acquireReadingContract("redis", (now) => {
  const p = `test:lockread:${randomBytes(5).toString("hex")}:`;
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  return {
    lock: new RedisDialogLock({ redis: client, keyPrefix: p, now }),
    store: new RedisStore({ redis: client, keyPrefix: p }),
    async plantNeighbour(like, presentity) {
      // Slots are 50 bits of a hash: a real neighbour cannot be found, so one is written by hand.
      const id = `${like.id}-neighbour`;
      const raw = await client.get(`${p}{${like.slot}}:s:${like.id}`);
      await client.set(`${p}{${like.slot}}:s:${id}`, raw!.replace(`"p":"${like.presentity}"`, `"p":"${presentity}"`));
      return { slot: like.slot, id };
    },
    async cleanup() {
      const keys = await client.keys(`${p}*`);
      if (keys.length) await client.del(...keys);
      client.disconnect();
    },
  };
});

acquireReadingContract("memory", (now) => {
  const store = new MemoryStore();
  return {
    lock: new MemoryReadingDialogLock(store, now),
    store,
    async plantNeighbour(like, presentity) {
      // The memory store keys records by slot and id alone: a ref naming another presentity's record
      // is what a neighbour in the slot looks like to the lock.
      const neighbour = subscription({ ...like, id: `${like.id}-neighbour`, presentity, slot: presentitySlot(presentity), toTag: `${like.id}-neighbour` });
      await store.putSubscription(neighbour);
      return refOf(neighbour);
    },
    cleanup: () => store.close(),
  };
});
