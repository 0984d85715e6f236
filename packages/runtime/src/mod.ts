export { startHealthServer, type HealthServer, type HealthServerOptions, type ReadinessCheck } from "./health-server.js";
export { runService, type RunningService } from "./run-service.js";
export { emitChangeEvent, type ChangeEventMeta, type ChangeEventOptions } from "./emit-change-event.js";
export { startOpsEndpoints, type OpsEndpointsOptions } from "./ops-endpoints.js";
