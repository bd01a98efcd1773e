import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';

/**
 * Twenty writers at once, each with a claim of its own about the same triple (twenty outlets say
 * the same force deployed to the same place). Each transaction rebuilds the triple's fact from the
 * claims it can see; the fact left at the end must count all twenty, as a rebuild after the fact
 * would, whatever order the transactions committed in.
 */
let scratch: ScratchNeo4j;
const WRITERS = 20;

beforeAll(async () => {
  scratch = await startScratchNeo4j('concurrent-triple');
}, 180_000);
afterAll(() => scratch?.stop());

const UPSERT = 'mutation($input: EntityInput!) { upsertEntity(input: $input) { id } }';
const SOURCE = 'mutation($input: SourceInput!) { recordSource(input: $input) { id } }';
const CLAIM = 'mutation($input: ClaimInput!) { assertClaim(input: $input) { id } }';
const FACTS = `query($id: ID!) { entity(id: $id) { relationships(direction: OUTGOING) { edges { node {
  type to { id } claimCount sourceCount originCount } } } } }`;

async function data<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await scratch.api.execute(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

it('counts every claim of twenty concurrent writers in the one fact of their triple', async () => {
  const force = (await data<{ upsertEntity: { id: string } }>(UPSERT, { input: { kind: 'ARMED_FORCE', name: 'Concurrent Test Brigade' } })).upsertEntity.id;
  const place = (await data<{ upsertEntity: { id: string } }>(UPSERT, { input: { kind: 'LOCATION', name: 'Concurrent Test Valley' } })).upsertEntity.id;
  const sources = await Promise.all(
    Array.from({ length: WRITERS }, async (_, i) => {
      const publisherId = (await data<{ upsertEntity: { id: string } }>(UPSERT, { input: { kind: 'ORGANIZATION', name: `Concurrent Test Outlet ${i}` } })).upsertEntity.id;
      const input = { url: `https://outlet-${i}.example/brigade-in-valley`, title: `Report ${i}`, publisherId, publishedAt: '2025-04-02' };
      return (await data<{ recordSource: { id: string } }>(SOURCE, { input })).recordSource.id;
    }),
  );

  // All at once: each assertClaim is one transaction that writes its claim and rebuilds the fact.
  const results = await Promise.all(
    sources.map((sourceId, i) =>
      scratch.api.execute(CLAIM, {
        input: { sourceId, subjectId: force, predicate: 'DEPLOYED_TO', objectId: place, excerpt: `Outlet ${i}: the brigade is in the valley.`, credibility: 2 },
      }),
    ),
  );
  expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);

  const facts = (await data<{ entity: { relationships: { edges: Array<{ node: Record<string, unknown> }> } } }>(FACTS, { id: force })).entity.relationships.edges;
  expect(facts.map((e) => e.node)).toEqual([{ type: 'DEPLOYED_TO', to: { id: place }, claimCount: WRITERS, sourceCount: WRITERS, originCount: WRITERS }]);
}, 180_000);
