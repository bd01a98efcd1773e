import { setTimeout as sleep } from 'node:timers/promises';
import neo4j, { type Driver, isRetryableError, type ManagedTransaction, Neo4jError, routing } from 'neo4j-driver';
import { getQuery, type QueryCatalog } from '../cypher';
import { RequestTimeoutError, ServiceUnavailableError } from '../support';

/** One row of a result, with Neo4j integers already turned into JS numbers. */
export type Row = Record<string, unknown>;

/** The named-query runner a write transaction hands to its work function. */
export interface QueryRunner {
  run(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /**
   * Calls `callback` once the transaction has committed (never when it fails, once when the driver
   * retried it): for telling others about the write. Runners outside `writeTransaction` may lack it.
   */
  afterCommit?(callback: () => void): void;
}

export interface DatabaseOptions {
  /** Database name; the server's default when omitted. */
  database?: string;
  /** Server-side timeout of each transaction, in milliseconds. */
  transactionTimeoutMs?: number;
  /** Epoch milliseconds by which a request's work must end (see forRequest). */
  deadline?: number;
}

/** Told about every named query when it ends, for metrics. */
export type QueryListener = (event: { name: string; seconds: number; ok: boolean }) => void;

/** What a database and its per-request views share. */
interface SharedState {
  roundTrips: number;
  /** Transactions running now: each holds one pooled connection. */
  inFlight: number;
  listeners: Set<QueryListener>;
}

/**
 * Runs named queries from `cypher/` through the driver. It is the only place that talks to Neo4j,
 * so it is also where driver failures become API errors and where round trips are counted.
 *
 * @example
 *   const rows = await db.read('findEntitiesByIds', { ids });
 */
export class Database {
  constructor(
    readonly driver: Driver,
    private readonly queries: QueryCatalog,
    private readonly options: DatabaseOptions = {},
    private readonly shared: SharedState = { roundTrips: 0, inFlight: 0, listeners: new Set() },
  ) {}

  /** Round trips made so far; tests read it to prove that resolvers batch. */
  get roundTrips(): number {
    return this.shared.roundTrips;
  }

  /** Transactions running now, each holding a connection of the driver's pool. */
  get inFlight(): number {
    return this.shared.inFlight;
  }

  /** The same database for one request: no transaction may run past `deadline` (epoch ms). */
  forRequest(deadline: number): Database {
    return new Database(this.driver, this.queries, { ...this.options, deadline }, this.shared);
  }

  /** Calls `listener` after every named query; returns the function that stops it. */
  onQuery(listener: QueryListener): () => void {
    this.shared.listeners.add(listener);
    return () => this.shared.listeners.delete(listener);
  }

  /** Whether Neo4j answers a trivial query within `timeoutMs`; for the readiness check. */
  async ping(timeoutMs = 2_000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const answered = this.driver
      .executeQuery('RETURN 1 AS ok', {}, { database: this.options.database, transactionConfig: { timeout: timeoutMs } })
      .then(() => true, () => false);
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Runs a named read query in its own auto-commit transaction (readAutoCommit), retried on
   * transient failures as the driver retries a managed one.
   */
  async read(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const text = this.text(name);
    // Past the deadline, refused here, before any round trip.
    const firstTimeout = this.timeoutLeft();
    let attempts = 0;
    return this.roundTrip(name, () =>
      retryTransient(() => {
        // A retry gets what is left of the request's time by then.
        const timeout = attempts++ === 0 ? firstTimeout : this.timeoutLeft();
        return readAutoCommit(this.driver, text, params, { database: this.options.database, timeout });
      }, this.options.deadline),
    );
  }

  /** Runs a named write query in its own auto-retried transaction. */
  async write(name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    const text = this.text(name);
    const timeout = this.timeoutLeft();
    return this.roundTrip(name, async () => {
      const result = await this.driver.executeQuery(text, params, { database: this.options.database, routing: routing.WRITE, transactionConfig: { timeout } });
      return result.records.map((r) => r.toObject() as Row);
    });
  }

  /**
   * Runs `work` in one managed write transaction: every query in it commits together or not at all,
   * and the driver retries the whole of it on transient errors (so `work` must not have side effects
   * outside the transaction).
   */
  async writeTransaction<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    const timeout = this.timeoutLeft();
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    this.shared.inFlight += 1;
    // The callbacks of the attempt that committed: a retried attempt starts with none.
    let committed: Array<() => void> = [];
    let result: T;
    try {
      result = await session.executeWrite((tx) => {
        const callbacks: Array<() => void> = [];
        committed = callbacks;
        return work({ ...this.runnerFor(tx), afterCommit: (callback) => callbacks.push(callback) });
      }, { timeout });
    } catch (error) {
      throw translateError(error);
    } finally {
      this.shared.inFlight -= 1;
      await session.close();
    }
    for (const callback of committed) callback();
    return result;
  }

