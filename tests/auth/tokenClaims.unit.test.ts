import { SignJWT } from 'jose';
import { createAuthenticator, type Authenticator } from '../../src/auth';
import { CLOCK_SKEW_SECONDS } from '../../src/auth/verifyToken';
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
    await expect(bearer(authenticate, sign({ exp: now() + 60, iat: now() - 60 }))).resolves.toEqual({ id: 'someone', role: 'analyst' });
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

  it('with a maximum token age, refuses an older token and one without iat', async () => {
    const strict = createAuthenticator({ ...auth, maxTokenAgeSeconds: 600 });
    await expect(bearer(strict, sign({ exp: now() + 3_600, iat: now() - 60 }))).resolves.not.toBeNull();
    await expect(bearer(strict, sign({ exp: now() + 3_600, iat: now() - 900 }))).rejects.toMatchObject({
      message: 'expected a valid bearer token, but the token is older than this server accepts',
    });
    await expect(bearer(strict, sign({ exp: now() + 3_600 }))).rejects.toMatchObject({ message: 'expected a valid bearer token, but the token has no iat claim' });
  });
});
