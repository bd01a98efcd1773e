import { createTestApi, seedIds, type TestApi } from '../helpers/testApi';

/**
 * Entity.claims(validDuring) keeps the claims whose valid time overlaps the window, and with
 * keepUndated those that give none: the same claims Query.claims finds with that filter, through
 * another statement (findEntityClaims, from the entity).
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const ids = (connection: { totalCount: number; edges: Array<{ node: { id: string } }> }) => ({ total: connection.totalCount, ids: connection.edges.map((e) => e.node.id).sort() });

describe('Entity.claims in a valid-time window', () => {
  it.each([
    ['a window', { from: '2024-10', to: '2024-12' }],
    ['a window that keeps undated claims', { from: '2024-10', to: '2024-12', keepUndated: true }],
    ['an open-ended window', { from: '2025' }],
    ['no window', null],
  ])('with %s, lists what Query.claims filters', async (_what, window) => {
    const result = await api.execute(
      `query($id: ID!, $w: TimeWindow) {
        entity(id: $id) { claims(first: 100, validDuring: $w) { totalCount edges { node { id: claimId } } } }
        claims(filter: { entityId: $id, validDuring: $w }, first: 100) { totalCount edges { node { id: claimId } } }
      }`,
      { id: seedIds.northKoreanTroops, w: window },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data as any;
    expect(ids(data.entity.claims)).toEqual(ids(data.claims));
  });

  it('narrows the list: fewer claims in a window than without one, more when undated ones are kept', async () => {
    const count = async (window: unknown) => {
      const result = await api.execute('query($id: ID!, $w: TimeWindow) { entity(id: $id) { claims(first: 1, validDuring: $w) { totalCount } } }', { id: seedIds.northKoreanTroops, w: window });
      return (result.data as any).entity.claims.totalCount as number;
    };
    const all = await count(null);
    const inWindow = await count({ from: '2024-10', to: '2024-12' });
    const withUndated = await count({ from: '2024-10', to: '2024-12', keepUndated: true });
    expect(inWindow).toBeGreaterThan(0);
    expect(inWindow).toBeLessThan(all);
    expect(withUndated).toBeGreaterThanOrEqual(inWindow);
  });

  it('refuses a window that ends before it starts, naming the argument', async () => {
    const result = await api.execute('query($id: ID!) { entity(id: $id) { claims(validDuring: { from: "2025", to: "2024" }) { totalCount } } }', { id: seedIds.northKoreanTroops });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0]?.message).toMatch(/validDuring/);
  });
});
