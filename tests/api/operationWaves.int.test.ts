import { readExamples } from '../../src/server';
import { lockstepDriver, type LockstepDriver } from '../helpers/lockstepDriver';
import { createTestApi, type TestApi } from '../helpers/testApi';

/**
 * The round trips behind every example operation of examples/, pinned: per example, the waves of
 * named queries it sends to the seed graph, each wave the sorted names of the queries the resolvers
 * send before any of them is answered. A change that adds a round trip adds a wave; one that loads
 * per parent (N+1) repeats a name within a wave. Either shows in the snapshot, and an intended
 * change is accepted with `jest -u`.
 *
 * Names come from Database.onQuery; the driver below the Database releases the queries a wave at a
 * time (see lockstepDriver), so the waves do not depend on which query Neo4j answers first.
 * The examples run with the defaults their variables declare (fixed seed ids).
 */
const examples = readExamples();

let api: TestApi;
let gate: LockstepDriver;
beforeAll(async () => {
  api = await createTestApi(process.env.NEO4J_TEST_URI, null, {
    wrapDriver: (driver) => {
      gate = lockstepDriver(driver);
      return gate.driver;
    },
  });
});
afterAll(() => api.close());

/** Runs `document` and returns its waves: per wave, the names of the queries sent, sorted. */
async function wavesOf(document: string): Promise<string[][]> {
  const seen: Array<{ wave: number; name: string; ok: boolean }> = [];
  gate.reset();
  const stop = api.db.onQuery(({ name, ok }) => seen.push({ wave: gate.wave, name, ok }));
  try {
    const result = await api.execute(document);
    expect(result.errors).toBeUndefined();
  } finally {
    stop();
  }
  // Every query went through a named query of cypher/, and each one succeeded.
  expect(seen).toHaveLength(gate.sent);
  expect(seen.filter((q) => !q.ok)).toEqual([]);
  const waves: string[][] = Array.from({ length: gate.wave + 1 }, () => []);
  for (const { wave, name } of seen) (waves[wave] as string[]).push(name);
  return waves.map((names) => names.sort());
}

it('has example operations to trace', () => {
  expect(examples.length).toBeGreaterThanOrEqual(12);
});

describe.each(examples.map((e) => [e.file, e.document] as const))('%s', (_file, document) => {
  it('sends its named queries in the pinned waves', async () => {
    const waves = await wavesOf(document);
    expect(waves.length).toBeGreaterThan(0);
    expect(waves.every((names) => names.length > 0)).toBe(true);
    // The same waves again: the snapshot holds what the code sends, not what the timing allowed.
    expect(await wavesOf(document)).toEqual(waves);
    expect(waves).toMatchSnapshot();
  });
});
