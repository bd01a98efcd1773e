import { SignJWT } from 'jose';
import type { Config } from '../config';
import { ROLES, type Role } from './roles';
import { subjectProblem } from './verifyToken';

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
  const subject = options.subject ?? `dev-${options.role}`;
  // A token the server would refuse is no use to sign.
  const problem = subjectProblem(subject);
  if (problem) throw new Error(`--sub: expected a subject that names who writes, but ${problem.replace('its sub claim', 'it')}`);
  let token = new SignJWT({ roles: [options.role] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (auth.issuer) token = token.setIssuer(auth.issuer);
  if (auth.audience) token = token.setAudience(auth.audience);
  return token.sign(new TextEncoder().encode(auth.jwtSecret));
}
