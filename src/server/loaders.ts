import DataLoader from 'dataloader';
import { findClaimsByIds, type ClaimRecord } from '../claim';
import { findEntitiesByIds, type EntityRecord } from '../entity';
import type { Database } from '../neo4j/database';
import { findSourcesByIds, type SourceRecord } from '../source';
import { invariant, NotFoundError } from '../support';

/**
 * Per-request DataLoaders: every `Claim.source`, `Relationship.from` or `Claim.reportedBy` asked for
 * in one tick of the event loop becomes a single query, so nested fields never cost one round trip
 * per parent.
 */
export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  claim: DataLoader<string, ClaimRecord | null>;
  source: DataLoader<string, SourceRecord | null>;
}

export function createLoaders(db: Database): Loaders {
  return {
    entity: new DataLoader(byIds((ids) => findEntitiesByIds(db, ids))),
    claim: new DataLoader(byIds((ids) => findClaimsByIds(db, ids))),
    source: new DataLoader(byIds((ids) => findSourcesByIds(db, ids))),
  };
}

/** Adapts a "find by ids, keyed by id" repository call to DataLoader's ordered-array contract. */
function byIds<T>(find: (ids: readonly string[]) => Promise<Map<string, T>>) {
  return async (ids: readonly string[]): Promise<Array<T | null>> => {
    const found = await find(ids);
    return ids.map((id) => found.get(id) ?? null);
  };
}

/** Loads one record that must exist because a stored edge points at it. */
export async function loadRequired<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const record = await loader.load(id);
  invariant(record !== null, `expected the ${what} ${id} to exist, since a stored relationship points at it`);
  return record;
}

/** Loads many records that must exist, in one batch, keeping their order. */
export async function loadAllRequired<T>(loader: DataLoader<string, T | null>, ids: readonly string[], what: string): Promise<T[]> {
  return Promise.all(ids.map((id) => loadRequired(loader, id, what)));
}

/** Loads an entity named by an argument, or fails with NOT_FOUND naming the argument. */
export async function requireEntityArgument(loaders: Loaders, id: string, argument: string): Promise<EntityRecord> {
  const entity = await loaders.entity.load(id);
  if (entity === null) {
    throw new NotFoundError(`expected "${argument}" to be the id of an entity, but no entity has id ${JSON.stringify(id)}`);
  }
  return entity;
}
