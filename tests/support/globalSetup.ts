import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadQueries } from '../../src/cypher';
import { applySchema, createDriver, Database, freePort, startEmbeddedNeo4j } from '../../src/neo4j';
import { readSeedFile, writeSeed, DEFAULT_SEED_FILE } from '../../src/seed';
import { projectRoot } from '../../src/support';

/**
 * Starts one embedded Neo4j for the whole run, on a free port with a throw-away data folder (so a
 * running dev server is never touched), applies the schema and loads the seed graph. Tests find it
 * through process.env.NEO4J_TEST_URI. With NEO4J_TEST_URI already set, that server is used instead.
 */
export default async function globalSetup(): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    const home = mkdtempSync(path.join(os.tmpdir(), 'kg-test-neo4j-'));
    const embedded = await startEmbeddedNeo4j({
      home,
      port: await freePort(),
      heap: '1g',
      log: (line) => process.stderr.write(`[test neo4j] ${line}\n`),
    });
    (globalThis as { __KG_EMBEDDED__?: unknown }).__KG_EMBEDDED__ = { embedded, home };
    uri = embedded.uri;
    process.env.NEO4J_TEST_URI = uri;
  }
  const queries = loadQueries(path.join(projectRoot, 'cypher'));
  const db = new Database(createDriver(uri), queries);
  try {
    await applySchema(db, queries);
    await writeSeed(db, readSeedFile(DEFAULT_SEED_FILE));
  } finally {
    await db.close();
  }
}
