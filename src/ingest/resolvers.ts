import type { Resolvers } from '../generated/graphql';
import { ingestArticle } from './ingestArticle';

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingestArticle: (_parent, { input, dryRun }, { db, loaders, actor }) => ingestArticle(db, loaders, input, dryRun ?? false, actor),
  },
};
