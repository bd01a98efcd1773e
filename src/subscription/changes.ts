import { countReviewQueue, findAllDisputes, FULL_VIEW, findClaimsByIds, type ClaimRecord, type DisputeRecord } from '../claim';
import type { GraphChange } from '../events';
import type { Database } from '../neo4j';

/**
 * What each subscription needs from one change, read once per change however many clients
 * subscribe: the in-process publisher hands every listener the same change object, so results are
 * kept per object (a WeakMap: gone with the change).
 */
function once<T>(compute: (db: Database, change: GraphChange) => Promise<T>) {
  const results = new WeakMap<GraphChange, Promise<T>>();
  return (db: Database, change: GraphChange): Promise<T> => {
    let result = results.get(change);
    if (!result) {
      result = compute(db, change);
      results.set(change, result);
    }
    return result;
  };
}

/** The claims a change names (new, then changed), as stored after the write. */
export const claimsOfChange = once(async (db, change): Promise<ClaimRecord[]> => {
  const ids = [...new Set([...change.addedClaimIds, ...change.changedClaimIds])];
  if (ids.length === 0) return [];
  const found = await findClaimsByIds(db, ids);
  return ids.map((id) => found.get(id)).filter((c): c is ClaimRecord => c !== undefined);
});

/** The claims new in the graph with this change (claimAdded). */
export async function addedClaims(db: Database, change: GraphChange): Promise<ClaimRecord[]> {
  const added = new Set(change.addedClaimIds);
  return (await claimsOfChange(db, change)).filter((c) => added.has(c.id));
}

/** One per entity whose facts the change rebuilt, with the change's claims that touch it (factChanged). */
export interface FactChangeRecord {
  entityId: string;
  cause: GraphChange['cause'];
  claims: ClaimRecord[];
  at: string;
}

export async function factChanges(db: Database, change: GraphChange): Promise<FactChangeRecord[]> {
  const claims = await claimsOfChange(db, change);
  return change.entityIds.map((entityId) => ({
    entityId,
    cause: change.cause,
    claims: claims.filter((c) => c.subjectId === entityId || c.objectId === entityId),
    at: change.at,
  }));
}

/**
 * The disputes a change opened or joined: those, about the subjects of the change's claims, in which
 * one of its claims takes part. Disputes are computed from claims (src/claim/disputes.ts), so they
 * are found again for each subject touched, in id order.
 */
export const openedDisputes = once(async (db, change): Promise<OpenedDispute[]> => {
  const claims = new Map((await claimsOfChange(db, change)).map((c) => [c.id, c]));
  const subjects = [...new Set([...claims.values()].map((c) => c.subjectId))];
  const found = new Map<string, OpenedDispute>();
  for (const subjectId of subjects) {
    for (const dispute of await findAllDisputes(db, subjectId, FULL_VIEW)) {
      // A dispute compares the claims of one triple: any of its claims names its two ends.
      const claim = dispute.claimIds.map((id) => claims.get(id)).find((c) => c !== undefined);
      if (claim) found.set(dispute.id, { dispute, entityIds: claim.objectId ? [claim.subjectId, claim.objectId] : [claim.subjectId] });
    }
  }
  return [...found.values()].sort((a, b) => a.dispute.id.localeCompare(b.dispute.id));
});

/** A dispute a change opened or joined, with the entities it is about (the ends of its triple). */
export interface OpenedDispute {
  dispute: DisputeRecord;
  entityIds: string[];
}

/** A change that may have changed the review queue, with the queue's length after it (reviewQueueChanged). */
export interface ReviewQueueChangeRecord {
  cause: GraphChange['cause'];
  claims: ClaimRecord[];
  pendingCount: number;
  at: string;
}

export const reviewQueueChange = once(async (db, change): Promise<ReviewQueueChangeRecord | null> => {
  if (!change.reviewQueueChanged) return null;
  const [claims, pendingCount] = await Promise.all([claimsOfChange(db, change), countReviewQueue(db, {})]);
  return { cause: change.cause, claims, pendingCount, at: change.at };
});
