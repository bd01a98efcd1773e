import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createDriver } from '../src/neo4j';
import { projectRoot } from '../src/support';
import { parseArgs } from './args';
import { ensureData } from './data';
import { startBenchNeo4j } from './neo4jHome';
import { startChild, type ChildServer } from './processes';
import type { DbHits } from './profile';
import { profileWorkload, snapshotFile, traceQueries } from './run';
import { DEFAULT_SEED, parseScale } from './scales';
import { buildWorkload } from './workload';

/**
 * `npm run bench:check [-- --update]`: profiles every contract query of the workload on the small
 * scale (generating its data when missing), as our resolvers send it and as the floor over HTTP's
 * one statement, and fails when a query's db hits grew by more than 10%
 * over the committed snapshot bench/results/dbhits.small.json. `--update` rewrites the snapshot.
 */
export const TOLERANCE = 0.1;
const log = (line: string) => console.log(`[bench:check] ${line}`);

/** Queries whose db hits grew beyond the tolerance, with a line per query for the log. */
export function compareDbHits(snapshot: Record<string, DbHits>, current: Record<string, DbHits>): { lines: string[]; failures: string[] } {
  const lines: string[] = [];
  const failures: string[] = [];
  for (const [id, now] of Object.entries(current)) {
    const before = snapshot[id];
    if (!before) {
      lines.push(`${id}: ${now.total} db hits (not in the snapshot)`);
      continue;
    }
    const growth = before.total === 0 ? (now.total === 0 ? 0 : Infinity) : now.total / before.total - 1;
    const line = `${id}: ${now.total} db hits, snapshot ${before.total} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%)`;
    lines.push(line);
    // Compared as totals: 1100 / 1000 - 1 is a hair above 0.1 in floating point.
    if (now.total > before.total * (1 + TOLERANCE)) {
      const detail = Object.entries(now.queries)
        .map(([name, hits]) => `${name} ${hits}${before.queries[name] !== undefined ? ` (was ${before.queries[name]})` : ' (new)'}`)
        .join(', ');
      failures.push(`${line}: ${detail}`);
    }
  }
  for (const id of Object.keys(snapshot)) if (!current[id]) failures.push(`${id}: in the snapshot but no longer profiled`);
  return { lines, failures };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = parseScale('small');
  const file = snapshotFile(scale.name);
  if (!existsSync(file) && args.update !== 'true') {
    throw new Error(`expected the db-hits snapshot ${path.relative(projectRoot, file)}, but it is missing; create it with \`npm run bench:check -- --update\``);
  }
  await ensureData(scale, DEFAULT_SEED, false);
  const bench = await startBenchNeo4j(scale, log);
  let ours: ChildServer | null = null;
  const driver = createDriver(bench.neo4j.uri);
  let failures: string[] = [];
  try {
    // Without the per-client rate limit, as in bench/run.ts: picking the workload walks pages through the API.
    ours = await startChild('our API', 'dist/src/main.js', { NEO4J_URI: bench.neo4j.uri, SEED_ON_EMPTY: 'false', ENABLE_IDE: 'false', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0' });
    const { queries } = await buildWorkload(bench.db, ours.url, null);
    const traces = await traceQueries(bench.neo4j.uri, queries);
    // Each query as our resolvers send it, and its floor-over-HTTP statement (bench/floorCypher/).
    const current = await profileWorkload(driver, queries, traces);
    if (args.update === 'true') {
      writeFileSync(file, `${JSON.stringify(current, null, 2)}\n`);
      log(`snapshot written to ${path.relative(projectRoot, file)}`);
    } else {
      const snapshot = JSON.parse(readFileSync(file, 'utf8')) as Record<string, DbHits>;
      const result = compareDbHits(snapshot, current);
      for (const line of result.lines) log(line);
      failures = result.failures;
    }
  } finally {
    await ours?.stop();
    await driver.close();
    await bench.stop();
  }
  if (failures.length > 0) {
    console.error(`[bench:check] db hits grew by more than ${TOLERANCE * 100}%:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  log(`db hits within ${TOLERANCE * 100}% of the snapshot`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('[bench:check] failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
