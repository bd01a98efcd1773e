import { readSeedFile, writeSeed, DEFAULT_SEED_FILE } from '../../src/seed';
import { createTestApi, type TestApi } from '../helpers/testApi';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const counts = async () => {
  const [row] = await api.db.runStatement(
    `MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships`,
  );
  return row;
};

describe('the seed', () => {
  it('loads idempotently: writing it again creates no node and no relationship', async () => {
    const before = await counts();
    const result = await writeSeed(api.db, readSeedFile(DEFAULT_SEED_FILE));
    expect(result).toEqual({ entities: 13, claims: 21, sourceCreated: false });
    expect(await counts()).toEqual(before);
  });

  it('derives one fact per supported (subject, predicate, object), each listing its claims', async () => {
    const rows = await api.db.runStatement(
      `MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, r.claimCount AS claimCount, size(r.claimIds) AS ids`,
    );
    expect(rows.length).toBe(14);
    for (const row of rows) expect(row.claimCount).toBe(row.ids);
  });
});
