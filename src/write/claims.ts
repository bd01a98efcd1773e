import { assertClaims, findClaimsByIds, retractClaim as writeRetraction, type ClaimRecord } from '../claim';
import { findEntitiesByIds, recordChanges } from '../entity';
import type { ClaimInput as ClaimInputArgs } from '../generated/types';
import type { Database } from '../neo4j';
import { findSourcesByIds } from '../source';
import { NotFoundError, validate } from '../support';
import { checkClaim, checkEnds, CLAIM_LIMITS, orderSymmetric } from './claimRules';

/**
 * `assertClaim`: checks every field (./claimRules.ts) and that the source and entities exist, then
 * writes the claim, rebuilds its fact and notes it in the entities' history, all in one transaction.
 */
export async function assertClaim(db: Database, input: ClaimInputArgs, actor: string): Promise<ClaimRecord> {
  const checked = checkClaim(input, 'input.');
  const entityIds = [input.subjectId, input.objectId, input.reportedById, input.intermediaryId].filter((id): id is string => id != null);
  const [entities, sources] = await Promise.all([findEntitiesByIds(db, entityIds), findSourcesByIds(db, [input.sourceId])]);
  if (!sources.has(input.sourceId)) {
    throw new NotFoundError(`input.sourceId: expected the id of a source, but no source has id ${JSON.stringify(input.sourceId)}`);
  }
  for (const field of ['subjectId', 'objectId', 'reportedById', 'intermediaryId'] as const) {
    const id = input[field];
    if (id != null && !entities.has(id)) {
      throw new NotFoundError(`input.${field}: expected the id of an entity, but no entity has id ${JSON.stringify(id)}`);
    }
  }
  checkEnds(checked, (id) => entities.get(id)?.kind);
  const claim = orderSymmetric(checked, (id) => entities.get(id)?.name);
  const id = await db.writeTransaction(async (tx) => {
    const [claimId] = await assertClaims(tx, [{ ...claim, sourceId: input.sourceId }], actor);
    const summary = `claim ${claim.polarity === 'DENIED' ? 'denying' : 'asserting'} ${claim.predicate}: "${claim.excerpt.slice(0, 80)}"`;
    await recordChanges(
      tx,
      [claim.subjectId, claim.objectId].filter((e): e is string => e != null).map((entityId) => ({ entityId, by: actor, action: 'CLAIM_ASSERTED' as const, summary })),
    );
    return claimId as string;
  });
  return (await findClaimsByIds(db, [id])).get(id) as ClaimRecord;
}

/** `retractClaim`: marks the claim RETRACTED and rebuilds its fact; repeating it changes nothing. */
export async function retractClaim(db: Database, id: string, reason: string, actor: string): Promise<ClaimRecord> {
  const why = validate.text('reason', reason, 1, CLAIM_LIMITS.reason);
  const result = await db.writeTransaction(async (tx) => {
    const retraction = await writeRetraction(tx, id, why, actor);
    if (retraction?.retracted) {
      await recordChanges(tx, [{ entityId: retraction.subjectId, by: actor, action: 'CLAIM_RETRACTED', summary: `claim ${id} retracted: ${why}` }]);
    }
    return retraction;
  });
  if (!result) throw new NotFoundError(`id: expected the id of a claim, but no claim has id ${JSON.stringify(id)}`);
  return (await findClaimsByIds(db, [id])).get(id) as ClaimRecord;
}
