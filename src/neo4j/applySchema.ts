import { getQuery, splitStatements, type QueryCatalog } from '../cypher';
import type { Database } from './database';

/** Claims keyed per call when an older store gets its triple keys (cypher/schema/backfillTripleKeys.cypher). */
const BACKFILL_BATCH = 20_000;

/**
 * Applies the constraints and indexes of cypher/schema/ (all `IF NOT EXISTS`) and waits until the
 * indexes are online, so the first search after start-up already uses the full-text index. Claims
 * written before claims carried a triple key get theirs, in batches (nothing to do afterwards).
 */
export async function applySchema(db: Database, queries: QueryCatalog): Promise<number> {
  const statements = splitStatements(getQuery(queries, 'applySchema').text);
  for (const statement of statements) {
    await db.runStatement(statement);
  }
  const backfill = getQuery(queries, 'backfillTripleKeys').text;
  for (;;) {
    const [row] = await db.runStatement(backfill, { limit: BACKFILL_BATCH });
    if (!row || Number(row.keyed) === 0) break;
  }
  await db.runStatement('CALL db.awaitIndexes(120)');
  return statements.length;
}
