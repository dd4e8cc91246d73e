/**
 * A bounded cache that forgets what was not used recently. Two generations instead of a strict LRU: when
 * the current map is full it becomes the old one and the oldest generation is dropped, so nothing is ever
 * deleted one key at a time (V8 maps slow down badly when many keys are deleted from their front).
 * "Full" counts entries, or, with `weigh`, the entries' weights (characters of text, say), so a few huge
 * entries cannot hold more memory than many small ones. Holds at most twice `capacity`.
 */
export class LruCache<K, V> {
  /** Every cache made, so tests can compare a check from scratch with one that reuses earlier work. */
  private static readonly all: Array<LruCache<unknown, unknown>> = [];

  static clearAll(): void {
    for (const cache of LruCache.all) cache.clear();
  }

  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly capacity: number,
    private readonly weigh: (key: K, value: V) => number = () => 1,
  ) {
    LruCache.all.push(this as LruCache<unknown, unknown>);
  }

  clear(): void {
    this.current = new Map();
    this.previous = new Map();
    this.weight = 0;
  }

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.has(key)) {
      this.current.set(key, value);
      return;
    }
    const weight = this.weigh(key, value);
    // An entry heavier than the whole cache is not kept at all.
    if (weight > this.capacity) return;
    if (this.weight + weight > this.capacity) {
      this.previous = this.current;
      this.current = new Map();
      this.weight = 0;
    }
    this.current.set(key, value);
    this.weight += weight;
  }
}
