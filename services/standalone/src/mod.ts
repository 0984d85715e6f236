export { startPresenceServer, type PresenceServer, type PresenceServerOptions } from "./presence-server.js";
export { StackNotifyDispatcher } from "./notify-dispatcher.js";
