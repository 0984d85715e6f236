/**
 * A copy of `s` that shares no memory with the string it was cut from. What the parser returns are
 * views into the whole message text (V8 keeps a substring of 13 or more characters as a slice of
 * its parent, and a concatenation as a tree of its parts), so anything kept long after the message
 * (a transaction key for Timer J's 32 s, a stored dialog for an hour) would pin the message's full
 * text, body included. Slicing a concatenation makes V8 copy it into one new string first.
 */
export function detachString(s: string): string {
  return ` ${s}`.slice(1);
}

/**
 * A copy of `b` in memory of its own. A small Buffer is a view into a shared 8 KB pool slab, and
 * one kept for long (a response held for retransmissions) would keep the whole slab alive.
 */
export function detachBuffer(b: Buffer): Buffer {
  const out = Buffer.allocUnsafeSlow(b.length);
  b.copy(out);
  return out;
}
