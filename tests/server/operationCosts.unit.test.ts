import { parse } from 'graphql';
import { buildSchema } from '../../src/api';
import { operationCost } from '../../src/server';
import { COSTS_PER_DOCUMENT, OperationCosts } from '../../src/server/cost';

/** The cost limit's memory of costs: the same answer as computing it, per document, operation and variables. */
const schema = buildSchema();
const document = parse(`
  query Page($first: Int) { claims(first: $first) { edges { node { id predicate } } } }
  query Fixed { claims(first: 5) { edges { node { id } } } }
`);
const computed = (variables: Record<string, unknown>, operationName: string) => operationCost({ schema, query: document, variables, operationName });

describe('operation costs, remembered', () => {
  it('answers as the computation does, for each set of variables and each operation', () => {
    const costs = new OperationCosts();
    for (const first of [1, 10, 100, 10, 1]) {
      expect(costs.of(schema, document, { first }, 'Page')).toBe(computed({ first }, 'Page'));
    }
    // The variables are part of what is remembered: a page of 100 costs more than a page of 1.
    expect(costs.of(schema, document, { first: 100 }, 'Page')).toBeGreaterThan(costs.of(schema, document, { first: 1 }, 'Page'));
    // So is the operation's name.
    expect(costs.of(schema, document, { first: 100 }, 'Fixed')).toBe(computed({ first: 100 }, 'Fixed'));
    expect(costs.of(schema, document, { first: 100 }, 'Fixed')).toBeLessThan(costs.of(schema, document, { first: 100 }, 'Page'));
  });

  it('stays right past the number of variable sets it keeps per document', () => {
    const costs = new OperationCosts();
    for (let first = 1; first <= COSTS_PER_DOCUMENT * 2 + 3; first += 1) {
      expect(costs.of(schema, document, { first }, 'Page')).toBe(computed({ first }, 'Page'));
    }
    expect(costs.of(schema, document, { first: 2 }, 'Page')).toBe(computed({ first: 2 }, 'Page'));
  });

  it('throws, as the computation does, on variables that do not fit, and remembers nothing of them', () => {
    const costs = new OperationCosts();
    expect(() => costs.of(schema, document, { first: 'many' }, 'Page')).toThrow();
    expect(() => costs.of(schema, document, { first: 'many' }, 'Page')).toThrow();
  });
});
