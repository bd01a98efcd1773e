import type { Resolvers } from '../generated/graphql';
import { loadRequired } from '../server/loaders';
import { pageRequest, toConnection } from '../support';
import { countSources, findSources } from './repository';

export const sourceResolvers: Resolvers = {
  Query: {
    sources: async (_parent, { first, after }, { db }) => {
      const page = await findSources(db, pageRequest(first, after));
      return { ...toConnection(page), count: () => countSources(db) };
    },
  },
  Source: {
    publisher: (source, _args, { loaders }) =>
      source.publisherId ? loadRequired(loaders.entity, source.publisherId, 'entity') : null,
  },
  SourceConnection: {
    totalCount: (connection) => connection.count(),
  },
};
