export { normalizeAddress, hostReference, formatHostPort, defaultPort, isReliable, isUnspecified } from "./addresses.js";
export { TransportError, TransportClosedError, BindError } from "./errors.js";
export { StreamFramer, DEFAULT_FRAMER_LIMITS, type FramerLimits, type FramerEvent, type FramingError } from "./stream-framer.js";
export { stampVia, responseTarget } from "./via-routing.js";
export { TransportLayer, type TransportLayerOptions, type TransportHandlers } from "./transport-layer.js";
export { createTransportStats, type TransportStats } from "./transport-stats.js";
export { UDP_THREAD_NAME } from "./datagram-batch.js";
export { overloadReply, branchKey, type OverloadReplyInfo, type OverloadReply } from "./overload-reply.js";
