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
 * Replaces, in a record the caller owns (a fresh copy), every string and Buffer field, every string
 * of an array field and every key and value of a string map field by a detached copy.
 */
export function detachFields<T extends object>(record: T): T {
  const r = record as unknown as Record<string, Field>;
  for (const key of Object.keys(r)) {
    const v = r[key];
    if (typeof v === "string") r[key] = detachString(v);
    else if (Buffer.isBuffer(v)) r[key] = detachBuffer(v);
    else if (Array.isArray(v)) r[key] = v.map(detachString);
    else if (v !== null && typeof v === "object") {
      const map: Record<string, string> = {};
      for (const [k, s] of Object.entries(v as Readonly<Record<string, string>>)) map[detachString(k)] = detachString(s);
      r[key] = map;
    }
  }
  return record;
}
