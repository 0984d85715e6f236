export { startEdge, type Edge, type EdgeOptions } from "./edge.js";
export { flowId, parseFlowId } from "./flow-id.js";
