import { planDbHits } from '../../bench/profile';
import { writeClaims, type ClaimInput } from '../../src/claim/repository';
import { getQuery } from '../../src/cypher';
import { namedQueries, type Database, type QueryRunner, type Row } from '../../src/neo4j';

export interface WriteHitsOptions {
  /** Filled with each statement's rows, by query name. */
  rowsOf?: Map<string, Row[]>;
  /** Applied to each statement's text before it is sent (to compare a plan with another). */
  rewrite?: (text: string) => string;
}

/**
 * Writes the claims through the write path in a transaction that is rolled back, with every
 * statement sent under PROFILE; returns the database hits of each, by query name. Database hits do
 * not depend on how busy the machine is.
 */
export async function writeHits(db: Database, claims: ClaimInput[], actor: string, options: WriteHitsOptions = {}): Promise<Map<string, number>> {
  const queries = namedQueries();
  const rewrite = options.rewrite ?? ((text: string) => text);
  const session = db.driver.session();
  const tx = session.beginTransaction();
  const hits = new Map<string, number>();
  const runner: QueryRunner = {
    async run(name: string, params?: Record<string, unknown>): Promise<Row[]> {
      const result = await tx.run(`PROFILE ${rewrite(getQuery(queries, name).text)}`, params);
      hits.set(name, (hits.get(name) ?? 0) + planDbHits(result.summary.profile));
      const rows = result.records.map((r) => r.toObject() as Row);
      options.rowsOf?.set(name, [...(options.rowsOf.get(name) ?? []), ...rows]);
      return rows;
    },
  };
  try {
    await writeClaims(runner, claims, actor);
  } finally {
    await tx.rollback();
    await session.close();
  }
  return hits;
}
