/**
 * A Map that remembers at least the `generation` most recently used keys and at most twice that:
 * entries live in a current and a previous generation; when the current one is full it becomes the
 * previous one and the old previous one is dropped whole. An entry read from the previous
 * generation moves to the current one.
 *
 * Why not a Map kept in least-recently-used order, evicting with `keys().next()`: V8 leaves a
 * deleted entry's slot in place until the table is rebuilt, and iteration from the start walks
 * over every such slot, so each eviction costs as much as the evictions before it (7 to 8 us per
 * insert at 10,000 entries, against 0.2 to 0.3 here).
 */
export class RecentMap<K, V extends object> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly generation: number) {
    if (!(generation >= 1)) throw new RangeError(`generation must be at least 1, not ${generation}`);
  }

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old === undefined) return undefined;
    this.previous.delete(key);
    this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    this.previous.delete(key);
    this.current.set(key, value);
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
  }

  delete(key: K): void {
    this.current.delete(key);
    this.previous.delete(key);
  }

  get size(): number {
    return this.current.size + this.previous.size;
  }
}
