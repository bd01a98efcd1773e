import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadQueries, type QueryCatalog } from '../cypher';
import { projectRoot } from '../support';
import { createDriver, Database, type DatabaseOptions } from './database';

/** Where the named queries live. */
export const CYPHER_DIR = path.join(projectRoot, 'cypher');

let catalog: QueryCatalog | null = null;

/** Every named query in cypher/, read once per process (and failing fast on a bad file). */
export function namedQueries(): QueryCatalog {
  catalog ??= loadQueries(CYPHER_DIR);
  return catalog;
}

/** How to reach Neo4j: a URI and, optionally, credentials and a database name. */
export interface ConnectionSettings extends DatabaseOptions {
  uri: string;
  user?: string;
  password?: string;
}

/**
 * The one way to get a `Database`: a driver for `settings.uri` (or the driver given) with the named
 * queries of cypher/, loaded once per process.
 *
 * @example const db = openDatabase({ uri: 'neo4j://127.0.0.1:7687' });
 */
export function openDatabase(settings: ConnectionSettings | { driver: Driver } & DatabaseOptions): Database {
  const { database, transactionTimeoutMs, deadline } = settings;
  const driver = 'driver' in settings ? settings.driver : createDriver(settings.uri, settings.user, settings.password);
  return new Database(driver, namedQueries(), { database, transactionTimeoutMs, deadline });
}
