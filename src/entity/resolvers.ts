import type { EntityResolvers, Resolvers } from '../generated/graphql';
import { requireEntityArgument } from '../server/loaders';
import { ENTITY_TYPENAMES, type EntityRecord } from './model';
import { searchEntities } from './repository';

/** Fields every concrete entity type shares. */
const entityFields = {
  aliasDetails: (entity: EntityRecord) =>
    entity.aliases.map((name, i) => ({ name, kind: entity.aliasKinds[i] ?? 'ALIAS' })),
} satisfies Omit<EntityResolvers, '__resolveType'>;

export const entityResolvers: Resolvers = {
  Query: {
    // Nullable by contract: an unknown id yields null plus a NOT_FOUND error saying so.
    entity: (_parent, { id }, { loaders }) => requireEntityArgument(loaders, id, 'id'),
    search: (_parent, { text, kinds, first }, { db }) => searchEntities(db, text, kinds, first ?? 10),
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
