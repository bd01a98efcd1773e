import { requireRole } from '../../auth';
import type { Resolvers } from '../../generated/graphql';
import { ingestArticle } from '../../ingest';

export const ingestResolvers: Resolvers = {
  Mutation: {
    ingestArticle: async (_parent, { input, dryRun }, { db, loaders, user }) => {
      const result = await ingestArticle(db, input, dryRun ?? false, requireRole(user, 'analyst').id);
      if (result.preview) {
        // A preview is in no database: later fields (Claim.subject, Claim.source) must find it in the loaders.
        for (const e of result.entities) loaders.entity.prime(e.id, e);
        for (const c of result.claims) loaders.claim.prime(c.id, c);
        loaders.source.prime(result.source.id, result.source);
      }
      return result;
    },
  },
};
