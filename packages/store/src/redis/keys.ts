// Key layout. Every key of one presentity carries the hash tag {slot} (one Redis Cluster slot, so one
// Lua script can change them atomically); expiry shards carry their own tag {x<n>}. Events never
// contain ':' (validated), so "<event>:<rest>" splits unambiguously at the first ':'.
import { shardOf } from "../slot.js";

export type RecordKind = "p" | "s";

export class KeySpace {
  /** The registry of events that have expiry shards, members "p:<event>" and "s:<event>". */
  readonly events: string;

  constructor(
    readonly prefix: string,
    readonly shards: number,
  ) {
    this.events = `${prefix}events`;
  }

  /** Hash etag -> publication (Kamailio presentity rows of one presentity and event). */
  publications(slot: string, event: string, presentity: string): string {
    return `${this.prefix}{${slot}}:p:${event}:${presentity}`;
  }

  /** String: one subscription dialog (Kamailio active_watchers row). */
  subscription(slot: string, id: string): string {
    return `${this.prefix}{${slot}}:s:${id}`;
  }

  /** Sorted set "<event>:<id>" -> expiresAt: the subscriptions of the presentities of one slot. */
  subscriptionIndex(slot: string): string {
    return `${this.prefix}{${slot}}:si`;
  }

  /** Hash watcher -> authorization record (Kamailio watchers rows of one presentity and event). */
  watchers(slot: string, event: string, presentity: string): string {
    return `${this.prefix}{${slot}}:w:${event}:${presentity}`;
  }

  /** Sorted set member -> expiresAt: one expiry shard of one record kind and event. */
  expiry(kind: RecordKind, event: string, member: string): string {
    return this.expiryShard(kind, event, shardOf(member, this.shards));
  }

  expiryShard(kind: RecordKind, event: string, shard: number): string {
    return `${this.prefix}{x${shard}}:x${kind}:${event}`;
  }

  /** All expiry shard keys of one kind and event. */
  expiryShards(kind: RecordKind, event: string): string[] {
    return Array.from({ length: this.shards }, (_, n) => this.expiryShard(kind, event, n));
  }
}

export function eventRegistryMember(kind: RecordKind, event: string): string {
  return `${kind}:${event}`;
}

/** Expiry member of a publication: JSON keeps presentity and etag apart whatever they contain. */
export function publicationMember(presentity: string, etag: string): string {
  return JSON.stringify([presentity, etag]);
}

export function parsePublicationMember(member: string): { presentity: string; etag: string } | null {
  try {
    const v: unknown = JSON.parse(member);
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === "string" && typeof v[1] === "string") {
      return { presentity: v[0], etag: v[1] };
    }
  } catch {
    // fall through: not one of ours
  }
  return null;
}

/** Expiry member of a subscription: "<slot>:<id>" (a slot never contains ':'). */
export function subscriptionMember(slot: string, id: string): string {
  return `${slot}:${id}`;
}

export function parseSubscriptionMember(member: string): { slot: string; id: string } | null {
  const i = member.indexOf(":");
  return i <= 0 || i === member.length - 1 ? null : { slot: member.slice(0, i), id: member.slice(i + 1) };
}

/** Member of the per-slot subscription index. */
export function indexMember(event: string, id: string): string {
  return `${event}:${id}`;
}
