import type { Driver, Session } from 'neo4j-driver';
import type { QueryCatalog } from '../src/cypher';
import { readAutoCommit } from '../src/neo4j';

/**
 * The floor is "the same Cypher our resolvers send, with the same parameters, straight through the
 * driver". To know exactly what they send, an operation is run once through our Apollo server over
 * a driver that records every query text and its parameters, and which ones were in flight
 * together (a DataLoader batch of one tick): those form one wave, replayed concurrently. Recording
 * at the driver keeps this independent of how the Database class is built.
 */
export interface TracedCall {
  /** The named query (from cypher/), or "(unnamed)" for raw statements. */
  name: string;
  text: string;
  params: Record<string, unknown>;
  wave: number;
}

export interface RecordingDriver {
  driver: Driver;
  calls: TracedCall[];
  reset(): void;
}

/**
 * Wraps `driver` so that what Database sends is recorded: `executeQuery` (its writes) and the
 * `run` of every session it opens (its reads, each an auto-commit transaction: readAutoCommit).
 */
export function recordingDriver(driver: Driver, queries: QueryCatalog): RecordingDriver {
  const names = new Map([...queries.values()].map((q) => [q.text, q.name]));
  let pending = 0;
  let wave = -1;
  const state: RecordingDriver = {
    driver: undefined as unknown as Driver,
    calls: [],
    reset() {
      state.calls = [];
      wave = -1;
    },
  };
  const recorded = async <T>(text: string, params: Record<string, unknown>, send: () => Promise<T>): Promise<T> => {
    if (pending === 0) wave += 1;
    state.calls.push({ name: names.get(text) ?? '(unnamed)', text, params: structuredClone(params), wave });
    pending += 1;
    try {
      return await send();
    } finally {
      pending -= 1;
    }
  };
  const executeQuery = (text: string, params: Record<string, unknown> = {}, config?: unknown) =>
    recorded(text, params, () => (driver.executeQuery as (...args: unknown[]) => Promise<unknown>).call(driver, text, params, config));
  const session = (...args: unknown[]) =>
    withMethod((driver.session as (...a: unknown[]) => Session).apply(driver, args), 'run', (opened) =>
      (text: string, params: Record<string, unknown> = {}, config?: unknown) =>
        recorded(text, params, async () => await opened.run(text, params, config as Parameters<Session['run']>[2])));
  state.driver = withMethod(withMethod(driver, 'executeQuery', () => executeQuery), 'session', () => session);
  return state;
}

/**
 * `target` with its method `name` replaced by what `replacement` makes of it; the rest bound to it.
 * tests/helpers/lockstepDriver.ts holds a driver's statements the same way.
 */
export function withMethod<T extends object>(target: T, name: string, replacement: (target: T) => unknown): T {
  const replaced = replacement(target);
  return new Proxy(target, {
    get(inner, prop, receiver) {
      if (prop === name) return replaced;
      const value = Reflect.get(inner, prop, receiver);
      return typeof value === 'function' ? value.bind(inner) : value;
    },
  });
}

/** The recorded calls grouped by wave, in order. */
export function waves(calls: readonly TracedCall[]): TracedCall[][] {
  const byWave: TracedCall[][] = [];
  for (const call of calls) (byWave[call.wave] ??= []).push(call);
  return byWave.filter((w) => w !== undefined);
}

/**
 * Replays a trace as the floor: each wave's queries concurrently, waves one after another, each
 * query in its own auto-commit read transaction exactly as Database.read runs it, and the records
 * turned into plain objects as our code does. No GraphQL, no HTTP, no resolver.
 */
export function floorRunner(driver: Driver, calls: readonly TracedCall[]): () => Promise<number> {
  const plan = waves(calls);
  return async () => {
    let rows = 0;
    for (const wave of plan) {
      const results = await Promise.all(wave.map((q) => readAutoCommit(driver, q.text, q.params)));
      for (const result of results) rows += result.length;
    }
    return rows;
  };
}
