// Authentication (JWT bearer tokens) and the three roles.
export { createAuthenticator } from './verifyToken';
export type { Authenticator } from './verifyToken';
export { holdsRole, requireRole, highestRole, ROLES, UnauthenticatedError, ForbiddenError } from './roles';
export type { Role, User } from './roles';
export { signDevToken } from './devToken';
