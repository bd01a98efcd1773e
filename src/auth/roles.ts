import { GraphQLError } from 'graphql';

/**
 * Three roles, each allowed what the one before it is: a viewer reads; an analyst also writes
 * (ingest, assert, retract, import); an admin also merges, unmerges and deletes.
 */
export type Role = 'viewer' | 'analyst' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'analyst', 'admin'];

/** Who is asking, from a verified token. */
export interface User {
  /** The token's subject; recorded as createdBy. */
  id: string;
  role: Role;
  /** When the token expires (its `exp`, seconds since the epoch): a WebSocket connection closes then. */
  expiresAt?: number;
}

/** The highest role a token's `roles` claim grants, or null when it grants none we know. */
export function highestRole(claim: unknown): Role | null {
  const granted = (Array.isArray(claim) ? claim : [claim]).filter((r): r is Role => ROLES.includes(r as Role));
  return granted.sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a))[0] ?? null;
}

/** No or a bad token: HTTP 401. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/** A valid token whose role is too low: HTTP 403. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
}

/** Whether the caller holds `role` or a higher one. */
export function holdsRole(user: User, role: Role): boolean {
  return ROLES.indexOf(user.role) >= ROLES.indexOf(role);
}

/** Checks that the caller holds `role` or a higher one, and returns them. */
export function requireRole(user: User | null, role: Role): User {
  if (!user) {
    throw new UnauthenticatedError(`expected a bearer token with the role ${role} or higher, but the request has none`);
  }
  if (!holdsRole(user, role)) {
    throw new ForbiddenError(`expected the role ${role} or higher, but the token grants ${user.role}`);
  }
  return user;
}
