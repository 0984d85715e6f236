import { RedisStore } from "./redis-store.js";
import { registerStoreContract } from "./store-contract.js";
import { REDIS_URL, deleteKeysUnder, uniquePrefix } from "./test-redis.js";

registerStoreContract("RedisStore", async () => {
  const keyPrefix = uniquePrefix("contract");
  // 3 shards: records of one test spread over several shards without many empty ones.
  const store = new RedisStore({ url: REDIS_URL, keyPrefix, shards: 3 });
  return {
    store,
    dispose: async () => {
      await store.close();
      await deleteKeysUnder(keyPrefix);
    },
  };
});
