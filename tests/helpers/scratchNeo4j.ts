import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema, freePort, namedQueries, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/neo4j';
import { createTestApi, type TestApi } from './testApi';

/**
 * An empty Neo4j of a suite's own, with the schema applied, for suites that write or build big
 * graphs: the shared seed and analyst databases stay exactly as other suites expect them.
 */
export interface ScratchNeo4j {
  uri: string;
  api: TestApi;
  stop(): Promise<void>;
}

/** Scratch suites write: their API runs as an admin, recorded as "test-admin". */
export const SCRATCH_USER = { id: 'test-admin', role: 'admin' } as const;

export async function startScratchNeo4j(label: string): Promise<ScratchNeo4j> {
  const home = mkdtempSync(path.join(os.tmpdir(), `kg-test-${label}-`));
  let neo4j: EmbeddedNeo4j | null = null;
  try {
    neo4j = await startEmbeddedNeo4j({ home, port: await freePort(), heap: '768m' });
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
