import { loadConfig } from '../src/config';
import { openDatabase } from '../src/neo4j';
import { configuredServerOptions, createLogger, startServer } from '../src/server';

/**
 * Our API without its front, for `npm run bench:front` only: the server the API thread runs
 * (src/apiThread.ts), listening on PORT itself instead of on a Unix socket behind the front
 * (src/server/front.ts), in a process of its own. The service never runs like this: the front keeps
 * /healthz and /readyz answering while the API thread is busy (issue 16). It exists to measure what
 * the front's hop costs. The database must hold the schema already (the benchmark's does).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.neo4jUri === null) throw new Error('expected NEO4J_URI to name the benchmark Neo4j, but it is not set');
  const db = openDatabase({
    uri: config.neo4jUri,
    user: config.neo4jUser,
    password: config.neo4jPassword ?? undefined,
    database: config.neo4jDatabase,
    transactionTimeoutMs: config.transactionTimeoutMs,
  });
  await db.driver.verifyConnectivity({ database: config.neo4jDatabase });
  const server = await startServer(db, configuredServerOptions(config, createLogger(config.logLevel), false));
  console.log(`API_WITHOUT_FRONT_READY ${server.url}`);
  process.once('SIGTERM', () => {
    void server.stop().then(() => db.close()).then(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error('[bench] the API without its front failed:', error);
  process.exit(1);
});
