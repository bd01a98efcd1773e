import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import type { TestApi } from '../helpers/testApi';

/**
 * A hub with 100,000 facts must not flood the graph queries: neighbourhoods are capped per node and
 * in total (and say so), shortest paths still go through it, and connections page it. The hub lives
 * in a Neo4j of its own, so the other suites' counts are untouched. It is written with one Cypher
 * statement, not through the claim write path: this test is about reading a big graph.
 */
const LEAVES = 100_000;
let scratch: ScratchNeo4j;
let api: TestApi;

beforeAll(async () => {
  scratch = await startScratchNeo4j('hub');
  api = scratch.api;
  const session = api.db.driver.session();
  try {
    await session.run(`CREATE (:Entity:Country {id: 'hub', kind: 'COUNTRY', name: 'Hubland', aliases: [], aliasKinds: []})`);
    // What the country did, less sure than any of its places: the fan-out must not leave it out.
    await session.run(
      `MATCH (h:Entity {id: 'hub'})
       CREATE (h)-[:AT_WAR_WITH {id: 'war', claimCount: 1, claimIds: [], claimKnownAt: ['2024-01-01'], confidence: 0.05, corroboration: 1, unattributedOnly: false, disputed: false}]->
              (:Entity:Country {id: 'rival', kind: 'COUNTRY', name: 'Rivalia', aliases: [], aliasKinds: []})`,
    );
    // Auto-commit with batches: 100,000 leaves and facts without one huge transaction.
    await session.run(
      `UNWIND range(1, $leaves) AS i
       CALL (i) {
         MATCH (h:Entity {id: 'hub'})
         CREATE (l:Entity:Location {id: 'leaf-' + i, kind: 'LOCATION', name: 'Leaf ' + i, aliases: [], aliasKinds: []})
         CREATE (l)-[:LOCATED_IN {id: 'fact-' + i, claimCount: 1, claimIds: [], claimKnownAt: ['2024-01-01'],
                                  confidence: (i % 100) / 100.0, corroboration: 1, unattributedOnly: false, disputed: false}]->(h)
       } IN TRANSACTIONS OF 10000 ROWS`,
      { leaves: LEAVES },
    );
  } finally {
    await session.close();
  }
}, 180_000);

afterAll(() => scratch?.stop());

describe('a hub with 100,000 facts', () => {
  it('has them all', async () => {
    const [row] = await api.db.runStatement(`MATCH (:Entity {id: 'hub'})<-[r]-() RETURN count(r) AS n`);
    expect(row?.n).toBe(LEAVES);
  });

  it('gives a capped neighbourhood that says it was cut: what the country did first, then its places, best confidence first', async () => {
    const result = await api.execute(`{ neighborhood(id: "hub", depth: 2, limit: 200) { truncated nodes { id } edges { id confidence } } }`);
    expect(result.errors).toBeUndefined();
    const { truncated, nodes, edges } = result.data?.neighborhood;
    expect(truncated).toBe(true);
    expect(edges.length).toBe(100); // the per-node fan-out cap
    expect(nodes.length).toBe(101);
    // The war, at 0.05, is not crowded out by a hundred places at 0.99.
    expect(edges.filter((e: any) => e.id === 'war')).toHaveLength(1);
    expect(edges.filter((e: any) => e.id !== 'war').every((e: any) => e.confidence === 0.99)).toBe(true);
  });

  it('stops at the total limit when a leaf reaches the hub', async () => {
    const result = await api.execute(`{ neighborhood(id: "leaf-7", depth: 3, limit: 50) { truncated edges { id } } }`);
    expect(result.data?.neighborhood).toMatchObject({ truncated: true });
    expect(result.data?.neighborhood.edges.length).toBe(50);
  });

  it('finds the path between two leaves through the hub', async () => {
    const result = await api.execute(`{ paths(from: "leaf-1", to: "leaf-99999", first: 3) { length nodes { id } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.paths).toEqual([{ length: 2, nodes: [{ id: 'leaf-1' }, { id: 'hub' }, { id: 'leaf-99999' }] }]);
  });

  it('pages the hub\'s facts and counts them', async () => {
    const result = await api.execute(`{ entity(id: "hub") { relationships(first: 10) { totalCount edges { node { id } } pageInfo { hasNextPage } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.entity.relationships).toMatchObject({ totalCount: LEAVES + 1, pageInfo: { hasNextPage: true } });
    expect(result.data?.entity.relationships.edges).toHaveLength(10);
  });
});
