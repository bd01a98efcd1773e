import { findEntitiesByIds, recordChanges } from '../entity/repository';
import type { ClaimInput as ClaimInputArgs } from '../generated/graphql';
import type { Database } from '../neo4j/database';
import { findSourcesByIds } from '../source/repository';
import { BadUserInputError, NotFoundError, validate } from '../support';
import type { ClaimRecord } from './model';
import { assertClaims, findClaimsByIds, retractClaim as writeRetraction } from './repository';

export const CLAIM_LIMITS = { excerpt: 5_000, note: 1_000, reason: 1_000 } as const;

/**
 * `assertClaim`: checks every field and that the source and entities exist, then writes the claim,
 * rebuilds its fact and notes it in the entities' history, all in one transaction.
 */
export async function assertClaim(db: Database, input: ClaimInputArgs, actor: string): Promise<ClaimRecord> {
  const excerpt = validate.text('input.excerpt', input.excerpt, 1, CLAIM_LIMITS.excerpt);
  const note = validate.optionalText('input.note', input.note, CLAIM_LIMITS.note);
  const credibility = validate.integer('input.credibility', input.credibility, 1, 6);
  const validFrom = validate.partialDate('input.validFrom', input.validFrom);
  const validTo = validate.partialDate('input.validTo', input.validTo);
  if (validFrom && validTo && validFrom.iso > validTo.iso && !validFrom.iso.startsWith(validTo.iso)) {
    throw new BadUserInputError(`input.validTo: expected a date on or after validFrom (${validFrom.iso}), but got ${validTo.iso}`, 'input.validTo');
  }
  const quantity = input.quantity ?? null;
  if (quantity && !(Number.isFinite(quantity.value) && quantity.value >= 0)) {
    throw new BadUserInputError(`input.quantity.value: expected a finite number of 0 or more, but got ${quantity.value}`, 'input.quantity.value');
  }
  // An id that is given, even empty, must name something: `!= null`, not truthiness, so that ""
  // gets NOT_FOUND instead of slipping past the checks and failing in the write.
  const reported = input.reportedById != null;
  const attribution = input.attribution ?? (reported ? 'REPORTER' : 'SOURCE');
  if ((attribution === 'REPORTER') !== reported) {
    throw new BadUserInputError(
      `input.attribution: expected REPORTER exactly when reportedById is given, but got ${attribution} ${reported ? 'with' : 'without'} reportedById`,
      'input.attribution',
    );
  }
  const entityIds = [input.subjectId, input.objectId, input.reportedById].filter((id): id is string => id != null);
  const [entities, sources] = await Promise.all([findEntitiesByIds(db, entityIds), findSourcesByIds(db, [input.sourceId])]);
  if (!sources.has(input.sourceId)) {
    throw new NotFoundError(`input.sourceId: expected the id of a source, but no source has id ${JSON.stringify(input.sourceId)}`);
  }
  for (const field of ['subjectId', 'objectId', 'reportedById'] as const) {
    const id = input[field];
    if (id != null && !entities.has(id)) {
      throw new NotFoundError(`input.${field}: expected the id of an entity, but no entity has id ${JSON.stringify(id)}`);
    }
  }
  const id = await db.writeTransaction(async (tx) => {
    const [claimId] = await assertClaims(
      tx,
      [{
        sourceId: input.sourceId,
        subjectId: input.subjectId,
        predicate: input.predicate,
        objectId: input.objectId ?? null,
        polarity: input.polarity ?? 'ASSERTED',
        quantity: quantity ? { value: quantity.value, unit: quantity.unit ?? null, qualifier: quantity.qualifier ?? 'EXACTLY' } : null,
        validFrom,
        validTo,
        excerpt,
        reportedById: input.reportedById ?? null,
        attribution,
        credibility,
        note,
      }],
      actor,
    );
    const summary = `claim ${input.polarity === 'DENIED' ? 'denying' : 'asserting'} ${input.predicate}: "${excerpt.slice(0, 80)}"`;
    await recordChanges(
      tx,
      [input.subjectId, input.objectId].filter((e): e is string => e != null).map((entityId) => ({ entityId, by: actor, action: 'CLAIM_ASSERTED' as const, summary })),
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
