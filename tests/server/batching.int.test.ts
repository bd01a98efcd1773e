import { createTestApi, seedIds, type TestApi } from '../helpers/testApi';

/**
 * Nested fields are batched: the round trips of an operation do not grow with the number of
 * results (counted by the Database wrapper, the only code that talks to Neo4j).
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const roundTripsOf = async (query: string, variables: Record<string, unknown>) => {
  const before = api.db.roundTrips;
  const result = await api.execute(query, variables);
  expect(result.errors).toBeUndefined();
  return { trips: api.db.roundTrips - before, data: result.data };
};

const NESTED_RELATIONSHIPS = `query R($first: Int, $filter: RelationshipFilter) {
  relationships(first: $first, filter: $filter) {
    edges { node { from { name } to { name } claims { text reportedBy { name } source { title publisher { name } } } } }
  }
}`;
const NESTED_CLAIMS = `query C($first: Int) {
  claims(first: $first) { edges { node { subject { name } object { name } reportedBy { name } source { publisher { name } } } } }
}`;

describe('round trips per operation', () => {
  it('stay the same for 1 or 20 relationships with their claims, sources and entities', async () => {
    // The capture has a claim with a reporter, so both answers need every loader at every level.
    const one = await roundTripsOf(NESTED_RELATIONSHIPS, { first: 1, filter: { types: ['CAPTURED_BY'] } });
    const many = await roundTripsOf(NESTED_RELATIONSHIPS, { first: 20 });
    expect(one.data?.relationships.edges.length).toBe(1);
    expect(many.data?.relationships.edges.length).toBeGreaterThan(10);
    expect(many.trips).toBe(one.trips);
    // One per loader per nesting level: the page with from/to (read with it); claims; reporters and
    // sources; publishers.
    expect(many.trips).toBe(5);
  });

  it('stay the same for 1 or 20 claims with their entities and sources', async () => {
    const one = await roundTripsOf(NESTED_CLAIMS, { first: 1 });
    const many = await roundTripsOf(NESTED_CLAIMS, { first: 20 });
    expect(many.data?.claims.edges.length).toBe(20);
    expect(many.trips).toBe(one.trips);
  });

  it('grow with neighbourhood depth, not with the number of nodes', async () => {
    const query = `query N($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth) { nodes { name } edges { from { name } claims { text } } } }`;
    const shallow = await roundTripsOf(query, { id: seedIds.kursk, depth: 1 });
    const deep = await roundTripsOf(query, { id: seedIds.soldier, depth: 3 });
    expect(deep.data?.neighborhood.nodes.length).toBeGreaterThan(shallow.data?.neighborhood.nodes.length);
    expect(deep.trips - shallow.trips).toBeLessThanOrEqual(2);
  });
});

describe('round trips of every contract query', () => {
  let analyst: TestApi;
  beforeAll(async () => {
    analyst = await createTestApi(process.env.NEO4J_ANALYST_URI);
  });
  afterAll(() => analyst.close());

  const tripsOf = async (target: TestApi, query: string, variables: Record<string, unknown>) => {
    const before = target.db.roundTrips;
    const result = await target.execute(query, variables);
    expect(result.errors).toBeUndefined();
    return { trips: target.db.roundTrips - before, data: result.data };
  };

  // Each case runs the same operation for a small and a large answer; `size` measures the answer.
  const cases: Array<[string, string, Record<string, unknown>, Record<string, unknown>, (data: any) => number]> = [
    [
      'search',
      `query($first: Int) { search(text: "North Korean", first: $first) { entity { name aliases } } }`,
      { first: 1 }, { first: 10 },
      (d) => d.search.length,
    ],
    [
      'paths',
      `query($first: Int) { paths(from: "${seedIds.northKorea}", to: "${seedIds.kursk}", first: $first) { nodes { name } edges { claims { text source { publisher { name } } reportedBy { name } } } } }`,
      { first: 1 }, { first: 5 },
      (d) => d.paths.length,
    ],
    [
      'sources',
      `query($first: Int) { sources(first: $first) { totalCount edges { node { title publisher { name } } } } }`,
      { first: 1 }, { first: 10 },
      (d) => d.sources.edges.length,
    ],
    [
      'timeline',
      `query($first: Int) { timeline(entityId: "${seedIds.northKoreanTroops}", first: $first) { totalCount edges { node { subject { name } object { name } source { publisher { name } } } } } }`,
      { first: 1 }, { first: 20 },
      (d) => d.timeline.edges.length,
    ],
    [
      'disputes',
      `query($first: Int) { disputes(first: $first) { totalCount edges { node { reason claims { subject { name } source { publisher { name } } } } } } }`,
      { first: 1 }, { first: 10 },
      (d) => d.disputes.edges.length,
    ],
    [
      'neighborhood',
      `query($limit: Int) { neighborhood(id: "${seedIds.russia}", depth: 2, limit: $limit) { nodes { name } edges { from { name } claims { source { publisher { name } } } } } }`,
      { limit: 1 }, { limit: 50 },
      (d) => d.neighborhood.edges.length,
    ],
  ];

  it.each(cases)('%s: round trips do not grow with the answer', async (_name, query, small, large, size) => {
    const a = await tripsOf(analyst, query, small);
    const b = await tripsOf(analyst, query, large);
    expect(size(b.data)).toBeGreaterThan(size(a.data));
    expect(b.trips).toBeLessThanOrEqual(a.trips + 1);
    expect(b.trips).toBeLessThanOrEqual(8);
  });
});
