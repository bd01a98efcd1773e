import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadQueries } from '../src/cypher';
import { applySchema, createDriver, Database, freePort, startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/neo4j';
import { projectRoot } from '../src/support';
import { dataHome, type Scale } from './scales';

/** What bench:data leaves beside the store, so a run can quote how the data was made. */
export interface Manifest {
  scale: string;
  seed: number;
  generatorVersion: number;
  records: { entities: number; sources: number; claims: number; retractions: number };
  graph: { nodes: number; relationships: number; facts: number; claims: number; entities: number; sources: number };
  loadSeconds: number;
  bytesOnDisk: number;
  storeBytes: number;
  loadedAt: string;
  command: string;
}

export const MANIFEST = 'bench-manifest.json';

export function readManifest(scale: Scale): Manifest | null {
  const file = path.join(dataHome(scale.name), MANIFEST);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export function writeManifest(scale: Scale, manifest: Manifest): void {
  writeFileSync(path.join(dataHome(scale.name), MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

export interface BenchNeo4j {
  neo4j: EmbeddedNeo4j;
  db: Database;
  stop(): Promise<void>;
}

/** Starts the embedded Neo4j on the scale's data folder, with the schema applied. */
export async function startBenchNeo4j(scale: Scale, log: (line: string) => void): Promise<BenchNeo4j> {
  const neo4j = await startEmbeddedNeo4j({
    home: dataHome(scale.name),
    port: await freePort(),
    heap: scale.heap,
    pagecache: scale.pagecache,
    transactionTimeoutSeconds: 600,
    log,
  });
  try {
    const db = new Database(createDriver(neo4j.uri), loadQueries(path.join(projectRoot, 'cypher')), { transactionTimeoutMs: 600_000 });
    await applySchema(db, loadQueries(path.join(projectRoot, 'cypher')));
    return {
      neo4j,
      db,
      async stop() {
        await db.close();
        await neo4j.stop();
      },
    };
  } catch (error) {
    await neo4j.stop();
    throw error;
  }
}

/** Bytes of every file under `dir`. */
export function bytesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
