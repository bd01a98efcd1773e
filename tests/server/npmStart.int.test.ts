import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { signDevToken } from '../../src/auth';
import type { Config } from '../../src/config';
import { freePort, isPortFree } from '../../src/neo4j';
import { projectRoot } from '../../src/support';
import { startScratchNeo4j, type ScratchNeo4j } from '../helpers/scratchNeo4j';
import { LiveSubscription, liveClient } from '../subscription/liveClient';

/**
 * `npm start`'s process (dist/src/main.js): the front on the public port, the API on a thread of
 * its own behind it (src/server/front.ts, src/apiThread.ts).
 * - Through the front: the probes, GraphQL, the client address for the rate limit, WebSocket
 *   subscriptions.
 * - Stopped by SIGTERM while a request is in flight: it stops accepting, finishes the request,
 *   closes the driver, stops the embedded Neo4j and exits 0.
 */
let child: ChildProcess | null = null;
let home: string;
/** The output of the service the current test started, shown when a wait times out. */
let output: () => string[] = () => [];

beforeAll(() => {
  // The test runs the compiled service, as `npm start` does; build it from the current sources.
  // Incremental (dist/.tsbuildinfo): after `npm run build` with nothing changed this takes seconds.
  const build = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: projectRoot, encoding: 'utf8' });
  // Type errors are the typecheck's to report; tsc still writes the JavaScript this test needs.
  if (build.error) throw build.error;
  if (!existsSync(path.join(projectRoot, 'dist', 'src', 'main.js'))) throw new Error(`tsc wrote no dist/src/main.js:\n${build.stdout}`);
  home = mkdtempSync(path.join(os.tmpdir(), 'kg-test-shutdown-'));
}, 120_000);
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(home, { recursive: true, force: true });
});

const waitFor = async (what: string, check: () => boolean, timeoutMs: number) => {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; log so far:\n${output().join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/**
 * `npm start`'s process (dist/src/main.js) with `env` over this process's: its output, line by line,
 * and `ready`, settled by an event: the line with its URL (the front listens only once the API
 * thread does), its exit before that, or the deadline.
 */
function startService(env: Record<string, string>, deadlineMs: number) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const service = spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'main.js')], {
    cwd: projectRoot,
    env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const shown = () => [...stdout, ...stderr];
  const ready = new Promise<void>((resolve, reject) => {
    const fail = (why: string) => reject(new Error(`the service did not start (${why}):\n${shown().join('\n')}`));
    const deadline = setTimeout(() => fail(`no "GraphQL API at" line in ${deadlineMs / 1000} s`), deadlineMs);
    service.once('exit', (code) => {
      clearTimeout(deadline);
      fail(`exit ${code}`);
    });
    let pending = '';
    service.stdout?.on('data', (chunk) => {
      pending += String(chunk);
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      stdout.push(...complete.filter(Boolean));
      if (complete.some((l) => l.includes('GraphQL API at'))) {
        clearTimeout(deadline);
        resolve();
      }
    });
    service.stderr?.on('data', (chunk) => stderr.push(String(chunk)));
  });
  return { service, stdout, shown, ready };
}

const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

