import { DEFAULT_LIMITS } from '../../src/config';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';

/** Abuse limits refuse a document before any resolver runs: Neo4j never sees it. */
let server: RunningServer;
let db: Database;
beforeAll(async () => {
  db = openDatabase();
  server = await startTestServer(db, {
    limits: { ...DEFAULT_LIMITS, maxDepth: 6, maxAliases: 3, maxDirectives: 3, maxTokens: 300, maxCost: 20_000, maxBodyBytes: 4_096, requestTimeoutMs: 30_000 },
  });
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

const post = async (body: unknown) => {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, text };
};

describe('abuse limits', () => {
  it.each([
    ['too deep', '{ relationships { edges { node { claims { source { publisher { ... on Country { name } } } } } } } }', /depth/i],
    ['too many aliases', '{ a: sources { totalCount } b: sources { totalCount } c: sources { totalCount } d: sources { totalCount } }', /aliases/i],
    ['too many tokens', `{ ${'x '.repeat(400)}}`, /tokens/i],
  ])('refuses a document that is %s, and Neo4j sees nothing', async (_what, query, reason) => {
    const before = db.roundTrips;
    const result = await post({ query });
    expect(result.status).toBe(400);
    expect(result.text).toMatch(reason);
    expect(JSON.parse(result.text).errors[0].extensions.code).toMatch(/GRAPHQL_(VALIDATION|PARSE)_FAILED|BAD_USER_INPUT/);
    expect(db.roundTrips).toBe(before);
  });

  it('refuses a document whose list sizes make it too costly, naming its cost, and Neo4j sees nothing', async () => {
    const before = db.roundTrips;
    // 100 facts × two timelines of 100 claims each: just over the limit of 20,000 set above.
    const query = 'query($n: Int) { relationships(first: $n) { edges { node { from { timeline(first: $n) { totalCount } } to { timeline(first: $n) { totalCount } } } } } }';
    const result = await post({ query, variables: { n: 100 } });
    expect(result.status).toBe(400);
    const error = JSON.parse(result.text).errors[0];
    expect(error.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', maxCost: 20_000 });
    expect(error.message).toMatch(/costs 2\d{4}, over the limit of 20000/);
    expect(db.roundTrips).toBe(before);
    // The same document with small pages passes.
    expect((await post({ query, variables: { n: 5 } })).status).toBe(200);
  });

  it('hides field suggestions', async () => {
    const result = await post({ query: '{ sourcez { totalCount } }' });
    expect(result.text).not.toMatch(/Did you mean/i);
  });

  it('refuses batched requests', async () => {
    const result = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(result.status).toBe(400);
  });

  it('refuses a body over the size limit with 413', async () => {
    const result = await post({ query: `{ search(text: "${'x'.repeat(5_000)}") { score } }` });
    expect(result.status).toBe(413);
  });

  it('still answers a document within the limits', async () => {
    const result = await post({ query: '{ sources { totalCount } }' });
    expect(result.status).toBe(200);
  });
});
