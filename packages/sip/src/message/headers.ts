import { trimWs } from "./chars.js";
import { canonicalName } from "./header-names.js";

/**
 * The header lines of a message in wire order. Names are kept canonical (lower case, compact
 * forms expanded); values are raw strings with folding already replaced by a single SP.
 */
export class Headers {
  private n: string[];
  /** Values; undefined where a parsed line has not been read yet (see src/off). */
  private v: (string | undefined)[];
  /** Parsed text the unread values are cut from on first use, and their [start, end) offsets. */
  private src: string | null = null;
  private off: number[] | null = null;
  /** Bumped on every change so that parsed values cached by a message can be dropped. */
  revision = 0;

  constructor(entries?: Iterable<[string, string]>) {
    this.n = [];
    this.v = [];
    if (entries) for (const [name, value] of entries) this.append(name, value);
  }

  /** Builds from arrays the parser already holds (names canonical); the arrays are adopted. */
  static fromCanonical(names: string[], values: string[]): Headers {
    const h = new Headers();
    h.n = names;
    h.v = values;
    return h;
  }

  /**
   * @internal Parser path: values[i] undefined means "text.slice(offsets[2i], offsets[2i+1])",
   * cut only when someone reads it, so headers nobody reads cost no allocation.
   */
  static fromText(names: string[], values: (string | undefined)[], text: string, offsets: number[]): Headers {
    const h = new Headers();
    h.n = names;
    h.v = values;
    h.src = text;
    h.off = offsets;
    return h;
  }

  static canonical(name: string): string {
    return canonicalName(trimWs(name));
  }

  get size(): number {
    return this.n.length;
  }

  get(name: string): string | undefined {
    return this.getCanonical(Headers.canonical(name));
  }

  /** @internal get() for a name that is already canonical. */
  getCanonical(c: string): string | undefined {
    const n = this.n;
    for (let i = 0; i < n.length; i++) if (n[i] === c) return this.valueAt(i);
    return undefined;
  }

  getAll(name: string): string[] {
    return this.getAllCanonical(Headers.canonical(name));
  }

  /** @internal getAll() for a name that is already canonical. */
  getAllCanonical(c: string): string[] {
    const out: string[] = [];
    const n = this.n;
    for (let i = 0; i < n.length; i++) if (n[i] === c) out.push(this.valueAt(i));
    return out;
  }

  /** Number of lines with that name. */
  count(name: string): number {
    const c = Headers.canonical(name);
    let k = 0;
    for (const x of this.n) if (x === c) k++;
    return k;
  }

  /** Comma-separated elements across all lines of a list header; commas inside "..." or <...> do not split. */
  list(name: string): string[] {
    const out: string[] = [];
    for (const line of this.getAll(name)) splitList(line, out);
    return out;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  set(name: string, value: string): void {
    this.own();
    const c = Headers.canonical(name);
    const at = this.n.indexOf(c);
    if (at < 0) {
      this.append(c, value);
      return;
    }
    this.removeAll(c, at + 1);
    this.v[at] = value;
    this.revision++;
  }

  append(name: string, value: string): void {
    this.own();
    this.n.push(Headers.canonical(name));
    this.v.push(value);
    this.revision++;
  }

  prepend(name: string, value: string): void {
    this.own();
    this.n.unshift(Headers.canonical(name));
    this.v.unshift(value);
    this.revision++;
  }

  delete(name: string): void {
    this.own();
    this.removeAll(Headers.canonical(name), 0);
    this.revision++;
  }

  *entries(): IterableIterator<[string, string]> {
    for (let i = 0; i < this.n.length; i++) yield [this.n[i]!, this.valueAt(i)];
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  /** Name of line i (canonical) — for serializers that avoid the iterator. */
  nameAt(i: number): string {
    return this.n[i]!;
  }

  valueAt(i: number): string {
    let x = this.v[i];
    if (x === undefined) {
      const off = this.off!;
      x = this.src!.slice(off[2 * i], off[2 * i + 1]);
      this.v[i] = x;
    }
    return x;
  }

  clone(): Headers {
    this.own();
    return Headers.fromCanonical(this.n.slice(), this.v.slice() as string[]);
  }

  /** Cuts every value still held as offsets, so that lines can be moved around. */
  private own(): void {
    if (this.src === null) return;
    for (let i = 0; i < this.n.length; i++) this.valueAt(i);
    this.src = null;
    this.off = null;
  }

  private removeAll(c: string, from: number): void {
    let w = from;
    for (let r = from; r < this.n.length; r++) {
      if (this.n[r] === c) continue;
      this.n[w] = this.n[r]!;
      this.v[w] = this.v[r]!;
      w++;
    }
    this.n.length = w;
    this.v.length = w;
  }
}

/** Splits one header value at top-level commas, trimming each element and dropping empty ones. */
export function splitList(line: string, out: string[] = []): string[] {
  if (line.indexOf(",") < 0) {
    // the common single-element line
    const el = trimWs(line);
    if (el.length > 0) out.push(el);
    return out;
  }
  let start = 0;
  let quoted = false;
  let angle = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quoted) {
      if (c === 92 /* \ */) i++;
      else if (c === 34) quoted = false;
    } else if (c === 34) quoted = true;
    else if (c === 60 /* < */) angle = true;
    else if (c === 62 /* > */) angle = false;
    else if (c === 44 /* , */ && !angle) {
      const el = trimWs(line.slice(start, i));
      if (el.length > 0) out.push(el);
      start = i + 1;
    }
  }
  const last = trimWs(line.slice(start));
  if (last.length > 0) out.push(last);
  return out;
}
