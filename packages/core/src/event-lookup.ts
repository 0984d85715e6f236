import type { EventPackage, EventRegistry } from "@presence/events";
import type { EventRef } from "./messages.js";
import { SipFailure } from "./sip-reply.js";

/** RFC 6665 8.2.2 / RFC 3903 6 step 2: an unknown or missing event is 489 with Allow-Events. */
export function requirePackage(events: EventRegistry, event: EventRef | null): EventPackage {
  const allow: Array<[string, string]> = [["Allow-Events", events.allowEvents().join(", ")]];
  if (!event) throw new SipFailure(489, "Bad Event", { headers: allow, detail: "missing Event header" });
  const pkg = events.match({ event: event.name, params: event.params });
  if (!pkg) throw new SipFailure(489, "Bad Event", { headers: allow, detail: `event package '${event.name}' not supported` });
  return pkg;
}

/**
 * RFC 3903 6 step 2 for PUBLISH: a winfo package's state is the server's own watcher list
 * (RFC 3857), so it cannot be published: 489 like an unknown event.
 */
export function requirePublishablePackage(events: EventRegistry, event: EventRef | null): EventPackage {
  const pkg = requirePackage(events, event);
  if (pkg.type === "winfo") {
    throw new SipFailure(489, "Bad Event", {
      headers: [["Allow-Events", events.allowEvents().join(", ")]],
      detail: `event package '${pkg.name}' cannot be published`,
    });
  }
  return pkg;
}
