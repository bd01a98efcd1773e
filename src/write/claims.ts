import { findClaimsByIds, retractClaim as writeRetraction, writeClaims, type ClaimInput, type ClaimRecord } from '../claim';
import { reviewManualClaims } from '../config/config';
import { findEntitiesByIds, recordChanges } from '../entity';
import type { ClaimInput as ClaimInputArgs, ReviewStatus } from '../generated/types';
import type { Database } from '../neo4j';
import { findSourcesByIds } from '../source';
import { NotFoundError, validate } from '../support';
import { checkClaim, checkEnds, CLAIM_LIMITS, orderSymmetric } from './claimRules';
import { publishAfterCommit } from './publish';

/**
 * The review status a claim entered by hand or imported starts with: REVIEW_MANUAL_CLAIMS
 * (`accepted` by default, or `pending`), read when the claim is written. Extracted claims always
 * start PENDING (src/claim/repository.ts toClaimWrite).
 */
export function manualClaimReview(): ReviewStatus {
  return reviewManualClaims() === 'pending' ? 'PENDING' : 'ACCEPTED';
}

/**
 * `assertClaim`: checks every field (./claimRules.ts) and that the source and entities exist, then
 * writes the claim, rebuilds its fact and notes it in the entities' history, all in one transaction.
 * The claim starts in the review status REVIEW_MANUAL_CLAIMS names.
 */
export async function assertClaim(db: Database, input: ClaimInputArgs, actor: string): Promise<ClaimRecord> {
  const claim = { ...(await checkClaimInput(db, input, 'input.')), review: manualClaimReview() };
  const id = await db.writeTransaction(async (tx) => {
    const { ids: [claimId], createdIds: fresh } = await writeClaims(tx, [claim], actor);
    const summary = `claim ${claim.polarity === 'DENIED' ? 'denying' : 'asserting'} ${claim.predicate}: "${claim.excerpt.slice(0, 80)}"`;
    await recordChanges(
      tx,
      [claim.subjectId, claim.objectId].filter((e): e is string => e != null).map((entityId) => ({ entityId, by: actor, action: 'CLAIM_ASSERTED' as const, summary })),
    );
    if (fresh.has(claimId as string)) {
      publishAfterCommit(tx, {
        cause: 'CLAIMS_WRITTEN',
        addedClaimIds: [claimId as string],
        changedClaimIds: [],
        entityIds: [claim.subjectId, claim.objectId].filter((e): e is string => e != null),
        reviewQueueChanged: claim.review === 'PENDING',
        by: actor,
      });
    }
    return claimId as string;
  });
  return (await findClaimsByIds(db, [id])).get(id) as ClaimRecord;
}

/**
 * The claim rules (./claimRules.ts), then: the source and every named entity exist (NOT_FOUND
 * naming the field), the ends fit the vocabulary, and a symmetric pair is in name order.
 */
export async function checkClaimInput(db: Database, input: ClaimInputArgs, prefix: string): Promise<ClaimInput> {
  const checked = checkClaim(input, prefix);
  const entityIds = [input.subjectId, input.objectId, input.reportedById, input.intermediaryId].filter((id): id is string => id != null);
  const [entities, sources] = await Promise.all([findEntitiesByIds(db, entityIds), findSourcesByIds(db, [input.sourceId])]);
  if (!sources.has(input.sourceId)) {
    throw new NotFoundError(`${prefix}sourceId: expected the id of a source, but no source has id ${JSON.stringify(input.sourceId)}`);
  }
  for (const field of ['subjectId', 'objectId', 'reportedById', 'intermediaryId'] as const) {
    const id = input[field];
    if (id != null && !entities.has(id)) {
      throw new NotFoundError(`${prefix}${field}: expected the id of an entity, but no entity has id ${JSON.stringify(id)}`);
    }
  }
  checkEnds(checked, (id) => entities.get(id)?.kind, prefix);
  return { ...orderSymmetric(checked, (id) => entities.get(id)?.name), sourceId: input.sourceId };
}

/** `retractClaim`: marks the claim RETRACTED and rebuilds its fact; repeating it changes nothing. */
export async function retractClaim(db: Database, id: string, reason: string, actor: string): Promise<ClaimRecord> {
  const why = validate.text('reason', reason, 1, CLAIM_LIMITS.reason);
  const result = await db.writeTransaction(async (tx) => {
    const retraction = await writeRetraction(tx, id, why, actor);
    if (retraction?.retracted) {
      await recordChanges(tx, [{ entityId: retraction.subjectId, by: actor, action: 'CLAIM_RETRACTED', summary: `claim ${id} retracted: ${why}` }]);
      // The review queue may lose the claim, whatever its review: say it may have changed.
      publishAfterCommit(tx, { cause: 'CLAIM_RETRACTED', addedClaimIds: [], changedClaimIds: [id], entityIds: [retraction.subjectId], reviewQueueChanged: true, by: actor });
    }
    return retraction;
  });
  if (!result) throw new NotFoundError(`id: expected the id of a claim, but no claim has id ${JSON.stringify(id)}`);
  return (await findClaimsByIds(db, [id])).get(id) as ClaimRecord;
}