it('finishes the request in flight, then stops the HTTP server, the driver and Neo4j, and exits 0', async () => {
  const [port, boltPort] = [await freePort(), await freePort()];
  const started = startService({ PORT: String(port), NEO4J_EMBEDDED_HOME: home, NEO4J_EMBEDDED_PORT: String(boltPort), NEO4J_EMBEDDED_HEAP: '512m', NEO4J_URI: '' }, 150_000);
  const running = started.service;
  child = running;
  output = started.shown;
  let exit: number | null | undefined;
  running.once('exit', (code) => (exit = code));
  await started.ready;

  // A request whose body is still arriving when SIGTERM comes. `Expect: 100-continue` makes the
  // server say when it has the request's headers (Node answers "100 Continue"): SIGTERM comes then.
  const body = JSON.stringify({ query: '{ sources { totalCount } }' });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), expect: '100-continue' };
    const request = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    request.on('error', reject);
    request.once('continue', () => {
      request.write(body.slice(0, 10));
      running.kill('SIGTERM');
      // Stopped accepting: new connections are refused while the old one is still open.
      void waitFor('new connections to be refused', () => refused, 10_000).then(() => request.end(body.slice(10)), reject);
    });
    request.flushHeaders();
  });
  let refused = false;
  const poll = setInterval(() => void connects(port).then((ok) => (refused ||= !ok)), 100);
  try {
    const finished = await answer;
    expect(finished.status).toBe(200);
    expect(JSON.parse(finished.body)).toEqual({ data: { sources: { totalCount: 1 } } });
  } finally {
    clearInterval(poll);
  }

  await waitFor('the process to exit', () => exit !== undefined, 60_000);
  expect(exit).toBe(0);
  const messages = started.stdout.map((line) => (JSON.parse(line) as { msg?: unknown }).msg);
  const order = ['SIGTERM: shutting down ...', 'stopping Neo4j ...', 'stopped'].map((m) => messages.indexOf(m));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(await isPortFree(boltPort)).toBe(true);
}, 240_000);

/** Whether a process is there and not a zombie (one whose parent is gone waits for init to reap it). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** The processes a process started, from /proc (Linux): its threads' children. */
function childrenOf(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
  );
}

it('does not leave the embedded Neo4j behind when it is killed outright (SIGKILL)', async () => {
  const [port, boltPort] = [await freePort(), await freePort()];
  const started = startService({ PORT: String(port), NEO4J_EMBEDDED_HOME: home, NEO4J_EMBEDDED_PORT: String(boltPort), NEO4J_EMBEDDED_HEAP: '512m', NEO4J_URI: '' }, 150_000);
  const service = started.service;
  child = service;
  output = started.shown;
  await started.ready;
  const [jvm] = childrenOf(service.pid!);
  expect(jvm).toBeDefined();
  expect(readFileSync(`/proc/${jvm}/cmdline`, 'utf8')).toContain('kg.launcher.EmbeddedNeo4j');

  service.kill('SIGKILL');
  // No shutdown code of ours runs: the launcher sees its standard input end and stops Neo4j itself.
  await waitFor('the JVM to exit after its parent was killed', () => !running(jvm!), 90_000);
  expect(await isPortFree(boltPort)).toBe(true);
}, 300_000);

