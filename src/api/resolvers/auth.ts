import { ROLES, type Role } from '../../auth';
import type { Permission, Resolvers, Role as RoleEnum } from '../../generated/graphql';

/** What each role may do: a role may do everything the ones before it may. */
const PERMISSIONS_OF: Record<Role, Permission> = { viewer: 'READ', analyst: 'WRITE', admin: 'MERGE' };

/** Query.viewer: the caller as this request's verified token (or its absence) says. */
export const authResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, { user, access }) => {
      const granted = user ? ROLES.slice(0, ROLES.indexOf(user.role) + 1).map((role) => PERMISSIONS_OF[role]) : access.anonymousRead ? (['READ'] as Permission[]) : [];
      return {
        subject: user?.id ?? null,
        role: user ? (user.role.toUpperCase() as RoleEnum) : null,
        anonymous: user === null,
        authenticationEnabled: access.authenticationEnabled,
        anonymousRead: access.anonymousRead,
        permissions: granted,
      };
    },
  },
};
