// @presence/proto: the presence.v1 wire contract (proto/presence/v1/*.proto), its generated
// protobufjs code, and converters from and to the in-process types of @presence/core and @presence/store.
export { presence } from "./gen/presence.js";
export { ProtoError, type ProtoErrorCode } from "./errors.js";
export * from "./convert.js";
export * from "./codec.js";
