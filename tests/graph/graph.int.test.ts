import { createTestApi, errorCodes, seedIds, type TestApi } from '../helpers/testApi';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

const NEIGHBORHOOD = `query N($id: ID!, $depth: Int, $types: [RelationshipType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    truncated nodes { id name } edges { id type from { id } to { id } claims { id text } }
  }
}`;
const PATHS = `query P($from: ID!, $to: ID!, $maxHops: Int, $types: [RelationshipType!], $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, types: $types, first: $first) {
    length nodes { id name } edges { type from { name } to { name } claims { text source { publisher { name } } } }
  }
}`;
const RELATIONSHIPS = `query R($filter: RelationshipFilter, $first: Int, $after: String) {
  relationships(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id type from { name } to { name } claimCount claims { id } } }
  }
}`;

describe('Query.neighborhood', () => {
  it('returns the facts around an entity, with every node an edge touches', async () => {
    const result = await api.execute(NEIGHBORHOOD, { id: seedIds.soldier });
    expect(result.errors).toBeUndefined();
    const { nodes, edges, truncated } = result.data?.neighborhood;
    expect(truncated).toBe(false);
    expect(edges.map((e: any) => e.type).sort()).toEqual(['CAPTURED_BY', 'FIGHTS_IN', 'SUPPORTS']);
    const nodeIds = new Set(nodes.map((n: any) => n.id));
    for (const edge of edges) {
      expect(nodeIds.has(edge.from.id) && nodeIds.has(edge.to.id)).toBe(true);
      expect(edge.claims.length).toBeGreaterThan(0);
    }
  });

  it('goes further at depth 2 and filters by type', async () => {
    const depth1 = await api.execute(NEIGHBORHOOD, { id: seedIds.soldier, depth: 1 });
    const depth2 = await api.execute(NEIGHBORHOOD, { id: seedIds.soldier, depth: 2 });
    expect(depth2.data?.neighborhood.nodes.length).toBeGreaterThan(depth1.data?.neighborhood.nodes.length);
    expect(depth2.data?.neighborhood.nodes.map((n: any) => n.name)).toContain('North Korea');
    const captures = await api.execute(NEIGHBORHOOD, { id: seedIds.soldier, depth: 2, types: ['CAPTURED_BY'] });
    expect(captures.data?.neighborhood.edges.map((e: any) => e.type)).toEqual(['CAPTURED_BY']);
  });

  it('says truncated when the limit cuts the answer', async () => {
    const result = await api.execute(NEIGHBORHOOD, { id: seedIds.russia, depth: 2, limit: 2 });
    expect(result.data?.neighborhood.edges.length).toBe(2);
    expect(result.data?.neighborhood.truncated).toBe(true);
  });

  it.each([
    [{ depth: 4 }, 'expected "depth" from 1 to 3, but got 4'],
    [{ depth: 0 }, 'expected "depth" from 1 to 3, but got 0'],
    [{ limit: 501 }, 'expected "limit" from 1 to 500, but got 501'],
  ])('rejects %p with BAD_USER_INPUT', async (args, message) => {
    const result = await api.execute(NEIGHBORHOOD, { id: seedIds.russia, ...args });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toBe(message);
  });

  it('rejects an unknown id with NOT_FOUND', async () => {
    const result = await api.execute(NEIGHBORHOOD, { id: 'nobody' });
    expect(errorCodes(result)).toEqual(['NOT_FOUND']);
  });
});

describe('Query.paths', () => {
  it('finds the shortest path from North Korea to Ukraine with the claims behind each edge', async () => {
    const result = await api.execute(PATHS, { from: seedIds.northKorea, to: seedIds.ukraine });
    expect(result.errors).toBeUndefined();
    const [path] = result.data?.paths;
    expect(path.length).toBe(2);
    expect(path.nodes.map((n: any) => n.name)).toEqual(['North Korea', 'Russia', 'Ukraine']);
    expect(path.edges[1].claims[0].source.publisher.name).toBe('BBC');
  });

  it('walks only the given types, and finds nothing when maxHops is too short', async () => {
    const viaTroops = await api.execute(PATHS, {
      from: seedIds.northKorea,
      to: seedIds.kursk,
      types: ['PART_OF', 'FIGHTS_IN', 'CASUALTIES_IN'],
    });
    expect(viaTroops.data?.paths.map((p: any) => p.nodes.map((n: any) => n.name))).toEqual([
      ['North Korea', 'North Korean troops', 'Kursk'],
      ['North Korea', 'North Korean troops', 'Kursk'],
    ]);
    const tooShort = await api.execute(PATHS, { from: seedIds.northKorea, to: seedIds.ukraine, maxHops: 1 });
    expect(tooShort.errors).toBeUndefined();
    expect(tooShort.data?.paths).toEqual([]);
    const noSuchType = await api.execute(PATHS, { from: seedIds.northKorea, to: seedIds.ukraine, types: ['LOCATED_IN'] });
    expect(noSuchType.data?.paths).toEqual([]);
  });

  it('caps maxHops and first, and rejects unknown ids', async () => {
    const hops = await api.execute(PATHS, { from: seedIds.northKorea, to: seedIds.ukraine, maxHops: 7 });
    expect(errorCodes(hops)).toEqual(['BAD_USER_INPUT']);
    expect(hops.errors?.[0]?.message).toBe('expected "maxHops" from 1 to 6, but got 7');
    const first = await api.execute(PATHS, { from: seedIds.northKorea, to: seedIds.ukraine, first: 26 });
    expect(first.errors?.[0]?.message).toBe('expected "first" from 1 to 25, but got 26');
    const unknown = await api.execute(PATHS, { from: seedIds.northKorea, to: 'nowhere' });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors?.[0]?.message).toContain('"to"');
  });
});

describe('Query.relationships', () => {
  it('pages through every fact with cursors, without gaps or repeats', async () => {
    const all = await api.execute(RELATIONSHIPS, { first: 100 });
    const total = all.data?.relationships.totalCount;
    expect(total).toBe(all.data?.relationships.edges.length);
    expect(total).toBeGreaterThanOrEqual(10);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = await api.execute(RELATIONSHIPS, { first: 3, after });
      expect(page.errors).toBeUndefined();
      const conn = page.data.relationships;
      seen.push(...conn.edges.map((e: any) => e.node.id));
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
      pages++;
    } while (after !== null);
    expect(seen).toEqual(all.data?.relationships.edges.map((e: any) => e.node.id));
    expect(pages).toBe(Math.ceil(total / 3));
  });

  it('filters by type and by entity', async () => {
    const result = await api.execute(RELATIONSHIPS, { filter: { types: ['ALLIED_WITH'] } });
    expect(result.data?.relationships.totalCount).toBe(1);
    const node = result.data?.relationships.edges[0].node;
    expect(node).toMatchObject({ from: { name: 'North Korea' }, to: { name: 'Russia' }, claimCount: 1 });
    const aboutKursk = await api.execute(RELATIONSHIPS, { filter: { entityId: seedIds.kursk } });
    expect(aboutKursk.data?.relationships.edges.map((e: any) => e.node.type).sort()).toEqual(['CASUALTIES_IN', 'FIGHTS_IN']);
  });

  it('rejects first over the page cap and a cursor it did not issue', async () => {
    const big = await api.execute(RELATIONSHIPS, { first: 101 });
    expect(errorCodes(big)).toEqual(['BAD_USER_INPUT']);
    expect(big.errors?.[0]?.message).toBe('expected "first" from 1 to 100, but got 101');
    const bad = await api.execute(RELATIONSHIPS, { after: 'not-a-cursor' });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });
});
