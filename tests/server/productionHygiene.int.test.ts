import http from 'node:http';
import { Writable } from 'node:stream';
import type { Database } from '../../src/neo4j';
import { createLogger, type RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';

/**
 * A production-mode server (introspection and the IDE off) against the checks graphql-cop makes and
 * the shapes of issue 16: introspection, field suggestions, alias, directive and field-duplication
 * overloading, batching, GET-based mutations and CSRF, tracing and debug modes, unhandled errors;
 * wide conflicting selections, deep list literals, subscription operations; and validation messages
 * that name only what the request named.
 */
let server: RunningServer;
let db: Database;
const logLines: Array<{ level: number; msg: string }> = [];
beforeAll(async () => {
  db = openDatabase();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  server = await startTestServer(db, { enableIntrospection: false, enableIde: false, logger: createLogger('info', sink) });
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started, json: () => JSON.parse(text), headers: response.headers };
};

/** Names of the schema that the documents below never write. */
const UNNAMED_SCHEMA_NAMES = ['Query', 'SearchHit', 'String', 'Entity', 'EntityKind', 'ClaimInput', 'Mutation', 'text'];

describe('a production-mode server (graphql-cop checks)', () => {
  it('refuses introspection', async () => {
    const result = await post({ query: '{ __schema { queryType { name } types { name } } }' });
    expect(result.status).toBe(400);
    expect(result.text).not.toMatch(/"types"/);
  });

  it.each([
    ['an unknown field near a real one', '{ serch(text: "a") { score } }'],
    ['an unknown field on a nested type', '{ search(text: "a") { entity { nam } } }'],
    ['a missing required argument', '{ search { score } }'],
    ['a leaf selected without subfields', '{ search(text: "a") }'],
    ['an unknown argument', '{ search(text: "a", colour: 1) { score } }'],
    ['a wrong enum value', '{ search(text: "a", kinds: [PLANET]) { score } }'],
    ['a value of the wrong type', '{ search(text: 12) { score } }'],
    ['an input object missing a required field', 'mutation { assertClaim(input: {}) { id } }'],
  ])('says what is wrong with %s, without naming schema members the request did not name', async (_what, query) => {
    const result = await post({ query });
    expect(result.status).toBe(400);
    const messages: string[] = result.json().errors.map((e: { message: string }) => e.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).not.toMatch(/Did you mean|Suggestion hidden/);
      for (const name of UNNAMED_SCHEMA_NAMES) expect(message).not.toContain(`"${name}`);
    }
  });

  it('names in its messages what the request itself named', async () => {
    const result = await post({ query: '{ search(text: "a") { entity { nam } } }' });
    expect(result.json().errors[0].message).toBe('Cannot query field "nam" on type [hidden].');
  });

  it('refuses alias overloading at no cost, and Neo4j sees nothing', async () => {
    const before = db.roundTrips;
    const result = await post({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: sources(first: 1) { totalCount }`).join(' ')} }` });
    expect(result.status).toBe(400);
    expect(db.roundTrips).toBe(before);
  });

  it('refuses directive overloading', async () => {
    const result = await post({ query: `{ __typename ${'@include(if: true) '.repeat(50)}}` });
    expect(result.status).toBe(400);
  });

  it('refuses field duplication beyond the selection width, before validation', async () => {
    const result = await post({ query: `{ ${'__typename '.repeat(500)}}` });
    expect(result.status).toBe(400);
    expect(result.json().errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(result.json().errors[0].message).toMatch(/at most 64 fields in one selection set/);
  });

  it('refuses a wide selection of differently-argued fields at once (issue 16, finding 1)', async () => {
    // The red team's document: 820 `search` fields with different arguments, 17 KB.
    const query = `{ ${Array.from({ length: 820 }, (_, i) => `search(text: "probe ${i}") { score }`).join(' ')} }`;
    expect(query.length).toBeGreaterThan(17_000);
    const before = db.roundTrips;
    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const result = await post({ query });
      expect(result.status).toBe(400);
      times.push(result.ms);
    }
    expect(db.roundTrips).toBe(before);
    // graphql-js took 40–115 ms to refuse it; the lexer's count takes a few.
    expect(Math.min(...times)).toBeLessThan(30);
  });

  it('judges the document of a GET where Apollo reads it: in the URL, whatever the body says, after any number of other parameters', async () => {
    // Within Node's 16 KB of request head, and wider than LIMIT_MAX_SELECTION_FIELDS.
    const wide = `{ ${'__typename '.repeat(250)}}`;
    const url = new URL(`${server.url}/graphql`);
    const before = db.roundTrips;
    // A harmless JSON body beside the URL's document: Express parses it, Apollo never reads it.
    const withBody = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const body = JSON.stringify({ query: '{ __typename }' });
      const request = http.request(
        { host: url.hostname, port: url.port, method: 'GET', path: `/graphql?query=${encodeURIComponent(wide)}`, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          let text = '';
          response.setEncoding('utf8').on('data', (chunk) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
    // Express's query parser stops at 1,000 keys; Apollo's does not.
    const padding = Array.from({ length: 1_001 }, () => 'a=').join('&');
    const padded = await fetch(`${server.url}/graphql?${padding}&query=${encodeURIComponent(wide)}`, { headers: { 'content-type': 'application/json' } });
    for (const answer of [withBody, { status: padded.status, text: await padded.text() }]) {
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text).errors[0].message).toMatch(/fields in one selection set/);
    }
    expect(db.roundTrips).toBe(before);
  });

  it('refuses the same width hidden in inline fragments and named fragments', async () => {
    const inline = `{ ${Array.from({ length: 10 }, (_, f) => `... on Query { ${Array.from({ length: 10 }, (_, i) => `search(text: "${f}-${i}") { score }`).join(' ')} }`).join(' ')} }`;
    const named =
      `{ ${Array.from({ length: 70 }, (_, f) => `...F${f}`).join(' ')} } ` +
      Array.from({ length: 70 }, (_, f) => `fragment F${f} on Query { search(text: "${f}") { score } }`).join(' ');
    for (const query of [inline, named]) {
      const result = await post({ query });
      expect(result.status).toBe(400);
      expect(result.json().errors[0].message).toMatch(/fields in one selection set/);
    }
  });

  it('refuses a list literal nested 2,400 deep without "Maximum call stack size exceeded" (finding 8)', async () => {
    for (const depth of [200, 2_400]) {
      const result = await post({ query: `{ search(text: "a", kinds: ${'['.repeat(depth)}${']'.repeat(depth)}) { score } }` }, {});
      expect(result.status).toBe(400);
      expect(result.text).not.toMatch(/call stack/i);
      expect(result.json().errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    }
  });

  it('answers a subscription with a 400 client error, and does not log it as an error (finding 4)', async () => {
    const errorsBefore = logLines.filter((l) => l.level >= 50).length;
    const result = await post({ query: 'subscription { x }' });
    expect(result.status).toBe(400);
    expect(result.json().errors[0]).toMatchObject({ extensions: { code: 'OPERATION_NOT_SUPPORTED' } });
    expect(result.json().errors[0].message).toMatch(/expected a query or a mutation, but got a subscription/);
    const named = await post({ query: 'subscription Live { search(text: "a") { score } }' });
    expect(named.status).toBe(400);
    expect(logLines.filter((l) => l.level >= 50).length).toBe(errorsBefore);
  });

  it('refuses batched requests', async () => {
    const result = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(result.status).toBe(400);
  });

  it('refuses a mutation over GET, and a GET query without a CSRF preflight header', async () => {
    const mutation = await fetch(`${server.url}/graphql?query=${encodeURIComponent('mutation { retractClaim(id: "x", reason: "y") { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect([400, 405]).toContain(mutation.status);
    const csrf = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(csrf.status).toBe(400);
    const form = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query={__typename}' });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.status).toBeLessThan(500);
  });

  it('has no tracing or debug mode to turn on', async () => {
    for (const extra of [{ extensions: { tracing: true } }, { extensions: { debug: true } }]) {
      const result = await post({ query: '{ nosuchfield }', ...extra }, { 'apollo-federation-include-trace': 'ftv1', 'x-debug': '1' });
      const body = result.json();
      expect(body.extensions).toBeUndefined();
      expect(result.text).not.toMatch(/stacktrace|tracing|ftv1/i);
    }
  });

  it('answers malformed bodies with a JSON 4xx, never a stack trace', async () => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at .*\.js:\d+/);
  });
});
