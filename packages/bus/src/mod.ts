// @presence/bus: the message bus between the presence services (NATS + JetStream), and an
// in-memory implementation with the same semantics for the standalone process and tests.
export type {
  Bus,
  BusConsumer,
  BusMessage,
  BusReply,
  BusStatus,
  BusSubscription,
  ConsumeOptions,
  EventHandler,
  EventMessage,
  MessageHandler,
  RequestOptions,
  ServeHandler,
  StreamRequestOptions,
  StreamServeHandler,
  StreamOptions,
  SubscribeOptions,
  BusStats,
  ConsumerBacklog,
} from "./types.js";
export {
  BusClosedError,
  BusError,
  BusRemoteError,
  BusTimeoutError,
  BusUnavailableError,
  NoRespondersError,
  type BusErrorCode,
} from "./errors.js";
export { MSG_ID, TRACEPARENT, TRACESTATE, type BusHeaders } from "./headers.js";
export { ANY_EDGE, busNames, DEFAULT_PREFIX, DURABLES, QUEUES, type BusNames } from "./subjects.js";
export { eventsStreamOptions } from "./streams.js";
export { NatsBus, type NatsBusOptions } from "./nats-bus.js";
export { InProcessBroker, InProcessBus, type InProcessBusOptions } from "./in-process-bus.js";
