import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { highestRole, UnauthenticatedError, type User } from './roles';

/** Turns the Authorization header into a user; null when auth is off or no token came. */
export type Authenticator = (authorization: string | undefined) => Promise<User | null>;

/**
 * Verifies bearer tokens with the shared HS256 secret or the JWKS address of the configuration,
 * checking expiry, and issuer and audience when they are configured. A token that fails any check
 * is UNAUTHENTICATED (401), never ignored.
 */
export function createAuthenticator(auth: Config['auth']): Authenticator {
  const key: Uint8Array | JWTVerifyGetKey | null = auth.jwtSecret
    ? new TextEncoder().encode(auth.jwtSecret)
    : auth.jwksUrl
      ? createRemoteJWKSet(new URL(auth.jwksUrl))
      : null;
  return async (authorization) => {
    if (!authorization) return null;
    if (!key) throw new UnauthenticatedError('expected no Authorization header: authentication is not configured on this server');
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw new UnauthenticatedError('expected an Authorization header of the form "Bearer <token>", but got another form');
    try {
      const { payload } = await jwtVerify(match[1], key as Uint8Array, {
        algorithms: auth.jwtSecret ? ['HS256'] : undefined,
        issuer: auth.issuer ?? undefined,
        audience: auth.audience ?? undefined,
      });
      const role = highestRole(payload.roles);
      if (!payload.sub || !role) {
        throw new UnauthenticatedError('expected a token with a subject and a roles claim (viewer, analyst or admin), but got neither or none known');
      }
      return { id: payload.sub, role };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      const reason =
        error instanceof errors.JWTExpired ? 'the token has expired'
          : error instanceof errors.JWTClaimValidationFailed ? `the token's ${error.claim} claim does not match`
            : 'the token could not be verified';
      throw new UnauthenticatedError(`expected a valid bearer token, but ${reason}`);
    }
  };
}
