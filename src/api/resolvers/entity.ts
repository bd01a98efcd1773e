import { requireRole } from '../../auth';
import { ENTITY_TYPENAMES, searchEntities } from '../../entity';
import type { CountryResolvers, Resolvers } from '../../generated/graphql';
import { applyFactView } from '../../graph';
import { pageRequest } from '../../support';
import { mergeEntities, unmergeEntities, upsertEntity } from '../../write';
import { claimView, loadedConnection } from '../arguments';
import { connection, toConnection } from '../connections';
import { claimLoader, requireEntityArgument } from '../loaders';
import { allAsOf } from '../views';

/**
 * Fields every concrete entity type shares. The connection fields batch across entities through
 * grouped DataLoaders (src/api/groupedLoader.ts): a list of twenty search hits asking for their
 * claims makes one query, not twenty.
 */
const entityFields: CountryResolvers = {
  aliasDetails: (entity) => entity.aliases.map((name, i) => ({ name, kind: entity.aliasKinds[i] ?? 'ALIAS' })),
  relationships: (entity, { direction, types, first, after, last, before, asOf }, context) => {
    const view = claimView({ asOf });
    const args = { direction: direction ?? 'BOTH', types: types && types.length > 0 ? [...types] : null, asOf: view.asOf };
    const request = pageRequest({ first, after, last, before });
    const page = context.loaders.entityRelationships.load({ entityId: entity.id, args: { ...args, page: request } }).then(async (p) => {
      const items = await applyFactView(p.items, { ...view, minConfidence: null, excludeUnattributedOnly: false }, claimLoader(context.loaders));
      return toConnection({ ...p, items: allAsOf(items, view.asOf) });
    });
    return connection(page, () => context.loaders.entityRelationshipCounts.load({ entityId: entity.id, args }));
  },
  claims: (entity, { first, after, last, before, asOf }, { loaders }) => {
    const view = claimView({ asOf });
    const page = loaders.entityClaims.load({ entityId: entity.id, args: { view, orderBy: 'ID', page: pageRequest({ first, after, last, before }) } });
    return loadedConnection(page, loaders.claim, 'claim', false, () => loaders.entityClaimCounts.load({ entityId: entity.id, args: { view } }), view.asOf);
  },
  timeline: (entity, { from, to, first, after, last, before, asOf }, { loaders }) => {
    const view = claimView({ asOf, from, to });
    const page = loaders.entityClaims.load({ entityId: entity.id, args: { view, orderBy: 'VALID_TIME', page: pageRequest({ first, after, last, before }, true) } });
    return loadedConnection(page, loaders.claim, 'claim', true, () => loaders.entityClaimCounts.load({ entityId: entity.id, args: { view } }), view.asOf);
  },
  history: (entity, _args, { loaders }) => loaders.entityHistory.load({ entityId: entity.id, args: {} }),
  sources: (entity, { first, after, last, before }, { loaders }) => {
    const page = loaders.entitySources.load({ entityId: entity.id, args: { page: pageRequest({ first, after, last, before }) } });
    return loadedConnection(page, loaders.source, 'source', false, () => loaders.entitySourceCounts.load({ entityId: entity.id, args: {} }));
  },
  published: (entity, { first, after, last, before }, { loaders }) => {
    const page = loaders.entityPublished.load({ entityId: entity.id, args: { page: pageRequest({ first, after, last, before }) } });
    return loadedConnection(page, loaders.source, 'source', false, () => loaders.entityPublishedCounts.load({ entityId: entity.id, args: {} }));
  },
  reported: (entity, { first, after, last, before }, { loaders }) => {
    const page = loaders.entityReported.load({ entityId: entity.id, args: { page: pageRequest({ first, after, last, before }) } });
    return loadedConnection(page, loaders.claim, 'claim', false, () => loaders.entityReportedCounts.load({ entityId: entity.id, args: {} }));
  },
};

export const entityResolvers: Resolvers = {
  Query: {
    // Nullable by contract: an unknown id yields null plus a NOT_FOUND error saying so.
    entity: (_parent, { id }, { loaders }) => requireEntityArgument(loaders, id, 'id'),
    search: (_parent, { text, kinds, first }, { db }) => searchEntities(db, text, kinds, first ?? 10),
  },
  Mutation: {
    upsertEntity: (_parent, { input }, { db, user }) => upsertEntity(db, input, requireRole(user, 'analyst').id),
    mergeEntities: (_parent, { keepId, mergeId }, { db, user }) => mergeEntities(db, keepId, mergeId, requireRole(user, 'admin').id),
    unmergeEntities: (_parent, { mergedId }, { db, user }) => unmergeEntities(db, mergedId, requireRole(user, 'admin').id),
  },
  Entity: {
    __resolveType: (entity) => ENTITY_TYPENAMES[entity.kind] as 'Country',
  },
  Country: entityFields,
  Organization: entityFields,
  ArmedForce: entityFields,
  Person: entityFields,
  Location: entityFields,
};

