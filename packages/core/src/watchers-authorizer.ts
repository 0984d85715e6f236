import type { WatcherRecord } from "@presence/store";
import type { AuthDecision, Authorizer } from "./context.js";

/**
 * pres_auth_status over the watchers table: a stored decision for (presentity, event, watcher) wins;
 * without one the watcher gets `fallback` (active, like presence_xml with force_active=1, until rules
 * say otherwise).
 */
export class WatchersTableAuthorizer implements Authorizer {
  constructor(private readonly fallback: AuthDecision = "active") {}

  async decide(input: { record: WatcherRecord | null }): Promise<AuthDecision> {
    const w = input.record;
    if (!w) return this.fallback;
    if (w.status === "active" || w.status === "pending") return w.status;
    return "terminated";
  }
}
