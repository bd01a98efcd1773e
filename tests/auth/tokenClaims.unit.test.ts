import { SignJWT } from 'jose';
import { createAuthenticator, type Authenticator } from '../../src/auth';
import { CLOCK_SKEW_SECONDS, MAX_SUBJECT_LENGTH } from '../../src/auth/verifyToken';
import type { Config } from '../../src/config';

/** Issue 16, finding 2: tokens must expire, and may not come from the future. */
const SECRET = 'token-claims-test-secret-0123456789abcdef';
const auth: Config['auth'] = { jwtSecret: SECRET, jwksUrl: null, issuer: null, audience: null, anonymousRead: true };
const now = () => Math.floor(Date.now() / 1000);

/** Signs a token with exactly the time claims given (none by default). */
const sign = (claims: { exp?: number; iat?: number; nbf?: number } = {}) => {
  const token = new SignJWT({ roles: ['analyst'], ...claims }).setProtectedHeader({ alg: 'HS256' }).setSubject('someone');
  return token.sign(new TextEncoder().encode(SECRET));
};

const bearer = async (authenticate: Authenticator, token: Promise<string>) => authenticate(`Bearer ${await token}`);

describe('token claims', () => {
  const authenticate = createAuthenticator(auth);

  it('accepts a token that expires and was issued in the past', async () => {
    const exp = now() + 60;
    await expect(bearer(authenticate, sign({ exp, iat: now() - 60 }))).resolves.toEqual({ id: 'someone', role: 'analyst', expiresAt: exp });
  });

  it('refuses a token without exp, which would never expire', async () => {
    await expect(bearer(authenticate, sign({ iat: now() }))).rejects.toMatchObject({
      message: 'expected a valid bearer token, but the token has no exp claim',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses an expired token, with the clock skew as its only grace', async () => {
    await expect(bearer(authenticate, sign({ exp: now() - CLOCK_SKEW_SECONDS - 5 }))).rejects.toMatchObject({ message: expect.stringMatching(/has expired/) });
    await expect(bearer(authenticate, sign({ exp: now() - 5 }))).resolves.not.toBeNull();
  });

  it('refuses a token issued in the future beyond the clock skew, and accepts one within it', async () => {
    await expect(bearer(authenticate, sign({ exp: now() + 3_600, iat: now() + CLOCK_SKEW_SECONDS + 60 }))).rejects.toMatchObject({
      message: expect.stringMatching(/expected a token issued in the past, but its iat claim lies \d+ s in the future/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(bearer(authenticate, sign({ exp: now() + 3_600, iat: now() + 5 }))).resolves.not.toBeNull();
  });

  it('refuses a token not valid yet (nbf in the future beyond the clock skew)', async () => {
    await expect(bearer(authenticate, sign({ exp: now() + 3_600, nbf: now() + CLOCK_SKEW_SECONDS + 60 }))).rejects.toMatchObject({
      message: 'expected a valid bearer token, but the token is not valid yet (its nbf claim lies in the future)',
    });
    await expect(bearer(authenticate, sign({ exp: now() + 3_600, nbf: now() + 5 }))).resolves.not.toBeNull();
  });

  it('refuses a subject that could not stand for who wrote: a service actor\'s name, a control character, an overlong one', async () => {
    const as = (subject: string) => new SignJWT({ roles: ['analyst'], exp: now() + 60 }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).sign(new TextEncoder().encode(SECRET));
    for (const subject of ['seed', 'import', ' Import ']) {
      await expect(bearer(authenticate, as(subject))).rejects.toMatchObject({
        message: `expected a token whose subject names who writes, but its sub claim is ${JSON.stringify(subject)}, the name this server records its own seed loader or importers under`,
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    await expect(bearer(authenticate, as('ana\nimport'))).rejects.toMatchObject({ message: expect.stringMatching(/holds a control character$/) });
    await expect(bearer(authenticate, as('a'.repeat(MAX_SUBJECT_LENGTH + 1)))).rejects.toMatchObject({ message: expect.stringMatching(/257 characters long, over 256$/) });
    await expect(bearer(authenticate, as('a'.repeat(MAX_SUBJECT_LENGTH)))).resolves.toMatchObject({ id: 'a'.repeat(MAX_SUBJECT_LENGTH), role: 'analyst' });
    await expect(bearer(authenticate, as('importer@example.org'))).resolves.toMatchObject({ id: 'importer@example.org', role: 'analyst' });
  });

  it('with a maximum token age, refuses an older token and one without iat', async () => {
    const strict = createAuthenticator({ ...auth, maxTokenAgeSeconds: 600 });
    await expect(bearer(strict, sign({ exp: now() + 3_600, iat: now() - 60 }))).resolves.not.toBeNull();
    await expect(bearer(strict, sign({ exp: now() + 3_600, iat: now() - 900 }))).rejects.toMatchObject({
      message: 'expected a valid bearer token, but the token is older than this server accepts',
    });
    await expect(bearer(strict, sign({ exp: now() + 3_600 }))).rejects.toMatchObject({ message: 'expected a valid bearer token, but the token has no iat claim' });
  });
});
