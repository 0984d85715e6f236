import { randomToken } from "@presence/sip";

/**
 * Our To-tag carries the presentity's store slot, so an in-dialog SUBSCRIBE (whose Request-URI is the
 * Contact we gave, not the presentity) finds its dialog without a global index:
 * `<to_tag_pref><slot>.<random>`.
 */
export function makeToTag(prefix: string, slot: string): string {
  return `${prefix}${slot}.${randomToken(9)}`;
}

/** The slot inside one of our To-tags, or null when the tag is not one we could have generated. */
export function slotFromToTag(prefix: string, tag: string): string | null {
  if (!tag.startsWith(prefix)) return null;
  const dot = tag.indexOf(".", prefix.length);
  if (dot <= prefix.length) return null;
  const slot = tag.slice(prefix.length, dot);
  return /^[A-Za-z0-9_-]+$/.test(slot) ? slot : null;
}
