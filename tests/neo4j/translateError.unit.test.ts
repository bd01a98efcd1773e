import { Neo4jError } from 'neo4j-driver';

const newError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error: general processing exception');
import { translateError } from '../../src/neo4j';

/** Driver failures become the API's codes; what we do not recognise passes on (and is masked as internal). */
const codeOf = (error: unknown) => (translateError(error) as { extensions?: { code?: string } }).extensions?.code;

describe('translateError', () => {
  it.each([
    ['a server that is not there', 'SERVICE_UNAVAILABLE', newError('Could not perform discovery', 'ServiceUnavailable')],
    ['a database still starting', 'SERVICE_UNAVAILABLE', newError('Database unavailable', 'Neo.TransientError.General.DatabaseUnavailable')],
    ['a refused connection', 'SERVICE_UNAVAILABLE', new Error('connect ECONNREFUSED 127.0.0.1:7687')],
    ['a pool that stayed busy', 'SERVICE_UNAVAILABLE', new Error('Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 100')],
    ['a transaction past its timeout', 'REQUEST_TIMEOUT', newError('timed out', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')],
    ['a lock wait ended by the timeout', 'REQUEST_TIMEOUT', newError('stopped', 'Neo.ClientError.Transaction.LockClientStopped')],
    ['a deadlock that outlived the retries', 'SERVICE_UNAVAILABLE', newError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected')],
  ])('turns %s into %s', (_what, code, error) => {
    expect(codeOf(error)).toBe(code);
  });

  it('passes a syntax error on unchanged', () => {
    const error = newError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    expect(translateError(error)).toBe(error);
  });
});
