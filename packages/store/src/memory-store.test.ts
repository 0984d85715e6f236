import { MemoryStore } from "./memory-store.js";
import { registerStoreContract } from "./store-contract.js";

registerStoreContract("MemoryStore", async () => {
  const store = new MemoryStore();
  return { store, dispose: () => store.close() };
});
