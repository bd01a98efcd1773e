import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { signDevToken } from '../../src/auth';
import { DEFAULT_LIMITS, type Config } from '../../src/config';
import { applySchema, freePort, namedQueries, openDatabase, startEmbeddedNeo4j, type Database, type EmbeddedNeo4j } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { startTestServer } from '../helpers/testServer';

/**
 * Issue 16, finding 6: a mutation answered with REQUEST_TIMEOUT may still commit when Neo4j was
 * frozen (SIGSTOP), not down: the frozen server enforces no timeout until it runs again, and then
 * runs what was waiting. So the answer must say that the outcome is unknown, and a client that sent
 * an Idempotency-Key must be able to learn the real outcome by sending the request again.
 */
const auth: Config['auth'] = { jwtSecret: 'frozen-neo4j-test-secret-0123456789abcdef', jwksUrl: null, issuer: null, audience: null, anonymousRead: true };
const TIMEOUT_MS = 6_000;

let home: string;
let neo4j: EmbeddedNeo4j;
let db: Database;
let server: RunningServer;
let token: string;
beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'kg-test-frozen-'));
  neo4j = await startEmbeddedNeo4j({ home, port: await freePort(), heap: '512m', shortLived: true });
  db = openDatabase({ uri: neo4j.uri });
  await applySchema(db, namedQueries());
  server = await startTestServer(db, { auth, limits: { ...DEFAULT_LIMITS, requestTimeoutMs: TIMEOUT_MS } });
  token = await signDevToken(auth, { role: 'analyst', subject: 'frozen-test' });
  // Warm the new Neo4j up (its first writes plan their queries): on a busy machine they can take
  // longer than the request timeout that the frozen cases need to be short.
  await db.write('claimIdempotencyKey', { id: `warm-up-${randomUUID()}`, fingerprint: '', claimant: 'warm-up', ttlSeconds: 1 });
  for (let i = 0; i < 3; i += 1) await upsert(`Warm-up organisation ${i}`, `warm-up-${randomUUID()}`);
}, 240_000);
afterAll(async () => {
  try {
    process.kill(neo4j.pid, 'SIGCONT');
  } catch {
    // Already running, or gone.
  }
  await server?.stop();
  await db?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
});

const UPSERT = 'mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { id name } }';

const upsert = async (name: string, key?: string) => {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
    body: JSON.stringify({ query: UPSERT, variables: { input: { kind: 'ORGANIZATION', name } } }),
  });
  return { status: response.status, replayed: response.headers.get('idempotent-replayed'), body: (await response.json()) as { data?: { upsertEntity: { id: string } | null } | null; errors?: Array<{ message: string; extensions: Record<string, unknown> }> } };
};

const entityCount = async (name: string) => (await db.runStatement('MATCH (n:Entity {name: $name}) RETURN count(n) AS n', { name }))[0]?.n as number;
const entityExists = async (name: string) => (await entityCount(name)) === 1;

/** Freezes Neo4j for `ms` while `work` runs, then lets it go on. */
async function whileFrozen<T>(work: () => Promise<T>): Promise<T> {
  process.kill(neo4j.pid, 'SIGSTOP');
  try {
    return await work();
  } finally {
    process.kill(neo4j.pid, 'SIGCONT');
  }
}

