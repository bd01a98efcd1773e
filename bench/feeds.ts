import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { routing, type Driver } from 'neo4j-driver';
import { runFeedImport, type FeedFormat } from '../src/feeds';
import { applySchema, createDriver, namedQueries, openDatabase, readAutoCommit, type Database, type QueryRunner } from '../src/neo4j';
import { projectRoot } from '../src/support';
import { intArg, parseArgs } from './args';
import { writeAcledRows, writeGdeltEvents } from './feedFiles';
import { startThrowawayNeo4j } from './neo4jHome';
import { DEFAULT_SEED, parseScale, type ScaleName } from './scales';
import { round, summarize } from './stats';

/**
 * `npm run bench:feeds -- [--scale small|medium|large] [--iterations N] [--seed S] [--only W3,W4]`:
 * the feed workloads, ours against the floor, on a throw-away empty Neo4j:
 * - W3: a generated GDELT 2.0 events table through `npm run import:gdelt`'s code (GDELT events per second);
 * - W4: a generated ACLED export through `npm run import:acled`'s code (ACLED rows per second).
 * Ours is the whole importer: reading, mapping, resolving names against the graph, and the writes
 * through the bundle writer. The floor is the Cypher ours sent, with the same parameters, replayed
 * straight through neo4j-driver in the same transactions (recorded during ours' run). Each target
 * starts from an empty graph (the database is emptied between runs; the schema stays). Results go
 * to bench/results/feeds.<scale>.{json,md}.
 */
const RESULTS_DIR = path.join(projectRoot, 'bench', 'results');

export const FEED_SIZES: Readonly<Record<ScaleName, number>> = { small: 1_000, medium: 10_000, large: 100_000 };
/** Records of the warm-up file each target imports first (untimed), so neither pays Cypher planning in its timed run. */
export const WARMUP_RECORDS = 100;

const log = (line: string) => console.log(`[bench:feeds] ${line}`);

interface Recorded {
  kind: 'read' | 'write' | 'tx';
  statements: Array<{ text: string; params: Record<string, unknown> }>;
}

