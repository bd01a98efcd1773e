import path from 'node:path';
import { assertClaims } from '../claim';
import { recordChanges, upsertEntities } from '../entity';
import type { Database } from '../neo4j/database';
import { recordSource } from '../source';
import { projectRoot } from '../support';
import { readSeedFile, type SeedPlan } from './seedFile';

/** The project's seed: the BBC article about the captured North Korean soldier. */
export const DEFAULT_SEED_FILE = path.join(projectRoot, 'data', 'seed', 'bbc-north-korean-soldier-captured.json');

/** Who the seed loader writes as, in createdBy and the entities' history. */
export const SEED_ACTOR = 'seed';

export interface SeedResult {
  entities: number;
  claims: number;
  sourceCreated: boolean;
}

/**
 * Writes a seed plan in one transaction, through the same repository functions as the API: it all
 * lands or none of it does, and loading it twice changes nothing.
 */
export async function writeSeed(db: Database, plan: SeedPlan): Promise<SeedResult> {
  return db.writeTransaction(async (tx) => {
    const entities = await upsertEntities(tx, plan.entities, SEED_ACTOR);
    await recordChanges(
      tx,
      entities
        .filter((e) => e.created || e.addedAliases > 0)
        .map((e) => ({
          entityId: e.entity.id,
          by: SEED_ACTOR,
          action: e.created ? ('CREATED' as const) : ('UPDATED' as const),
          summary: `${e.created ? 'created' : 'updated'} from ${path.basename(plan.file)}`,
        })),
    );
    const { source, created } = await recordSource(tx, { ...plan.source, text: plan.text }, SEED_ACTOR);
    const claimIds = await assertClaims(tx, plan.claims.map((c) => ({ ...c, sourceId: source.id })), SEED_ACTOR);
    return { entities: entities.length, claims: new Set(claimIds).size, sourceCreated: created };
  });
}

/** Loads the seed file when the database holds no entity yet; returns null when it did nothing. */
export async function loadSeedIfEmpty(db: Database, file = DEFAULT_SEED_FILE): Promise<SeedResult | null> {
  const rows = await db.read('countEntities');
  if (((rows[0]?.total as number | undefined) ?? 0) > 0) return null;
  return writeSeed(db, readSeedFile(file));
}
