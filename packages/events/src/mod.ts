export type {
  AggregationInput,
  ApplyAuthContext,
  AuthContext,
  AuthDecision,
  AuthStatus,
  EventHeader,
  EventPackage,
  EventParams,
  PackageType,
  PerWatcherContext,
  PresentityContext,
  PublishContext,
  PublishValidation,
  RulesDocument,
  SubscribeCheck,
  SubscribeContext,
  WatcherSubscription,
} from "./types.js";
export { DuplicateEventError, EventsError, InvalidEventPackageError } from "./errors.js";
export { EventRegistry } from "./registry.js";
export { formatEventName, isEventType, parseEventName } from "./event-name.js";
export { negotiateContentType, parseAccept } from "./accept.js";
export { latestPublication } from "./latest.js";
export { presencePackage, type PresencePackageOptions } from "./presence/presence-package.js";
export { aggregatePidf, emptyPidf, orderPublications, type PidfAggregationOptions } from "./presence/aggregate.js";
export { checkPidf, DATA_MODEL_NS, PIDF_CONTENT_TYPE, PIDF_NS, RPID_NS, type PidfCheck } from "./presence/pidf.js";
export { COMMON_POLICY_NS, decisionFor, evaluateSubHandling, PRES_RULES_NS, type RulesEvaluation, type SubHandling } from "./presence/pres-rules.js";