/** `db` with every named query it runs recorded, in order, by transaction. */
function recordingDatabase(db: Database): { db: Database; log: Recorded[] } {
  const recorded: Recorded[] = [];
  const proxy = new Proxy(db, {
    get(target, prop) {
      if (prop === 'read' || prop === 'write') {
        return async (name: string, params: Record<string, unknown> = {}) => {
          recorded.push({ kind: prop, statements: [{ text: target.text(name), params }] });
          return target[prop](name, params);
        };
      }
      if (prop === 'writeTransaction') {
        return async <T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> => {
          let last: Recorded['statements'] = [];
          const result = await target.writeTransaction((tx) => {
            const statements: Recorded['statements'] = [];
            last = statements;
            return work({ run: (name, params = {}) => { statements.push({ text: target.text(name), params }); return tx.run(name, params); } });
          });
          recorded.push({ kind: 'tx', statements: last });
          return result;
        };
      }
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: proxy, log: recorded };
}

/** As long as ours may take (the Database of this run allows 600 s). */
const REPLAY_TIMEOUT_MS = 600_000;

/** The floor: the recorded statements straight through the driver, each transaction as one. */
async function replay(driver: Driver, recorded: readonly Recorded[]): Promise<void> {
  for (const r of recorded) {
    if (r.kind === 'tx') {
      const session = driver.session();
      try {
        await session.executeWrite(async (tx) => {
          for (const s of r.statements) await tx.run(s.text, s.params);
        }, { timeout: REPLAY_TIMEOUT_MS });
      } finally {
        await session.close();
      }
    } else {
      const s = r.statements[0] as Recorded['statements'][number];
      // As Database runs them: a read in an auto-commit transaction, a write in a managed one.
      if (r.kind === 'read') await readAutoCommit(driver, s.text, s.params, { timeout: REPLAY_TIMEOUT_MS });
      else await driver.executeQuery(s.text, s.params, { routing: routing.WRITE, transactionConfig: { timeout: REPLAY_TIMEOUT_MS } });
    }
  }
}

/** Empties the graph in chunks (the constraints and indexes stay). */
async function emptyGraph(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.runStatement('MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n');
    if (!row || (row.n as number) === 0) break;
  }
}

interface WorkloadResult {
  id: string;
  title: string;
  records: number;
  fileBytes: number;
  ours: { seconds: number[]; perSecond: number };
  floor: { seconds: number[]; perSecond: number };
  oursOverFloorTime: number | null;
  /** What ours printed on its last run: the counts of events, claims, entities, places and sources. */
  summary: string;
  statements: number;
  transactions: number;
}

async function measure(db: Database, driver: Driver, id: string, format: FeedFormat, file: string, warmup: string, records: number, iterations: number): Promise<WorkloadResult> {
  const ours: number[] = [];
  const floor: number[] = [];
  {
    await emptyGraph(db);
    const recording = recordingDatabase(db);
    await runFeedImport(format, [warmup], { out: () => {}, err: () => {}, isTTY: false }, recording.db);
    await emptyGraph(db);
    await replay(driver, recording.log);
    log(`${id}: warmed up both targets on ${WARMUP_RECORDS} records`);
  }
  let summary = '';
  let recorded: Recorded[] = [];
  for (let i = 0; i < iterations; i++) {
    await emptyGraph(db);
    const recording = recordingDatabase(db);
    let out = '';
    const t0 = performance.now();
    const code = await runFeedImport(format, [file], { out: (t) => { out += t; }, err: () => {}, isTTY: false }, recording.db);
    ours.push((performance.now() - t0) / 1000);
    if (code === 2) throw new Error(`${id}: the import failed: ${out}`);
    summary = out.trim().split('\n')[0] ?? '';
    recorded = recording.log;
    log(`${id} ours #${i + 1}: ${ours[i]?.toFixed(1)} s (${summary.slice(0, 160)})`);
    await emptyGraph(db);
    const t1 = performance.now();
    await replay(driver, recorded);
    floor.push((performance.now() - t1) / 1000);
    log(`${id} floor #${i + 1}: ${floor[i]?.toFixed(1)} s (${recorded.length} transactions and reads replayed)`);
  }
  const oursP50 = summarize(ours).p50;
  const floorP50 = summarize(floor).p50;
  return {
    id,
    title: format === 'gdelt' ? 'GDELT 2.0 events table through import:gdelt' : 'ACLED CSV export through import:acled',
    records,
    fileBytes: statSync(file).size,
    ours: { seconds: ours.map((s) => round(s, 2) as number), perSecond: round(records / oursP50, 0) as number },
    floor: { seconds: floor.map((s) => round(s, 2) as number), perSecond: round(records / floorP50, 0) as number },
    oursOverFloorTime: round(oursP50 / floorP50, 2),
    summary,
    statements: recorded.reduce((n, r) => n + r.statements.length, 0),
    transactions: recorded.filter((r) => r.kind === 'tx').length,
  };
}

function render(results: { scale: string; seed: number; iterations: number; commit: string; writtenAt: string; seconds: number; workloads: WorkloadResult[] }): string {
  const lines = [
    `# Feed workloads at ${results.scale} scale`,
    '',
    `\`npm run bench:feeds -- --scale ${results.scale} --iterations ${results.iterations}\` at commit ${results.commit}, written at ${results.writtenAt} after ${results.seconds.toFixed(0)} s ` +
      `(seed ${results.seed}; a throw-away empty Neo4j; shared machine: compare ratios, not absolute figures).`,
    '',
    '| workload | records | file | ours records/s | floor records/s | ours/floor time | ours runs (s) | floor runs (s) |',
    '|---|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const w of results.workloads) {
    lines.push(`| ${w.id} ${w.title} | ${w.records.toLocaleString('en')} | ${(w.fileBytes / 1048576).toFixed(1)} MiB | ${w.ours.perSecond.toLocaleString('en')} | ${w.floor.perSecond.toLocaleString('en')} | ${w.oursOverFloorTime ?? '–'} | ${w.ours.seconds.join(', ')} | ${w.floor.seconds.join(', ')} |`);
  }
  lines.push('', '## What ours wrote', '');
  for (const w of results.workloads) lines.push(`- **${w.id}**: ${w.summary} (${w.transactions} write transactions, ${w.statements.toLocaleString('en')} statements).`);
  lines.push('', 'Ours: the importer in-process (reading the file, mapping, resolving names, writing through `writeBundle`). Floor: the same statements replayed through neo4j-driver, transaction by transaction. See docs/benchmarks.md#feeds-w3-and-w4.', '');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = parseScale(args.scale);
  const seed = intArg(args, 'seed', DEFAULT_SEED);
  const iterations = Math.max(1, intArg(args, 'iterations', 1));
  const only = (args.only ?? 'W3,W4').split(',');
  const records = intArg(args, 'records', FEED_SIZES[scale.name]);
  const started = performance.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-feeds-files-'));
  const neo4j = await startThrowawayNeo4j('kg-bench-feeds-', scale.heap, log);
  const db = openDatabase({ uri: neo4j.neo4j.uri, transactionTimeoutMs: 600_000 });
  const driver = createDriver(neo4j.neo4j.uri);
  try {
    await applySchema(db, namedQueries());
    const workloads: WorkloadResult[] = [];
    if (only.includes('W3')) {
      const file = path.join(dir, 'bench.export.CSV');
      await writeGdeltEvents(file, records, seed);
      await writeGdeltEvents(`${file}.warmup`, WARMUP_RECORDS, seed + 7);
      log(`W3: ${records.toLocaleString('en')} GDELT events written to ${file}`);
      workloads.push(await measure(db, driver, 'W3', 'gdelt', file, `${file}.warmup`, records, iterations));
    }
    if (only.includes('W4')) {
      const file = path.join(dir, 'bench.acled.csv');
      await writeAcledRows(file, records, seed);
      await writeAcledRows(`${file}.warmup`, WARMUP_RECORDS, seed + 7);
      log(`W4: ${records.toLocaleString('en')} ACLED rows written to ${file}`);
      workloads.push(await measure(db, driver, 'W4', 'acled', file, `${file}.warmup`, records, iterations));
    }
    let commit = '?';
    try {
      commit = execSync('git rev-parse --short HEAD', { cwd: projectRoot, encoding: 'utf8' }).trim();
    } catch {
      // not a git checkout
    }
    const results = { scale: scale.name, seed, iterations, commit, writtenAt: new Date().toISOString(), seconds: (performance.now() - started) / 1000, workloads };
    const base = path.join(RESULTS_DIR, `feeds.${scale.name}${args.records ? '.partial' : ''}`);
    writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(`${base}.md`, render(results));
    log(`written ${base}.json and .md`);
    for (const w of workloads) log(`${w.id}: ours ${w.ours.perSecond} records/s, floor ${w.floor.perSecond} records/s, ours/floor time ${w.oursOverFloorTime}`);
  } finally {
    await driver.close();
    await db.close();
    await neo4j.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
