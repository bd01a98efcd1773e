import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { signDevToken } from '../../src/auth';
import type { Config } from '../../src/config';
import { applySchema, createDriver, freePort, namedQueries, openDatabase, startEmbeddedNeo4j, type Database, type EmbeddedNeo4j } from '../../src/neo4j';
import type { RunningServer } from '../../src/server';
import { startTestServer } from '../helpers/testServer';
import { getStatus, postGraphQL, type CallOutcome } from './outage/http';
import { countNodes, findBrokenFacts, findEntitiesWithoutHistory, findHalfWrittenClaims, findMissing } from './outage/integrity';
import { startWriteStream, type StreamFixture, type WriteOutcome, type WriteStream } from './outage/writeStream';

/**
 * Issue 5, "Outages": a stream of writes runs through the real HTTP API while its Neo4j is killed
 * with SIGKILL and later restarted on the same data folder and port. While Neo4j is down, requests
 * fail fast with SERVICE_UNAVAILABLE and the HTTP server keeps answering; once Neo4j is back, the
 * same API process serves again by itself; every acknowledged write is in the recovered store, and
 * nothing is half-written. The figures are printed for the closing note.
 */

/**
 * A request that fails while Neo4j is down must fail within this. Connecting to a dead port is
 * refused at once, so the time is the driver's retry back-off (1 s, 2 s, 4 s, ... each ±20%, until
 * maxTransactionRetryTime has passed): with a 2 s retry time a call gives up after 2.4-3.6 s, with
 * 5 s only after 5.6-8.4 s, which this bound tells apart.
 */
const FAIL_FAST_MS = 6_000;
/** After Neo4j is ready again, the API must serve a read within this. */
const RECOVERY_BOUND_MS = 60_000;
const WRITERS = 4;
/**
 * The stream writes this long, and until this many writes are acknowledged (a loaded machine is
 * slow), before the kill and again after recovery; Neo4j stays down OUTAGE_MS before its restart.
 */
const STREAM_PHASE_MS = 4_000;
const STREAM_PHASE_ACKS = 8;
const STREAM_PHASE_CAP_MS = 30_000;
const OUTAGE_MS = 10_000;

const auth: Config['auth'] = {
  jwtSecret: 'an-outage-test-secret-that-is-long-enough-0123',
  jwksUrl: null,
  issuer: null,
  audience: null,
  anonymousRead: false,
};
const READ = '{ sources(first: 1) { totalCount } }';

let home: string;
let port: number;
let neo4j: EmbeddedNeo4j | null = null;
let db: Database | null = null;
let server: RunningServer | null = null;
let token: string;
let fixture: StreamFixture;

const startNeo4j = () => startEmbeddedNeo4j({ home, port, heap: '768m', shortLived: true });

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'kg-test-outage-'));
  port = await freePort();
  neo4j = await startNeo4j();
  const queries = namedQueries();
  // As src/main.ts builds it: the API's own driver, never replaced during the test.
  db = openDatabase({ uri: neo4j.uri, transactionTimeoutMs: 30_000 });
  await applySchema(db, queries);
  server = await startTestServer(db, { auth });
  token = await signDevToken(auth, { role: 'analyst', subject: 'outage-writer' });
  fixture = await createFixture(server.url, token);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await db?.close();
  await neo4j?.stop();
  if (home) rmSync(home, { recursive: true, force: true });
});

