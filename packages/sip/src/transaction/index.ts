export { systemClock, type Clock, type CancelTimer } from "./clock.js";
export { DEFAULT_TIMERS, type TimerConfig } from "./timer-config.js";
export { NonInviteServerMachine, type ServerTransactionState, type ServerMachineDeps, type ServerTerminationCause } from "./non-invite-server.js";
export { NonInviteClientMachine, type ClientTransactionState, type ClientMachineDeps, type ClientOutcome } from "./non-invite-client.js";
export { serverKey, cancelKey, clientKey, type RequestIdentity } from "./transaction-keys.js";
export { decideRequest, KNOWN_METHODS, RESERVED_METHODS, type RequestFacts, type RequestDecision } from "./request-policy.js";
export { createTransactionStats, methodLabel, type TransactionStats } from "./transaction-stats.js";
export { UnsupportedRequestError, StackClosedError, TransactionReleasedError } from "./errors.js";
export {
  TransactionLayer,
  type ServerTransaction,
  type ClientResult,
  type ClientRequestOptions,
  type TransactionLayerOptions,
} from "./transaction-layer.js";
