import { Prng } from '../../../bench/prng';

/**
 * A seeded pseudo-random generator (mulberry32), so that a run of the hostile-input test can be
 * replayed exactly: the same seed gives the same documents in the same order.
 *
 * @example
 *   const random = new Random(42);
 *   random.pick(['a', 'b']); // always the same for seed 42
 */
export class Random {
  // The benchmark's generator: one mulberry32 for the project.
  private readonly source: Prng;

  constructor(readonly seed: number) {
    this.source = new Prng(seed);
  }

  /** A float in [0, 1). */
  next(): number {
    return this.source.next();
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('expected a non-empty list to pick from, but got an empty one');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, count);
  }
}
