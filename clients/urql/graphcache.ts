import { cacheExchange, type CacheExchangeOpts } from '@urql/exchange-graphcache';
import { possibleTypes, VALUE_TYPES } from '../apollo/typePolicies';

/**
 * urql's normalising cache (Graphcache) for this API. Objects with an `id` are keyed by it, the
 * default. The value types (VALUE_TYPES: dates, quantities, connections, …; see
 * clients/apollo/typePolicies.ts and docs/clients.md) have no identity: their key is null, so
 * Graphcache embeds each in the object that holds it instead of warning that it cannot key it.
 */
export const keys: NonNullable<CacheExchangeOpts['keys']> = Object.fromEntries(VALUE_TYPES.map((type) => [type, () => null]));

/** Graphcache with the keys above and the interfaces' possible types (from the same module). */
export function createGraphcache(extra: CacheExchangeOpts = {}) {
  return cacheExchange({
    ...extra,
    keys: { ...keys, ...extra.keys },
    possibleTypes: { ...possibleTypes, ...extra.possibleTypes },
  });
}
