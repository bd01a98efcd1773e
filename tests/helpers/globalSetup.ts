import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema, ensureLauncherBuilt, freePort, namedQueries, openDatabase, startEmbeddedNeo4j, type Database, type EmbeddedNeo4j } from '../../src/neo4j';
import { readSeedFile, writeSeed, DEFAULT_SEED_FILE } from '../../src/seed';
import { projectRoot } from '../../src/support';
import globalTeardown from './globalTeardown';

/** The analyst fixture: several invented sources that agree, disagree, deny and follow one another. */
export const ANALYST_FIXTURE_DIR = path.join(projectRoot, 'tests', 'fixtures', 'analyst');

/** Writes the analyst graph through the normal write code: the seed, then the fixture's files in name order. */
export async function writeAnalystGraph(db: Database): Promise<void> {
  const fixture = readdirSync(ANALYST_FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(ANALYST_FIXTURE_DIR, f));
  for (const file of [DEFAULT_SEED_FILE, ...fixture]) await writeSeed(db, readSeedFile(file));
}

/**
 * Starts two embedded Neo4j servers for the whole run, in parallel, each on a free port with a
 * throw-away data folder (a running dev server is never touched):
 * - NEO4J_TEST_URI holds the seed article alone, so tests can assert exactly what it says;
 * - NEO4J_ANALYST_URI holds the seed plus the analyst fixture (tests/fixtures/analyst/).
 * Suites only read these two: one that writes uses a scratch server (below), since another suite
 * reading the shared graph at that moment would see it change between two reads.
 * Both load through the normal write code. Set both variables to use servers of your own instead.
 * - NEO4J_SCRATCH_URIS: one empty server per jest worker, which the suites that write empty and
 *   use in turn (tests/helpers/scratchNeo4j.ts).
 */
export default async function globalSetup(globalConfig?: TestRunConfig): Promise<void> {
  if (selectsNoDatabaseTests(globalConfig)) {
    process.stderr.write('[test neo4j] only unit and shape tests are selected: no Neo4j started\n');
    return;
  }
  // Build the launcher once, before two servers start side by side and would both build it.
  ensureLauncherBuilt((line) => process.stderr.write(`[test neo4j] ${line}\n`));
  const started: Array<{ embedded: EmbeddedNeo4j; home: string }> = [];
  (globalThis as { __KG_EMBEDDED__?: unknown }).__KG_EMBEDDED__ = started;
  const start = async (label: string) => {
    const home = mkdtempSync(path.join(os.tmpdir(), `kg-test-${label}-`));
    const embedded = await startEmbeddedNeo4j({
      home,
      port: await freePort(),
      heap: '768m',
      shortLived: true,
      // The server's own limit on a transaction. Writing the seed and the fixture on a cold JVM took
      // over the default 60 s on a loaded 2-core machine; the tests that check timeouts set their own.
      transactionTimeoutSeconds: 600,
      log: (line) => process.stderr.write(`[test neo4j ${label}] ${line}\n`),
    });
    started.push({ embedded, home });
    return embedded.uri;
  };
  try {
    const workers = Math.max(1, globalConfig?.maxWorkers ?? 1);
    const [seedUri, analystUri, scratchUris] = await allSettled([
      process.env.NEO4J_TEST_URI ?? start('seed'),
      process.env.NEO4J_ANALYST_URI ?? start('analyst'),
      process.env.NEO4J_SCRATCH_URIS ?? allSettled(Array.from({ length: workers }, (_, i) => start(`scratch-${i + 1}`))).then((uris) => uris.join(',')),
    ] as const);
    process.env.NEO4J_TEST_URI = seedUri;
    process.env.NEO4J_ANALYST_URI = analystUri;
    process.env.NEO4J_SCRATCH_URIS = scratchUris;

    await allSettled([
      load(seedUri, async (db) => void (await writeSeed(db, readSeedFile(DEFAULT_SEED_FILE)))),
      load(analystUri, writeAnalystGraph),
    ] as const);
  } catch (error) {
    // Jest runs no globalTeardown when globalSetup fails: stop the servers started here, or their
    // JVMs outlive the run.
    await globalTeardown();
    throw error;
  }
}

/** What globalSetup reads of jest's global config. */
interface TestRunConfig {
  maxWorkers?: number;
  testPathPatterns?: { isSet(): boolean; toExecutor(options: { rootDir: string }): { isMatch(absPath: string): boolean } };
}

/**
 * Whether the run's path patterns select only `*.unit.test.ts` and `*.shape.test.ts` files, which
 * need no database: then no server is started (four JVMs for a unit test took longer than the test).
 * A run with no pattern, or one that selects any other test, gets its servers.
 */
function selectsNoDatabaseTests(config?: TestRunConfig): boolean {
  if (!config?.testPathPatterns?.isSet()) return false;
  const executor = config.testPathPatterns.toExecutor({ rootDir: projectRoot });
  const tests = readdirSync(path.join(projectRoot, 'tests'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(projectRoot, 'tests', f));
  const selected = tests.filter((file) => executor.isMatch(file));
  return selected.length > 0 && selected.every((file) => /\.(unit|shape)\.test\.ts$/.test(file));
}

/** Like Promise.all, but rejects only once every promise has settled, so nothing is still starting. */
async function allSettled<T extends readonly unknown[]>(values: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(values);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return results.map((r) => (r as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}

async function load(uri: string, write: (db: Database) => Promise<void>): Promise<void> {
  const db = openDatabase({ uri });
  try {
    await applySchema(db, namedQueries());
    await write(db);
  } finally {
    await db.close();
  }
}
