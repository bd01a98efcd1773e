import { performance } from 'node:perf_hooks';
import { summarize, type Stats } from './stats';

/** One way to run a query: our API, the floor (in-process), the floor over HTTP or the peer. Resolves when the answer is complete. */
export interface Target {
  name: TargetName;
  run: () => Promise<unknown>;
}

export type TargetName = 'ours' | 'floor' | 'floorHttp' | 'peer';

export interface MeasureSettings {
  /** Seconds of untimed warm-up per target (interleaved too). */
  warmupSeconds: number;
  /** Seconds of timed, sequential runs per target, at least `minIterations` each. */
  latencySeconds: number;
  minIterations: number;
  maxIterations: number;
  /** Clients running at once in the throughput phase. */
  concurrency: number;
  /** The throughput phase: `rounds` slices of `sliceSeconds` per target, targets alternating. */
  throughputSliceSeconds: number;
  throughputRounds: number;
}

/**
 * Measures targets side by side: warm-up, then rounds in which every target runs once, in an order
 * that rotates each round, so drift of the shared machine (other processes, GC, JIT, page cache)
 * hits all of them alike. Latency is sequential (one request at a time); throughput comes from a
 * second phase of short alternating slices with `concurrency` clients.
 */
export async function measureInterleaved(targets: readonly Target[], settings: MeasureSettings): Promise<Record<string, Stats>> {
  const order = (round: number) => targets.map((_, i) => targets[(i + round) % targets.length] as Target);

  const warmupEnd = performance.now() + settings.warmupSeconds * 1000 * targets.length;
  for (let round = 0; performance.now() < warmupEnd; round++) {
    for (const target of order(round)) await target.run();
  }

  const samples = new Map<TargetName, number[]>(targets.map((t) => [t.name, []]));
  const errors = new Map<TargetName, number>(targets.map((t) => [t.name, 0]));
  const started = performance.now();
  const budgetMs = settings.latencySeconds * 1000 * targets.length;
  for (let round = 0; ; round++) {
    const elapsed = performance.now() - started;
    const fewest = Math.min(...[...samples.values()].map((s) => s.length));
    if (fewest >= settings.maxIterations) break;
    if (elapsed >= budgetMs && fewest >= settings.minIterations) break;
    if (elapsed >= 3 * budgetMs && fewest >= 1) break;
    for (const target of order(round)) {
      const t0 = performance.now();
      try {
        await target.run();
        (samples.get(target.name) as number[]).push(performance.now() - t0);
      } catch (error) {
        errors.set(target.name, (errors.get(target.name) ?? 0) + 1);
        if ((errors.get(target.name) ?? 0) === 1) console.error(`[bench] ${target.name} failed: ${(error as Error).message}`);
      }
    }
  }

  const completed = new Map<TargetName, { ops: number; ms: number }>(targets.map((t) => [t.name, { ops: 0, ms: 0 }]));
  for (let round = 0; round < settings.throughputRounds; round++) {
    for (const target of order(round)) {
      const t0 = performance.now();
      const end = t0 + settings.throughputSliceSeconds * 1000;
      let ops = 0;
      const worker = async () => {
        while (performance.now() < end) {
          try {
            await target.run();
            ops++;
          } catch {
            errors.set(target.name, (errors.get(target.name) ?? 0) + 1);
          }
        }
      };
      await Promise.all(Array.from({ length: settings.concurrency }, worker));
      const slot = completed.get(target.name) as { ops: number; ms: number };
      slot.ops += ops;
      slot.ms += performance.now() - t0;
    }
  }

  const result: Record<string, Stats> = {};
  for (const target of targets) {
    const c = completed.get(target.name) as { ops: number; ms: number };
    result[target.name] = {
      ...summarize(samples.get(target.name) as number[]),
      throughput: c.ms > 0 ? (c.ops * 1000) / c.ms : null,
      concurrency: settings.concurrency,
      errors: errors.get(target.name) ?? 0,
    };
  }
  return result;
}
