import { ConfigError, loadConfig } from './config';
import { applySchema, EmbeddedNeo4jError, namedQueries, openDatabase, startEmbeddedNeo4j, type Database, type EmbeddedNeo4j } from './neo4j';
import { loadSeedIfEmpty } from './seed';
import { createLogger, startServer, type RunningServer } from './server';

/**
 * `npm start`: checks the configuration, starts the embedded Neo4j unless NEO4J_URI names a server,
 * applies the schema, seeds an empty database and serves GraphQL. Ctrl-C or SIGTERM stops the HTTP
 * server (finishing in-flight requests), the driver and the embedded Neo4j, in that order.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const log = (line: string) => logger.info(line);
  const queries = namedQueries();

  let embedded: EmbeddedNeo4j | null = null;
  let db: Database | null = null;
  let server: RunningServer | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down ...`);
    await server?.stop();
    await db?.close();
    if (embedded) {
      log('stopping Neo4j ...');
      await embedded.stop();
    }
    log('stopped');
    logger.flush();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

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
    server = await startServer(db, {
      port: config.port,
      host: config.host,
      enableIde: config.enableIde,
      enableIntrospection: config.enableIntrospection,
      enableMetrics: config.enableMetrics,
      corsOrigins: config.corsOrigins,
      auth: config.auth,
      limits: config.limits,
      subscriptions: config.subscriptions,
      federation: config.federation,
      singleStatementReads: config.singleStatementReads,
      logger,
    });
    if (config.production) {
      log(`production mode: introspection ${config.enableIntrospection ? 'on' : 'off'}, IDE ${config.enableIde ? 'on' : 'off'}, CORS origins: ${config.corsOrigins.join(', ') || 'none'}`);
    }
    if (!config.auth.jwtSecret && !config.auth.jwksUrl) {
      log('authentication is not configured: anyone may read, and nobody may write (set AUTH_JWT_SECRET and see `npm run token`)');
    }
    log(`GraphQL API at ${server.url}/graphql, workbench at ${server.url}/${config.enableIde ? `, IDE at ${server.url}/ide` : ''} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    await db?.close().catch(() => {});
    await embedded?.stop();
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof EmbeddedNeo4jError) {
    console.error(`[kg] ${error.message}`);
  } else {
    console.error('[kg] failed to start:', error);
  }
  process.exit(1);
});
