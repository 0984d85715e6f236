import { randomBytes } from "node:crypto";

/** RFC 3261 8.1.1.7: branch values start with the magic cookie. */
export const MAGIC_COOKIE = "z9hG4bK";

// Random bytes are drawn in blocks to keep the per-id cost low.
let pool = Buffer.alloc(0);
let offset = 0;

function random(n: number): string {
  if (offset + n > pool.length) {
    pool = randomBytes(4096);
    offset = 0;
  }
  const s = pool.toString("base64url", offset, offset + n);
  offset += n;
  return s;
}

/** `bytes` random bytes as base64url, drawn from the shared pool (tags, ETags, ids). */
export function randomToken(bytes: number): string {
  return random(bytes);
}

/** A new Via branch: the magic cookie and 128 random bits (22 base64url characters). */
export function newBranch(): string {
  return MAGIC_COOKIE + random(16);
}

/** A new From/To tag: 96 random bits (RFC 3261 19.3 asks for at least 32). */
export function newTag(): string {
  return random(12);
}

/** A new Call-ID: 144 random bits, globally unique without a host part (RFC 3261 8.1.1.4). */
export function newCallId(): string {
  return random(18);
}
