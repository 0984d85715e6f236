// Measures Redis memory per stored record (not a test): typical subscriptions, publications with a
// 1 KB body, watcher records. Run: node --conditions=development --import tsx \
//   packages/store/src/tools/measure-memory.ts   (REDIS_URL defaults to redis://127.0.0.1:6379)
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { RedisStore } from "../redis-store.js";
import { presentitySlot } from "../slot.js";
import { publication, subscription, watcher } from "../test-fixtures.js";
import { deleteKeysUnder, keysUnder } from "../test-redis.js";

const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const N = Number(process.env.N ?? 4000);
const WATCHERS_PER_PRESENTITY = 4;

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info("memory");
  return Number(/used_memory:(\d+)/.exec(info)![1]);
}

async function memoryOf(redis: Redis, keys: string[]): Promise<number> {
  let total = 0;
  for (const k of keys) total += Number(await redis.memory("USAGE", k, "SAMPLES", "0"));
  return total;
}

async function measure(label: string, fill: (store: RedisStore, prefix: string) => Promise<string[]>): Promise<void> {
  const prefix = `measure:${randomBytes(4).toString("hex")}:`;
  const redis = new Redis(url);
  const store = new RedisStore({ url, keyPrefix: prefix });
  try {
    const before = await usedMemory(redis);
    const sampleKeys = await fill(store, prefix);
    const after = await usedMemory(redis);
    const allKeys = await keysUnder(redis, prefix);
    const byKeys = await memoryOf(redis, allKeys);
    const sample = await memoryOf(redis, sampleKeys);
    console.log(
      `${label.padEnd(34)} used_memory delta/record ${String(Math.round((after - before) / N)).padStart(5)} B | ` +
        `MEMORY USAGE all keys/record ${String(Math.round(byKeys / N)).padStart(5)} B | ` +
        `one record's own key(s) ${sample} B (${sampleKeys.map((k) => k.slice(prefix.length)).join(", ")})`,
    );
  } finally {
    await store.close();
    await deleteKeysUnder(prefix);
    redis.disconnect();
  }
}

await measure("subscription (4 per presentity)", async (store, prefix) => {
  let first = "";
  for (let i = 0; i < N; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, N - i) }, (_, j) => {
        const n = i + j;
        const s = subscription({
          presentity: `user${Math.floor(n / WATCHERS_PER_PRESENTITY)}@example.com`,
          watcher: `watcher${n}@example.org`,
          watcherUri: `sip:watcher${n}@example.org`,
          id: `pres.${presentitySlot(`user${Math.floor(n / WATCHERS_PER_PRESENTITY)}@example.com`)}.${randomBytes(8).toString("hex")}`,
        });
        if (n === 0) first = `${prefix}{${s.slot}}:s:${s.id}`;
        return store.putSubscription(s);
      }),
    );
  }
  return [first];
});

await measure("publication, 1 KB body", async (store, prefix) => {
  const body = Buffer.from(`<?xml version="1.0"?><presence>${"x".repeat(1024 - 42)}</presence>`);
  for (let i = 0; i < N; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, N - i) }, (_, j) =>
        store.insertPublication(publication({ presentity: `user${i + j}@example.com`, body, sender: "sip:user@198.51.100.7:5060" })),
      ),
    );
  }
  return [`${prefix}{${presentitySlot("user0@example.com")}}:p:presence:user0@example.com`];
});

await measure("watcher record", async (store, prefix) => {
  for (let i = 0; i < N; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, N - i) }, (_, j) =>
        store.putWatcher(watcher({ presentity: `user${Math.floor((i + j) / 4)}@example.com`, watcher: `w${i + j}@example.org` })),
      ),
    );
  }
  return [`${prefix}{${presentitySlot("user0@example.com")}}:w:presence:user0@example.com`];
});
