import { createTestApi, seedIds, type TestApi } from '../helpers/testApi';

/**
 * Query.disputes(validDuring) keeps the disputes that have a claim whose valid time overlaps the
 * window (with keepUndated, or that gives none), each found whole first: the same id and the same
 * claims as without the window. Checked on the analyst graph, where North Korean troops have dated
 * claims that disagree on time (since October against since December), an undated denial, and
 * undated casualty figures that disagree. Deployments with no end overlap every window after their start. Which claims are in the window comes from Query.claims, whose
 * filter is its own statement (findClaims).
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(process.env.NEO4J_ANALYST_URI);
});
afterAll(() => api.close());

interface Dispute {
  id: string;
  kind: string;
  claims: Array<{ id: string; predicate: string }>;
}

async function disputes(window: unknown): Promise<Dispute[]> {
  const result = await api.execute(
    `query($id: ID!, $w: TimeWindow) {
      disputes(entityId: $id, first: 100, validDuring: $w) { totalCount edges { node { id: disputeId kind claims { id: claimId predicate } } } }
    }`,
    { id: seedIds.northKoreanTroops, w: window },
  );
  expect(result.errors).toBeUndefined();
  const connection = (result.data as any).disputes;
  expect(connection.edges).toHaveLength(connection.totalCount);
  return connection.edges.map((e: { node: Dispute }) => e.node);
}

async function claimsInWindow(window: unknown): Promise<Set<string>> {
  const result = await api.execute('query($id: ID!, $w: TimeWindow) { claims(filter: { entityId: $id, validDuring: $w }, first: 100) { totalCount edges { node { id: claimId } } } }', {
    id: seedIds.northKoreanTroops,
    w: window,
  });
  expect(result.errors).toBeUndefined();
  const connection = (result.data as any).claims;
  expect(connection.edges).toHaveLength(connection.totalCount);
  return new Set(connection.edges.map((e: { node: { id: string } }) => e.node.id));
}

describe('Query.disputes in a valid-time window', () => {
  let every: Dispute[];
  beforeAll(async () => {
    every = await disputes(null);
    // The fixture as described above: a dispute on time, one on polarity and one on figures at least.
    expect(new Set(every.map((d) => d.kind))).toEqual(new Set(['TIME', 'POLARITY', 'QUANTITY']));
  });

  it.each([
    ['a window over the deployment', { from: '2024-12', to: '2025-01' }],
    ['the same window, undated claims kept', { from: '2024-12', to: '2025-01', keepUndated: true }],
    ['a window before any dated claim', { to: '2024-09' }],
    ['that window, undated claims kept', { to: '2024-09', keepUndated: true }],
  ])('with %s, lists the disputes with a claim in it, each whole', async (_what, window) => {
    const inWindow = await claimsInWindow(window);
    const expected = every.filter((d) => d.claims.some((c) => inWindow.has(c.id)));
    expect(await disputes(window)).toEqual(expected);
  });

  it('narrows the list, and keepUndated brings back the disputes of undated claims', async () => {
    const dated = await disputes({ from: '2024-12', to: '2025-01' });
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.length).toBeLessThan(every.length);
    expect(dated.map((d) => d.kind)).toContain('TIME');
    // The undated casualty figures are the one dispute with no claim in a dated window.
    const casualties = (list: Dispute[]) => list.filter((d) => d.claims.every((c) => c.predicate === 'CASUALTIES_IN'));
    expect(casualties(every)).toHaveLength(1);
    expect(casualties(dated)).toEqual([]);
    expect(await disputes({ to: '2024-09' })).toEqual([]);
    const undated = await disputes({ to: '2024-09', keepUndated: true });
    expect(undated.map((d) => d.kind)).toEqual(expect.arrayContaining(['POLARITY', 'QUANTITY']));
    expect(undated.map((d) => d.kind)).not.toContain('TIME');
    expect(casualties(undated)).toEqual(casualties(every));
  });

  it('refuses a window that ends before it starts, naming the argument', async () => {
    const result = await api.execute('query($id: ID!) { disputes(entityId: $id, validDuring: { from: "2025", to: "2024" }) { totalCount } }', { id: seedIds.northKoreanTroops });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.errors?.[0]?.message).toMatch(/validDuring/);
  });
});
