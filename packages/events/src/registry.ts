import { DuplicateEventError, InvalidEventPackageError } from "./errors.js";
import { formatEventName, isEventType, parseEventName, sameEvent } from "./event-name.js";
import type { EventPackage } from "./types.js";

const MAX_CACHED_NAMES = 64;
const MEDIA_TYPE_RE = /^[a-z0-9\-.!%*_+`'~]+\/[a-z0-9\-.!%*_+`'~]+$/;

/** The event packages a server handles: Kamailio's EvList with add_event, contains_event, search_event, get_event_list. */
export class EventRegistry {
  private readonly packages: EventPackage[] = [];
  /** get()'s answers by the name as written; every NOTIFY asks with its subscription's event. */
  private readonly byName = new Map<string, EventPackage>();

  /** add_event: registers a package. Throws DuplicateEventError or InvalidEventPackageError. */
  add(pkg: EventPackage): void {
    validatePackage(pkg);
    if (this.get(pkg.name)) throw new DuplicateEventError(pkg.name);
    this.packages.push(pkg);
    this.byName.clear();
  }

  /**
   * search_event: the package for a request's Event header, or null (-> 489 Bad Event).
   * A package matches when the event type is the same (case-insensitive, as Kamailio), the request
   * carries every parameter the package requires with the same value, and every other request
   * parameter is one the package understands; `id` (RFC 6665 8.2.1) never takes part. So
   * "dialog;sla" selects the "dialog;sla" package, and null when only "dialog" is registered.
   * When several match, the one requiring the most parameters wins.
   */
  match(event: { event: string; params: Readonly<Record<string, string | null>> }): EventPackage | null {
    const type = event.event.toLowerCase();
    const requested = new Map<string, string | null>();
    for (const [k, v] of Object.entries(event.params)) {
      const name = k.toLowerCase();
      if (name !== "id") requested.set(name, v);
    }
    let best: EventPackage | null = null;
    let bestRequired = -1;
    for (const pkg of this.packages) {
      if (pkg.event.toLowerCase() !== type) continue;
      const required = Object.entries(pkg.params);
      if (!required.every(([k, v]) => requested.has(k) && requested.get(k) === v)) continue;
      const known = new Set([...required.map(([k]) => k), ...(pkg.optionalParams ?? []).map((p) => p.toLowerCase())]);
      if (![...requested.keys()].every((k) => known.has(k))) continue;
      if (required.length > bestRequired) {
        best = pkg;
        bestRequired = required.length;
      }
    }
    return best;
  }

  /** contains_event: parses a name such as "dialog;sla" and tells whether a package handles it. */
  contains(name: string): boolean {
    const ev = parseEventName(name);
    return ev !== null && this.match(ev) !== null;
  }

  /** The package registered under this name ("presence", "dialog;sla"), or null. */
  get(name: string): EventPackage | null {
    const known = this.byName.get(name);
    if (known !== undefined) return known;
    const ev = parseEventName(name);
    if (!ev) return null;
    const pkg = this.packages.find((p) => sameEvent({ event: p.event, params: p.params }, ev)) ?? null;
    // Only names that found a package, and not every spelling a request may bring.
    if (pkg !== null && this.byName.size < MAX_CACHED_NAMES) this.byName.set(name, pkg);
    return pkg;
  }

  /** get_event_list: the registered package names in registration order. */
  list(): string[] {
    return this.packages.map((p) => p.name);
  }

  /**
   * Distinct event types for an Allow-Events header (RFC 6665 8.2.2): its grammar allows event
   * types only, so "dialog;sla" contributes "dialog".
   */
  allowEvents(): string[] {
    return [...new Set(this.packages.map((p) => p.event))];
  }

  /** pres_ev_t.wipeer: the winfo package reporting the watchers of a package, or null. */
  watcherInfoFor(name: string): EventPackage | null {
    const target = this.get(name);
    if (!target) return null;
    return this.packages.find((p) => p.type === "winfo" && p.watchersOf !== undefined && this.get(p.watchersOf) === target) ?? null;
  }

  /** All packages, in registration order. */
  all(): readonly EventPackage[] {
    return this.packages;
  }
}

function validatePackage(pkg: EventPackage): void {
  const fail = (problem: string): never => {
    throw new InvalidEventPackageError(String(pkg.name), problem);
  };
  if (typeof pkg.name !== "string" || !isEventType(pkg.event)) fail(`'${pkg.event}' is not a valid event type`);
  const parsed = parseEventName(pkg.name);
  if (!parsed || !sameEvent(parsed, { event: pkg.event, params: pkg.params })) {
    fail(`name does not match event and params (expected '${formatEventName(pkg.event, pkg.params)}')`);
  }
  if (Object.keys(pkg.params).some((k) => k !== k.toLowerCase() || k === "id")) fail("parameter names must be lower-case and not 'id'");
  if (pkg.contentTypes.length === 0) fail("no content type");
  for (const t of pkg.contentTypes) if (!MEDIA_TYPE_RE.test(t)) fail(`content type '${t}' must be a lower-case type/subtype without parameters`);
  if (!Number.isInteger(pkg.defaultExpires) || pkg.defaultExpires <= 0) fail("defaultExpires must be a positive integer");
  if (pkg.type === "winfo") {
    if (!pkg.watchersOf || !parseEventName(pkg.watchersOf)) fail("a winfo package needs watchersOf (the watched package's name)");
    if (typeof pkg.watcherInfo !== "function" || typeof pkg.perWatcherBody !== "function") {
      fail("a winfo package needs watcherInfo and perWatcherBody");
    }
  } else if (pkg.type === "publication") {
    if (pkg.watchersOf !== undefined) fail("watchersOf is only for winfo packages");
    if (pkg.watcherInfo !== undefined) fail("watcherInfo is only for winfo packages");
  } else fail(`unknown type '${String(pkg.type)}'`);
}
