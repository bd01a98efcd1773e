import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config';
import { SERVICE_ACTORS } from '../support';
import { highestRole, UnauthenticatedError, type User } from './roles';

/** Turns the Authorization header into a user; null when auth is off or no token came. */
export type Authenticator = (authorization: string | undefined) => Promise<User | null>;

/** How far a token's `iat` and `nbf` may lie in the future, and its `exp` in the past: clocks drift. */
export const CLOCK_SKEW_SECONDS = 30;

/** The longest subject a token may carry: it is recorded with every write the token makes. */
export const MAX_SUBJECT_LENGTH = 256;

/**
 * Verifies bearer tokens with the shared HS256 secret or the JWKS address of the configuration.
 * Every token must carry `exp` (a token without one would never expire) and not be expired; `iat`
 * and `nbf`, when present, must not lie in the future by more than CLOCK_SKEW_SECONDS; with
 * `maxTokenAgeSeconds` set, `iat` is required and the token may be no older than that. Issuer and
 * audience are checked when they are configured. The subject is recorded as who wrote, so it must
 * be printable, at most MAX_SUBJECT_LENGTH characters, and not a name the service's own writers
 * record under (SERVICE_ACTORS). A token that fails any check is UNAUTHENTICATED (401), never
 * ignored.
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
        requiredClaims: ['exp'],
        clockTolerance: CLOCK_SKEW_SECONDS,
        maxTokenAge: auth.maxTokenAgeSeconds ?? undefined,
      });
      // jose checks iat against the clock only with maxTokenAge; a token issued "later" is forged or from a wrong clock.
      if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000 + CLOCK_SKEW_SECONDS) {
        throw new UnauthenticatedError(`expected a token issued in the past, but its iat claim lies ${Math.round(payload.iat - Date.now() / 1000)} s in the future`);
      }
      const role = highestRole(payload.roles);
      if (!payload.sub || !role) {
        throw new UnauthenticatedError('expected a token with a subject and a roles claim (viewer, analyst or admin), but got neither or none known');
      }
      const problem = subjectProblem(payload.sub);
      if (problem) throw new UnauthenticatedError(`expected a token whose subject names who writes, but ${problem}`);
      return { id: payload.sub, role, ...(typeof payload.exp === 'number' ? { expiresAt: payload.exp } : {}) };
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      const reason =
        error instanceof errors.JWTExpired ? (error.claim === 'iat' ? 'the token is older than this server accepts' : 'the token has expired')
          : error instanceof errors.JWTClaimValidationFailed ? claimProblem(error)
            : 'the token could not be verified';
      throw new UnauthenticatedError(`expected a valid bearer token, but ${reason}`);
    }
  };
}

/** What is wrong with a token's subject as the name its writes are recorded under; null when nothing. */
export function subjectProblem(subject: string): string | null {
  if (subject.length > MAX_SUBJECT_LENGTH) return `its sub claim is ${subject.length} characters long, over ${MAX_SUBJECT_LENGTH}`;
  if (/\p{Cc}/u.test(subject)) return 'its sub claim holds a control character';
  if (SERVICE_ACTORS.includes(subject.trim().toLowerCase())) {
    return `its sub claim is ${JSON.stringify(subject)}, the name this server records its own seed loader or importers under`;
  }
  return null;
}

/** What is wrong with a claim, in words a client can act on. */
function claimProblem(error: InstanceType<typeof errors.JWTClaimValidationFailed>): string {
  if (error.reason === 'missing') return `the token has no ${error.claim} claim`;
  if (error.claim === 'nbf') return 'the token is not valid yet (its nbf claim lies in the future)';
  if (error.claim === 'iat') return "the token's iat claim lies in the future";
  return `the token's ${error.claim} claim does not match`;
}
