// Stored records must own their strings. Values taken from a parsed SIP message are views into the
// message's whole text (V8 keeps a substring of 13 or more characters as a slice of its parent and a
// concatenation as a tree of its parts), so an in-memory record holding one would keep the full
// request, body included, alive for the subscription's lifetime. Slicing a concatenation makes V8
// copy it into one new string first. (@presence/sip's detachString does the same for transaction keys.)

/** A copy of `s` that shares no memory with the string it was cut from. */
export function detachString(s: string): string {
  return ` ${s}`.slice(1);
}

/**
 * A copy of `b` in memory of its own. A small Buffer is a view into a shared 8 KB pool slab, and a
 * stored one would keep the whole slab alive.
 */
export function detachBuffer(b: Buffer): Buffer {
  const out = Buffer.allocUnsafeSlow(b.length);
  b.copy(out);
  return out;
}

type Field = string | number | boolean | null | undefined | Buffer | readonly string[] | Readonly<Record<string, string>>;

/**
 * A copy of a record that owns its memory: strings and Buffers detached, arrays of strings and
 * string maps copied with detached members. Undefined fields are left out (absent, never
 * undefined, as the copies in copy.ts make them).
 */
export function ownedCopy<T extends object>(record: T): T {
  const out: Record<string, Field> = {};
  for (const [key, v] of Object.entries(record as Readonly<Record<string, Field>>)) {
    if (v === undefined) continue;
    if (typeof v === "string") out[key] = detachString(v);
    else if (Buffer.isBuffer(v)) out[key] = detachBuffer(v);
    else if (Array.isArray(v)) out[key] = v.map(detachString);
    else if (v !== null && typeof v === "object") {
      const map: Record<string, string> = {};
      for (const [k, s] of Object.entries(v as Readonly<Record<string, string>>)) map[detachString(k)] = detachString(s);
      out[key] = map;
    } else out[key] = v;
  }
  return out as unknown as T;
}
