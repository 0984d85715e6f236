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
  PerWatcherBody,
  PerWatcherContext,
  PresentityContext,
  PublishContext,
  PublishValidation,
  RulesDocument,
  SubscribeCheck,
  SubscribeContext,
  WatcherAuthorization,
  WatcherInfoContext,
  WatcherInfoEntry,
  WatcherInfoInput,
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
export { withRootVersion } from "./root-version.js";
export { parseBody, type DocumentCheck } from "./xml-check.js";
export { dialogPackage, type DialogPackageOptions } from "./dialog/dialog-package.js";
export { aggregateDialogInfo, checkDialogInfo, DIALOG_INFO_CONTENT_TYPE, DIALOG_INFO_NS, emptyDialogInfo } from "./dialog/dialog-info.js";
export { mwiPackage, type MwiPackageOptions } from "./mwi/mwi-package.js";
export { MESSAGE_SUMMARY_CONTENT_TYPE, parseMessageSummary, type MessageCount, type MessageSummary, type MessageSummaryCheck } from "./mwi/message-summary.js";
export { winfoPackage, type WinfoPackageOptions } from "./winfo/winfo-package.js";
export {
  renderWatcherInfo,
  WATCHERINFO_CONTENT_TYPE,
  WATCHERINFO_NS,
  type WatcherElement,
  type WatcherEventValue,
  type WatcherInfoDocument,
  type WatcherStatusValue,
} from "./winfo/watcherinfo.js";
export { checkReginfo, regPackage, REGINFO_CONTENT_TYPE, REGINFO_NS, type RegPackageOptions } from "./examples/reg-package.js";
