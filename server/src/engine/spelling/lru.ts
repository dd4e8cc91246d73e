/**
 * A bounded cache that forgets what was not used recently. Two generations instead of a strict LRU: when
 * the current map is full it becomes the old one and the oldest generation is dropped, so nothing is ever
 * deleted one key at a time (V8 maps slow down badly when many keys are deleted from their front).
 * Holds at most twice `capacity` entries.
 */
export class LruCache<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.capacity && !this.current.has(key)) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
