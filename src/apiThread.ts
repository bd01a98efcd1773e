import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError, loadConfig } from './config';
import { applySchema, EmbeddedNeo4jError, namedQueries, openDatabase, startEmbeddedNeo4j, type Database, type EmbeddedNeo4j } from './neo4j';
import { warmRelationshipPages } from './graph';
import { loadSeedIfEmpty } from './seed';
import { configuredServerOptions, createLogger, HEARTBEAT_MS, READINESS_MS, startServer, type ApiThreadMessage, type FrontMessage, type RunningServer } from './server';

/**
 * The API thread of `npm start` (the front, src/main.ts, starts it): starts the embedded Neo4j
 * unless NEO4J_URI names a server, applies the schema, seeds an empty database and serves the whole
 * API on the Unix socket the front passes in `workerData.socketPath`. It tells the front when it
 * listens, beats every HEARTBEAT_MS and reports readiness every READINESS_MS. On the front's `stop`
 * it stops the HTTP server (finishing in-flight requests), the driver and the embedded Neo4j, in
 * that order, and ends.
 */
const { socketPath } = workerData as { socketPath: string };
const port = parentPort!;
const tell = (message: ApiThreadMessage) => port.postMessage(message);

async function serve(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const log = (line: string) => logger.info(line);
  const queries = namedQueries();

  let embedded: EmbeddedNeo4j | null = null;
  let db: Database | null = null;
  let server: RunningServer | null = null;
  let stopping = false;
  const timers: NodeJS.Timeout[] = [];
  port.on('message', (message: FrontMessage) => {
    if (message.type !== 'stop' || stopping) return;
    stopping = true;
    void (async () => {
      await server?.stop();
      for (const timer of timers) clearInterval(timer);
      await db?.close();
      if (embedded) {
        log('stopping Neo4j ...');
        await embedded.stop();
      }
      logger.flush();
      tell({ type: 'stopped' });
    })();
  });

  try {
    let uri = config.neo4jUri;
    if (uri === null) {
      embedded = await startEmbeddedNeo4j({
        home: config.embedded.home,
        port: config.embedded.port,
        heap: config.embedded.heap,
        transactionTimeoutSeconds: Math.ceil(config.transactionTimeoutMs / 1000),
        password: config.neo4jPassword ?? undefined,
        log,
      });
      uri = embedded.uri;
    } else {
      log(`using the Neo4j server at ${uri}`);
    }
    db = openDatabase({
      uri,
      user: config.neo4jUser,
      password: config.neo4jPassword ?? undefined,
      database: config.neo4jDatabase,
      transactionTimeoutMs: config.transactionTimeoutMs,
    });
    await db.driver.verifyConnectivity({ database: config.neo4jDatabase });

    const statements = await applySchema(db, queries);
    log(`schema applied (${statements} constraints and indexes)`);
    if (config.seedOnEmpty) {
      const seeded = await loadSeedIfEmpty(db);
      log(seeded ? `empty database seeded: ${seeded.entities} entities, ${seeded.claims} claims` : 'database already holds data; seed skipped');
    }
    // Planned while the API starts serving (see warmRelationshipPages): a cold plan is slow.
    const warming = Date.now();
    void warmRelationshipPages(db).then(
      () => log(`relationship pages planned (${((Date.now() - warming) / 1000).toFixed(1)} s)`),
      (error: unknown) => logger.warn({ err: error }, 'planning the relationship pages failed; the first page will plan it'),
    );
    server = await startServer(db, { ...configuredServerOptions(config, logger), socketPath });
  } catch (error) {
    await db?.close().catch(() => {});
    await embedded?.stop();
    throw error;
  }

  const ready = db;
  timers.push(setInterval(() => tell({ type: 'beat' }), HEARTBEAT_MS));
  // One ping at a time: a slow Neo4j (the ping waits up to 2 s) must not stack them up.
  let pinging = false;
  const reportReadiness = async () => {
    if (pinging || stopping) return;
    pinging = true;
    const neo4j = await ready.ping();
    pinging = false;
    tell({ type: 'readiness', neo4j, stopping });
  };
  timers.push(setInterval(() => void reportReadiness(), READINESS_MS));
  await reportReadiness();
  tell({ type: 'listening' });
}

serve().catch((error: unknown) => {
  const expected = error instanceof ConfigError || error instanceof EmbeddedNeo4jError;
  tell({ type: 'failed', expected, message: expected ? (error as Error).message : String((error as Error)?.stack ?? error) });
});
