import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { intArg, parseArgs } from './args';
import { bareCatalog, writeBareClaims } from './bareWrite';
import { makeClaims, W1_BATCH, W1_CLAIMS } from './ingest';
import { startBenchNeo4j } from './neo4jHome';
import { Prng } from './prng';
import { DEFAULT_SEED, parseScale } from './scales';
import { summarize } from './stats';
import { loadWritePath, type WritePath } from './writePaths';
import { upsertEntities } from '../src/entity/repository';
import type { EntityKind } from '../src/generated/types';
import { createDriver, Database } from '../src/neo4j';
import { recordSource } from '../src/source/repository';
import { entityId, parsePartialDate, sourceId } from '../src/support';

/**
 * `npm run bench:writes -- --scale small [--iterations 5] [--baseline DIR] [--bare]`: W1 alone, our
 * write path only (no API, no peer), on the scale's loaded graph (`npm run bench:data` first). With
 * `--baseline DIR`, the write path of another build of this project (its compiled `DIR/dist/src`,
 * with its own cypher/ folder) runs beside ours on the same database; with `--bare`, the bare write
 * (bench/bareWrite.ts: the same claims stored, nothing derived), the ceiling of any write path
 * that keeps claims as nodes. The targets take turns, in an order that rotates each iteration, so
 * a shared machine's drift hits them alike. Each target writes about entities of its own, so none
 * sees another's claims. Prints medians and the ratios, and how many statements each write path
 * sends per batch (counted at its Database, by query name).
 */
const KINDS: EntityKind[] = ['COUNTRY', 'ARMED_FORCE', 'PERSON', 'LOCATION', 'ORGANIZATION'];
const log = (line: string) => console.log(`[bench:writes] ${line}`);

/** The bare write (bench/bareWrite.ts), on our own entities and sources. */
function bareWritePath(uri: string): WritePath {
  return {
    name: 'bare',
    db: new Database(createDriver(uri), bareCatalog(), { transactionTimeoutMs: 600_000 }),
    assertClaims: writeBareClaims,
    upsertEntities,
    recordSource,
  };
}

/**
 * CPU seconds a process has used so far (user + system, from /proc; null elsewhere): Neo4j's own
 * work per iteration, which a shared machine's load stretches in wall time far less than it
 * stretches the wall time itself.
 */
function cpuSeconds(pid: number): number | null {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  // The fields after the command name (in parentheses, which may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ, 100 on Linux
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
}

