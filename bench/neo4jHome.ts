import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema, freePort, namedQueries, openDatabase, startEmbeddedNeo4j, type Database, type EmbeddedNeo4j } from '../src/neo4j';
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
    const db = openDatabase({ uri: neo4j.uri, transactionTimeoutMs: 600_000 });
    await applySchema(db, namedQueries());
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

export interface ThrowawayNeo4j {
  neo4j: EmbeddedNeo4j;
  /** The temp folder (`os.tmpdir()/<prefix>*`): Neo4j's store is in `neo4j/`; put other files beside it. */
  home: string;
  /** Stops Neo4j (when it started) and removes the folder. */
  stop(): Promise<void>;
}

/**
 * Starts an empty embedded Neo4j in a new temp folder, for a run that must not touch a scale's data
 * (the load test). The schema is left to whoever connects (the API applies it at start).
 */
export async function startThrowawayNeo4j(prefix: string, heap: string, log: (line: string) => void): Promise<ThrowawayNeo4j> {
  const home = mkdtempSync(path.join(os.tmpdir(), prefix));
  let neo4j: EmbeddedNeo4j | null = null;
  const stop = async () => {
    if (neo4j) await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    log(`starting a throw-away Neo4j in ${home} ...`);
    neo4j = await startEmbeddedNeo4j({ home: path.join(home, 'neo4j'), port: await freePort(), heap, log: (line) => log(`  ${line}`) });
  } catch (error) {
    await stop();
    throw error;
  }
  return { neo4j, home, stop };
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
