import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema, freePort, namedQueries, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j';
import { createTestApi, type TestApi } from './testApi';

/**
 * An empty Neo4j of a suite's own, with the schema applied, for suites that write or build big
 * graphs: the shared seed and analyst databases stay exactly as other suites expect them.
 *
 * Under `npm test`, globalSetup starts one scratch server per jest worker (NEO4J_SCRATCH_URIS) and a
 * suite empties its worker's server instead of starting a JVM of its own: a worker runs one suite at
 * a time, and sixteen JVM starts were minutes of CI. Without that variable (a jest run with another
 * globalSetup) each suite starts its own server, as before.
 */
export interface ScratchNeo4j {
  uri: string;
  api: TestApi;
  stop(): Promise<void>;
}

/** Scratch suites write: their API runs as an admin, recorded as "test-admin". */
export const SCRATCH_USER = { id: 'test-admin', role: 'admin' } as const;

export async function startScratchNeo4j(label: string): Promise<ScratchNeo4j> {
  const pooled = pooledScratchUri();
  if (pooled) return emptied(pooled);
  const home = mkdtempSync(path.join(os.tmpdir(), `kg-test-${label}-`));
  let neo4j: EmbeddedNeo4j | null = null;
  try {
    neo4j = await startEmbeddedNeo4j({ home, port: await freePort(), heap: '768m', shortLived: true });
    const api = await createTestApi(neo4j.uri, SCRATCH_USER);
    await applySchema(api.db, namedQueries());
    const started = neo4j;
    return {
      uri: started.uri,
      api,
      async stop() {
        await api.close();
        await started.stop();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await neo4j?.stop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

/** This jest worker's scratch server, from NEO4J_SCRATCH_URIS (comma-separated), or null. */
function pooledScratchUri(): string | null {
  const uris = (process.env.NEO4J_SCRATCH_URIS ?? '').split(',').filter(Boolean);
  if (uris.length === 0) return null;
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  return uris[(Math.max(1, worker) - 1) % uris.length]!;
}

/** The pooled server emptied of the previous suite's data, with the schema applied (idempotent). */
async function emptied(uri: string): Promise<ScratchNeo4j> {
  const api = await createTestApi(uri, SCRATCH_USER);
  try {
    // Auto-commit, as CALL { } IN TRANSACTIONS requires: a hub graph is too big for one transaction.
    const session = api.db.driver.session();
    try {
      await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    await applySchema(api.db, namedQueries());
  } catch (error) {
    await api.close();
    throw error;
  }
  return { uri, api, stop: () => api.close() };
}
