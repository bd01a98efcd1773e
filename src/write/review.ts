import { ForbiddenError, requireRole, type User } from '../auth';
import {
  assertClaims,
  findClaimsByIds,
  linkCorrection,
  rebuildFacts,
  setClaimReview,
  uniqueFactKeys,
  type ClaimRecord,
  type FactKey,
} from '../claim';
import { recordChanges } from '../entity';
import type { ChangeAction, ClaimCorrectionInput, ClaimInput as ClaimInputArgs, ReviewStatus } from '../generated/types';
import type { Database, QueryRunner } from '../neo4j';
import { BadUserInputError, NotFoundError, validate } from '../support';
import { CLAIM_LIMITS } from './claimRules';
import { checkClaimInput } from './claims';
import { publishAfterCommit } from './publish';

/**
 * Analyst review (docs/trust.md): accept, reject with a reason, correct (the original is kept,
 * REJECTED, and the corrected claim written ACCEPTED with a CORRECTS link), and reopen. Every change
 * rebuilds the facts it touches and is written to the history of the claim's entities. Analysts
 * review; changing another analyst's verdict (accepting, rejecting, correcting or reopening) needs an admin.
 */

type Action = Extract<ChangeAction, 'CLAIM_ACCEPTED' | 'CLAIM_REJECTED' | 'CLAIM_CORRECTED' | 'CLAIM_REOPENED'>;

/** `acceptClaim`: ACCEPTED, by the caller. Accepting a claim an analyst already accepted changes nothing. */
export async function acceptClaim(db: Database, id: string, user: User | null): Promise<ClaimRecord> {
  const caller = requireRole(user, 'analyst');
  const actor = caller.id;
  const claim = await requireClaim(db, id);
  if (claim.review.status === 'ACCEPTED' && claim.review.by !== null) return claim;
  mayChangeReview(claim, caller, 'accept');
  return review(db, claim, { status: 'ACCEPTED', actor, reason: null }, actor, 'CLAIM_ACCEPTED', `claim ${id} accepted`);
}

/** `rejectClaim`: REJECTED with a reason; the claim no longer supports its fact or takes part in disputes. */
export async function rejectClaim(db: Database, id: string, reason: string, user: User | null): Promise<ClaimRecord> {
  const caller = requireRole(user, 'analyst');
  const actor = caller.id;
  const why = validate.text('reason', reason, 1, CLAIM_LIMITS.reason);
  const claim = await requireClaim(db, id);
  mayChangeReview(claim, caller, 'reject');
  return review(db, claim, { status: 'REJECTED', actor, reason: why }, actor, 'CLAIM_REJECTED', `claim ${id} rejected: ${why}`);
}

/**
 * `reopenClaim`: back to PENDING. The analyst who reviewed it may; another's review needs an admin
 * (FORBIDDEN otherwise). A claim accepted when it was written (no reviewer) may be reopened by any
 * analyst. A corrected original cannot be reopened: reopen or reject its correction instead.
 */
export async function reopenClaim(db: Database, id: string, user: User | null): Promise<ClaimRecord> {
  const caller = requireRole(user, 'analyst');
  const claim = await requireClaim(db, id);
  if (claim.review.status === 'PENDING') return claim;
  mayChangeReview(claim, caller, 'reopen');
  if (claim.correctedById !== null) {
    throw new BadUserInputError(`id: expected a claim no correction replaces, but claim ${id} is corrected by claim ${claim.correctedById}; reopen or reject that claim instead`, 'id');
  }
  const summary = `claim ${id} reopened for review (was ${claim.review.status}${claim.review.by ? ` by ${claim.review.by}` : ''})`;
  return review(db, claim, { status: 'PENDING', actor: null, reason: null }, caller.id, 'CLAIM_REOPENED', summary);
}

/**
 * `correctClaim`: the corrected claim is the original with the input's fields put in (same source
 * and excerpt), checked by the same rules as `assertClaim`, and written ACCEPTED by the caller with
 * a CORRECTS link to the original. The original is kept, REJECTED with a reason naming the
 * correction. Returns the corrected claim.
 */
export async function correctClaim(
  db: Database,
  id: string,
  input: ClaimCorrectionInput,
  reason: string,
  user: User | null,
): Promise<ClaimRecord> {
  const caller = requireRole(user, 'analyst');
  const actor = caller.id;
  const why = validate.text('reason', reason, 1, CLAIM_LIMITS.reason);
  const original = await requireClaim(db, id);
  // A correction rejects the original: another analyst's verdict is not overturned this way either.
  mayChangeReview(original, caller, 'correct');
  if (original.status === 'RETRACTED') throw new BadUserInputError(`id: expected a claim that is not retracted, but claim ${id} is RETRACTED`, 'id');
  if (original.correctedById !== null) {
    throw new BadUserInputError(`id: expected a claim not yet corrected, but claim ${id} is corrected by claim ${original.correctedById}; correct that claim instead`, 'id');
  }
  const corrected = await checkClaimInput(db, correctedFields(original, input), 'input.');
  const correctionId = await db.writeTransaction(async (tx) => {
    const [newId] = await assertClaims(tx, [{ ...corrected, review: 'ACCEPTED' }], actor);
    if (newId === id) {
      throw new BadUserInputError(`input: expected a correction that changes the claim, but every field given equals claim ${id}'s`, 'input');
    }
    const keys: FactKey[] = [];
    keys.push(await mustReview(tx, newId as string, { status: 'ACCEPTED', actor, reason: null }));
    keys.push(await mustReview(tx, id, { status: 'REJECTED', actor, reason: `corrected by claim ${newId}: ${why}` }));
    await linkCorrection(tx, newId as string, id);
    await rebuildFacts(tx, uniqueFactKeys(keys));
    const summary = `claim ${id} corrected as claim ${newId} (${describeChanges(original, input)}): ${why}`;
    await recordChanges(tx, entitiesOf(original, corrected).map((entityId) => ({ entityId, by: actor, action: 'CLAIM_CORRECTED' as const, summary })));
    publishAfterCommit(tx, {
      cause: 'CLAIM_REVIEWED',
      addedClaimIds: [newId as string],
      changedClaimIds: [id],
      entityIds: entitiesOf(original, corrected),
      reviewQueueChanged: true,
      by: actor,
    });
    return newId as string;
  });
  return (await findClaimsByIds(db, [correctionId])).get(correctionId) as ClaimRecord;
}

