import type { Driver, Session } from 'neo4j-driver';
import { withMethod } from '../../bench/trace';

/**
 * A driver that makes round trips countable: it holds every `executeQuery` (what Database.write
 * uses) and every `run` of a session it opened (what Database.read uses) until the API has sent all
 * it can without an answer, then runs the held queries together and hands back all their answers at
 * once. Each such batch is one wave, so a wave is exactly what the resolvers could send given the
 * answers of the waves before it; an extra round trip on the critical path adds a wave, an N+1 adds
 * queries to a wave.
 *
 * Grouping by wall-clock overlap instead (as bench/trace.ts does) depends on which query Neo4j
 * happens to answer first, so the same operation gives different waves from run to run.
 *
 * "All it can" means: one turn of the event loop passed with no new query. The resolvers, graphql-js
 * and DataLoader's batching only use promises and process.nextTick, which all run before that turn
 * ends, so no timer is involved.
 *
 * @example
 *   const gate = lockstepDriver(createDriver(uri));
 *   const db = new Database(gate.driver, queries);
 *   db.onQuery(({ name }) => record(gate.wave, name));
 */
export interface LockstepDriver {
  driver: Driver;
  /** The wave whose answers are being handed back now (0 for the first; -1 before any). */
  readonly wave: number;
  /** Queries sent through `executeQuery` or a session's `run` since the last reset. */
  readonly sent: number;
  /** Starts counting waves and queries from zero again. */
  reset(): void;
}

interface Held {
  run(): Promise<unknown>;
  resolve(value: unknown): void;
  reject(reason: unknown): void;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function lockstepDriver(driver: Driver): LockstepDriver {
  let held: Held[] = [];
  let releasing = false;
  let wave = -1;
  let sent = 0;

  const release = async (): Promise<void> => {
    releasing = true;
    try {
      let seen = -1;
      while (held.length !== seen) {
        seen = held.length;
        await nextTurn();
      }
      const batch = held;
      held = [];
      const results = await Promise.allSettled(batch.map((h) => h.run()));
      wave += 1;
      // In the order they were sent, so continuations (and DataLoader batches) run in a fixed order.
      results.forEach((result, i) => {
        const h = batch[i] as Held;
        if (result.status === 'fulfilled') h.resolve(result.value);
        else h.reject(result.reason);
      });
    } finally {
      releasing = false;
    }
    // Queries sent while this wave ran (by something other than its answers) go in the next one.
    if (held.length > 0) void release();
  };

  const hold = (run: () => Promise<unknown>) =>
    new Promise((resolve, reject) => {
      sent += 1;
      held.push({ run, resolve, reject });
      if (!releasing && held.length === 1) void release();
    });
  const executeQuery = (...args: unknown[]) => hold(() => (driver.executeQuery as (...a: unknown[]) => Promise<unknown>).apply(driver, args));
  // Database.read runs each statement with session.run (an auto-commit transaction): held the same way.
  const session = (...args: unknown[]) =>
    withMethod((driver.session as (...a: unknown[]) => Session).apply(driver, args), 'run', (opened) =>
      (...runArgs: unknown[]) => hold(async () => await (opened.run as (...a: unknown[]) => Promise<unknown>).apply(opened, runArgs)));

  return {
    driver: withMethod(withMethod(driver, 'executeQuery', () => executeQuery), 'session', () => session),
    get wave() {
      return wave;
    },
    get sent() {
      return sent;
    },
    reset() {
      wave = -1;
      sent = 0;
    },
  };
}
