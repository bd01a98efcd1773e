import { requireRole } from '../../auth';
import { ENTITY_TYPENAMES, searchEntities } from '../../entity';
import type { CountryResolvers, Resolvers } from '../../generated/graphql';
import { applyFactView } from '../../graph';
import { pageRequest } from '../../support';
import { mergeEntities, unmergeEntities, upsertEntity } from '../../write';
import { claimView, loadedConnection } from '../arguments';
import { entityRelationshipsKeys, showsFactClaims, timelineKeys } from '../fieldKeys';
import { connection, toConnection } from '../connections';
import { claimLoader, requireEntityArgument } from '../loaders';
import { projectedRelationshipsOf, withProjectedRelationships } from '../projection';
import { Selection } from '../selection';
import { primeEntityWithRelationships } from '../singleStatement';
import { allAsOf } from '../views';

/**
 * Fields every concrete entity type shares. The connection fields batch across entities through
 * grouped DataLoaders (src/api/groupedLoader.ts): a list of twenty search hits asking for their
 * claims makes one query, not twenty.
 */
const entityFields: CountryResolvers = {
  aliasDetails: (entity) => entity.aliases.map((name, i) => ({ name, kind: entity.aliasKinds[i] ?? 'ALIAS' })),
  relationships: (entity, args, context, info) => {
    const { view, page: key, count } = entityRelationshipsKeys(entity.id, args, showsFactClaims(Selection.of(info).field('edges')?.field('node')));
    // Read with the entity, for this field's selection alone (Query.entity, src/api/projection.ts).
    const projected = projectedRelationshipsOf(entity);
    if (projected) return connection(Promise.resolve(toConnection(projected)), () => context.loaders.entityRelationshipCounts.load(count));
    const page = context.loaders.entityRelationships.load(key).then(async (p) => {
      const items = await applyFactView(p.items, { ...view, minConfidence: null, excludeUnattributedOnly: false }, claimLoader(context.loaders));
      return toConnection({ ...p, items: allAsOf(items, view.asOf) });
    });
    return connection(page, () => context.loaders.entityRelationshipCounts.load(count));
  },
  claims: (entity, { first, after, last, before, asOf, validDuring }, { loaders }) => {
    const view = claimView({ asOf, validDuring });
    const page = loaders.entityClaims.load({ entityId: entity.id, args: { view, orderBy: 'ID', page: pageRequest({ first, after, last, before }) } });
    return loadedConnection(page, loaders.claim, 'claim', false, () => loaders.entityClaimCounts.load({ entityId: entity.id, args: { view } }), view.asOf);
  },
  timeline: (entity, args, { loaders }) => {
    const { view, page, count } = timelineKeys(entity.id, args);
    return loadedConnection(loaders.entityClaims.load(page), loaders.claim, 'claim', true, () => loaders.entityClaimCounts.load(count), view.asOf);
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
    entity: async (_parent, { id }, context, info) => {
      // One statement for the entity and its relationships when the selection allows (singleStatement.ts).
      const projected = await primeEntityWithRelationships(context, id, info);
      const entity = await requireEntityArgument(context.loaders, id, 'id');
      return projected ? withProjectedRelationships(entity, projected) : entity;
    },
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

