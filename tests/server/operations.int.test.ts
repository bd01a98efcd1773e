import { Writable } from 'node:stream';
import http from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { DEFAULT_LIMITS } from '../../src/config';
import type { Database } from '../../src/neo4j';
import { createLogger, type RunningServer } from '../../src/server';
import { openDatabase, startTestServer } from '../helpers/testServer';

/** Production settings, CSRF and CORS, readiness, metrics, request ids and logs, over real HTTP. */
let db: Database;
let dev: RunningServer;
let production: RunningServer;
const logLines: Array<Record<string, unknown>> = [];
beforeAll(async () => {
  db = openDatabase();
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  dev = await startTestServer(db, { enableIde: true, logger: createLogger('debug', sink) });
  // What NODE_ENV=production gives (see the config tests): no introspection, no IDE, one allowed origin.
  production = await startTestServer(db, { enableIde: false, enableIntrospection: false, corsOrigins: ['https://app.example.org'] });
});
afterAll(async () => {
  await dev?.stop();
  await production?.stop();
  await db?.close();
});

const post = (server: RunningServer, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('production settings', () => {
  it('refuses introspection when it is off, and serves no IDE', async () => {
    const response = await post(production, { query: getIntrospectionQuery() });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]?.message).toMatch(/introspection/i);
    expect((await fetch(`${production.url}/ide`)).status).toBe(404);
    // Ordinary queries still work.
    expect((await post(production, { query: '{ sources { totalCount } }' })).status).toBe(200);
  });

  it('answers introspection and serves the IDE where they are on', async () => {
    expect((await post(dev, { query: getIntrospectionQuery() })).status).toBe(200);
    expect((await fetch(`${dev.url}/ide`)).status).toBe(200);
  });

  it('sends no stack trace or internal message for a body that is not JSON', async () => {
    const response = await post(dev, '{"query": "{ sources { totalCount } }"');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const text = await response.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(text).not.toMatch(/at \w+ \(|node_modules|SyntaxError/);
  });

  it("says what is wrong with a persisted-query hash that does not fit the document, in Apollo's words", async () => {
    const response = await post(dev, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors[0]).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });

  it('blocks requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const simplePost = await fetch(`${dev.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(simplePost.status).toBe(400);
    expect(await simplePost.text()).toMatch(/CSRF/);
    const simpleGet = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simpleGet.status).toBe(400);
    const preflighted = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('allows only the configured origins (CORS)', async () => {
    const preflight = (origin: string) =>
      fetch(`${production.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' } });
    const allowed = await preflight('https://app.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // With no origins configured, no browser on another origin is allowed.
    expect((await fetch(`${dev.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' } })).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('health', () => {
  it('reports liveness and readiness while Neo4j answers', async () => {
    expect(await (await fetch(`${dev.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${dev.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'up' });
  });
});

describe('metrics', () => {
  it('counts operations, their latency and errors by code, and Neo4j queries, in Prometheus format', async () => {
    await post(dev, { query: 'query MetricsProbe { sources { totalCount } }', operationName: 'MetricsProbe' });
    await post(dev, { query: 'query MetricsBadPage { sources(first: 0) { totalCount } }' });
    const response = await fetch(`${dev.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/kg_graphql_requests_total\{operation="MetricsProbe",type="query",status="200"\} 1/);
    expect(text).toMatch(/kg_graphql_request_duration_seconds_count\{operation="MetricsProbe",type="query"\} 1/);
    expect(text).toMatch(/kg_graphql_errors_total\{code="BAD_USER_INPUT"\} [1-9]/);
    expect(text).toMatch(/kg_neo4j_query_duration_seconds_count\{query="\w+",outcome="ok"\} [1-9]/);
    // A number, not necessarily 0: a sibling field of a failed one may still be running.
    expect(text).toMatch(/kg_neo4j_connections_in_use \d+/);
    expect(text).toMatch(/kg_neo4j_connection_pool_max 100/);
    expect(text).toMatch(/kg_process_resident_memory_bytes \d+/);
  });

  it('counts an error raised before GraphQL runs', async () => {
    const before = await fetch(`${dev.url}/metrics`).then((r) => r.text());
    const countOf = (text: string) => Number(/kg_graphql_errors_total\{code="GRAPHQL_PARSE_FAILED"\} (\d+)/.exec(text)?.[1] ?? 0);
    await post(dev, { query: '{ sources { ' });
    const after = await fetch(`${dev.url}/metrics`).then((r) => r.text());
    expect(countOf(after)).toBe(countOf(before) + 1);
  });
});

describe('request ids and logs', () => {
  it('returns a new request id, and logs the request as one JSON line with it', async () => {
    const response = await post(dev, { query: 'query LoggedProbe { sources { totalCount } }' });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await response.text();
    const line = logLines.find((l) => l.requestId === id && l.msg === 'request completed');
    expect(line).toMatchObject({ level: 30, method: 'POST', path: '/graphql', status: 200, operation: 'LoggedProbe', service: 'conflict-knowledge-graph' });
    expect(typeof line?.durationMs).toBe('number');
    expect(typeof line?.time).toBe('string');
  });

  it("keeps a well-formed id from the client and replaces one that is not", async () => {
    expect((await post(dev, { query: '{ __typename }' }, { 'x-request-id': 'front-end.42' })).headers.get('x-request-id')).toBe('front-end.42');
    const replaced = (await post(dev, { query: '{ __typename }' }, { 'x-request-id': 'has spaces and {braces}' })).headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never logs the bearer token', async () => {
    const token = 'eyJhbGciOiJIUzI1NiJ9.never-logged.signature';
    await post(dev, { query: '{ __typename }' }, { authorization: `Bearer ${token}` }).then((r) => r.text());
    expect(JSON.stringify(logLines)).not.toContain('never-logged');
  });
});

describe('request timeout', () => {
  it('stops a request whose body does not arrive in time with 503 REQUEST_TIMEOUT, and the server goes on', async () => {
    const slow = await startTestServer(db, { limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 200 } });
    try {
      const url = new URL(`${slow.url}/graphql`);
      // Headers and half a body, then silence: the deadline (200 ms + 1 s of grace) must answer for it.
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '100' } }, (response) => {
          let body = '';
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        });
        request.on('error', reject);
        request.write('{"query": "{ sour');
      });
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
      expect((await post(slow, { query: '{ sources { totalCount } }' })).status).toBe(200);
    } finally {
      await slow.stop();
    }
  });

  it('refuses Neo4j work past the request deadline, without a round trip', async () => {
    const before = db.roundTrips;
    await expect(db.forRequest(Date.now() - 1).read('countSources')).rejects.toMatchObject({ extensions: { code: 'REQUEST_TIMEOUT' } });
    expect(db.roundTrips).toBe(before);
  });
});
