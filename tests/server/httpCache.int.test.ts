import { createHash } from 'node:crypto';
import { signDevToken } from '../../src/auth';
import type { Config } from '../../src/config';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { PAST_AS_OF_MAX_AGE, PUBLIC_MAX_AGE } from '../../src/server/httpCache';
import { openDatabase, startTestServer } from '../helpers/testServer';

/**
 * Issue 17, item 7: HTTP cache hints and the CSRF exemption of persisted queries sent by GET, over
 * real HTTP against the seed graph. An anonymous GET of a persisted query is public for a while
 * (longer as of a past day), with no preflight header; everything else says no-store, and every
 * other GET still needs the CSRF header.
 */
const auth: Config['auth'] = { jwtSecret: 'a-test-secret-for-http-caching-0123456789', jwksUrl: null, issuer: null, audience: null, anonymousRead: true };
let db: Database;
let server: RunningServer;
beforeAll(async () => {
  db = openDatabase();
  server = await startTestServer(db, { auth });
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

/** Registers a document in the server's persisted queries, the way clients do: by POST, with its hash. */
async function register(query: string): Promise<Response> {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, extensions: persisted(query) }),
  });
}

/** A plain GET, as a link or a CDN sends it: no header of ours unless given. */
async function get(params: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  const search = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  return fetch(`${server.url}/graphql?${search}`, { headers });
}

const ENTITY_BY_SEARCH = '{ search(text: "DPRK", first: 1) { matched entity { id name } } }';
const today = new Date().toISOString().slice(0, 10);

describe('a persisted query sent by GET', () => {
  it('works without a preflight header, and anonymous, it is public for a while', async () => {
    const registered = await register(ENTITY_BY_SEARCH);
    expect(registered.status).toBe(200);
    expect(registered.headers.get('cache-control')).toBe('no-store');
    const response = await get({ extensions: persisted(ENTITY_BY_SEARCH) });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: { search: Array<{ entity: { name: string } }> }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.search[0]?.entity.name).toBe('North Korea');
    expect(response.headers.get('cache-control')).toBe(`public, max-age=${PUBLIC_MAX_AGE}`);
    expect(response.headers.get('vary')?.toLowerCase()).toContain('authorization');
  });

  it('with a token, is not stored', async () => {
    await register(ENTITY_BY_SEARCH);
    const token = await signDevToken(auth, { role: 'viewer' });
    const response = await get({ extensions: persisted(ENTITY_BY_SEARCH) }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('as of a past day, may be kept longer; as of today or with a present part, not', async () => {
    const past = '{ relationships(asOf: "2024-12-27", first: 5) { totalCount edges { node { type from { name } to { name } } } } }';
    const present = `{ relationships(asOf: "${today}", first: 5) { totalCount } }`;
    const mixed = '{ relationships(asOf: "2024-12-27", first: 5) { totalCount } vocabulary { relationshipTypes { type } } }';
    const nestedPresent = '{ neighborhood(id: "51ddcfb7-08c3-5b49-8f51-d893f21e4e4b", asOf: "2024-12-27") { nodes { name claims(first: 1) { totalCount } } } }';
    const expected: Array<[string, number]> = [
      [past, PAST_AS_OF_MAX_AGE],
      [present, PUBLIC_MAX_AGE],
      [mixed, PUBLIC_MAX_AGE],
      [nestedPresent, PUBLIC_MAX_AGE],
    ];
    for (const [query, maxAge] of expected) {
      expect((await register(query)).status).toBe(200);
      const response = await get({ extensions: persisted(query) });
      expect({ query, status: response.status, cacheControl: response.headers.get('cache-control') }).toEqual({
        query,
        status: 200,
        cacheControl: `public, max-age=${maxAge}`,
      });
    }
  });

  it('about the caller (viewer), or failing, is not stored', async () => {
    const viewer = '{ viewer { anonymous role } }';
    await register(viewer);
    expect((await get({ extensions: persisted(viewer) })).headers.get('cache-control')).toBe('no-store');
    const failing = '{ entity(id: "no-such-entity") { name } }';
    await register(failing);
    const response = await get({ extensions: persisted(failing) });
    expect(((await response.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('never runs a mutation, even one registered before', async () => {
    const mutation = 'mutation { retractClaim(id: "no-such-claim", reason: "test") { id } }';
    await register(mutation);
    const response = await get({ extensions: persisted(mutation) });
    expect(response.status).toBe(405);
    expect(response.headers.get('cache-control')).not.toMatch(/public/);
  });
});

describe('CSRF protection still holds for every other GET', () => {
  it('refuses a plain GET of a document without the preflight header, and takes it with one (not stored)', async () => {
    const refused = await get({ query: ENTITY_BY_SEARCH });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Cross-Site Request Forgery');
    const allowed = await get({ query: ENTITY_BY_SEARCH }, { 'apollo-require-preflight': 'true' });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a GET that sends its document beside the hash (registration needs the header or a POST)', async () => {
    const query = '{ vocabulary { relationshipTypes { type label } } }';
    const refused = await get({ query, extensions: persisted(query) });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Cross-Site Request Forgery');
  });

  it("ignores the server's own exemption header when a client sends it", async () => {
    const refused = await get({ query: ENTITY_BY_SEARCH }, { 'x-kg-persisted-get': 'persisted-query' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Cross-Site Request Forgery');
  });

  it('answers an anonymous POST with no-store', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ENTITY_BY_SEARCH }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