async function eventually(check: () => Promise<boolean>, ms = 20_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('a mutation while Neo4j is frozen', () => {
  // First, while Neo4j runs: the key's ordinary path.
  it('runs a keyed mutation once, replays its answer, and refuses the key for a different request', async () => {
    const name = `Keyed organisation ${randomUUID()}`;
    const key = `once-${randomUUID()}`;
    const first = await upsert(name, key);
    expect(`${first.status} ${JSON.stringify(first.body)}`).toMatch(/^200 /);
    expect(first.replayed).toBeNull();
    const second = await upsert(name, key);
    expect(second.replayed).toBe('true');
    expect(second.body).toEqual(first.body);
    const other = await upsert(`${name} (another)`, key);
    expect(other.status).toBe(422);
    expect(other.body.errors?.[0]?.extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
  }, 60_000);

  it('is answered with REQUEST_TIMEOUT and outcome UNKNOWN, and may indeed commit once Neo4j runs again', async () => {
    const name = `Frozen organisation ${randomUUID()}`;
    const answer = await whileFrozen(async () => {
      const result = await upsert(name);
      // /healthz does not wait for Neo4j.
      const started = performance.now();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(performance.now() - started).toBeLessThan(1_000);
      return result;
    });
    expect(answer.status).toBe(503);
    expect(answer.body.errors?.[0]).toMatchObject({ extensions: { code: 'REQUEST_TIMEOUT', outcome: 'UNKNOWN' } });
    expect(answer.body.errors?.[0]?.message).toMatch(/outcome is unknown: it may still be applied/);
    // What was waiting in the frozen server's socket runs now: the "timed out" write commits.
    const committed = await eventually(() => entityExists(name), 10_000);
    process.stdout.write(`frozen Neo4j: the mutation answered REQUEST_TIMEOUT ${committed ? 'did commit' : 'did not commit'} after SIGCONT\n`);
  }, 60_000);

  it('lets a client that sent an Idempotency-Key learn the first outcome by retrying, and the graph agrees with it', async () => {
    const name = `Frozen organisation ${randomUUID()}`;
    const key = `retry-${randomUUID()}`;
    const first = await whileFrozen(() => upsert(name, key));
    expect(first.status).toBe(503);
    expect(first.body.errors?.[0]).toMatchObject({ extensions: { code: 'REQUEST_TIMEOUT', outcome: 'UNKNOWN' } });

    // A client retries with the same key while the answer is "in progress" (409) or another timeout
    // (503: Neo4j, just thawed, may take a while to catch up).
    let retry = await upsert(name, key);
    const until = Date.now() + 40_000;
    while ((retry.status === 409 || retry.status === 503) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      retry = await upsert(name, key);
    }
    // Either the first attempt claimed the key, and the retry learns what became of it (replayed),
    // or the frozen Neo4j never stored the claim, and then the first attempt did nothing: the retry
    // is the first to run. Either way the work is done at most once, and the answer says whether.
    process.stdout.write(`frozen Neo4j with an Idempotency-Key: the retry got HTTP ${retry.status}${retry.replayed ? ' (replayed)' : ''}: ${JSON.stringify(retry.body).slice(0, 300)}\n`);
    expect(retry.status).not.toBe(409);
    const applied = Boolean(retry.body.data?.upsertEntity);
    if (!applied) expect(retry.body.errors?.[0]?.extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', outcome: 'NOT_APPLIED' });
    expect(await entityCount(name)).toBe(applied ? 1 : 0);
    // Asked again, the key keeps that outcome: replayed, and the work not done twice.
    const again = await upsert(name, key);
    expect(again.replayed).toBe('true');
    expect(again.body).toEqual(retry.body);
    expect(await entityCount(name)).toBe(applied ? 1 : 0);
  }, 90_000);

});

describe('idempotency keys, Neo4j running', () => {
  const keyCount = async () => (await db.runStatement('MATCH (k:IdempotencyKey) RETURN count(k) AS n'))[0]?.n as number;

  it("are not stored for a caller who may not write: a viewer's keyed mutation is refused each time, never replayed", async () => {
    const viewer = await signDevToken(auth, { role: 'viewer', subject: 'frozen-viewer' });
    const before = await keyCount();
    const key = `viewer-${randomUUID()}`;
    for (let i = 0; i < 2; i += 1) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${viewer}`, 'idempotency-key': key },
        body: JSON.stringify({ query: UPSERT, variables: { input: { kind: 'ORGANIZATION', name: `Viewer organisation ${key}` } } }),
      });
      const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
      expect(body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
      expect(response.headers.get('idempotent-replayed')).toBeNull();
    }
    expect(await keyCount()).toBe(before);
  });

  it('delete expired keys as new ones are claimed', async () => {
    const run = randomUUID();
    await db.runStatement(
      "UNWIND range(1, 3) AS i CREATE (:IdempotencyKey {id: 'expired-' + $run + '-' + i, state: 'DONE', fingerprint: '', expiresAt: datetime() - duration({hours: 1})})",
      { run },
    );
    const expired = async () => (await db.runStatement('MATCH (k:IdempotencyKey) WHERE k.expiresAt < datetime() RETURN count(k) AS n'))[0]?.n as number;
    expect(await expired()).toBeGreaterThanOrEqual(3);
    const answer = await upsert(`Purging organisation ${run}`, `purge-${run}`);
    expect(answer.status).toBe(200);
    expect(await expired()).toBe(0);
    // The new key is kept, and replays.
    expect((await upsert(`Purging organisation ${run}`, `purge-${run}`)).replayed).toBe('true');
  });
});
