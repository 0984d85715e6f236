import type { BusNames } from "./subjects.js";
import type { StreamOptions } from "./types.js";

/** Default retention of change events: long enough to ride out a notifier outage, short enough to stay small. */
export const DEFAULT_EVENTS_MAX_AGE_MS = 60 * 60 * 1000;

/** The events stream of one prefix: every `<prefix>.events.>` subject, limits retention. */
export function eventsStreamOptions(names: BusNames, overrides: Partial<Omit<StreamOptions, "name" | "subjects">> = {}): StreamOptions {
  return { name: names.eventsStream, subjects: [names.eventsAll], maxAgeMs: DEFAULT_EVENTS_MAX_AGE_MS, ...overrides };
}
