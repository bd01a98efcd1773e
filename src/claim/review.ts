import type { RelationshipType, ReviewStatus } from '../generated/types';
import type { Database, QueryRunner } from '../neo4j/database';
import { pageParams, perEntity, toPage, type Page, type PageRequest } from '../support';
import { rebuildFacts, type FactKey } from './facts';
import type { KeyedPage } from './repository';

/**
 * Review of claims in the store (docs/trust.md): setting a claim's review status and rebuilding
 * its fact, linking a correction to its original, and the review queue. The rules of who may do
 * what live in src/write/review.ts.
 */

/** Sets a claim's review status and rebuilds its fact, in the caller's transaction. Null when no claim has that id. */
export async function setClaimReview(
  tx: QueryRunner,
  id: string,
  review: { status: ReviewStatus; actor: string | null; reason: string | null },
): Promise<FactKey | null> {
  const [row] = await tx.run('reviewClaim', { id, status: review.status, actor: review.actor, reason: review.reason });
  if (!row) return null;
  const key: FactKey = { fromId: row.subjectId as string, type: row.predicate as RelationshipType, toId: (row.objectId as string | null) ?? null };
  await rebuildFacts(tx, [key]);
  return key;
}

/** Records that `correctionId` corrects `originalId` (a CORRECTS edge). */
export async function linkCorrection(tx: QueryRunner, correctionId: string, originalId: string): Promise<void> {
  await tx.run('linkCorrection', { correctionId, originalId });
}

export interface ReviewQueueFilterInput {
  sourceId?: string | null;
  predicates?: readonly RelationshipType[] | null;
  rule?: string | null;
}

const queueParams = (filter: ReviewQueueFilterInput) => ({
  sourceId: filter.sourceId ?? null,
  predicates: filter.predicates && filter.predicates.length > 0 ? [...filter.predicates] : null,
  rule: filter.rule ?? null,
});

/** One page of the claims awaiting review, oldest first (when written, then id). */
export async function findReviewQueue(db: Database, filter: ReviewQueueFilterInput, page: PageRequest): Promise<KeyedPage> {
  const rows = await db.read('findReviewQueue', {
    ...queueParams(filter),
    ...pageParams(page, true),
  });
  return toPage(rows.map((row) => ({ id: row.id as string, sortKey: row.sortKey as number })), page);
}

export async function countReviewQueue(db: Database, filter: ReviewQueueFilterInput): Promise<number> {
  const rows = await db.read('countReviewQueue', queueParams(filter));
  return (rows[0]?.total as number | undefined) ?? 0;
}

/** One page of the claims citing each source, in text order: one round trip for many sources. */
export async function findSourceClaims(db: Database, sourceIds: readonly string[], page: PageRequest): Promise<Map<string, KeyedPage>> {
  const rows = await db.read('findSourceClaims', {
    sourceIds: [...new Set(sourceIds)],
    ...pageParams(page, true),
  });
  const keyed = rows.map((row) => ({ ...row, entityId: row.sourceId }));
  return perEntity(sourceIds, keyed, (row) => toPage(row.page as Array<{ id: string; sortKey: number }>, page), toPage([], page));
}

export async function countSourceClaims(db: Database, sourceIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read('countSourceClaims', { sourceIds: [...new Set(sourceIds)] });
  return perEntity(sourceIds, rows.map((row) => ({ ...row, entityId: row.sourceId })), (row) => row.total as number, 0);
}

/** One page of the claims each entity is the reporter of, by id: one round trip for many entities. */
export async function findReportedClaims(db: Database, entityIds: readonly string[], page: PageRequest): Promise<Map<string, Page<{ id: string }>>> {
  const rows = await db.read('findReportedClaims', { entityIds: [...new Set(entityIds)], ...pageParams(page, false) });
  return perEntity(entityIds, rows, (row) => toPage((row.page as string[]).map((id) => ({ id })), page), toPage([], page));
}

export async function countReportedClaims(db: Database, entityIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.read('countReportedClaims', { entityIds: [...new Set(entityIds)] });
  return perEntity(entityIds, rows, (row) => row.total as number, 0);
}
