import { performance } from 'node:perf_hooks';
import { intArg, parseArgs } from './args';
import { postGraphQL } from './http';
import { startBenchNeo4j } from './neo4jHome';
import { startChild, type ChildServer } from './processes';
import { ourApiEnvironment } from './run';
import { parseScale } from './scales';
import { summarize } from './stats';
import { buildWorkload } from './workload';

/**
 * `npm run bench:front -- --scale medium [--only Q1,Q3] [--rounds 8] [--requests 200]`: what the
 * front's hop costs each read. Our API as deployed (`dist/src/main.js`: the front, then the API
 * thread on a Unix socket), the same API thread's server listening on a port itself
 * (bench/apiWithoutFront.ts) and the floor over HTTP, on the scale's loaded graph: `{ __typename }`
 * and the workload's reads. In each round every target in turn answers `requests` requests, one at
 * a time, in an order that rotates each round; the first round warms up. Prints each p50 and the
 * ratios to the floor over HTTP.
 */
const log = (line: string) => console.log(`[bench:front] ${line}`);

interface Read {
  id: string;
  query: string;
  variables: Record<string, unknown>;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = parseScale(args.scale);
  const rounds = intArg(args, 'rounds', 8);
  const requests = intArg(args, 'requests', 200);
  const only = args.only ? new Set(args.only.split(',')) : null;
  const bench = await startBenchNeo4j(scale, log);
  const children: ChildServer[] = [];
  try {
    const environment = ourApiEnvironment(bench.neo4j.uri);
    const ours = await startChild('our API', 'dist/src/main.js', environment);
    children.push(ours);
    const withoutFront = await startChild('our API without its front', 'dist/bench/apiWithoutFront.js', environment);
    children.push(withoutFront);
    const floorHttp = await startChild('the floor over HTTP', 'dist/bench/floorServer.js', { NEO4J_URI: bench.neo4j.uri, NEO4J_TX_TIMEOUT_MS: '120000' }, { path: '/' });
    children.push(floorHttp);
    const { queries } = await buildWorkload(bench.db, ours.url, null);
    const reads: Read[] = [
      { id: '{ __typename }', query: '{ __typename }', variables: {} },
      ...queries.filter((q) => !only || only.has(q.id)).map((q) => ({ id: q.id, ...q.ours })),
    ];
    const header = '| read | ours p50 (ms) | without the front | floor over HTTP | ours/floor over HTTP | without the front/floor over HTTP | the hop (ms) |';
    const lines = [header, '|---|---:|---:|---:|---:|---:|---:|'];
    for (const read of reads) {
      // The floor over HTTP answers each read at /<query id>, and `{ __typename }` at /.
      const floorUrl = read.id.startsWith('Q') ? `${floorHttp.url}${read.id}` : floorHttp.url;
      const targets = [
        { name: 'ours', url: ours.url },
        { name: 'without the front', url: withoutFront.url },
        { name: 'floor over HTTP', url: floorUrl },
      ];
      const samples = new Map(targets.map((t) => [t.name, [] as number[]]));
      for (let round = 0; round <= rounds; round++) {
        for (const target of targets.map((_, i) => targets[(i + round) % targets.length] as (typeof targets)[number])) {
          for (let i = 0; i < requests; i++) {
            const started = performance.now();
            await postGraphQL(target.url, read.query, read.variables);
            if (round > 0) samples.get(target.name)?.push(performance.now() - started);
          }
        }
      }
      const p50 = (name: string) => summarize(samples.get(name) as number[]).p50;
      const [front, direct, floor] = [p50('ours'), p50('without the front'), p50('floor over HTTP')];
      const f = (x: number, digits = 2) => x.toFixed(digits);
      lines.push(`| ${read.id} | ${f(front, 3)} | ${f(direct, 3)} | ${f(floor, 3)} | ${f(front / floor)} | ${f(direct / floor)} | ${f(front - direct, 3)} |`);
      log(`${read.id}: p50 ours ${f(front, 3)} ms, without the front ${f(direct, 3)}, floor over HTTP ${f(floor, 3)}`);
    }
    console.log(['', `${scale.name} scale, ${rounds} rounds of ${requests} sequential requests per target and read:`, '', ...lines].join('\n'));
  } finally {
    for (const child of children) await child.stop().catch(() => {});
    await bench.stop();
  }
}

main().catch((error: unknown) => {
  console.error('[bench:front] failed:', error);
  process.exit(1);
});
