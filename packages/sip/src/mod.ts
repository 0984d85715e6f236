export * from "./message/index.js";
export * from "./transport/index.js";
export * from "./transaction/index.js";
export * from "./stack.js";
