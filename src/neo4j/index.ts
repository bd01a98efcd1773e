// Talking to Neo4j: the query runner, the schema, and the embedded server for machines without Docker.
export { Database, createDriver, translateError, readAutoCommit, retryTransient, DRIVER_POOL_SIZE, MAX_TRANSACTION_RETRY_MS } from './database';
export type { Row, QueryRunner, DatabaseOptions } from './database';
export { applySchema } from './applySchema';
export { startEmbeddedNeo4j, ensureLauncherBuilt, isLauncherBuilt, freePort, isPortFree, EmbeddedNeo4jError } from './embedded';
export type { EmbeddedNeo4j, EmbeddedOptions } from './embedded';
export { openDatabase, namedQueries, CYPHER_DIR } from './openDatabase';
export type { ConnectionSettings } from './openDatabase';
