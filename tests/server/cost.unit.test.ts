import { getIntrospectionQuery, parse, validate, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import { buildSchema } from '../../src/api';
import { operationCost, readExamples } from '../../src/server';

/** The cost limit weighs list sizes: what the examples and the IDE send fits, a hostile document does not. */
const schema = buildSchema();
const cost = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  // getComplexity skips fields the schema lacks; Apollo validates first, so must these tests.
  expect(validate(schema, document)).toEqual([]);
  return operationCost({ schema, query: document, variables });
};

describe('operation cost', () => {
  it.each(readExamples().map((e) => [e.file, e.document] as const))('the example %s fits the default limit', (_name, document) => {
    const doc = parse(document);
    const operations = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(operations.length).toBeGreaterThan(0);
    for (const definition of operations) {
      const value = operationCost({ schema, query: doc, operationName: definition.name?.value, variables: {} });
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 2);
    }
  });

  it("the IDE's introspection query fits the default limit", () => {
    expect(cost(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost / 2);
  });

  it("the workbench's neighbourhood and paths fit the default limit at their largest settings", async () => {
    // ui/ is an ES module package: imported, not required.
    const { NEIGHBORHOOD, PATHS } = await import('../../ui/src/queries.js');
    // The workbench offers depth 1 to 3 and an edge limit up to 500, and asks for up to 25 paths of 6 hops.
    expect(cost(NEIGHBORHOOD, { id: 'x', depth: 3, limit: 500 })).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    expect(cost(PATHS, { from: 'x', to: 'y', maxHops: 6, first: 25 })).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it("the workbench's evidence of a chunk of facts, its fact and its fact's next claims fit the default limit", async () => {
    const { EVIDENCE_CHUNK, evidenceQuery, factClaimsQuery, factQuery } = await import('../../ui/src/queries.js');
    const ids = Array.from({ length: EVIDENCE_CHUNK }, (_, i) => `fact-${i}`);
    expect(cost(evidenceQuery(true), { ids })).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    expect(cost(evidenceQuery(true), { ids })).toBeGreaterThan(cost(evidenceQuery(true), { ids: ids.slice(0, 10) }));
    expect(cost(factQuery(), { from: 'x', to: 'y' })).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    expect(cost(factClaimsQuery(), { from: 'x', to: 'y', type: 'ATTACKED' })).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
  });

  it("charges a fact's claims and origins by first, and one item each when it is left out", () => {
    const fact = (args: string) => `{ relationships(first: 10) { edges { node { claims${args} { id text } origins${args} { key } } } } }`;
    // Left out, the list is the fact's whole, whose length no estimate knows: charged as before the argument existed.
    expect(cost(fact(''))).toBe(cost(fact('(first: 1)')));
    expect(cost(fact('(first: 50)'))).toBeGreaterThan(cost(fact('(first: 5)')));
  });

  it('refuses, at the default limit, pages of 100 nested in pages of 100', () => {
    const claims = 'claims(first: 100) { edges { node { id predicate status } } }';
    const nested = `{ relationships(first: 100) { edges { node { from { ${claims} } to { ${claims} } } } } }`;
    expect(cost(nested)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('grows with first, limit and depth, from literals and variables alike', () => {
    const page = (n: number) => `{ relationships(first: ${n}) { edges { node { id from { claims(first: ${n}) { edges { node { id } } } } } } } }`;
    expect(cost(page(10))).toBeLessThan(cost(page(100)));
    expect(cost(page(100))).toBeGreaterThan(10_000);
    const viaVariable = 'query($n: Int) { relationships(first: $n) { edges { node { id from { claims(first: $n) { edges { node { id } } } } } } } }';
    expect(cost(viaVariable, { n: 100 })).toBe(cost(page(100)));
    const around = (depth: number, limit: number) => `{ neighborhood(id: "x", depth: ${depth}, limit: ${limit}) { nodes { id name } } }`;
    expect(cost(around(3, 500))).toBeGreaterThan(cost(around(1, 500)));
    expect(cost(around(1, 500))).toBeGreaterThan(cost(around(1, 50)));
  });

  it('charges a STIX bundle a fixed cost whatever its selection: at most five in one request', () => {
    expect(cost('{ stixBundle(selection: { validDuring: { from: "1000" } }) }')).toBe(20_000);
    expect(cost('{ stixBundle(selection: { entityId: "x", depth: 3 }) }')).toBe(20_000);
    const bundles = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `b${i}: stixBundle(selection: { sourceId: "s${i}" })`).join(' ')} }`;
    expect(cost(bundles(5))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    expect(cost(bundles(6))).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it('counts last as first, and Query.nodes by its number of ids', () => {
    expect(cost('{ sources(last: 100) { edges { node { id } } } }')).toBe(cost('{ sources(first: 100) { edges { node { id } } } }'));
    const ids = Array.from({ length: 50 }, (_, i) => `id-${i}`);
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })).toBeGreaterThan(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ids.slice(0, 1) }));
  });

  it('counts a page without first at the default page size', () => {
    expect(cost('{ sources { edges { node { id } } } }')).toBe(cost('{ sources(first: 20) { edges { node { id } } } }'));
  });
});
