import { getQuery, splitStatements, type QueryCatalog } from '../cypher';
import type { Database } from './database';

/**
 * Applies the constraints and indexes of cypher/schema/ (all `IF NOT EXISTS`) and waits until the
 * indexes are online, so the first search after start-up already uses the full-text index.
 */
export async function applySchema(db: Database, queries: QueryCatalog): Promise<number> {
  const statements = splitStatements(getQuery(queries, 'applySchema').text);
  for (const statement of statements) {
    await db.runStatement(statement);
  }
  await db.runStatement('CALL db.awaitIndexes(120)');
  return statements.length;
}
