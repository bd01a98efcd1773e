import { Neo4jError } from 'neo4j-driver';
import { MAX_TRANSACTION_RETRY_MS, retryTransient } from '../../src/neo4j';

const transient = () => new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', '50N42', 'error: general processing exception');
const syntax = () => new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error: syntax error');

/**
 * A read runs in an auto-commit transaction (Database.read), which the driver does not retry, so
 * retryTransient does it with the driver's schedule. Date.now is a fake clock here: the pauses are
 * recorded and move it on instead of being waited, so the schedule is checked without waiting it out.
 */
describe('retryTransient', () => {
  let now: number;
  let paused: number[];
  let dateNow: jest.SpyInstance;
  const pause = async (ms: number) => {
    paused.push(ms);
    now += ms;
  };

  beforeEach(() => {
    now = 1_000_000;
    paused = [];
    dateNow = jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => dateNow.mockRestore());

  it('returns the first success after transient failures, pausing about 1 s, then 2 s', async () => {
    let calls = 0;
    const answer = await retryTransient(async () => {
      calls += 1;
      if (calls < 3) throw transient();
      return 'rows';
    }, undefined, pause);
    expect(answer).toBe('rows');
    expect(calls).toBe(3);
    expect(paused).toHaveLength(2);
    expect(paused[0]).toBeGreaterThanOrEqual(800);
    expect(paused[0]).toBeLessThanOrEqual(1_200);
    expect(paused[1]).toBeGreaterThanOrEqual(1_600);
    expect(paused[1]).toBeLessThanOrEqual(2_400);
  });

  it('gives up once the retry time has passed since the first failure, with the last error', async () => {
    let calls = 0;
    const errors: Neo4jError[] = [];
    const failing = retryTransient(async () => {
      calls += 1;
      const error = transient();
      errors.push(error);
      throw error;
    }, undefined, pause);
    const thrown = await failing.catch((error: unknown) => error);
    expect(thrown).toBe(errors[errors.length - 1]);
    // Tries at 0, ~1 s and ~3 s: past MAX_TRANSACTION_RETRY_MS after the third, as the driver does.
    expect(calls).toBe(3);
    expect(paused.reduce((a, b) => a + b, 0)).toBeGreaterThan(MAX_TRANSACTION_RETRY_MS);
  });

  it('does not retry an error that is not transient', async () => {
    let calls = 0;
    await expect(retryTransient(async () => {
      calls += 1;
      throw syntax();
    }, undefined, pause)).rejects.toThrow('Invalid input');
    expect(calls).toBe(1);
    expect(paused).toEqual([]);
  });

  it('does not pause past the request deadline', async () => {
    let calls = 0;
    await expect(retryTransient(async () => {
      calls += 1;
      throw transient();
    }, now + 500, pause)).rejects.toThrow('deadlock');
    expect(calls).toBe(1);
    expect(paused).toEqual([]);
  });
});
