/**
 * A small seeded pseudo-random generator (mulberry32), so the benchmark graph is the same for the
 * same seed on every machine and Node version; Math.random cannot be seeded.
 *
 * @example
 *   const rng = new Prng(42);
 *   rng.int(10);          // 0..9
 *   rng.skewed(1000);     // 0..999, mostly small: a few hubs, many leaves
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /**
   * An index in [0, n) drawn from a power law: index 0 is the biggest hub. With `power` 3 and
   * n = 100, index 0 gets about a fifth of all draws and the upper half about 1 in 5 together.
   */
  skewed(n: number, power = 3): number {
    return Math.min(n - 1, Math.floor(n * this.next() ** power));
  }

  /** One of `items`, chosen with the given weights (any positive numbers). */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }
}
