import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { REDIS_URL } from "../test-redis.js";
import { LuaScript } from "./lua-script.js";
import { RedisDialogLock } from "../redis-dialog-lock.js";
import { RedisStore } from "../redis-store.js";

let redis: Redis;
before(() => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, enableAutoPipelining: true });
});
after(() => redis.disconnect());

/** Counts the client's EVAL calls (the fallback) beside its EVALSHA calls. */
function spy(client: Redis): { evalsha: number; eval: number } {
  const counts = { evalsha: 0, eval: 0 };
  const target = client as unknown as Record<"evalsha" | "eval" | "evalshaBuffer" | "evalBuffer", (...args: unknown[]) => Promise<unknown>>;
  for (const name of ["evalsha", "eval", "evalshaBuffer", "evalBuffer"] as const) {
    const real = target[name].bind(client);
    target[name] = (...args: unknown[]) => {
      counts[name.startsWith("evalsha") ? "evalsha" : "eval"]++;
      return real(...args);
    };
  }
  return counts;
}

test("a script Redis does not know yet runs by EVAL, then by EVALSHA alone", async () => {
  // A script text of its own: no other test has loaded it on this server.
  const script = new LuaScript(`-- ${randomBytes(8).toString("hex")}\nreturn {KEYS[1], ARGV[1], tonumber(ARGV[2]) + 1}`);
  const counts = spy(redis);
  assert.deepEqual(await script.run(redis, 1, ["k", "a", 41]), ["k", "a", 42]);
  assert.deepEqual(counts, { evalsha: 1, eval: 1 });
  assert.deepEqual(await script.run(redis, 1, ["k", "b", 1]), ["k", "b", 2]);
  assert.deepEqual(counts, { evalsha: 2, eval: 1 }, "loaded by the EVAL: no second fallback");
  assert.equal(script.sha, (await redis.script("LOAD", script.lua)) as string, "the SHA1 Redis gives the text");
});

test("runBuffer answers bulk replies as Buffers", async () => {
  const script = new LuaScript(`-- ${randomBytes(8).toString("hex")}\nreturn ARGV[1]`);
  const bytes = Buffer.from([0, 0xff, 0x0a, 0x80]);
  const reply = await script.runBuffer(redis, 0, [bytes]);
  assert.ok(Buffer.isBuffer(reply));
  assert.deepEqual(reply, bytes);
});

test("a script's own error is not mistaken for an unknown script", async () => {
  const script = new LuaScript(`-- ${randomBytes(8).toString("hex")}\nreturn redis.error_reply('BOOM no such thing')`);
  const counts = spy(redis);
  await assert.rejects(script.run(redis, 0, []), /BOOM no such thing/);
  // The first call falls back once (NOSCRIPT) and the EVAL's error comes through; the second fails at once.
  await assert.rejects(script.run(redis, 0, []), /BOOM no such thing/);
  assert.deepEqual(counts, { evalsha: 2, eval: 1 });
});

test("the store and the dialog lock add no command to their client's pipelines", async () => {
  // ioredis copies every defineCommand'd script onto each pipeline (one per turn with auto-pipelining).
  const client = new Redis(REDIS_URL, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    const bare = Object.keys(client.pipeline()).length;
    new RedisStore({ redis: client });
    new RedisDialogLock({ redis: client });
    assert.equal(Object.keys(client.pipeline()).length, bare);
    client.defineCommand("someDefined", { numberOfKeys: 0, lua: "return 1" });
    assert.equal(Object.keys(client.pipeline()).length, bare + 2, "what a defined command costs each pipeline");
  } finally {
    client.disconnect();
  }
});
