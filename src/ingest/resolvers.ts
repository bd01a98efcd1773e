import { requireRole } from '../auth';
import type { Resolvers } from '../generated/graphql';
import { ingestArticle } from './ingestArticle';

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingestArticle: (_parent, { input, dryRun }, { db, loaders, user }) =>
      ingestArticle(db, loaders, input, dryRun ?? false, requireRole(user, 'analyst').id),
  },
};
