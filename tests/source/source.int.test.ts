import { createTestApi, seedIds, type TestApi } from '../helpers/testApi';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('Query.sources', () => {
  it('lists the BBC article, keyed by content hash since it has no URL', async () => {
    const result = await api.execute(`{
      sources(first: 10) { totalCount edges { node { id title url contentHash retrievedAt claimCount publisher { id name } publishedAt { iso precision } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.sources.totalCount).toBe(1);
    const source = result.data?.sources.edges[0].node;
    expect(source).toMatchObject({
      url: null,
      claimCount: 21,
      publisher: { id: seedIds.bbc, name: 'BBC' },
      publishedAt: { iso: '2024-12-27', precision: 'DAY' },
    });
    expect(source.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Number.isNaN(Date.parse(source.retrievedAt))).toBe(false);
  });
});
