import { createTestApi, seedIds, type TestApi } from '../helpers/testApi';

/**
 * Query.neighborhood and Query.paths check the entities their arguments name in the same wave as
 * the walk (src/api/loaders.ts afterEntityChecks): an id that names no entity is still reported
 * as NOT_FOUND, naming the argument, and never answered with an empty walk. Run on the seed graph.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const NO_SUCH_ID = '00000000-0000-5000-8000-000000000000';

describe('neighborhood', () => {
  it('reports an unknown id as NOT_FOUND, naming the argument', async () => {
    const result = await api.execute(`query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } edges { id } } }`, { id: NO_SUCH_ID });
    expect(result.data?.neighborhood ?? null).toBeNull();
    expect(result.errors?.map((e) => ({ code: e.extensions?.code, message: e.message }))).toEqual([
      { code: 'NOT_FOUND', message: `expected "id" to be the id of an entity, but no entity has id "${NO_SUCH_ID}"` },
    ]);
  });

  it('walks from a known entity', async () => {
    const before = api.db.roundTrips;
    const result = await api.execute(`query($id: ID!) { neighborhood(id: $id) { nodes { name } } }`, { id: seedIds.northKoreanTroops });
    expect(result.errors).toBeUndefined();
    expect(result.data?.neighborhood.nodes.map((n: { name: string }) => n.name)).toContain('Russia');
    // The check and the walk (in one wave: tests/api/operationWaves.int.test.ts pins the waves);
    // the nodes come primed from the walk.
    expect(api.db.roundTrips - before).toBe(2);
  });
});

describe('paths', () => {
  it.each(['from', 'to'])('reports an unknown "%s" as NOT_FOUND, naming it', async (argument) => {
    const ends = { from: seedIds.northKorea, to: seedIds.ukraine, [argument]: NO_SUCH_ID };
    const result = await api.execute(`query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { length } }`, ends);
    expect(result.data?.paths ?? null).toBeNull();
    expect(result.errors?.map((e) => ({ code: e.extensions?.code, message: e.message }))).toEqual([
      { code: 'NOT_FOUND', message: `expected "${argument}" to be the id of an entity, but no entity has id "${NO_SUCH_ID}"` },
    ]);
  });

  it('finds the paths between two known entities', async () => {
    const result = await api.execute(`query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { length nodes { name } } }`, { from: seedIds.northKorea, to: seedIds.ukraine });
    expect(result.errors).toBeUndefined();
    expect(result.data?.paths.length).toBeGreaterThan(0);
    for (const path of result.data?.paths ?? []) expect(path.nodes[0].name).toBe('North Korea');
  });
});
