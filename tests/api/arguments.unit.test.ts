import { GraphQLError } from 'graphql';
import { claimView, minConfidence } from '../../src/api/arguments';

/** The error `run` throws; fails the test when it throws nothing. */
function thrownBy(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('expected an error, but nothing was thrown');
}

describe('claimView', () => {
  it('gives the full view when no time argument is given', () => {
    expect(claimView({})).toEqual({ asOf: null, window: null });
  });

  it('reads asOf as the last day it covers', () => {
    expect(claimView({ asOf: '2024-12' })).toEqual({ asOf: '2024-12-31', window: null });
  });

  it('reads validDuring as a window at the precision of each bound', () => {
    expect(claimView({ validDuring: { from: '2024-12', to: '2025' } })).toEqual({
      asOf: null,
      window: { start: '2024-12-01', end: '2025-12-31', keepUndated: false },
    });
    expect(claimView({ validDuring: { from: '2024-12', keepUndated: true } }).window).toEqual({ start: '2024-12-01', end: '9999-12-31', keepUndated: true });
  });

  it('reads from and to as a window', () => {
    expect(claimView({ asOf: '2024-12-27', from: '2024-10', to: '2024-12' })).toEqual({
      asOf: '2024-12-27',
      window: { start: '2024-10-01', end: '2024-12-31', keepUndated: false },
    });
  });

  it('rejects a malformed asOf with BAD_USER_INPUT naming asOf and quoting the value', () => {
    const error = thrownBy(() => claimView({ asOf: 'yesterday' }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    expect(error.message).toContain('"yesterday"');
    expect(error.message).toBe('"asOf": expected a date as YYYY, YYYY-MM or YYYY-MM-DD, but got "yesterday"');
  });

  it('rejects a malformed validDuring bound with BAD_USER_INPUT naming validDuring', () => {
    const error = thrownBy(() => claimView({ validDuring: { from: '2024-13' } }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'validDuring' });
    expect(error.message).toContain('"2024-13"');
  });

  it('rejects a reversed validDuring naming validDuring and both bounds', () => {
    const error = thrownBy(() => claimView({ validDuring: { from: '2025', to: '2024-12' } }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'validDuring' });
    expect(error.message).toBe('"validDuring": expected "from" (2025) to be on or before "to" (2024-12)');
  });

  it('rejects a malformed from with BAD_USER_INPUT naming from', () => {
    const error = thrownBy(() => claimView({ from: 'last autumn' }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(error.message).toContain('"last autumn"');
  });

  it('rejects a malformed to with BAD_USER_INPUT naming from, the argument pair it belongs to', () => {
    const error = thrownBy(() => claimView({ from: '2024', to: 'soon' }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(error.message).toContain('"soon"');
  });

  it('rejects a reversed from/to with BAD_USER_INPUT naming from', () => {
    const error = thrownBy(() => claimView({ from: '2025', to: '2024' }));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'from' });
    expect(error.message).toBe('"from": expected "from" (2025) to be on or before "to" (2024)');
  });
});

describe('minConfidence', () => {
  it.each([0, 0.5, 1])('accepts %d', (value) => {
    expect(minConfidence(value)).toBe(value);
  });

  it('gives null when there is no threshold', () => {
    expect(minConfidence(null)).toBeNull();
    expect(minConfidence(undefined)).toBeNull();
  });

  it.each([-0.1, 1.5, NaN])('rejects %d with BAD_USER_INPUT naming minConfidence', (value) => {
    const error = thrownBy(() => minConfidence(value));

    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'minConfidence' });
    expect(error.message).toBe(`expected "minConfidence" from 0 to 1, but got ${value}`);
  });
});
