import { createTestApi, type TestApi } from '../helpers/testApi';

/**
 * Relationship.disputes: a fact names its own disagreements, the same ones Query.disputes finds for
 * its subject, predicate and object; a fact that agrees has none. On the analyst fixture, whose
 * sources disagree.
 */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi(process.env.NEO4J_ANALYST_URI);
});
afterAll(() => api.close());

interface Fact {
  id: string;
  type: string;
  disputed: boolean;
  from: { id: string };
  to: { id: string };
  disputes: Array<{ id: string; kind: string; claims: Array<{ id: string }> }>;
}

const FACTS = `{ relationships(first: 100) { edges { node {
  id type disputed from { id } to { id } disputes { id kind claims { id } }
} } } }`;

const facts = async (): Promise<Fact[]> => {
  const result = await api.execute(FACTS);
  expect(result.errors).toBeUndefined();
  return result.data?.relationships.edges.map((e: { node: Fact }) => e.node);
};

it('gives each disputed fact the disputes Query.disputes finds for its triple, and the others none', async () => {
  const all = await facts();
  const disputed = all.filter((f) => f.disputed);
  expect(disputed.length).toBeGreaterThan(0);
  const undisputed = all.filter((f) => !f.disputed);
  expect(undisputed.length).toBeGreaterThan(0);
  for (const fact of undisputed) expect(fact.disputes).toEqual([]);

  for (const fact of disputed) {
    const result = await api.execute(
      `query($id: ID!) { disputes(entityId: $id, first: 100) { edges { node { id kind claims { id predicate subject { id } object { id } } } } } }`,
      { id: fact.from.id },
    );
    expect(result.errors).toBeUndefined();
    const expected = result.data?.disputes.edges
      .map((e: { node: { id: string; kind: string; claims: Array<{ id: string; predicate: string; subject: { id: string }; object: { id: string } | null }> } }) => e.node)
      .filter((d: { claims: Array<{ predicate: string; subject: { id: string }; object: { id: string } | null }> }) =>
        d.claims.every((c) => c.predicate === fact.type && c.subject.id === fact.from.id && c.object?.id === fact.to.id))
      .map((d: { id: string; kind: string }) => ({ id: d.id, kind: d.kind }));
    expect(expected.length).toBeGreaterThan(0);
    expect(fact.disputes.map(({ id, kind }) => ({ id, kind }))).toEqual(expected);
  }
});

it('loads the disputes of every fact on a page in two round trips, however many are disputed', async () => {
  const plain = FACTS.replace('disputes { id kind claims { id } }', '');
  const before = api.db.roundTrips;
  await api.execute(plain);
  const withoutDisputes = api.db.roundTrips - before;
  const start = api.db.roundTrips;
  await facts();
  // One query for the triples' claim ids, one for the claims (the claim loader already batches).
  expect(api.db.roundTrips - start).toBeLessThanOrEqual(withoutDisputes + 2);
});
