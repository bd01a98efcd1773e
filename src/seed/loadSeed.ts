import path from 'node:path';
import type { Database } from '../neo4j';
import { projectRoot, SEED_ACTOR } from '../support';
import { writeBundle } from '../write';
import { readSeedFile, type SeedPlan } from './seedFile';

/** The project's seed: the BBC article about the captured North Korean soldier. */
export const DEFAULT_SEED_FILE = path.join(projectRoot, 'data', 'seed', 'bbc-north-korean-soldier-captured.json');

export interface SeedResult {
  entities: number;
  claims: number;
  sourceCreated: boolean;
}

/**
 * Writes a seed plan in one transaction, through the bundle writer that ingestion and import use:
 * it all lands or none of it does, and loading it twice changes nothing.
 */
export async function writeSeed(db: Database, plan: SeedPlan): Promise<SeedResult> {
  return db.writeTransaction(async (tx) => {
    const written = await writeBundle(tx, { entities: plan.entities, source: { ...plan.source, text: plan.text }, claims: plan.claims }, SEED_ACTOR, path.basename(plan.file));
    return { entities: written.entities.length, claims: new Set(written.claimIds).size, sourceCreated: written.source?.created ?? false };
  });
}

/** Loads the seed file when the database holds no entity yet; returns null when it did nothing. */
export async function loadSeedIfEmpty(db: Database, file = DEFAULT_SEED_FILE): Promise<SeedResult | null> {
  const rows = await db.read('countEntities');
  if (((rows[0]?.total as number | undefined) ?? 0) > 0) return null;
  return writeSeed(db, readSeedFile(file));
}
