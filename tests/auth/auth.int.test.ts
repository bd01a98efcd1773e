import { SignJWT } from 'jose';
import { signDevToken } from '../../src/auth';
import type { Config } from '../../src/config';
import type { RunningServer } from '../../src/server';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { startTestServer } from '../helpers/testServer';

/** Bearer tokens and roles over real HTTP, on a database of its own. */
const auth: Config['auth'] = {
  jwtSecret: 'a-test-secret-that-is-long-enough-0123456789',
  jwksUrl: null,
  issuer: 'https://issuer.example',
  audience: 'conflict-kg',
  anonymousRead: true,
};
let scratch: ScratchNeo4j;
let open: RunningServer;
let closed: RunningServer;
beforeAll(async () => {
  scratch = await startScratchNeo4j('auth');
  open = await startTestServer(scratch.api.db, { auth });
  closed = await startTestServer(scratch.api.db, { auth: { ...auth, anonymousRead: false } });
}, 180_000);
afterAll(async () => {
  await open?.stop();
  await closed?.stop();
  await scratch?.stop();
});

const post = async (server: RunningServer, query: string, token?: string) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions: { code: string } }> } };
};

const READ = '{ sources(first: 1) { totalCount } }';
const WRITE = 'mutation { upsertEntity(input: { kind: COUNTRY, name: "Freedonia" }) { name createdBy } }';
const MERGE = 'mutation { mergeEntities(keepId: "a", mergeId: "b") { id } }';
const token = (role: 'viewer' | 'analyst' | 'admin', subject?: string) => signDevToken(auth, { role, subject });

describe('authentication', () => {
  it('lets anonymous requests read when the setting allows it, and never write', async () => {
    expect((await post(open, READ)).status).toBe(200);
    const write = await post(open, WRITE);
    expect(write.status).toBe(401);
    expect(write.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('records the token\'s subject as the writer', async () => {
    const result = await post(open, WRITE, await token('analyst', 'ana@example.org'));
    expect(result.status).toBe(200);
    expect(result.body.data.upsertEntity).toEqual({ name: 'Freedonia', createdBy: 'ana@example.org' });
  });

  it.each([
    ['forged', async () => new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(auth.issuer as string).setAudience(auth.audience as string).setExpirationTime('1h').sign(new TextEncoder().encode('another-secret-of-enough-length-0123456789')), 'could not be verified'],
    ['expired', async () => new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(auth.issuer as string).setAudience(auth.audience as string).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(new TextEncoder().encode(auth.jwtSecret as string)), 'has expired'],
    ['of the wrong audience', async () => new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setIssuer(auth.issuer as string).setAudience('someone-else').setExpirationTime('1h').sign(new TextEncoder().encode(auth.jwtSecret as string)), 'aud claim does not match'],
    ['not a JWT', async () => 'not-a-token', 'could not be verified'],
    // Its writes would be recorded as the importers' own.
    ['for the subject the importers write as', async () => new SignJWT({ roles: ['analyst'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('import').setIssuer(auth.issuer as string).setAudience(auth.audience as string).setExpirationTime('1h').sign(new TextEncoder().encode(auth.jwtSecret as string)), 'the name this server records its own seed loader or importers under'],
  ])('refuses a token that is %s with 401, even to read', async (_what, make, reason) => {
    const result = await post(open, READ, await make());
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(result.body.errors?.[0]?.message).toContain(reason);
  });

  it('refuses a role too low with FORBIDDEN', async () => {
    const viewer = await post(open, WRITE, await token('viewer'));
    expect(viewer.status).toBe(403);
    expect(viewer.body.errors?.[0]).toMatchObject({ message: 'expected the role analyst or higher, but the token grants viewer', extensions: { code: 'FORBIDDEN' } });
    const analyst = await post(open, MERGE, await token('analyst'));
    expect(analyst.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
    // An admin passes the role check; the ids then name nothing.
    const admin = await post(open, MERGE, await token('admin'));
    expect(admin.body.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('requires a token to read when anonymous reading is off', async () => {
    const anonymous = await post(closed, READ);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.message).toBe('expected a bearer token: this server does not let anonymous requests read');
    expect((await post(closed, READ, await token('viewer'))).status).toBe(200);
  });
});

describe('Query.viewer', () => {
  const VIEWER = '{ viewer { subject role anonymous authenticationEnabled anonymousRead permissions } }';

  it('describes an anonymous caller', async () => {
    const result = await post(open, VIEWER);
    expect(result.body.data.viewer).toEqual({ subject: null, role: null, anonymous: true, authenticationEnabled: true, anonymousRead: true, permissions: ['READ'] });
  });

  it.each([
    ['viewer', 'VIEWER', ['READ']],
    ['analyst', 'ANALYST', ['READ', 'WRITE']],
    ['admin', 'ADMIN', ['READ', 'WRITE', 'MERGE']],
  ] as const)('describes a caller whose token grants %s', async (role, expected, permissions) => {
    const result = await post(closed, VIEWER, await token(role, `${role}@example.org`));
    expect(result.body.data.viewer).toEqual({ subject: `${role}@example.org`, role: expected, anonymous: false, authenticationEnabled: true, anonymousRead: false, permissions });
  });
});
