import type { Logger } from "@presence/log";
import { MemoryStore } from "./memory-store.js";
import { RedisStore } from "./redis-store.js";
import type { Store } from "./types.js";

export interface CreateStoreOptions {
  /** Redis URL; without it the store is in-process (standalone mode, nothing survives a restart). */
  redisUrl?: string;
  /** Key prefix for the Redis store. Default "presence:". */
  keyPrefix?: string;
  logger?: Logger;
}

/** The store a service should use: Redis when a URL is configured, in-memory otherwise. */
export function createStore(opts: CreateStoreOptions = {}): Store {
  if (opts.redisUrl === undefined || opts.redisUrl === "") return new MemoryStore();
  return new RedisStore({
    url: opts.redisUrl,
    ...(opts.keyPrefix !== undefined ? { keyPrefix: opts.keyPrefix } : {}),
    ...(opts.logger !== undefined ? { logger: opts.logger } : {}),
  });
}
