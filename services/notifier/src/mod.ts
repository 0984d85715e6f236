export { startNotifierService, type NotifierService, type NotifierServiceOptions } from "./notifier-service.js";
export { BusNotifyDispatcher } from "./bus-notify-dispatcher.js";
