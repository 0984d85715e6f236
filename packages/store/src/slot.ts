import * as crypto from "node:crypto";

// base32hex (RFC 4648 section 7), lower case: token-safe for To-tags, no '{', '}' or ':'.
const ALPHABET = "0123456789abcdefghijklmnopqrstuv";
/** Length of a slot: 10 base32 characters = 50 bits of SHA-1. */
export const SLOT_LENGTH = 10;
const SLOT_RE = /^[0-9a-v]{10}$/;

/**
 * The presentity's slot: a short stable hash that is the Redis Cluster hash tag of every key of
 * that presentity, and that the SUBSCRIBE handler embeds in its To-tag so in-dialog requests,
 * which carry no presentity, find the dialog.
 */
export function presentitySlot(presentity: string): string {
  let slot = recent.get(presentity);
  if (slot === undefined) {
    // One request computes it several times (handler, store validation, To-tag): keep the latest.
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(presentity, (slot = computeSlot(presentity)));
  }
  return slot;
}

const RECENT_LIMIT = 10_000;
const recent = new Map<string, string>();

// crypto.hash (Node 20.12+) hashes in one call, without a Hash object per input.
const sha1: (s: string) => Buffer =
  typeof crypto.hash === "function" ? (s) => crypto.hash("sha1", s, "buffer") : (s) => crypto.createHash("sha1").update(s, "utf8").digest();

function computeSlot(presentity: string): string {
  const digest = sha1(presentity);
  let out = "";
  let acc = 0;
  let bits = 0;
  for (let i = 0; out.length < SLOT_LENGTH; i++) {
    acc = ((acc << 8) | digest[i]!) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < SLOT_LENGTH) {
      bits -= 5;
      out += ALPHABET[(acc >> bits) & 31];
    }
  }
  return out;
}

/** True when `s` has the shape presentitySlot() produces. */
export function isSlot(s: unknown): s is string {
  return typeof s === "string" && SLOT_RE.test(s);
}

/** FNV-1a 32-bit: spreads records over the expiry shards. */
export function shardOf(s: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}
