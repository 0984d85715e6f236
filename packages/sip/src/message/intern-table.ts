/**
 * Case-insensitive lookup of well-known words straight from a region of a larger string. A hit
 * returns a string constant, so the common header and parameter names cost no allocation and
 * compare by identity afterwards.
 */
export class InternTable {
  private readonly keys: (string | undefined)[];
  private readonly values: string[];
  private readonly mask: number;

  /** entries: [lower-case key, value returned for it]. */
  constructor(entries: Iterable<readonly [string, string]>, size = 512) {
    this.keys = new Array<string | undefined>(size).fill(undefined);
    this.values = new Array<string>(size).fill("");
    this.mask = size - 1;
    for (const [k, v] of entries) {
      let slot = this.hash(k, 0, k.length);
      while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
      this.keys[slot] = k;
      this.values[slot] = v;
    }
  }

  /** Length and three letters (case-folded) pick the slot; the full compare in lookup() settles it. */
  private hash(s: string, start: number, end: number): number {
    const len = end - start;
    if (len === 0) return 0;
    const a = s.charCodeAt(start) | 32;
    const b = s.charCodeAt(end - 1) | 32;
    const c = s.charCodeAt(start + (len >> 1)) | 32;
    return (len * 7919 + a * 31 + b * 131 + c * 17) & this.mask;
  }

  /**
   * The value for s[start, end) when it spells a key in any letter case. '|32' folds ASCII letters;
   * the only other characters it could map onto a key character are controls, refused here.
   */
  lookup(s: string, start: number, end: number): string | undefined {
    const len = end - start;
    let slot = this.hash(s, start, end);
    for (;;) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (key.length === len) {
        let i = 0;
        for (; i < len; i++) {
          const c = s.charCodeAt(start + i);
          if ((c | 32) !== key.charCodeAt(i) || c <= 32) break;
        }
        if (i === len) return this.values[slot];
      }
      slot = (slot + 1) & this.mask;
    }
  }
}
