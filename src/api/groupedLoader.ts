import DataLoader from 'dataloader';

/** A request for one entity's page of something, with the arguments of the field that asked. */
export interface EntityKey<Args> {
  entityId: string;
  args: Args;
}

/**
 * A DataLoader for per-entity fields that take arguments (`Entity.claims(first: 5)` on every search
 * hit): keys with the same arguments are fetched together, one query for all their entities, so a
 * list of entities never costs one round trip each.
 *
 * @example
 *   const claims = groupedLoader((ids, args) => findEntityClaims(db, ids, args.view, 'ID', args.page));
 *   await claims.load({ entityId, args: { view, page } });
 */
export function groupedLoader<Args, V>(
  fetch: (entityIds: string[], args: Args) => Promise<Map<string, V>>,
): DataLoader<EntityKey<Args>, V, string> {
  return new DataLoader<EntityKey<Args>, V, string>(
    async (keys) => {
      const groups = new Map<string, { args: Args; ids: string[] }>();
      for (const key of keys) {
        const group = JSON.stringify(key.args);
        const entry = groups.get(group) ?? { args: key.args, ids: [] };
        entry.ids.push(key.entityId);
        groups.set(group, entry);
      }
      const results = new Map<string, Map<string, V>>();
      await Promise.all(
        [...groups].map(async ([group, { args, ids }]) => results.set(group, await fetch(ids, args))),
      );
      return keys.map((key) => {
        const value = results.get(JSON.stringify(key.args))?.get(key.entityId);
        return value === undefined ? new Error(`expected a result for entity ${key.entityId}, but got none`) : value;
      });
    },
    { cacheKeyFn: (key) => JSON.stringify([key.entityId, key.args]) },
  );
}
