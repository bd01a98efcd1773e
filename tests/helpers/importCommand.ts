import { openDatabase, type Database } from '../../src/neo4j';
import { runImport, type Io } from '../../src/transfer';

/**
 * `npm run import …` (the feeds' commands too) from its entry point, against the Neo4j at `uri`:
 * the exit code, and what it wrote to standard output and error.
 */
export async function runImportCommand(uri: string, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '' };
  const sink: Io = { out: (t) => { io.out += t; }, err: (t) => { io.err += t; }, isTTY: false };
  const code = await runImport(argv, sink, openDatabase({ uri }));
  return { code, ...io };
}

/** How many nodes and relationships the graph holds: equal before and after, a run wrote nothing. */
export async function graphSize(db: Pick<Database, 'runStatement'>): Promise<Record<string, unknown> | undefined> {
  const [row] = await db.runStatement(`RETURN COUNT { MATCH (n) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships`);
  return row;
}
