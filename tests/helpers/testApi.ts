import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { createContext, type Context } from '../../src/api';
import type { User } from '../../src/auth';
import { createDriver, openDatabase, type Database } from '../../src/neo4j';
import { createApollo } from '../../src/server';
import { entityId } from '../../src/support';

/** The result of one operation: data plus errors, as a client sees them. */
export interface OperationResult {
  data: Record<string, any> | null | undefined;
  errors: Array<{ message: string; extensions?: Record<string, unknown>; path?: ReadonlyArray<string | number> }> | undefined;
}

/**
 * An Apollo server over the test Neo4j, for integration tests. `execute` goes through the full
 * GraphQL pipeline (validation, resolvers, formatError) with a fresh per-request context, as HTTP does.
 */
export interface TestApi {
  db: Database;
  apollo: ApolloServer<Context>;
  execute(query: string, variables?: Record<string, unknown>): Promise<OperationResult>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /** Wraps the driver under the API's Database, to watch or pace what it sends (see lockstepDriver). */
  wrapDriver?: (driver: Driver) => Driver;
  /** SINGLE_STATEMENT_READS: reads in one statement where the selection allows (default true, as the server). */
  singleStatementReads?: boolean;
  /** Projected page reads where the selection allows (default true, as the server; see Context.projectedReads). */
  projectedReads?: boolean;
}

/**
 * `createTestApi()` for the seed alone; `createTestApi(process.env.NEO4J_ANALYST_URI)` for seed plus
 * analyst fixture. `user` is who the operations run as (as if a verified token said so): anonymous
 * by default, which can read but not write.
 */
export async function createTestApi(uri = process.env.NEO4J_TEST_URI, user: User | null = null, options: TestApiOptions = {}): Promise<TestApi> {
  if (!uri) throw new Error('expected NEO4J_TEST_URI and NEO4J_ANALYST_URI from globalSetup, but they are unset');
  const driver = createDriver(uri);
  const db = openDatabase({ driver: options.wrapDriver ? options.wrapDriver(driver) : driver });
  const apollo = createApollo();
  await apollo.start();
  return {
    db,
    apollo,
    async execute(query, variables) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db, user, undefined, { singleStatementReads: options.singleStatementReads, projectedReads: options.projectedReads }) });
      if (response.body.kind !== 'single') throw new Error('expected a single result, but got an incremental one');
      const { data, errors } = response.body.singleResult;
      return { data, errors: errors as OperationResult['errors'] };
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

/** Ids of the seed's entities, computed the way the write code computes them. */
export const seedIds = {
  northKorea: entityId('COUNTRY', 'North Korea'),
  russia: entityId('COUNTRY', 'Russia'),
  ukraine: entityId('COUNTRY', 'Ukraine'),
  southKorea: entityId('COUNTRY', 'South Korea'),
  intelligenceAgency: entityId('ORGANIZATION', "South Korea's intelligence agency"),
  bbc: entityId('ORGANIZATION', 'BBC'),
  northKoreanTroops: entityId('ARMED_FORCE', 'North Korean troops'),
  ukrainianForces: entityId('ARMED_FORCE', 'Ukrainian forces'),
  soldier: entityId('PERSON', 'Captured North Korean soldier'),
  kursk: entityId('LOCATION', 'Kursk'),
  koreanPeninsula: entityId('LOCATION', 'Korean Peninsula'),
  easternEurope: entityId('LOCATION', 'Eastern Europe'),
  eastAsia: entityId('LOCATION', 'East Asia'),
  // From the analyst fixture:
  russianDefenceMinistry: entityId('ORGANIZATION', "Russia's defence ministry"),
  usOfficials: entityId('ORGANIZATION', 'US officials'),
};

/** The codes of an operation's errors, for terse assertions. */
export function errorCodes(result: OperationResult): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}
