export type {
  BackendStats,
  Publication,
  PublicationKey,
  PublicationUpdate,
  PublicationUpdated,
  Store,
  Subscription,
  SubscriptionIdentityField,
  SubscriptionPatch,
  SubscriptionRef,
  SubscriptionStatus,
  WatcherRecord,
  WatcherStatus,
} from "./types.js";
export { StoreError, type StoreErrorCode } from "./errors.js";
export { presentitySlot, isSlot, SLOT_LENGTH } from "./slot.js";
export { MemoryStore } from "./memory-store.js";
export { RedisStore, failFastRedisOptions, type RedisStoreOptions } from "./redis-store.js";
export { createStore, type CreateStoreOptions } from "./create-store.js";
export { MemoryDialogLock, MemoryReadingDialogLock, type AcquireMode, type LockedRecordSource, type DialogLock, type LockedRead, type LockedReadOptions, type LockedReads } from "./dialog-lock.js";
export { RedisDialogLock, type RedisDialogLockOptions } from "./redis-dialog-lock.js";
