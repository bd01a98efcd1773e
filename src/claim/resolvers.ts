import type { Resolvers } from '../generated/graphql';
import { loadRequired } from '../server/loaders';
import { pageRequest, toConnection } from '../support';
import { countClaims, findClaims } from './repository';

export const claimResolvers: Resolvers = {
  Query: {
    claims: async (_parent, { filter, first, after }, { db }) => {
      const page = await findClaims(db, filter ?? {}, pageRequest(first, after));
      return { ...toConnection(page), count: () => countClaims(db, filter ?? {}) };
    },
  },
  Claim: {
    subject: (claim, _args, { loaders }) => loadRequired(loaders.entity, claim.subjectId, 'entity'),
    object: (claim, _args, { loaders }) => (claim.objectId ? loadRequired(loaders.entity, claim.objectId, 'entity') : null),
    reportedBy: (claim, _args, { loaders }) =>
      claim.reportedById ? loadRequired(loaders.entity, claim.reportedById, 'entity') : null,
    source: (claim, _args, { loaders }) => loadRequired(loaders.source, claim.sourceId, 'source'),
  },
  ClaimConnection: {
    totalCount: (connection) => connection.count(),
  },
};
