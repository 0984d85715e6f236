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
