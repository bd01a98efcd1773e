import { DEFAULT_LIMITS } from '../../src/config';
import type { Database } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';

/** Issue 16, finding 5: security headers on the workbench, the IDE and the API (helmet). */
let server: RunningServer;
let db: Database;
beforeAll(async () => {
  db = openDatabase();
  server = await startTestServer(db, { enableIde: true, limits: { ...DEFAULT_LIMITS, trustProxy: ['127.0.0.1'] } });
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

const directives = (policy: string | null) => new Map((policy ?? '').split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));

describe('security headers', () => {
  it.each([['/'], ['/ide'], ['/graphql?query=%7B__typename%7D'], ['/healthz']])('%s has a strict policy, no framing, nosniff and no referrer', async (path) => {
    const response = await fetch(`${server.url}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it("names each of the IDE page's inline scripts by its hash", async () => {
    const response = await fetch(`${server.url}/ide`);
    const html = await response.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)];
    expect(inline.length).toBeGreaterThan(0);
    const scriptSrc = directives(response.headers.get('content-security-policy')).get('script-src') ?? [];
    expect(scriptSrc.filter((s) => s.startsWith("'sha256-"))).toHaveLength(inline.length);
  });

  it('sends HSTS only for requests that came over TLS', async () => {
    expect((await fetch(`${server.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
    const behindTls = await fetch(`${server.url}/healthz`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(behindTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});
