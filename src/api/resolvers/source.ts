import { requireRole } from '../../auth';
import type { Resolvers } from '../../generated/graphql';
import { countSources, findSources } from '../../source';
import { pageRequest } from '../../support';
import { recordSource } from '../../write';
import { loadedConnection } from '../arguments';
import { connection, connectionFields, toConnection } from '../connections';
import { loadRequired } from '../loaders';

export const sourceResolvers: Resolvers = {
  Query: {
    sources: (_parent, { first, after, last, before }, { db }) => {
      const request = pageRequest({ first, after, last, before });
      return connection(findSources(db, request).then((page) => toConnection(page)), () => countSources(db));
    },
  },
  Mutation: {
    recordSource: (_parent, { input }, { db, user }) => recordSource(db, input, requireRole(user, 'analyst').id),
  },
  Source: {
    publisher: (source, _args, { loaders }) =>
      source.publisherId ? loadRequired(loaders.entity, source.publisherId, 'entity') : null,
    text: (source, _args, { loaders }) => loaders.sourceText.load(source.id),
    claims: (source, { first, after, last, before }, { loaders }) => {
      const page = loaders.sourceClaims.load({ entityId: source.id, args: { page: pageRequest({ first, after, last, before }, true) } });
      return loadedConnection(page, loaders.claim, 'claim', true, () => loaders.sourceClaimCounts.load({ entityId: source.id, args: {} }));
    },
  },
  SourceConnection: connectionFields,
};