async function cleanup(db: Database, prefix: string): Promise<void> {
  for (;;) {
    const [row] = await db.runStatement(
      `MATCH (s:Source)<-[:CITED_IN]-(c:Claim) WHERE s.url STARTS WITH $url WITH c LIMIT 5000 DETACH DELETE c RETURN count(*) AS n`,
      { url: `https://${prefix}.writes.bench.example/` },
    );
    if (!row || (row.n as number) === 0) break;
  }
  await db.runStatement(`MATCH (s:Source) WHERE s.url STARTS WITH $url DETACH DELETE s`, { url: `https://${prefix}.writes.bench.example/` });
  await db.runStatement(`MATCH (e:Entity) WHERE e.name STARTS WITH $prefix DETACH DELETE e`, { prefix: `W1 ${prefix} actor` });
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = parseScale(args.scale);
  const iterations = intArg(args, 'iterations', 5);
  const seed = intArg(args, 'seed', DEFAULT_SEED);
  const bench = await startBenchNeo4j(scale, log);
  const paths: WritePath[] = [loadWritePath('ours', path.join(__dirname, '..', 'src'), bench.neo4j.uri)];
  if (args.baseline) paths.push(loadWritePath('baseline', path.join(path.resolve(args.baseline), 'dist', 'src'), bench.neo4j.uri));
  if (args.bare === 'true') paths.push(bareWritePath(bench.neo4j.uri));
  const times = new Map(paths.map((p) => [p.name, [] as number[]]));
  const neo4jCpu = new Map(paths.map((p) => [p.name, [] as number[]]));
  const statements = new Map(paths.map((p) => [p.name, new Map<string, number>()]));
  // Seconds per statement name, and what each batch's transaction took beyond its statements
  // (the commit, and the driver's begin), summed over the counted iterations.
  const statementSeconds = new Map(paths.map((p) => [p.name, new Map<string, number>()]));
  const commitSeconds = new Map(paths.map((p) => [p.name, 0]));
  try {
    const ids = new Map<string, string[]>();
    for (const p of paths) {
      await cleanup(p.db, p.name);
      const entities = Array.from({ length: 200 }, (_, i) => ({ kind: KINDS[i % KINDS.length] as EntityKind, name: `W1 ${p.name} actor ${i}` }));
      await p.db.writeTransaction((tx) => p.upsertEntities(tx, entities, 'bench-writes'));
      ids.set(p.name, entities.map((e) => entityId(e.kind, e.name)));
    }
    for (let iteration = 0; iteration <= iterations; iteration++) {
      // The order rotates; iteration 0 warms up and is not counted.
      for (const p of paths.map((_, k) => paths[(k + iteration) % paths.length] as WritePath)) {
        const url = `https://${p.name}.writes.bench.example/${iteration}`;
        await p.db.writeTransaction((tx) => p.recordSource(tx, { url, title: `W1 ${iteration}`, publishedAt: parsePartialDate('2025-01-15'), publisherId: null }, 'bench-writes'));
        // The same claims for both targets, on their own entities.
        const claims = makeClaims(new Prng(seed + iteration), ids.get(p.name) as string[], sourceId({ url }));
        const counted = statements.get(p.name) as Map<string, number>;
        const timed = statementSeconds.get(p.name) as Map<string, number>;
        let inStatements = 0;
        const stop = p.db.onQuery(({ name, seconds }) => {
          counted.set(name, (counted.get(name) ?? 0) + 1);
          if (iteration > 0) timed.set(name, (timed.get(name) ?? 0) + seconds);
          inStatements += seconds;
        });
        const cpu0 = cpuSeconds(bench.neo4j.pid);
        const t0 = performance.now();
        for (let b = 0; b < claims.length; b += W1_BATCH) {
          const started = performance.now();
          inStatements = 0;
          await p.db.writeTransaction((tx) => p.assertClaims(tx, claims.slice(b, b + W1_BATCH), 'bench-writes'));
          if (iteration > 0) commitSeconds.set(p.name, (commitSeconds.get(p.name) as number) + (performance.now() - started) / 1000 - inStatements);
        }
        const ms = performance.now() - t0;
        const cpu1 = cpuSeconds(bench.neo4j.pid);
        stop();
        if (iteration > 0 && cpu0 !== null && cpu1 !== null) neo4jCpu.get(p.name)?.push((cpu1 - cpu0) * 1000);
        log(`${p.name} iteration ${iteration}: ${ms.toFixed(0)} ms, ${Math.round((W1_CLAIMS * 1000) / ms)} claims/s${iteration === 0 ? ' (warm-up)' : ''}`);
        if (iteration > 0) times.get(p.name)?.push(ms);
      }
    }
    const medians = new Map(paths.map((p) => [p.name, summarize(times.get(p.name) as number[]).p50]));
    for (const p of paths) {
      const ms = medians.get(p.name) as number;
      log(`${p.name}: median ${ms.toFixed(0)} ms per ${W1_CLAIMS} claims = ${Math.round((W1_CLAIMS * 1000) / ms)} claims/s (${iterations} iterations, batches of ${W1_BATCH})`);
    }
    for (const p of paths) {
      const cpu = neo4jCpu.get(p.name) as number[];
      if (cpu.length > 0) log(`${p.name}: Neo4j CPU per ${W1_CLAIMS} claims, median ${summarize(cpu).p50.toFixed(0)} ms (${cpu.map((c) => c.toFixed(0)).join(', ')})`);
    }
    const batches = (iterations + 1) * Math.ceil(W1_CLAIMS / W1_BATCH);
    for (const p of paths) {
      const counted = [...(statements.get(p.name) as Map<string, number>)];
      const all = counted.reduce((sum, [, n]) => sum + n, 0);
      log(`${p.name}: ${(all / batches).toFixed(1)} statements per batch (${counted.map(([name, n]) => `${name} ${(n / batches).toFixed(1)}`).join(', ')})`);
    }
    const countedBatches = iterations * Math.ceil(W1_CLAIMS / W1_BATCH);
    for (const p of paths) {
      const timed = [...(statementSeconds.get(p.name) as Map<string, number>)].sort((a, b) => b[1] - a[1]);
      const perBatch = (seconds: number) => `${((1000 * seconds) / countedBatches).toFixed(0)} ms`;
      log(`${p.name}: mean time per batch: ${timed.map(([name, s]) => `${name} ${perBatch(s)}`).join(', ')}, the rest of the transaction (begin, commit) ${perBatch(commitSeconds.get(p.name) as number)}`);
    }
    for (const other of paths.slice(1)) {
      log(`ours/${other.name} claims per second: ${((medians.get(other.name) as number) / (medians.get('ours') as number)).toFixed(2)}`);
    }
    for (const p of paths) await cleanup(p.db, p.name);
  } finally {
    for (const p of paths) await p.db.close();
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  console.error('[bench:writes] failed:', error);
  process.exit(1);
});
