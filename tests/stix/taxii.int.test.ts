import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { signDevToken } from '../../src/auth';
import type { Config } from '../../src/config';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { COLLECTION_ID } from '../../src/stix';
import { openDatabase, startTestServer } from '../helpers/testServer';
import { requireOasisTools } from './venv';

/**
 * TAXII 2.1 through the OASIS taxii2-client (tests/stix/taxii_client.py) as a real client, against
 * a server over the seed graph that lets no anonymous request read.
 */
const auth: Config['auth'] = {
  jwtSecret: 'a-test-secret-for-taxii-that-is-long-enough-42',
  jwksUrl: null,
  issuer: null,
  audience: null,
  anonymousRead: false,
};

let db: Database;
let server: RunningServer;
beforeAll(async () => {
  db = openDatabase();
  server = await startTestServer(db, { auth });
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
});

interface ClientReport {
  anonymous: number | string;
  title: string;
  versions: string[];
  collections: Array<{ id: string; title: string; can_read: boolean; can_write: boolean }>;
  page_sizes: number[];
  object_ids: string[];
  manifest: Array<{ id: string; date_added: string }>;
  added_after: { since: string; ids: string[] };
  reports: string[];
  one: string[];
}

describe('TAXII 2.1 with the OASIS client', () => {
  it('refuses without a token, then discovers, lists, pages, filters by date and type, and fetches one object', async () => {
    const python = requireOasisTools();
    const token = await signDevToken(auth, { role: 'viewer', subject: 'taxii-test' });
    const { stdout } = await promisify(execFile)(python, [path.join(__dirname, 'taxii_client.py'), server.url], {
      env: { ...process.env, TAXII_TOKEN: token },
      timeout: 240_000,
    });
    const report = JSON.parse(stdout) as ClientReport;

    expect(report.anonymous).toBe(401);
    expect(report.versions).toEqual(['application/taxii+json;version=2.1']);
    expect(report.collections).toEqual([{ id: COLLECTION_ID, title: 'Conflict knowledge graph', can_read: true, can_write: false }]);

    // Every object once, in pages of 10 but the last.
    const total = report.object_ids.length;
    expect(total).toBeGreaterThan(30);
    expect(new Set(report.object_ids).size).toBe(total);
    expect(report.page_sizes.slice(0, -1).every((n) => n === 10)).toBe(true);
    expect(report.page_sizes.reduce((a, b) => a + b, 0)).toBe(total);
    expect(report.manifest.map((m) => m.id).sort()).toEqual([...report.object_ids].sort());

    // added_after: exactly the objects added later than that date, by the manifest.
    const later = report.manifest.filter((m) => m.date_added > report.added_after.since).map((m) => m.id).sort();
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThan(total);
    expect([...report.added_after.ids].sort()).toEqual(later);

    expect(report.reports.length).toBeGreaterThan(0);
    expect(new Set(report.reports)).toEqual(new Set(['report']));
    expect(report.one).toEqual([report.object_ids[0]]);
  }, 300_000);
});