/** The source, country and reporting agency every claim of the stream points at. */
async function createFixture(baseUrl: string, bearer: string): Promise<StreamFixture> {
  const call = async (query: string, field: string) => {
    const outcome = await postGraphQL(baseUrl, query, {}, bearer);
    if (!outcome.ok) throw new Error(`expected the fixture write ${field} to succeed, but it failed with ${outcome.code}`);
    return outcome.data?.[field]?.id as string;
  };
  const objectId = await call('mutation { upsertEntity(input: { kind: COUNTRY, name: "Ruritania" }) { id } }', 'upsertEntity');
  const reporterId = await call(
    'mutation { upsertEntity(input: { kind: ORGANIZATION, name: "Ruritanian intelligence agency", reliability: B }) { id } }',
    'upsertEntity',
  );
  const sourceId = await call(
    `mutation { recordSource(input: { url: "https://example.org/outage-report", title: "Troops deployed", publisherId: "${reporterId}" }) { id } }`,
    'recordSource',
  );
  return { sourceId, objectId, reporterId };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

describe('Neo4j killed and restarted under a stream of writes', () => {
  it('fails fast with SERVICE_UNAVAILABLE while down, recovers without a restart and keeps every acknowledged write whole', async () => {
    const url = (server as RunningServer).url;
    const crashes: unknown[] = [];
    const onCrash = (error: unknown) => crashes.push(error);
    process.on('unhandledRejection', onCrash);
    process.on('uncaughtException', onCrash);
    let stream: WriteStream | null = null;
    try {
      // /readyz is optional until the lead adds it: 404 means "not there yet", and its checks are skipped.
      const readyBefore = await getStatus(url, '/readyz');
      const hasReadyz = readyBefore.status !== 404;
      if (hasReadyz) expect(readyBefore.status).toBe(200);
      expect((await postGraphQL(url, READ, {}, token)).ok).toBe(true);

      stream = startWriteStream({ baseUrl: url, token, fixture, writers: WRITERS, runId: String(Date.now()) });
      await writeFor(stream, Date.now());

      const killedAt = Date.now();
      await (neo4j as EmbeddedNeo4j).kill();
      neo4j = null;
      const killMs = Date.now() - killedAt;

      // While Neo4j is down: a read, /healthz and /readyz, over and over, besides the writers.
      const reads: CallOutcome[] = [];
      const health: Array<{ status: number | null; ms: number }> = [];
      const readiness: Array<{ status: number | null; ms: number }> = [];
      while (Date.now() - killedAt < OUTAGE_MS) {
        const [read, healthz, readyz] = await Promise.all([
          postGraphQL(url, READ, {}, token),
          getStatus(url, '/healthz'),
          hasReadyz ? getStatus(url, '/readyz') : Promise.resolve(null),
        ]);
        reads.push(read);
        health.push(healthz);
        if (readyz) readiness.push(readyz);
      }

      // Same folder, same port: Neo4j recovers its store from the transaction log; the API is not touched.
      const restartAt = Date.now();
      neo4j = await startNeo4j();
      const neo4jReadyAt = Date.now();
      let servedAt: number | null = null;
      let firstServedRead: CallOutcome | null = null;
      while (servedAt === null && Date.now() - neo4jReadyAt < RECOVERY_BOUND_MS) {
        const read = await postGraphQL(url, READ, {}, token);
        reads.push(read);
        if (read.ok) {
          servedAt = Date.now();
          firstServedRead = read;
        } else {
          await sleep(200);
        }
      }
      let readyAgain: { status: number | null; ms: number } | null = null;
      while (hasReadyz && servedAt !== null && readyAgain?.status !== 200 && Date.now() - servedAt < 10_000) {
        if (readyAgain) await sleep(200);
        readyAgain = await getStatus(url, '/readyz');
      }
      if (servedAt !== null) await writeFor(stream, servedAt);
      stream.stop();
      const writes = await stream.finished;

      // Straight from Neo4j, with a driver of the test's own.
      const verifier = createDriver((neo4j as EmbeddedNeo4j).uri);
      let store;
      try {
        const acked = (kind: WriteOutcome['kind']) => writes.filter((w) => w.kind === kind && w.ok).map((w) => w.id);
        const failed = (kind: WriteOutcome['kind']) => writes.filter((w) => w.kind === kind && !w.ok).map((w) => w.id);
        store = {
          missingEntities: await findMissing(verifier, 'Entity', acked('entity')),
          missingClaims: await findMissing(verifier, 'Claim', acked('claim')),
          absentFailedEntities: await findMissing(verifier, 'Entity', failed('entity')),
          absentFailedClaims: await findMissing(verifier, 'Claim', failed('claim')),
          halfWrittenClaims: await findHalfWrittenClaims(verifier),
          brokenFacts: await findBrokenFacts(verifier),
          entitiesWithoutHistory: await findEntitiesWithoutHistory(verifier),
          counts: await countNodes(verifier),
        };
      } finally {
        await verifier.close();
      }

      const failures = [...writes, ...reads].filter((c) => !c.ok);
      const outageFailures = failures.filter((c) => c.startedAt >= killedAt && c.startedAt < neo4jReadyAt);
      const codes = failures.reduce<Record<string, number>>((acc, c) => ({ ...acc, [String(c.code)]: (acc[String(c.code)] ?? 0) + 1 }), {});
      // How long a client waited for its error once Neo4j was gone: a request already running at the
      // kill counts from the kill, since its earlier work was ordinary.
      const waited = (c: CallOutcome | WriteOutcome) => c.startedAt + c.ms - Math.max(c.startedAt, killedAt);
      // The bound is for requests that started while Neo4j was down. One that starts once it is up
      // again may meet a pooled connection to the old process and the cold planning of its first
      // statements (a claim started 6 s after Neo4j was ready once took 9.7 s to fail): it is counted
      // and shown, not bound.
      const maxFailureMs = Math.max(0, ...outageFailures.map(waited));
      const slowestFailures = [...failures]
        .sort((a, b) => waited(b) - waited(a))
        .slice(0, 3)
        .map((c) => `${'kind' in c ? c.kind : 'read'} started ${seconds(c.startedAt - killedAt)} after the kill, failed after ${c.ms} ms`);
      const ackedWrites = writes.filter((w) => w.ok);
      const failedWrites = writes.filter((w) => !w.ok);
      const ambiguous = failedWrites.length - store.absentFailedEntities.length - store.absentFailedClaims.length;
      const figures = {
        writers: WRITERS,
        writesAcknowledged: ackedWrites.length,
        acknowledgedEntities: ackedWrites.filter((w) => w.kind === 'entity').length,
        acknowledgedClaims: ackedWrites.filter((w) => w.kind === 'claim').length,
        acknowledgedBeforeKill: ackedWrites.filter((w) => w.startedAt + w.ms < killedAt).length,
        acknowledgedAfterRecovery: ackedWrites.filter((w) => servedAt !== null && w.startedAt >= servedAt).length,
        writesFailed: failedWrites.length,
        failedButCommitted: ambiguous,
        failureCodes: codes,
        requestsFailedDuringOutage: outageFailures.length,
        maxFailureLatency: seconds(maxFailureMs),
        medianOutageFailureLatency: seconds(median(outageFailures.map(waited))),
        slowestFailures,
        healthzDuringOutage: `${health.filter((h) => h.status === 200).length}/${health.length} answered 200, slowest ${Math.max(0, ...health.map((h) => h.ms))} ms`,
        readyzDuringOutage: hasReadyz ? readiness.map((r) => r.status).join(',') : 'no /readyz yet',
        readyzAfterRecovery: hasReadyz ? readyAgain?.status : 'no /readyz yet',
        killTook: `${killMs} ms`,
        neo4jDown: seconds(restartAt - killedAt),
        neo4jRestartAndStoreRecovery: seconds(neo4jReadyAt - restartAt),
        apiServingAgainAfterNeo4jReady: servedAt === null ? 'never' : seconds(servedAt - neo4jReadyAt),
        firstServedReadTook: firstServedRead ? `${firstServedRead.ms} ms` : 'never',
        apiServingAgainAfterKill: servedAt === null ? 'never' : seconds(servedAt - killedAt),
        storeAfterwards: store.counts,
      };
      console.log(`[outage] figures\n${JSON.stringify(figures, null, 2)}`);

      // The outage was real, and the stream wrote on both sides of it.
      expect(figures.acknowledgedBeforeKill).toBeGreaterThan(0);
      expect(outageFailures.length).toBeGreaterThan(0);
      // Fail fast, with the right code, and never an internal error.
      expect(Object.keys(codes)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(maxFailureMs).toBeLessThan(FAIL_FAST_MS);
      // The HTTP server stayed up: liveness answered throughout, nothing crashed.
      expect(health.length).toBeGreaterThan(0);
      expect(health.every((h) => h.status === 200 && h.ms < 1_000)).toBe(true);
      expect(crashes).toEqual([]);
      if (hasReadyz) {
        expect(readiness.length).toBeGreaterThan(0);
        expect(readiness.every((r) => r.status === 503 && r.ms < FAIL_FAST_MS)).toBe(true);
        expect(readyAgain?.status).toBe(200);
      }
      // It recovered by itself, and writes go through again.
      expect(servedAt).not.toBeNull();
      expect(figures.acknowledgedAfterRecovery).toBeGreaterThan(0);
      // Every acknowledged write is there, under the id the write path computes; nothing is half-written.
      expect(ackedWrites.filter((w) => w.returnedId !== w.id)).toEqual([]);
      expect(store.missingEntities).toEqual([]);
      expect(store.missingClaims).toEqual([]);
      expect(store.halfWrittenClaims).toEqual([]);
      expect(store.brokenFacts).toEqual([]);
      expect(store.entitiesWithoutHistory).toEqual([]);
    } finally {
      // On an early failure, the writers must not outlive the test.
      stream?.stop();
      await stream?.finished;
      process.off('unhandledRejection', onCrash);
      process.off('uncaughtException', onCrash);
    }
  }, 150_000);
});

/** Lets the stream write for STREAM_PHASE_MS and until STREAM_PHASE_ACKS writes started since `from` are acknowledged. */
async function writeFor(stream: WriteStream, from: number): Promise<void> {
  const acked = () => stream.outcomes.filter((w) => w.ok && w.startedAt >= from).length;
  while (Date.now() - from < STREAM_PHASE_CAP_MS && (Date.now() - from < STREAM_PHASE_MS || acked() < STREAM_PHASE_ACKS)) {
    await sleep(100);
  }
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}
