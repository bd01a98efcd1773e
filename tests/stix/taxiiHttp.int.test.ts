import http from 'node:http';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { COLLECTION_ID } from '../../src/stix';
import { openDatabase, startTestServer } from '../helpers/testServer';

/** TAXII's HTTP rules on a server with the test defaults (anonymous reading on): media types, methods, errors. */
let db: Database;
let server: RunningServer;
beforeAll(async () => {
  db = openDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

const TAXII = 'application/taxii+json;version=2.1';
const get = (path: string, headers: Record<string, string> = { accept: TAXII }) => fetch(`${server.url}${path}`, { headers });
const objects = `/taxii2/api/collections/${COLLECTION_ID}/objects/`;

describe('TAXII 2.1 over HTTP', () => {
  it('lets anonymous requests read when GraphQL does, in the TAXII media type', async () => {
    const response = await get('/taxii2/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/taxii\+json;\s?version=2\.1/);
    expect(await response.json()).toMatchObject({ default: '/taxii2/api/', api_roots: ['/taxii2/api/'] });
  });

  it('names its API root without the Host header the client sent', async () => {
    // node:http, not fetch: fetch sends the Host of the URL whatever the headers say.
    const body = await new Promise<string>((resolve, reject) => {
      const request = http.get(`${server.url}/taxii2/`, { headers: { accept: TAXII, host: 'attacker.example' } }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => (response.statusCode === 200 ? resolve(text) : reject(new Error(`status ${response.statusCode}: ${text}`))));
      });
      request.on('error', reject);
    });
    expect(JSON.parse(body)).toMatchObject({ api_roots: ['/taxii2/api/'] });
    expect(body).not.toContain('attacker.example');
  });

  it('pages with limit and next, with the date-added headers, and filters by type and id', async () => {
    const first = await get(`${objects}?limit=5`);
    const page = (await first.json()) as { more: boolean; next: string; objects: Array<{ id: string; type: string }> };
    expect(page.objects).toHaveLength(5);
    expect(page.more).toBe(true);
    expect(first.headers.get('x-taxii-date-added-first')).toMatch(/^\d{4}-\d\d-\d\dT/);
    const second = (await (await get(`${objects}?limit=5&next=${page.next}`)).json()) as typeof page;
    expect(second.objects.map((o) => o.id)).not.toContain(page.objects[0]!.id);

    const locations = (await (await get(`${objects}?match[type]=location,report&limit=1000`)).json()) as typeof page;
    expect(new Set(locations.objects.map((o) => o.type))).toEqual(new Set(['location', 'report']));
    const one = (await (await get(`${objects}?match[id]=${page.objects[1]!.id}`)).json()) as typeof page;
    expect(one.objects.map((o) => o.id)).toEqual([page.objects[1]!.id]);
  });

  it('answers errors as TAXII error messages: 406, 405, 404 and 400', async () => {
    expect((await get('/taxii2/', { accept: 'text/html' })).status).toBe(406);
    expect((await fetch(`${server.url}${objects}`, { method: 'POST', headers: { accept: TAXII } })).status).toBe(405);
    const missing = await get('/taxii2/api/collections/no-such-collection/objects/');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ http_status: '404', title: 'Not found' });
    const badNext = await get(`${objects}?next=not-a-cursor`);
    expect(badNext.status).toBe(400);
    expect(((await badNext.json()) as { description: string }).description).toMatch(/^next: expected/);
    expect((await get(`${objects}?added_after=yesterday`)).status).toBe(400);
    expect((await get(`${objects}objects--00000000-0000-4000-8000-000000000000/`)).status).toBe(404);
    // A filter is tested against every object: at most 100 values, however they are sent.
    const hundred = Array.from({ length: 100 }, (_, i) => `type-${i}`);
    expect((await get(`${objects}?match[type]=${hundred.join(',')}`)).status).toBe(200);
    const tooMany = await get(`${objects}?match[type]=${hundred.join(',')}&match[type]=one-more`);
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { description: string }).description).toBe('match[type]: expected at most 100 values, but got 101');
  });
});