  /** Runs raw Cypher; for schema statements and tests only, never with user text. */
  async runStatement(statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.shared.roundTrips += 1;
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

  /** One named statement's round trip: counted, in flight while it runs, timed for listeners, its failure translated. */
  private async roundTrip(name: string, send: () => Promise<Row[]>): Promise<Row[]> {
    this.shared.roundTrips += 1;
    this.shared.inFlight += 1;
    const started = performance.now();
    let ok = false;
    try {
      const rows = await send();
      ok = true;
      return rows;
    } catch (error) {
      throw translateError(error);
    } finally {
      this.shared.inFlight -= 1;
      this.tell(name, started, ok);
    }
  }

  /** The transaction timeout: the configured one, shortened to what is left of the request's time. */
  private timeoutLeft(): number | undefined {
    const { transactionTimeoutMs, deadline } = this.options;
    if (deadline === undefined) return transactionTimeoutMs;
    const left = deadline - Date.now();
    if (left <= 0) throw new RequestTimeoutError();
    return transactionTimeoutMs === undefined ? left : Math.min(transactionTimeoutMs, left);
  }

  private tell(name: string, started: number, ok: boolean): void {
    if (this.shared.listeners.size === 0) return;
    const seconds = (performance.now() - started) / 1000;
    for (const listener of this.shared.listeners) listener({ name, seconds, ok });
  }

  private runnerFor(tx: ManagedTransaction): QueryRunner {
    return {
      run: async (name, params = {}) => {
        const text = this.text(name);
        this.shared.roundTrips += 1;
        const started = performance.now();
        let ok = false;
        try {
          const result = await tx.run(text, params);
          ok = true;
          return result.records.map((r) => r.toObject() as Row);
        } finally {
          this.tell(name, started, ok);
        }
      },
    };
  }
}

/**
 * One read statement in an auto-commit transaction: the statement, its parameters and the pull go
 * out together and the records come back in one answer. A managed transaction (`executeQuery`,
 * `executeRead`) sends BEGIN on its own first and COMMIT after the records, which a probe of the
 * medium graph timed at 0.2 to 0.3 ms more per read and about twice the driver's CPU
 * (docs/benchmarks.md). It shares `executeQuery`'s bookmarks, so in a cluster a read still sees
 * the writes made through `Database.write` before it. The benchmark's floors read through it too.
 */
export async function readAutoCommit(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
  options: { database?: string; timeout?: number } = {},
): Promise<Row[]> {
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.READ,
    bookmarkManager: driver.executeQueryBookmarkManager,
  });
  try {
    const result = await session.run(text, params, { timeout: options.timeout });
    return result.records.map((r) => r.toObject() as Row);
  } finally {
    await session.close();
  }
}

/** How long the driver retries a managed transaction, and readAutoCommit's callers a read. */
export const MAX_TRANSACTION_RETRY_MS = 2_000;
const FIRST_RETRY_DELAY_MS = 1_000;

/**
 * Runs `attempt` again after a transient failure, with the driver's own schedule for managed
 * transactions (1 s, then 2 s, ... each ±20%, while less than MAX_TRANSACTION_RETRY_MS has passed
 * since the first failure), but never past `deadline`. Only for work that may run twice: reads.
 */
export async function retryTransient<T>(
  attempt: () => Promise<T>,
  deadline?: number,
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<T> {
  let firstFailure: number | undefined;
  let delay = FIRST_RETRY_DELAY_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const now = Date.now();
      firstFailure ??= now;
      const pause = delay * (0.8 + Math.random() * 0.4);
      if (!isRetryableError(error) || now - firstFailure > MAX_TRANSACTION_RETRY_MS) throw error;
      if (deadline !== undefined && now + pause >= deadline) throw error;
      await wait(pause);
      delay *= 2;
    }
  }
}

/** Connections the driver keeps to Neo4j (the driver's own default, said here so /metrics can report it). */
export const DRIVER_POOL_SIZE = 100;

/** Creates a driver that returns plain numbers and fails fast while the server is unreachable. */
export function createDriver(uri: string, user?: string, password?: string): Driver {
  const auth = user && password ? neo4j.auth.basic(user, password) : undefined;
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: DRIVER_POOL_SIZE,
    // Waiting for a pooled connection under load beats failing; a stopped server refuses at once anyway.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Retries back off 1 s, 2 s, 4 s (±20%) until this much time has passed: 2 s still retries a
    // deadlock three times, yet a request to a stopped Neo4j fails within about 3.5 s, not 8.
    maxTransactionRetryTime: MAX_TRANSACTION_RETRY_MS,
    userAgent: 'conflict-knowledge-graph',
  });
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  // A lock wait ended by the transaction timeout (writes queueing on one source node under load).
  'Neo.ClientError.Transaction.LockClientStopped',
]);

/**
 * Driver errors that mean "the database is not there" become SERVICE_UNAVAILABLE, and a transaction
 * stopped by its timeout becomes REQUEST_TIMEOUT; others pass (and are masked by formatError).
 */
export function translateError(error: unknown): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) {
    return new ServiceUnavailableError();
  }
  if (error instanceof Neo4jError && TIMEOUT_CODES.has(error.code)) {
    return new RequestTimeoutError();
  }
  if (error instanceof Error && /ECONNREFUSED|ECONNRESET|Connection was closed|Pool is closed/i.test(error.message)) {
    return new ServiceUnavailableError();
  }
  // A deadlock or another transient failure that outlived the driver's retries (maxTransactionRetryTime):
  // nothing was written, and the same request can simply be sent again.
  if (error instanceof Neo4jError && error.code.startsWith('Neo.TransientError.')) {
    return new ServiceUnavailableError('The graph database was busy with conflicting writes and nothing was written; try again shortly.');
  }
  // Every pooled connection stayed busy for connectionAcquisitionTimeout: overloaded, try again later.
  if (error instanceof Error && /Connection acquisition timed out/i.test(error.message)) {
    return new ServiceUnavailableError('The graph database is busy; try again shortly.');
  }
  return error;
}
