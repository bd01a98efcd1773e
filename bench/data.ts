import { rmSync } from 'node:fs';
import path from 'node:path';
import { importRecords } from '../src/transfer/importRecords';
import { intArg, parseArgs } from './args';
import { generateGraph } from './generator';
import { bytesUnder, mib, readManifest, startBenchNeo4j, writeManifest, type Manifest } from './neo4jHome';
import { dataHome, DEFAULT_SEED, GENERATOR_VERSION, parseScale, type Scale } from './scales';

/**
 * `npm run bench:data -- --scale small|medium|large [--seed N] [--force]`: generates the synthetic
 * graph and loads it through the import path (batched UNWIND, facts rebuilt per batch) into an
 * embedded Neo4j whose store is kept in `.bench-data/<scale>/`, then reports load time and size.
 * A folder already loaded with the same seed and generator is kept unless `--force`.
 */
const log = (line: string) => console.log(`[bench:data] ${line}`);

export async function ensureData(scale: Scale, seed: number, force: boolean): Promise<Manifest> {
  const existing = readManifest(scale);
  if (!force && existing && existing.seed === seed && existing.generatorVersion === GENERATOR_VERSION) {
    log(`${scale.name}: already loaded in ${dataHome(scale.name)} (seed ${seed}); --force rebuilds it`);
    return existing;
  }
  rmSync(dataHome(scale.name), { recursive: true, force: true });
  const graph = generateGraph(scale, seed);
  log(`${scale.name}: generated ${graph.counts.entities} entities, ${graph.counts.sources} sources, ${graph.counts.claims} claims (${graph.counts.retractions} retracted), seed ${seed}`);
  const bench = await startBenchNeo4j(scale, log);
  let manifest: Manifest;
  try {
    const started = Date.now();
    let lastLine = 0;
    const report = await importRecords(bench.db, graph.records, (phase, done, total, perSecond) => {
      if (done === total || Date.now() - lastLine > 2_000) {
        lastLine = Date.now();
        log(`${phase}: ${done}/${total} (${Math.round((100 * done) / total)}%), ${Math.round(perSecond)}/s`);
      }
    });
    const loadSeconds = (Date.now() - started) / 1000;
    if (report.errors.length > 0) {
      throw new Error(`expected every generated record to load, but ${report.errors.length} were refused, first: line ${report.errors[0]?.line}: ${report.errors[0]?.message}`);
    }
    const [counts] = await bench.db.runStatement(`
      CALL () { MATCH (n) RETURN count(n) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
      CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS facts }
      CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
      CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
      CALL () { MATCH (s:Source) RETURN count(s) AS sources }
      RETURN nodes, relationships, facts, claims, entities, sources`);
    manifest = {
      scale: scale.name,
      seed,
      generatorVersion: GENERATOR_VERSION,
      records: graph.counts,
      graph: counts as Manifest['graph'],
      loadSeconds,
      bytesOnDisk: 0,
      storeBytes: 0,
      loadedAt: new Date().toISOString(),
      command: `npm run bench:data -- --scale ${scale.name}${seed === DEFAULT_SEED ? '' : ` --seed ${seed}`}`,
    };
    log(`loaded in ${loadSeconds.toFixed(1)} s: ${JSON.stringify(counts)}; ${Math.round(graph.counts.claims / loadSeconds)} claims/s overall`);
  } finally {
    await bench.stop();
  }
  // Sizes after a clean shutdown, when the store is flushed.
  manifest.bytesOnDisk = bytesUnder(dataHome(scale.name));
  manifest.storeBytes = bytesUnder(path.join(dataHome(scale.name), 'data', 'databases'));
  writeManifest(scale, manifest);
  log(`size on disk: ${mib(manifest.bytesOnDisk)} in all, ${mib(manifest.storeBytes)} store (the rest is transaction logs)`);
  return manifest;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = parseScale(args.scale);
  await ensureData(scale, intArg(args, 'seed', DEFAULT_SEED), args.force === 'true');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('[bench:data] failed:', error);
    process.exit(1);
  });
}
