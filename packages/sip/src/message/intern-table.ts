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

  private hash(s: string, start: number, end: number): number {
    let h = end - start;
    for (let i = start; i < end; i++) h = (Math.imul(h, 33) + (s.charCodeAt(i) | 32)) | 0;
    return h & this.mask;
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
