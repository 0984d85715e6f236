import { runService } from "@presence/runtime";
import { startPresenceServer } from "./presence-server.js";

runService("presence", (config, logger) => startPresenceServer({ config, logger }));
