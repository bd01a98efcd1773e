import { SignJWT } from 'jose';
import type { Config } from '../config';
import { ROLES, type Role } from './roles';

/**
 * Signs an HS256 token with the configured shared secret, for development and tests
 * (`npm run token -- --role analyst`). Production tokens come from your identity provider.
 */
export async function signDevToken(
  auth: Config['auth'],
  options: { role: Role; subject?: string; expiresIn?: string },
): Promise<string> {
  if (!auth.jwtSecret) throw new Error('expected AUTH_JWT_SECRET to be set to sign a token, but it is not');
  if (!ROLES.includes(options.role)) throw new Error(`--role: expected one of ${ROLES.join(', ')}, but got ${JSON.stringify(options.role)}`);
  let token = new SignJWT({ roles: [options.role] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(options.subject ?? `dev-${options.role}`)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (auth.issuer) token = token.setIssuer(auth.issuer);
  if (auth.audience) token = token.setAudience(auth.audience);
  return token.sign(new TextEncoder().encode(auth.jwtSecret));
}