describe('the front', () => {
  const secret = 'front-test-secret-of-thirty-two-chars!';
  const auth: Config['auth'] = { jwtSecret: secret, jwksUrl: null, issuer: null, audience: null, anonymousRead: true };
  let scratch: ScratchNeo4j;
  let service: ChildProcess | null = null;
  let url: string;

  beforeAll(async () => {
    scratch = await startScratchNeo4j('front');
    const port = await freePort();
    // An empty Neo4j of its own (seeded on start), a token secret, a rate limit low enough to reach,
    // and an API heap bound of its own.
    const started = startService({ PORT: String(port), NEO4J_URI: scratch.uri, SEED_ON_EMPTY: 'true', AUTH_JWT_SECRET: secret, RATE_LIMIT_PER_MINUTE: '8', API_HEAP_MB: '200' }, 120_000);
    service = started.service;
    await started.ready;
    url = `http://127.0.0.1:${port}`;
  }, 180_000);
  afterAll(async () => {
    if (service && service.exitCode === null) {
      const exited = new Promise((resolve) => service!.once('exit', resolve));
      service.kill('SIGTERM');
      await exited;
    }
    await scratch?.stop();
  }, 60_000);

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('answers the probes itself, and passes GraphQL to the API thread', async () => {
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    // The API thread gives every response it makes an X-Request-Id; the front's own answers have none.
    expect(health.headers.get('x-request-id')).toBeNull();
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    const ready = await fetch(`${url}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', neo4j: 'up' }]);

    const answer = await post({ query: '{ sources { totalCount } }' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-request-id')).toBeTruthy();
    expect(await answer.json()).toEqual({ data: { sources: { totalCount: 1 } } });
  });

  it('bounds the API thread\'s heap by API_HEAP_MB (the old generation, plus the young one)', async () => {
    const text = await (await fetch(`${url}/metrics`)).text();
    const limit = Number(/^kg_api_heap_limit_bytes (\S+)$/m.exec(text)?.[1]);
    // 200 MiB of old generation and V8's young generation (tens of MiB); unbounded, it is gigabytes.
    expect(limit / 1048576).toBeGreaterThanOrEqual(200);
    expect(limit / 1048576).toBeLessThan(320);
  });

  it('gives the API thread the client address, not one the client made up (TRUST_PROXY is off)', async () => {
    // Eight requests a minute per client: one client sending as eight "forwarded" addresses is still one client.
    const statuses: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const answer = await post({ query: '{ sources { totalCount } }' }, { 'x-forwarded-for': `203.0.113.${i + 1}` });
      statuses.push(answer.status);
      await answer.arrayBuffer();
    }
    // The first test's request counts too: the ninth of this test is at least the ninth of the minute.
    expect(statuses.slice(0, 7).every((s) => s === 200)).toBe(true);
    expect(statuses[8]).toBe(429);
  });

  it('carries WebSocket subscriptions to the API thread and their events back', async () => {
    const token = await signDevToken(auth, { role: 'analyst', subject: 'front-test-analyst' });
    const { client, connected } = liveClient(url, token);
    try {
      await connected;
      const added = new LiveSubscription(client, 'subscription { claimAdded { id text } }');
      // The claim is written over HTTP through the front by another client (the rate limit is per subject).
      const write = async (query: string, variables: Record<string, unknown>) => {
        const answer = await post({ query, variables }, { authorization: `Bearer ${token}` });
        const body = (await answer.json()) as { data?: any; errors?: unknown };
        if (!body.data) throw new Error(JSON.stringify(body));
        return body.data;
      };
      const source = await write('mutation S($input: SourceInput!) { recordSource(input: $input) { id } }', { input: { url: 'https://front.example/report', title: 'Front test report', publishedAt: '2025-01' } });
      // A claim's identity is its source, subject, predicate and object: each claim below goes to a town of its own.
      const entities = await write(
        `mutation E($a: EntityInput!, $t0: EntityInput!, $t1: EntityInput!, $t2: EntityInput!, $t3: EntityInput!) { a: upsertEntity(input: $a) { id }
          t0: upsertEntity(input: $t0) { id } t1: upsertEntity(input: $t1) { id } t2: upsertEntity(input: $t2) { id } t3: upsertEntity(input: $t3) { id } }`,
        { a: { kind: 'ARMED_FORCE', name: 'Front test brigade' }, ...Object.fromEntries([0, 1, 2, 3].map((i) => [`t${i}`, { kind: 'LOCATION', name: `Front test town ${i}` }])) },
      );
      // The server registers a subscription asynchronously, and nothing tells the client when: claims
      // are asserted, each new, until one arrives (almost always the first).
      let arrived = false;
      const arrival = added.next().finally(() => (arrived = true));
      arrival.catch(() => undefined); // awaited below; a failure before that is the test's own
      const asserted = new Map<string, string>();
      for (let i = 0; i < 4 && !arrived; i += 1) {
        const excerpt = `The front test brigade moved to town ${i}.`;
        const claim = await write('mutation C($input: ClaimInput!) { assertClaim(input: $input) { id } }', {
          input: { sourceId: source.recordSource.id, subjectId: entities.a.id, predicate: 'DEPLOYED_TO', objectId: entities[`t${i}`].id, excerpt, credibility: 4 },
        });
        asserted.set(claim.assertClaim.id, excerpt);
      }
      const event = (await arrival).data?.claimAdded as { id: string; text: string };
      expect(asserted.get(event.id)).toBe(event.text);
      added.dispose();
    } finally {
      await client.dispose();
    }
  });
});
