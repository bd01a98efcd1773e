import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort, isPortFree } from '../../src/neo4j';
import { projectRoot } from '../../src/support';

/**
 * `npm start`'s process, stopped by SIGTERM while a request is in flight: it stops accepting,
 * finishes the request, closes the driver, stops the embedded Neo4j and exits 0.
 */
let child: ChildProcess | null = null;
let home: string;
const logs: Array<Record<string, unknown>> = [];

beforeAll(() => {
  // The test runs the compiled service, as `npm start` does; build it from the current sources.
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
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; log so far:\n${logs.map((l) => JSON.stringify(l)).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

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
  const running = spawn(process.execPath, [path.join(projectRoot, 'dist', 'src', 'main.js')], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), NEO4J_EMBEDDED_HOME: home, NEO4J_EMBEDDED_PORT: String(boltPort), NEO4J_EMBEDDED_HEAP: '512m', NEO4J_URI: '', LOG_LEVEL: 'info', NODE_ENV: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = running;
  let exit: number | null | undefined;
  running.once('exit', (code) => (exit = code));
  let pending = '';
  running.stdout?.on('data', (chunk) => {
    pending += String(chunk);
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) logs.push(JSON.parse(line));
  });
  running.stderr?.on('data', (chunk) => logs.push({ stderr: String(chunk) }));
  const logged = (pattern: RegExp) => logs.some((l) => typeof l.msg === 'string' && pattern.test(l.msg));

  await waitFor('the API to be ready', () => logged(/GraphQL API at/) || exit !== undefined, 150_000);
  expect(exit).toBeUndefined();

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
  const messages = logs.map((l) => l.msg);
  const order = ['SIGTERM: shutting down ...', 'stopping Neo4j ...', 'stopped'].map((m) => messages.indexOf(m));
  expect(order.every((i) => i >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(await isPortFree(boltPort)).toBe(true);
}, 240_000);
