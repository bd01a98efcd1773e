import type { Config } from '../../src/config';
import { openDatabase as open, type Database } from '../../src/neo4j';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server';

/** Authentication off, anonymous reading on: the default of a server started by the tests. */
export const NO_AUTH: Config['auth'] = { jwtSecret: null, jwksUrl: null, issuer: null, audience: null, anonymousRead: true };

/** A Database over the Neo4j at `uri` (the seed database by default), for suites that run HTTP. */
export function openDatabase(uri = process.env.NEO4J_TEST_URI as string): Database {
  return open({ uri });
}

/** The real HTTP server on a free port of 127.0.0.1; `options` override the test defaults. */
export function startTestServer(db: Database, options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  return startServer(db, { port: 0, host: '127.0.0.1', enableIde: false, auth: NO_AUTH, ...options });
}
