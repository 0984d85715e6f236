// Several RedisStores (one ioredis connection each, as several replicas would have) racing on the
// same records: no lost update, compare-and-swap holds, every expired record goes to one sweeper.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { RedisStore } from "./redis-store.js";
import { T0, publication, refOf, subscription } from "./test-fixtures.js";
import { REDIS_URL, deleteKeysUnder, uniquePrefix } from "./test-redis.js";
import type { Publication, Subscription } from "./types.js";

const REPLICAS = 4;
const HOUR = 3_600_000;

/** Runs `fn` with REPLICAS stores on one fresh key prefix, removed afterwards. */
function withReplicas(fn: (stores: RedisStore[]) => Promise<void>): () => Promise<void> {
  return async () => {
    const prefix = uniquePrefix("race");
    const stores = Array.from({ length: REPLICAS }, () => new RedisStore({ url: REDIS_URL, keyPrefix: prefix, shards: 8 }));
    try {
      await fn(stores);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      await deleteKeysUnder(prefix);
    }
  };
}

describe("RedisStore under concurrency", () => {
  test("nextLocalCSeq from several connections never hands out a CSeq twice", withReplicas(async (stores) => {
    const s = subscription({ presentity: "cseq@example.com" });
    await stores[0]!.putSubscription(s);
    const per = 100;
    const values = (
      await Promise.all(stores.map((store) => Promise.all(Array.from({ length: per }, () => store.nextLocalCSeq(refOf(s))))))
    ).flat();
    assert.equal(new Set(values).size, REPLICAS * per);
    assert.deepEqual(
      values.map(Number).sort((a, b) => a - b),
      Array.from({ length: REPLICAS * per }, (_, i) => i + 1),
    );
    assert.equal((await stores[1]!.getSubscription(refOf(s)))?.localCSeq, REPLICAS * per);
  }));

  test("of many updates racing on one ETag exactly one wins", withReplicas(async (stores) => {
    const p = publication({ presentity: "cas@example.com" });
    await stores[0]!.insertPublication(p);
    const key = { presentity: p.presentity, event: p.event, etag: p.etag };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        stores[i % REPLICAS]!.updatePublication(key, {
          newEtag: `racer-${i}`,
          expiresAt: T0 + HOUR,
          receivedAt: T0 + 1,
          body: Buffer.from(`racer ${i}`),
        }),
      ),
    );
    const winners = results.flatMap((r) => (r === null ? [] : [r.publication]));
    assert.equal(winners.length, 1);
    const listed = await stores[2]!.listPublications(p.presentity, p.event, T0);
    assert.deepEqual(listed, winners);
    assert.equal(await stores[3]!.countPublications(), 1);
    await stores[0]!.deletePublication({ ...key, etag: winners[0]!.etag });
  }));

  test("read-modify-write through the ETag loses no update", withReplicas(async (stores) => {
    const p = publication({ presentity: "counter@example.com", body: Buffer.from("0") });
    await stores[0]!.insertPublication(p);
    const target = 120;
    let wins = 0;
    let conflicts = 0;
    let seq = 0;
    const worker = async (store: RedisStore) => {
      while (wins < target) {
        const [current] = await store.listPublications(p.presentity, p.event, T0);
        assert.ok(current);
        const next = Number(current.body!.toString()) + 1;
        const updated = await store.updatePublication(
          { presentity: p.presentity, event: p.event, etag: current.etag },
          { newEtag: `v${++seq}-${Math.random()}`, expiresAt: T0 + HOUR, receivedAt: T0 + 1, body: Buffer.from(String(next)) },
        );
        if (updated === null) conflicts++;
        else wins++;
      }
    };
    await Promise.all(stores.map(worker));
    const [final] = await stores[0]!.listPublications(p.presentity, p.event, T0);
    assert.equal(Number(final!.body!.toString()), wins);
    assert.ok(conflicts > 0, "the workers actually raced");
    assert.equal((await stores[1]!.listPublications(p.presentity, p.event, T0)).length, 1);
    assert.equal(await stores[2]!.countPublications(), 1);
    await stores[0]!.deletePublication({ presentity: p.presentity, event: p.event, etag: final!.etag });
  }));

  test("concurrent patches of different fields of one dialog are all kept", withReplicas(async (stores) => {
    const s = subscription({ presentity: "patch@example.com" });
    await stores[0]!.putSubscription(s);
    const n = 60;
    const sequential = async (fn: (i: number) => Promise<unknown>) => {
      for (let i = 1; i <= n; i++) await fn(i);
    };
    await Promise.all([
      sequential((i) => stores[0]!.updateSubscription(refOf(s), { remoteCSeq: i, updatedAt: T0 + i })),
      sequential(() => stores[1]!.nextLocalCSeq(refOf(s))),
      sequential((i) => stores[2]!.updateSubscription(refOf(s), { version: i })),
      sequential((i) => stores[3]!.updateSubscription(refOf(s), { expiresAt: T0 + HOUR + i, status: i % 2 ? "pending" : "active" })),
    ]);
    const final = await stores[0]!.getSubscription(refOf(s));
    assert.deepEqual(final, {
      ...s,
      remoteCSeq: n,
      updatedAt: T0 + n,
      localCSeq: n,
      version: n,
      expiresAt: T0 + HOUR + n,
      status: n % 2 ? "pending" : "active",
    });
    assert.deepEqual(await stores[1]!.deleteSubscription(refOf(s)), final);
  }));

  test("concurrent sweepers each take a disjoint share; together they take every expired record once", withReplicas(async (stores) => {
    const subs = Array.from({ length: 240 }, (_, i) =>
      subscription({ presentity: `sweep${i % 17}@example.com`, expiresAt: T0 + 100 + (i % 50), event: i % 3 ? "presence" : "dialog" }),
    );
    const pubs = Array.from({ length: 120 }, (_, i) => publication({ presentity: `sweep${i % 13}@example.com`, expiresAt: T0 + 100 + i }));
    const keep = subscription({ presentity: "sweep1@example.com" });
    await Promise.all([...subs, keep].map((s, i) => stores[i % REPLICAS]!.putSubscription(s)));
    await Promise.all(pubs.map((p, i) => stores[i % REPLICAS]!.insertPublication(p)));

    const sweeper = async (store: RedisStore) => {
      const gotSubs: Subscription[] = [];
      const gotPubs: Publication[] = [];
      for (;;) {
        const [s, p] = await Promise.all([store.takeExpiredSubscriptions(T0 + 1000, 25), store.takeExpiredPublications(T0 + 1000, 25)]);
        gotSubs.push(...s);
        gotPubs.push(...p);
        if (s.length === 0 && p.length === 0) return { gotSubs, gotPubs };
      }
    };
    const shares = await Promise.all(stores.map(sweeper));
    const takenSubs = shares.flatMap((x) => x.gotSubs.map((s) => s.id));
    const takenPubs = shares.flatMap((x) => x.gotPubs.map((p) => p.etag));
    assert.equal(takenSubs.length, subs.length, "no subscription returned twice or missed");
    assert.deepEqual(takenSubs.sort(), subs.map((s) => s.id).sort());
    assert.equal(takenPubs.length, pubs.length, "no publication returned twice or missed");
    assert.deepEqual(takenPubs.sort(), pubs.map((p) => p.etag).sort());
    assert.ok(shares.filter((x) => x.gotSubs.length > 0).length > 1, "the work was actually shared");
    assert.equal(await stores[0]!.countSubscriptions(), 1);
    assert.equal(await stores[0]!.countPublications(), 0);
    await stores[0]!.deleteSubscription(refOf(keep));
  }));

  test("refreshes racing with sweepers: each dialog is either taken once or refreshed, never both", withReplicas(async (stores) => {
    const subs = Array.from({ length: 200 }, (_, i) => subscription({ presentity: `refresh${i % 11}@example.com`, expiresAt: T0 + 100 }));
    await Promise.all(subs.map((s, i) => stores[i % REPLICAS]!.putSubscription(s)));
    const refreshCandidates = subs.filter((_, i) => i % 2 === 0);

    const refreshed = new Set<string>();
    const failedRefreshes = new Set<string>();
    // Refresh in small chunks while the sweepers take small batches, so the two interleave.
    const refresher = async () => {
      for (let i = 0; i < refreshCandidates.length; i += 5) {
        await Promise.all(
          refreshCandidates.slice(i, i + 5).map(async (s, j) => {
            const r = await stores[j % REPLICAS]!.updateSubscription(refOf(s), { expiresAt: T0 + HOUR });
            (r === null ? failedRefreshes : refreshed).add(s.id);
          }),
        );
      }
    };
    const taken: string[] = [];
    const sweeper = async (store: RedisStore) => {
      for (let idle = 0; idle < 3; ) {
        const got = await store.takeExpiredSubscriptions(T0 + 200, 4);
        taken.push(...got.map((s) => s.id));
        idle = got.length === 0 ? idle + 1 : 0;
      }
    };
    await Promise.all([refresher(), ...stores.map(sweeper)]);
    // Sweep once more after the refresher is surely done.
    taken.push(...(await stores[0]!.takeExpiredSubscriptions(T0 + 200, 1000)).map((s) => s.id));

    assert.equal(new Set(taken).size, taken.length, "no dialog taken twice");
    for (const id of taken) assert.ok(!refreshed.has(id), `dialog ${id} refreshed and taken`);
    for (const id of failedRefreshes) assert.ok(taken.includes(id), `refresh of ${id} failed but it was not taken`);
    assert.equal(taken.length + refreshed.size, subs.length, "every dialog either taken or refreshed");
    assert.equal(await stores[1]!.countSubscriptions(), refreshed.size);
    // The refreshed ones expire at their new time, from their re-filed entries.
    const later = await stores[2]!.takeExpiredSubscriptions(T0 + HOUR, 1000);
    assert.deepEqual(later.map((s) => s.id).sort(), [...refreshed].sort());
    assert.equal(await stores[3]!.countSubscriptions(), 0);
  }));
});
