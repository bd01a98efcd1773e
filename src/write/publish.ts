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

/** The ids among `ids` that no claim has yet, so that a write can tell new claims from rewritten ones. */
export async function newClaimIds(tx: QueryRunner, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const existing = new Set((await tx.run('findClaimsByIds', { ids: unique })).map((row) => (row.claim as { id: string }).id));
  return new Set(unique.filter((id) => !existing.has(id)));
}
