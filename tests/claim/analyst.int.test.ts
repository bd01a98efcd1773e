import { createTestApi, errorCodes, seedIds, type TestApi } from '../helpers/testApi';

/** Disagreement, denial and time order, on the seed plus the analyst fixture. */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(process.env.NEO4J_ANALYST_URI);
});
afterAll(() => api.close());

const DISPUTES = `query D($entityId: ID, $asOf: String, $first: Int, $after: String) {
  disputes(entityId: $entityId, asOf: $asOf, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind reason claims { id text polarity status quantity { value qualifier } validFrom { iso } source { title publishedAt { iso } } } } }
  }
}`;

const disputes = async (variables: Record<string, unknown>) => {
  const result = await api.execute(DISPUTES, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.disputes;
};

describe('Query.disputes', () => {
  it('finds the denial, the incompatible counts and the incompatible start dates of the deployment', async () => {
    const found = await disputes({ entityId: seedIds.northKoreanTroops });
    const kinds = found.edges.map((e: any) => e.node.kind).sort();
    expect(kinds).toEqual(['POLARITY', 'QUANTITY', 'QUANTITY', 'QUANTITY', 'QUANTITY', 'TIME']);
    expect(found.totalCount).toBe(6);
    const reasons = found.edges.map((e: any) => e.node.reason);
    expect(reasons).toContain('DEPLOYED_TO is asserted by 6 claims and denied by 1 claim');
    expect(reasons).toContainEqual(expect.stringMatching(/^incompatible quantities for DEPLOYED_TO: at least 10,000 (soldiers|troops) against exactly 8,000 troops$/));
    expect(reasons).toContain('incompatible start times for DEPLOYED_TO: 2024-10 against 2024-12');
    expect(reasons).toContain('incompatible quantities for CASUALTIES_IN: about 1,000 casualties against at least 3,000 casualties');
  });

  it('lists each dispute\'s claims with their sources, and marks them DISPUTED', async () => {
    const found = await disputes({ entityId: seedIds.northKoreanTroops });
    const polarity = found.edges.find((e: any) => e.node.kind === 'POLARITY').node;
    const denial = polarity.claims.find((c: any) => c.polarity === 'DENIED');
    expect(denial.text).toBe("Russia's defence ministry denied that any North Korean troops had been deployed to Russia.");
    expect(denial.source).toEqual({ title: 'Moscow denies North Korean deployment', publishedAt: { iso: '2024-12-22' } });
    // At least the assertion and its denial.
    expect(polarity.claims.length).toBeGreaterThanOrEqual(2);
    expect(polarity.claims.every((c: any) => c.status === 'DISPUTED')).toBe(true);
  });

  it('finds only what was disputed as of a date', async () => {
    const found = await disputes({ entityId: seedIds.northKoreanTroops, asOf: '2024-12-21' });
    expect(found.edges.map((e: any) => e.node.reason)).toEqual([
      'incompatible quantities for DEPLOYED_TO: about 3,000 troops against at least 10,000 troops',
    ]);
    expect((await disputes({ asOf: '2024-11-30' })).totalCount).toBe(0);
  });

  it('pages by id, and finds the same disputes with no entity given', async () => {
    const everywhere = await disputes({ first: 100 });
    expect(everywhere.totalCount).toBe(6);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await disputes({ first: 4, after });
      ids.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(everywhere.edges.map((e: any) => e.node.id));
    expect([...ids].sort()).toEqual(ids);
  });

  it('rejects an unknown entity', async () => {
    const result = await api.execute(DISPUTES, { entityId: 'nobody' });
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
  });
});

const TIMELINE = `query T($entityId: ID!, $from: String, $to: String, $first: Int, $after: String, $asOf: String) {
  timeline(entityId: $entityId, from: $from, to: $to, first: $first, after: $after, asOf: $asOf) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id predicate validFrom { iso precision } source { publishedAt { iso } } } }
  }
}`;

describe('Query.timeline', () => {
  it('orders an entity\'s claims by valid time, those without a time last', async () => {
    const result = await api.execute(TIMELINE, { entityId: seedIds.northKoreanTroops, first: 100 });
    expect(result.errors).toBeUndefined();
    const starts = result.data?.timeline.edges.map((e: any) => e.node.validFrom?.iso ?? null);
    const dated = starts.filter((s: string | null) => s !== null);
    expect(dated).toEqual(['2024-10', '2024-10', '2024-10', '2024-12', '2024-12', '2024-12']);
    expect(starts.slice(0, dated.length)).toEqual(dated);
    expect(result.data?.timeline.totalCount).toBe(starts.length);
  });

  it('pages through time order with cursors that carry the time', async () => {
    const all = await api.execute(TIMELINE, { entityId: seedIds.northKoreanTroops, first: 100 });
    // More than one page of 2, or the paging below proves nothing.
    expect(all.data?.timeline.edges.length).toBeGreaterThan(2);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await api.execute(TIMELINE, { entityId: seedIds.northKoreanTroops, first: 2, after });
      ids.push(...page.data.timeline.edges.map((e: any) => e.node.id));
      after = page.data.timeline.pageInfo.hasNextPage ? page.data.timeline.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(all.data?.timeline.edges.map((e: any) => e.node.id));
  });

  it('keeps claims whose valid time overlaps the window, at its precision', async () => {
    const november = await api.execute(TIMELINE, { entityId: seedIds.northKoreanTroops, from: '2024-11', to: '2024-11', first: 100 });
    // "since October" still holds in November; "since December" does not yet.
    expect(november.data?.timeline.edges.map((e: any) => e.node.validFrom.iso)).toEqual(['2024-10', '2024-10', '2024-10']);
    const december = await api.execute(TIMELINE, { entityId: seedIds.northKoreanTroops, from: '2024-12', to: '2024-12' });
    expect(december.data?.timeline.totalCount).toBe(6);
  });

  it('keeps the claims that give no valid time in a window with keepUndated, as the graph and the profile do', async () => {
    const WITH_UNDATED = `query T($entityId: ID!, $from: String, $to: String, $keepUndated: Boolean) {
      timeline(entityId: $entityId, from: $from, to: $to, keepUndated: $keepUndated, first: 100) { totalCount edges { node { id validFrom { iso } } } }
    }`;
    const all = await api.execute(WITH_UNDATED, { entityId: seedIds.northKoreanTroops });
    const undated = all.data?.timeline.edges.filter((e: any) => e.node.validFrom === null).map((e: any) => e.node.id) as string[];
    expect(undated.length).toBeGreaterThan(0);
    const window = { entityId: seedIds.northKoreanTroops, from: '2024-11', to: '2024-11' };
    const without = await api.execute(WITH_UNDATED, window);
    expect(without.data?.timeline.totalCount).toBe(3);
    const kept = await api.execute(WITH_UNDATED, { ...window, keepUndated: true });
    expect(kept.errors).toBeUndefined();
    expect(kept.data?.timeline.totalCount).toBe(3 + undated.length);
    expect(kept.data?.timeline.edges.filter((e: any) => e.node.validFrom === null).map((e: any) => e.node.id).sort()).toEqual([...undated].sort());
  });

  it('shows only what was known as of a date', async () => {
    const result = await api.execute(TIMELINE, { entityId: seedIds.northKoreanTroops, asOf: '2024-12-21' });
    expect(result.data?.timeline.edges.map((e: any) => e.node.source.publishedAt.iso).sort()).toEqual(['2024-11-05', '2024-12-20']);
  });

  it('rejects a malformed window bound, naming it', async () => {
    const result = await api.execute(TIMELINE, { entityId: seedIds.northKoreanTroops, from: '2024-13' });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('"from"');
  });
});

describe('Query.claims on several sources', () => {
  const CLAIMS = `query C($filter: ClaimFilter, $asOf: String, $orderBy: ClaimOrder) {
    claims(filter: $filter, asOf: $asOf, orderBy: $orderBy, first: 100) { totalCount edges { node { id polarity confidence status reportedBy { name } } } }
  }`;

  it('filters denials by polarity', async () => {
    const result = await api.execute(CLAIMS, { filter: { polarity: 'DENIED' } });
    expect(result.data?.claims.edges.map((e: any) => e.node.reportedBy.name)).toEqual(["Russia's defence ministry"]);
  });

  it('counts only claims known as of a date', async () => {
    const result = await api.execute(CLAIMS, { filter: { subjectId: seedIds.northKoreanTroops }, asOf: '2024-12-22' });
    expect(result.data?.claims.totalCount).toBe(3);
  });

  it('sorts claims by confidence, best first', async () => {
    const result = await api.execute(CLAIMS, { orderBy: 'CONFIDENCE_DESC' });
    const confidences = result.data?.claims.edges.map((e: any) => e.node.confidence ?? -1);
    expect(confidences).toEqual([...confidences].sort((a: number, b: number) => b - a));
    expect(result.data?.claims.totalCount).toBe(confidences.length);
  });
});
