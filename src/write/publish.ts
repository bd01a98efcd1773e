import { publisher, type GraphChange } from '../events';
import type { QueryRunner } from '../neo4j';

/**
 * Publishes a change of the graph once the caller's transaction has committed (never when it rolls
 * back), to the publisher of src/events/ that the subscriptions hear. Lists are kept unique; a
 * change that names no claim and no entity is not published.
 */
export function publishAfterCommit(tx: QueryRunner, change: Omit<GraphChange, 'at'>): void {
  const unique: Omit<GraphChange, 'at'> = {
    ...change,
    addedClaimIds: [...new Set(change.addedClaimIds)],
    changedClaimIds: [...new Set(change.changedClaimIds)],
    entityIds: [...new Set(change.entityIds)],
  };
  if (unique.addedClaimIds.length + unique.changedClaimIds.length + unique.entityIds.length === 0) return;
  tx.afterCommit?.(() => publisher().publish({ ...unique, at: new Date().toISOString() }));
}

