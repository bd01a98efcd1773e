import { InMemoryCache, type InMemoryCacheConfig, type PossibleTypesMap, type TypePolicies } from '@apollo/client';

/**
 * Apollo Client cache configuration for this API: what a front-end passes to `InMemoryCache`.
 *
 * Objects with an `id` (entities, relationships, claims, sources, disputes, origins) are normalised
 * by `__typename` and `id`, Apollo's default. Every other object type is a *value*: it has no
 * identity of its own and belongs to the object that holds it (a claim's `validFrom`, a fact's
 * `quantity`, a connection and its page info, a search hit). Such a value is stored inside its parent,
 * and when two operations select different fields of it (one `validFrom { iso }`, another
 * `validFrom { iso precision }`), Apollo replaces the one with the other and warns that cache data may
 * be lost. `keyFields: false` says it is never normalised; `merge: true` says the fields of the two
 * selections are merged instead, which is right because the parent's field holds one value.
 *
 * VALUE_TYPES must list every object type of the schema without an `id` (the root types aside):
 * tests/clients/typePolicies.unit.test.ts derives the list from the schema and fails on a new value
 * type missing here.
 */
export const VALUE_TYPES = [
  'Alias',
  'Change',
  'ClaimConnection',
  'ClaimEdge',
  'ClaimReview',
  'Coordinates',
  'DateCount',
  'DisputeConnection',
  'DisputeEdge',
  'ExtractionProvenance',
  'FactChange',
  'FeedEventActor',
  'FeedField',
  'IngestResult',
  'PageInfo',
  'PartialDate',
  'Path',
  'Quantity',
  'RelationshipConnection',
  'RelationshipEdge',
  'RelationshipTypeInfo',
  'Retraction',
  'ReviewQueueChange',
  'SearchHit',
  'SourceConnection',
  'SourceEdge',
  'Subgraph',
  'TextSpan',
  'Viewer',
  'Vocabulary',
] as const;

/** The schema's interfaces and their object types, so that `... on Person` matches an `Entity`. */
export const possibleTypes: PossibleTypesMap = {
  Entity: ['Country', 'Organization', 'ArmedForce', 'Person', 'Location'],
  Node: ['ArmedForce', 'Claim', 'Country', 'Dispute', 'Location', 'Organization', 'Origin', 'Person', 'Relationship', 'Source'],
};

/** One policy per value type: never normalised, merged field by field. */
export const typePolicies: TypePolicies = Object.fromEntries(VALUE_TYPES.map((type) => [type, { keyFields: false, merge: true }]));

/** The cache configuration: the policies above and the interfaces' possible types. */
export const cacheConfig: InMemoryCacheConfig = { typePolicies, possibleTypes };

/** A new InMemoryCache for this API; `extra` adds to the configuration (field policies of your own). */
export function createCache(extra: InMemoryCacheConfig = {}): InMemoryCache {
  return new InMemoryCache({
    ...cacheConfig,
    ...extra,
    typePolicies: { ...typePolicies, ...extra.typePolicies },
    possibleTypes: { ...possibleTypes, ...extra.possibleTypes },
  });
}
