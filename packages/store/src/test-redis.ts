// Redis helpers for the tests: a unique key prefix per test and deletion of its keys afterwards.
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

export function uniquePrefix(tag: string): string {
  return `test:store:${tag}:${process.pid}:${randomBytes(4).toString("hex")}:`;
}

/** Every key under the prefix (SCAN, test-only). */
export async function keysUnder(redis: Redis, prefix: string): Promise<string[]> {
  const out: string[] = [];
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000);
    out.push(...keys);
    cursor = next;
  } while (cursor !== "0");
  return out;
}

export async function deleteKeysUnder(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  try {
    const keys = await keysUnder(redis, prefix);
    for (let i = 0; i < keys.length; i += 500) await redis.del(...keys.slice(i, i + 500));
  } finally {
    redis.disconnect();
  }
}

/** A client command as the tests wrap it. */
export type RedisCommand = (...args: unknown[]) => Promise<unknown>;

/**
 * Wraps the client's EVALSHA calls (string and Buffer replies) of the script with this SHA1; `wrap`
 * gets the real command. Calls of other scripts pass through.
 */
export function interceptScript(client: Redis, sha: string, wrap: (real: RedisCommand) => RedisCommand): void {
  const target = client as unknown as Record<string, RedisCommand>;
  for (const command of ["evalsha", "evalshaBuffer"]) {
    const real = target[command]!.bind(client);
    const wrapped = wrap(real);
    target[command] = (...args) => (args[0] === sha ? wrapped(...args) : real(...args));
  }
}
