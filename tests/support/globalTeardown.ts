import { rmSync } from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/neo4j';

/** Stops the embedded Neo4j cleanly (SIGTERM) and removes its throw-away data folder. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __KG_EMBEDDED__?: { embedded: EmbeddedNeo4j; home: string } }).__KG_EMBEDDED__;
  if (!state) return;
  await state.embedded.stop();
  rmSync(state.home, { recursive: true, force: true });
}
