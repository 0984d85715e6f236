export { startNotifierService, type NotifierService, type NotifierServiceOptions } from "./notifier-service.js";
export { BusNotifyDispatcher, type BusNotifyDispatcherOptions, type NotifyBatchObserver } from "./bus-notify-dispatcher.js";
export { DEFAULT_BATCH_LIMITS, NotifyBatchQueue, type BatchLimits } from "./notify-batch-queue.js";
