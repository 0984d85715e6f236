// Helpers for core unit tests: a memory store, the presence package and a fixed configuration.
import { EventRegistry, presencePackage } from "@presence/events";
import { createLogger, silentLogger } from "@presence/log";
import { MemoryStore } from "@presence/store";
import { DEFAULT_CORE_SETTINGS, type CoreDeps, type CoreSettings } from "./context.js";

export function testDeps(settings: Partial<CoreSettings> = {}): CoreDeps {
  const events = new EventRegistry();
  events.add(presencePackage({}));
  return {
    store: new MemoryStore(),
    events,
    settings: { ...DEFAULT_CORE_SETTINGS, ...settings },
    logger: process.env.CORE_TEST_LOG ? createLogger({ name: "core-test", level: "debug" }) : silentLogger(),
    now: Date.now,
    localContact: () => "sip:127.0.0.1:5060",
  };
}

export const peer = { transport: "UDP", address: "127.0.0.1", port: 5070, connectionId: null };