async function requireClaim(db: Database, id: string): Promise<ClaimRecord> {
  const claim = (await findClaimsByIds(db, [id])).get(id);
  if (!claim) throw new NotFoundError(`id: expected the id of a claim, but no claim has id ${JSON.stringify(id)}`);
  return claim;
}

async function review(
  db: Database,
  claim: ClaimRecord,
  change: { status: ReviewStatus; actor: string | null; reason: string | null },
  by: string,
  action: Action,
  summary: string,
): Promise<ClaimRecord> {
  await db.writeTransaction(async (tx) => {
    await mustReview(tx, claim.id, change);
    await recordChanges(tx, entitiesOf(claim).map((entityId) => ({ entityId, by, action, summary })));
    publishAfterCommit(tx, { cause: 'CLAIM_REVIEWED', addedClaimIds: [], changedClaimIds: [claim.id], entityIds: entitiesOf(claim), reviewQueueChanged: true, by });
  });
  return requireClaim(db, claim.id);
}

/**
 * An analyst's verdict stands until that analyst or an admin changes it: another analyst who
 * disagrees asks them (FORBIDDEN), rather than overturning it by accepting or rejecting again. A
 * pending claim, or one accepted when it was written (no reviewer), is anyone's to review.
 */
function mayChangeReview(claim: ClaimRecord, caller: User, verb: 'accept' | 'reject' | 'reopen' | 'correct'): void {
  const { status, by } = claim.review;
  if (status === 'PENDING' || by === null || by === caller.id || caller.role === 'admin') return;
  throw new ForbiddenError(`expected the reviewer (${by}) or an admin to ${verb} claim ${claim.id}, ${status.toLowerCase()} by ${by}, but got ${caller.id} with the role ${caller.role}`);
}

/** Sets the review and rebuilds the claim's fact; the claim was found just before, so it exists. */
async function mustReview(tx: QueryRunner, id: string, change: { status: ReviewStatus; actor: string | null; reason: string | null }): Promise<FactKey> {
  const key = await setClaimReview(tx, id, change);
  if (key === null) throw new NotFoundError(`id: expected the id of a claim, but no claim has id ${JSON.stringify(id)}`);
  return key;
}

/** The ids of the entities a review touches: subject and object of each claim given, once each. */
function entitiesOf(...claims: Array<Pick<ClaimRecord, 'subjectId'> & { objectId?: string | null }>): string[] {
  return [...new Set(claims.flatMap((c) => [c.subjectId, c.objectId ?? null]).filter((id): id is string => id !== null))];
}

/** The original's fields as a claim input, with the correction's fields put in. */
function correctedFields(original: ClaimRecord, input: ClaimCorrectionInput): ClaimInputArgs {
  const reportedById = input.reportedById !== undefined && input.reportedById !== null ? input.reportedById : original.reportedById;
  const quantity = input.quantity ?? (original.quantity ? { ...original.quantity, upper: original.quantity.upper ?? null } : null);
  return {
    sourceId: original.sourceId,
    subjectId: input.subjectId ?? original.subjectId,
    predicate: input.predicate ?? original.predicate,
    objectId: input.objectId ?? original.objectId,
    polarity: input.polarity ?? original.polarity,
    quantity,
    validFrom: input.validFrom ?? original.validFrom?.iso ?? null,
    validTo: input.validTo ?? original.validTo?.iso ?? null,
    excerpt: original.text,
    reportedById,
    intermediaryId: input.intermediaryId ?? original.intermediaryId,
    // Naming a reporter makes the claim the reporter's; otherwise the original's voice is kept.
    attribution: reportedById !== null ? 'REPORTER' : original.attribution === 'REPORTER' ? 'SOURCE' : original.attribution,
    hedged: original.hedged,
    credibility: input.credibility ?? original.credibility ?? 6,
    note: input.note ?? original.note,
  };
}

/** What a correction changes, in words: "predicate DEPLOYED_TO → SUPPORTS, credibility 3 → 2". */
function describeChanges(original: ClaimRecord, input: ClaimCorrectionInput): string {
  const before: Record<string, unknown> = {
    subjectId: original.subjectId,
    predicate: original.predicate,
    objectId: original.objectId,
    polarity: original.polarity,
    quantity: original.quantity ? `${original.quantity.qualifier} ${original.quantity.value}${original.quantity.unit ? ` ${original.quantity.unit}` : ''}` : null,
    validFrom: original.validFrom?.iso ?? null,
    validTo: original.validTo?.iso ?? null,
    reportedById: original.reportedById,
    intermediaryId: original.intermediaryId,
    credibility: original.credibility,
    note: original.note,
  };
  const changes = Object.entries(input)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([field, value]) => {
      const after = field === 'quantity' ? `${(value as { qualifier?: string }).qualifier ?? 'EXACTLY'} ${(value as { value: number }).value}${(value as { unit?: string | null }).unit ? ` ${(value as { unit: string }).unit}` : ''}` : value;
      return `${field} ${JSON.stringify(before[field] ?? null)} → ${JSON.stringify(after)}`;
    });
  return changes.length > 0 ? changes.join(', ') : 'no field changed';
}
