import neo4j, { type Driver, type ManagedTransaction, Neo4jError, routing } from 'neo4j-driver';
import { getQuery, type QueryCatalog } from '../cypher';
import { ServiceUnavailableError } from '../support';

/** One row of a result, with Neo4j integers already turned into JS numbers. */
export type Row = Record<string, unknown>;

/** The named-query runner a write transaction hands to its work function. */
export interface QueryRunner {
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
}

export interface DatabaseOptions {
  /** Database name; the server's default when omitted. */
  database?: string;
  /** Server-side timeout of each transaction, in milliseconds. */
  transactionTimeoutMs?: number;
}

/**
 * Runs named queries from `cypher/` through the driver. It is the only place that talks to Neo4j,
 * so it is also where driver failures become API errors and where round trips are counted.
 *
 * @example
 *   const rows = await db.read('findEntitiesByIds', { ids });
 */
export class Database {
  /** Round trips made so far; tests read it to prove that resolvers batch. */
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    private readonly queries: QueryCatalog,
    private readonly options: DatabaseOptions = {},
  ) {}

  /** Runs a named read query in its own auto-retried transaction. */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.execute(name, params, routing.READ);
  }

  /** Runs a named write query in its own auto-retried transaction. */
  async write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.execute(name, params, routing.WRITE);
  }

  /**
   * Runs `work` in one managed write transaction: every query in it commits together or not at all,
   * and the driver retries the whole of it on transient errors (so `work` must not have side effects
   * outside the transaction).
   */
  async writeTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        (tx) => work(this.runnerFor(tx)),
        { timeout: this.options.transactionTimeoutMs },
      );
    } catch (error) {
      throw translateError(error);
    } finally {
      await session.close();
    }
  }

  /** Runs raw Cypher; for schema statements and tests only, never with user text. */
  async runStatement(statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.roundTrips += 1;
    try {
      const result = await this.driver.executeQuery(statement, params, { database: this.options.database });
      return result.records.map((r) => r.toObject() as Row);
    } catch (error) {
      throw translateError(error);
    }
  }

  text(name: string): string {
    return getQuery(this.queries, name).text;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async execute(name: string, params: Record<string, unknown>, routingControl: typeof routing.READ | typeof routing.WRITE): Promise<Row[]> {
    const text = this.text(name);
    this.roundTrips += 1;
    try {
      const result = await this.driver.executeQuery(text, params, {
        database: this.options.database,
        routing: routingControl,
        transactionConfig: { timeout: this.options.transactionTimeoutMs },
      });
      return result.records.map((r) => r.toObject() as Row);
    } catch (error) {
      throw translateError(error);
    }
  }

  private runnerFor(tx: ManagedTransaction): QueryRunner {
    return {
      run: async (name, params = {}) => {
        const text = this.text(name);
        this.roundTrips += 1;
        const result = await tx.run(text, params);
        return result.records.map((r) => r.toObject() as Row);
      },
    };
  }
}

/** Creates a driver that returns plain numbers and fails fast while the server is unreachable. */
export function createDriver(uri: string, user?: string, password?: string): Driver {
  const auth = user && password ? neo4j.auth.basic(user, password) : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'conflict-knowledge-graph',
  });
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Driver errors that mean "the database is not there" become SERVICE_UNAVAILABLE; others pass. */
export function translateError(error: unknown): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) {
    return new ServiceUnavailableError();
  }
  if (error instanceof Error && /ECONNREFUSED|ECONNRESET|Connection was closed|Pool is closed/i.test(error.message)) {
    return new ServiceUnavailableError();
  }
  return error;
}
