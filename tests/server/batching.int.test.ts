import { createTestApi, seedIds, type TestApi } from '../support/testApi';

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
    // One per loader per nesting level: the page; from/to and claims; reporters and sources; publishers.
    expect(many.trips).toBe(6);
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
