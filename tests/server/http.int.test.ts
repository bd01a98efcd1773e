import { getIntrospectionQuery } from 'graphql';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';

/** The real HTTP server: POST /graphql, the offline IDE, and /healthz. */
let server: RunningServer;
let db: Database;
beforeAll(async () => {
  db = openDatabase();
  server = await startTestServer(db, { enableIde: true });
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

const post = (body: unknown) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('HTTP', () => {
  it('answers POST /graphql', async () => {
    const response = await post({ query: '{ search(text: "DPRK") { entity { name } } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { search: [{ entity: { name: 'North Korea' } }] } });
  });

  it('answers a query error with a GraphQL error body and no stack trace', async () => {
    const response = await post({ query: '{ neighborhood(id: "x", depth: 9) { truncated } }' });
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('rejects a malformed document with GRAPHQL_PARSE_FAILED and HTTP 400', async () => {
    const response = await post({ query: '{ entity(id: ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('serves the IDE with every script and style from this server, none from a CDN', async () => {
    const response = await fetch(`${server.url}/ide`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('/ide/static/ruru.js');
    expect(html).toContain('WhoCapturedTheSoldier');
    const external = [...html.matchAll(/(?:src|href)\s*=\s*["']?(https?:)?\/\//g)];
    expect(external).toEqual([]);
    expect(html).not.toMatch(/unpkg|jsdelivr|cdnjs/);
    for (const asset of ['ruru.js', 'ruru.css']) {
      const file = await fetch(`${server.url}/ide/static/${asset}`);
      expect({ asset, status: file.status }).toEqual({ asset, status: 200 });
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('answers the IDE\'s full introspection query within the default limits', async () => {
    const response = await post({ query: getIntrospectionQuery() });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data?: { __schema: { types: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.__schema.types.length).toBeGreaterThan(50);
  });

  it('reports liveness at /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
