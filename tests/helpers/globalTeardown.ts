import { rmSync } from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/neo4j';

/** Stops the embedded Neo4j servers cleanly (SIGTERM) and removes their throw-away data folders. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as { __KG_EMBEDDED__?: Array<{ embedded: EmbeddedNeo4j; home: string }> }).__KG_EMBEDDED__ ?? [];
  await Promise.all(
    started.map(async ({ embedded, home }) => {
      await embedded.stop();
      rmSync(home, { recursive: true, force: true });
    }),
  );
}
