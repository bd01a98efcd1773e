import { rebuildFacts, rekeyClaims, uniqueFactKeys, type FactKey } from '../claim';
import { ENTITY_LABELS, findEntitiesByIds, recordChanges, toEntityRecord, type EntityRecord } from '../entity';
import type { Database } from '../neo4j';
import { BadUserInputError, NotFoundError } from '../support';
import { publishAfterCommit } from './publish';

/**
 * `mergeEntities`: two nodes turn out to be one actor. Claims, publications and names move to the
 * kept entity, the moved claims get their new triple keys, facts are rebuilt from them, and the merged id becomes a tombstone that
 * still resolves (to the kept entity). All in one transaction, and undone by `unmergeEntities`.
 */
export async function mergeEntities(db: Database, keepId: string, mergeId: string, actor: string): Promise<EntityRecord> {
  if (keepId === mergeId) {
    throw new BadUserInputError(`mergeId: expected an entity other than keepId, but got the same id ${JSON.stringify(mergeId)}`, 'mergeId');
  }
  const ids = [keepId, mergeId];
  // Checked before the transaction so a plain mistake costs no write lock, and again under the locks.
  liveEntities(await findEntitiesByIds(db, ids), ids);
  await db.writeTransaction(async (tx) => {
    // Two merges of A into B and of B into A at once would each see the other live and leave two
    // tombstones pointing at each other. Locking both (in id order, as every fact write does) makes
    // the second wait for the first and then find its entity merged away.
    await tx.run('lockFactSubjects', { subjectIds: [...ids].sort() });
    const rows = await tx.run('findEntitiesByIds', { ids });
    const [, gone] = liveEntities(new Map(rows.map((row) => [row.id as string, toEntityRecord(row.entity)])), ids) as [EntityRecord, EntityRecord];
    const [row] = await tx.run('mergeEntities', { keepId, mergeId, actor });
    if (!row) throw new Error('expected mergeEntities to return its record');
    await rekeyClaims(tx, row.claimIds as string[]);
    await rebuildFacts(tx, uniqueFactKeys(row.triples as FactKey[]));
    await recordChanges(tx, [
      { entityId: keepId, by: actor, action: 'UPDATED', summary: `merged "${gone.name}" (${mergeId}) into this entity` },
    ]);
    publishAfterCommit(tx, { cause: 'ENTITIES_MERGED', addedClaimIds: [], changedClaimIds: [], entityIds: [keepId, mergeId], reviewQueueChanged: false, by: actor });
  });
  return (await findEntitiesByIds(db, [keepId])).get(keepId) as EntityRecord;
}

/** `unmergeEntities`: restores an entity merged away, with what it had; returns it. */
export async function unmergeEntities(db: Database, mergedId: string, actor: string): Promise<EntityRecord> {
  const keepId = await db.writeTransaction(async (tx) => {
    const [row] = await tx.run('unmergeEntities', { mergeId: mergedId, labels: ENTITY_LABELS, actor });
    if (!row) return null;
    await rekeyClaims(tx, row.claimIds as string[]);
    await rebuildFacts(tx, uniqueFactKeys(row.triples as FactKey[]));
    await recordChanges(tx, [
      { entityId: row.keepId as string, by: actor, action: 'UPDATED', summary: `unmerged ${mergedId} from this entity` },
      { entityId: mergedId, by: actor, action: 'UPDATED', summary: `restored from a merge into ${row.keepId as string}` },
    ]);
    publishAfterCommit(tx, { cause: 'ENTITIES_UNMERGED', addedClaimIds: [], changedClaimIds: [], entityIds: [row.keepId as string, mergedId], reviewQueueChanged: false, by: actor });
    return row.keepId as string;
  });
  if (keepId === null) {
    const now = (await findEntitiesByIds(db, [mergedId])).get(mergedId);
    if (now && now.id !== mergedId) {
      // Its merge can be undone only once the entity it went into is back: that one went into another since.
      throw new BadUserInputError(
        `mergedId: expected an entity whose merge can be undone, but ${mergedId} went into an entity merged into ${now.id} since: unmerge that one first`,
        'mergedId',
      );
    }
    throw new NotFoundError(`mergedId: expected the id of an entity that was merged into another, but got ${JSON.stringify(mergedId)}`);
  }
  return (await findEntitiesByIds(db, [mergedId])).get(mergedId) as EntityRecord;
}

/** keepId and mergeId must name live entities of one kind: not unknown, and not already merged away. */
function liveEntities(found: ReadonlyMap<string, EntityRecord>, ids: readonly string[]): EntityRecord[] {
  const fields = ['keepId', 'mergeId'];
  const live = ids.map((id, i) => {
    const entity = found.get(id);
    if (!entity) throw new NotFoundError(`${fields[i]}: expected the id of an entity, but no entity has id ${JSON.stringify(id)}`);
    if (entity.id !== id) {
      throw new BadUserInputError(`${fields[i]}: expected a live entity, but ${id} was merged into ${entity.id}`, fields[i]);
    }
    return entity;
  });
  const [keep, gone] = live as [EntityRecord, EntityRecord];
  if (keep.kind !== gone.kind) {
    throw new BadUserInputError(`mergeId: expected an entity of the kept entity's kind (${keep.kind}), but got ${gone.kind}`, 'mergeId');
  }
  return live;
}
