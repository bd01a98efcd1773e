import type { Resolvers } from '../generated/graphql';
import { loadAllRequired, loadRequired, requireEntityArgument } from '../server/loaders';
import { pageRequest, toConnection } from '../support';
import {
  checkNeighborhoodOptions,
  checkPathOptions,
  countRelationships,
  findRelationships,
  neighborhood,
  shortestPaths,
} from './repository';

export const graphResolvers: Resolvers = {
  Query: {
    neighborhood: async (_parent, { id, depth, types, limit }, { db, loaders }) => {
      const options = { depth: depth ?? 1, types, limit: limit ?? 200 };
      checkNeighborhoodOptions(options);
      await requireEntityArgument(loaders, id, 'id');
      return neighborhood(db, id, options);
    },
    paths: async (_parent, { from, to, maxHops, types, first }, { db, loaders }) => {
      const options = { maxHops: maxHops ?? 4, types, first: first ?? 5 };
      checkPathOptions(options);
      await Promise.all([requireEntityArgument(loaders, from, 'from'), requireEntityArgument(loaders, to, 'to')]);
      return shortestPaths(db, from, to, options);
    },
    relationships: async (_parent, { filter, first, after }, { db }) => {
      const page = await findRelationships(db, filter ?? {}, pageRequest(first, after));
      return { ...toConnection(page), count: () => countRelationships(db, filter ?? {}) };
    },
  },
  Subgraph: {
    nodes: (subgraph, _args, { loaders }) => loadAllRequired(loaders.entity, subgraph.nodeIds, 'entity'),
  },
  Path: {
    length: (path) => path.edges.length,
    nodes: (path, _args, { loaders }) => loadAllRequired(loaders.entity, path.nodeIds, 'entity'),
  },
  Relationship: {
    from: (relationship, _args, { loaders }) => loadRequired(loaders.entity, relationship.fromId, 'entity'),
    to: (relationship, _args, { loaders }) => loadRequired(loaders.entity, relationship.toId, 'entity'),
    claims: (relationship, _args, { loaders }) => loadAllRequired(loaders.claim, relationship.claimIds, 'claim'),
  },
  RelationshipConnection: {
    totalCount: (connection) => connection.count(),
  },
};
