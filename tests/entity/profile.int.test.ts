import { createTestApi, seedIds, type TestApi } from '../helpers/testApi';

/** An entity's profile: its facts, claims, sources and timeline, each a connection. */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(process.env.NEO4J_ANALYST_URI);
});
afterAll(() => api.close());

const PROFILE = `query P($id: ID!, $direction: Direction, $asOf: String) {
  entity(id: $id) {
    name reliability
    relationships(direction: $direction, first: 100, asOf: $asOf) { totalCount edges { node { type from { id } to { id } claimCount } } }
    claims(first: 3, asOf: $asOf) { totalCount pageInfo { hasNextPage } edges { node { id } } }
    sources(first: 100) { totalCount edges { node { title publishedAt { iso } publisher { name } } } }
    timeline(first: 2, asOf: $asOf) { totalCount edges { node { validFrom { iso } } } }
  }
}`;

describe('Entity profile fields', () => {
  it('gives the facts in each direction, with totals', async () => {
    const outgoing = await api.execute(PROFILE, { id: seedIds.northKoreanTroops, direction: 'OUTGOING' });
    expect(outgoing.errors).toBeUndefined();
    const rels = outgoing.data?.entity.relationships;
    expect(rels.totalCount).toBe(rels.edges.length);
    expect(rels.edges.length).toBeGreaterThan(0);
    expect(rels.edges.every((e: any) => e.node.from.id === seedIds.northKoreanTroops)).toBe(true);
    const incoming = await api.execute(PROFILE, { id: seedIds.northKoreanTroops, direction: 'INCOMING' });
    expect(incoming.data?.entity.relationships.totalCount).toBe(0);
    const both = await api.execute(PROFILE, { id: seedIds.russia, direction: 'BOTH' });
    const russia = both.data?.entity.relationships.edges;
    expect(russia.some((e: any) => e.node.to.id === seedIds.russia) && russia.some((e: any) => e.node.from.id === seedIds.russia)).toBe(true);
  });

  it('gives the claims and the sources that mention it, and its timeline', async () => {
    const result = await api.execute(PROFILE, { id: seedIds.northKoreanTroops });
    const entity = result.data?.entity;
    expect(entity.claims.edges).toHaveLength(3);
    expect(entity.claims.pageInfo.hasNextPage).toBe(true);
    expect(entity.claims.totalCount).toBeGreaterThan(3);
    // The BBC article and the five fixture items all mention the troops.
    expect(entity.sources.totalCount).toBe(6);
    expect(entity.sources.edges.map((e: any) => e.node.publisher.name)).toContain('Fixture Times');
    expect(entity.timeline.edges.map((e: any) => e.node.validFrom.iso)).toEqual(['2024-10', '2024-10']);
    expect(entity.timeline.totalCount).toBe(entity.claims.totalCount);
  });

  it('recomputes facts and claims as of a date', async () => {
    const result = await api.execute(PROFILE, { id: seedIds.northKoreanTroops, asOf: '2024-11-30' });
    const entity = result.data?.entity;
    expect(entity.relationships.edges.map((e: any) => [e.node.type, e.node.claimCount])).toEqual([['DEPLOYED_TO', 1]]);
    expect(entity.claims.totalCount).toBe(1);
  });

  it('shows the reliability of a reporter', async () => {
    const result = await api.execute(`{ entity(id: "${seedIds.russianDefenceMinistry}") { name reliability } }`);
    expect(result.data?.entity).toEqual({ name: "Russia's defence ministry", reliability: 'D' });
  });
});

describe('round trips of profile fields on many entities', () => {
  const SEARCH = `query S($text: String!, $first: Int) {
    search(text: $text, first: $first) { entity { name
      relationships(first: 2) { totalCount edges { node { type claims { text } } } }
      claims(first: 2) { totalCount edges { node { text source { title } } } }
      sources(first: 2) { totalCount }
      timeline(first: 2) { totalCount }
    } }
  }`;

  it('stay under one fixed bound for one search hit or ten', async () => {
    const count = async (first: number) => {
      const before = api.db.roundTrips;
      const result = await api.execute(SEARCH, { text: 'Korea', first });
      expect(result.errors).toBeUndefined();
      return { trips: api.db.roundTrips - before, hits: result.data?.search.length };
    };
    const one = await count(1);
    const many = await count(10);
    expect(many.hits).toBeGreaterThan(4);
    // At most: the search, four page loaders, three count loaders, and the nodes behind them (claims of
    // the relationships, of the claims page and of the timeline page, and their sources). Which of the
    // node loads share a tick depends on which query answers first, so this is a bound, not a count;
    // one round trip per hit would be over fifty.
    const bound = 1 + 4 + 3 + 3 + 1;
    expect(one.trips).toBeLessThanOrEqual(bound);
    expect(many.trips).toBeLessThanOrEqual(bound);
  });
});
