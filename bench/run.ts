import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { signDevToken } from '../src/auth';
import type { Driver } from 'neo4j-driver';
import { createDriver, namedQueries, openDatabase } from '../src/neo4j';
import { createContext } from '../src/api';
import { createApollo } from '../src/server';
import { projectRoot } from '../src/support';
import { intArg, parseArgs } from './args';
import { ARTICLE_ACTOR, ARTICLE_CHARS, ARTICLE_CLIENTS, ARTICLE_COUNT, generateArticles, measureArticleIngest, measureExtraction } from './articles';
import { answerDifferences } from './answers';
import { ensureData } from './data';
import { floorTrace } from './floorQueries';
import { postGraphQL } from './http';
import { cleanupW1, measureIngest, W1_BATCH, type W1Target } from './ingest';
import { measureInterleaved, type MeasureSettings, type Target } from './measure';
import { startBenchNeo4j } from './neo4jHome';
import { rssSampler, SERVICE_ENV, startChild, type ChildServer } from './processes';
import { profileTrace, type DbHits } from './profile';
import { notesFileFor, queryBudgets, renderMarkdown, type Budget, type QueryResult, type Results } from './report';
import { DEFAULT_SEED, parseScale, type Scale } from './scales';
import { round } from './stats';
import { floorRunner, recordingDriver, waves, type TracedCall } from './trace';
import { buildWorkload, type BenchQuery } from './workload';

/**
 * `npm run bench -- --scale small|medium|large [--only Q1,Q3,W2] [--no-w1] [--no-articles] [--quick]
 * [--cpu-prof] [--update-snapshot]`: runs Q1–Q6 against our API, the floor (in-process), the floor
 * over HTTP (bench/floorServer.ts) and @neo4j/graphql, side by side, W1 against all but the floor
 * over HTTP, then the article section (X1: extraction alone, W2: articles through
 * our API's ingestArticle; ours only), and writes bench/results/<scale>.json and .md (and the
 * db-hits snapshot of the small scale when it is missing or --update-snapshot is given).
 */
export const RESULTS_DIR = path.join(projectRoot, 'bench', 'results');
export const snapshotFile = (scale: string) => path.join(RESULTS_DIR, `dbhits.${scale}.json`);
const log = (line: string) => console.log(`[bench] ${line}`);

export function settingsFor(scale: Scale, quick: boolean): MeasureSettings & { w1Iterations: number } {
  if (quick) return { warmupSeconds: 0.5, latencySeconds: 1, minIterations: 3, maxIterations: 50, concurrency: 8, throughputSliceSeconds: 0.5, throughputRounds: 1, w1Iterations: 1 };
  // w1Iterations also counts W2's timed iterations of 1,000 articles and X1's timed passes over them.
  if (scale.name === 'small') return { warmupSeconds: 2, latencySeconds: 4, minIterations: 10, maxIterations: 500, concurrency: 8, throughputSliceSeconds: 1, throughputRounds: 2, w1Iterations: 3 };
  return { warmupSeconds: 3, latencySeconds: 8, minIterations: 10, maxIterations: 1000, concurrency: 8, throughputSliceSeconds: 2, throughputRounds: 2, w1Iterations: 3 };
}

/** A traced operation: what our resolvers sent for it, recorded once in-process. */
export interface Trace {
  calls: TracedCall[];
  data: unknown;
}

/** Where a query's floor-over-HTTP statement is kept in the db-hits snapshot, beside the query's own. */
export const floorHttpKey = (id: string) => `${id} floor over HTTP`;

/**
 * PROFILE db hits of each query (what our resolvers sent for it) and of its floor-over-HTTP
 * statement, keyed as the snapshot keeps them: what `--update-snapshot` and `bench:check` write
 * and compare.
 */
export async function profileWorkload(driver: Driver, queries: readonly BenchQuery[], traces: ReadonlyMap<string, Trace>): Promise<Record<string, DbHits>> {
  const hits: Record<string, DbHits> = {};
  for (const q of queries) {
    hits[q.id] = await profileTrace(driver, traces.get(q.id)?.calls ?? []);
    const floor = floorTrace(q.id, q.ours.variables);
    if (floor.length > 0) hits[floorHttpKey(q.id)] = await profileTrace(driver, floor);
  }
  return hits;
}

/** Runs every query once through our Apollo server over a recording driver. */
export async function traceQueries(uri: string, queries: readonly BenchQuery[]): Promise<Map<string, Trace>> {
  const recorder = recordingDriver(createDriver(uri), namedQueries());
  const db = openDatabase({ driver: recorder.driver });
  const apollo = createApollo();
  await apollo.start();
  const traces = new Map<string, Trace>();
  try {
    for (const q of queries) {
      recorder.reset();
      const response = await apollo.executeOperation({ query: q.ours.query, variables: q.ours.variables }, { contextValue: createContext(db) });
      const body = response.body as { kind: string; singleResult?: { data?: unknown; errors?: unknown[] } };
      if (body.kind !== 'single' || body.singleResult?.errors) {
        throw new Error(`expected ${q.id} to run without errors in-process, but got ${JSON.stringify(body.singleResult?.errors ?? body.kind).slice(0, 400)}`);
      }
      traces.set(q.id, { calls: recorder.calls, data: body.singleResult?.data });
    }
  } finally {
    await apollo.stop();
    await db.close();
  }
  return traces;
}

function versions(neo4jVersion: string): Record<string, string> {
  const pkg = (name: string) => {
    try {
      return (JSON.parse(readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return '?';
    }
  };
  let commit = '?';
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: projectRoot, encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    node: process.version,
    'Neo4j Community': neo4jVersion,
    'neo4j-driver': pkg('neo4j-driver'),
    graphql: pkg('graphql'),
    '@apollo/server': pkg('@apollo/server'),
    '@neo4j/graphql': pkg('@neo4j/graphql'),
    commit,
  };
}

/**
 * Our API and the peer run as the image runs a service (Dockerfile): NODE_ENV=production unless the
 * run's own environment says otherwise. graphql-js checks every type test for a second copy of
 * itself outside production, and those checks were about a fifth of Node's work on a page read
 * (2026-11-30, in-process, replayed answers: Q1 462 µs against 564 per operation).
 */
export const AS_DEPLOYED: Readonly<Record<string, string>> = { NODE_ENV: process.env.NODE_ENV ?? 'production' };

/** Our API's environment in a benchmark: as deployed, on the benchmark's Neo4j, without the IDE, the seed or the per-client rate limit. */
export function ourApiEnvironment(neo4jUri: string): Record<string, string> {
  return {
    ...AS_DEPLOYED,
    NEO4J_URI: neo4jUri, SEED_ON_EMPTY: 'false', ENABLE_IDE: 'false', HOST: '127.0.0.1', NEO4J_TX_TIMEOUT_MS: '120000',
    // One client (the benchmark) sends far more than 600 requests a minute on purpose.
    RATE_LIMIT_PER_MINUTE: '0',
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = parseScale(args.scale);
  const seed = intArg(args, 'seed', DEFAULT_SEED);
  const quick = args.quick === 'true';
  const only = args.only ? new Set(args.only.split(',')) : null;
  const settings = settingsFor(scale, quick);
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
  const loadAverageAtStart = os.loadavg();
  const started = performance.now();

  const manifest = await ensureData(scale, seed, false);
  const bench = await startBenchNeo4j(scale, log);
  const children: ChildServer[] = [];
  const floorDriver = createDriver(bench.neo4j.uri);
  const stopAll = async () => {
    for (const child of children) await child.stop().catch(() => {});
    await floorDriver.close().catch(() => {});
    await bench.stop();
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));
  try {
    await cleanupW1(bench.db); // leftovers of an interrupted run
    const [component] = await bench.db.runStatement(`CALL dbms.components() YIELD versions RETURN versions[0] AS version`);
    // A token secret so that W2 can ingest as an analyst; the reads send no token, as before.
    const secret = randomBytes(32).toString('hex');
    const ours = await startChild('our API', 'dist/src/main.js', { ...ourApiEnvironment(bench.neo4j.uri), AUTH_JWT_SECRET: secret }, { nodeFlags: args['cpu-prof'] === 'true' ? ['--cpu-prof', `--cpu-prof-dir=${path.join(projectRoot, '.bench-data', 'profiles')}`] : [] });
    children.push(ours);
    const peer = await startChild('the @neo4j/graphql peer', 'dist/bench/peerServer.js', { ...AS_DEPLOYED, NEO4J_URI: bench.neo4j.uri });
    children.push(peer);
    // One statement per read behind bare node:http, with our driver settings and transaction timeout.
    const floorHttp = await startChild('the floor over HTTP', 'dist/bench/floorServer.js', { NEO4J_URI: bench.neo4j.uri, NEO4J_TX_TIMEOUT_MS: '120000' }, { path: '/' });
    children.push(floorHttp);
    const oursRss = rssSampler(ours.pid);
    const peerRss = rssSampler(peer.pid);
    log(`our API at ${ours.url} (pid ${ours.pid}), peer at ${peer.url} (pid ${peer.pid}), floor over HTTP at ${floorHttp.url} (pid ${floorHttp.pid})`);

    const { queries: all, params } = await buildWorkload(bench.db, ours.url, peer.url);
    const queries = all.filter((q) => !only || only.has(q.id));
    log(`workload: ${JSON.stringify(params)}`);
    const traces = await traceQueries(bench.neo4j.uri, queries);

    // The cost of a request that does no database work: HTTP, GraphQL and the process hop alone
    // (the floor over HTTP: HTTP and the process hop, no GraphQL).
    const probe = await measureInterleaved([
      { name: 'ours', run: () => postGraphQL(ours.url, '{ __typename }', {}) },
      { name: 'peer', run: () => postGraphQL(peer.url, '{ __typename }', {}) },
      { name: 'floorHttp', run: () => postGraphQL(floorHttp.url, '{ __typename }', {}) },
    ], { ...settings, latencySeconds: Math.min(settings.latencySeconds, 3), throughputRounds: 1 });
    log(`probe { __typename }: p50 ours ${probe.ours?.p50.toFixed(2)} ms, peer ${probe.peer?.p50.toFixed(2)} ms, floor over HTTP ${probe.floorHttp?.p50.toFixed(2)} ms; ` +
      `ops/s ours ${probe.ours?.throughput?.toFixed(0)}, peer ${probe.peer?.throughput?.toFixed(0)}, floor over HTTP ${probe.floorHttp?.throughput?.toFixed(0)}`);

    const results: QueryResult[] = [];
    const snapshot = await profileWorkload(floorDriver, queries, traces);
    for (const q of queries) {
      const trace = traces.get(q.id) as Trace;
      const dbHits = snapshot[q.id] as DbHits;
      const oursAnswer = (await postGraphQL(ours.url, q.ours.query, q.ours.variables)).data;
      // The floor over HTTP must answer what we answer, or its figures are for less work.
      const floorHttpUrl = `${floorHttp.url}${q.id}`;
      const floorCall = floorTrace(q.id, q.ours.variables)[0];
      let floorHttpAnswer: string | null = null;
      if (floorCall) {
        const differences = answerDifferences(oursAnswer, (await postGraphQL(floorHttpUrl, q.ours.query, q.ours.variables)).data);
        if (differences.length > 0) {
          throw new Error(`expected the floor over HTTP (${floorCall.name}) to answer ${q.id} as our API does, but the answers differ:\n  ${differences.join('\n  ')}`);
        }
        floorHttpAnswer = `the same JSON as ours (${JSON.stringify(oursAnswer).length.toLocaleString('en')} characters)`;
      }
      let peerOp = 'query' in q.peer ? q.peer : null;
      let peerFailure: string | null = 'unsupported' in q.peer ? q.peer.unsupported : null;
      let peerAnswer: unknown = null;
      if (peerOp) {
        try {
          peerAnswer = (await postGraphQL(peer.url, peerOp.query, peerOp.variables)).data;
        } catch (error) {
          peerFailure = `it failed: ${(error as Error).message.slice(0, 300)}`;
          peerOp = null;
        }
      }
      const answers = q.compare && peerAnswer ? q.compare(oursAnswer, peerAnswer) : null;
      const runPeer = peerOp;
      const targets: Target[] = [
        { name: 'ours', run: () => postGraphQL(ours.url, q.ours.query, q.ours.variables) },
        { name: 'floor', run: floorRunner(floorDriver, trace.calls) },
      ];
      if (floorCall) targets.push({ name: 'floorHttp', run: () => postGraphQL(floorHttpUrl, q.ours.query, q.ours.variables) });
      if (runPeer) targets.push({ name: 'peer', run: () => postGraphQL(peer.url, runPeer.query, runPeer.variables) });
      const floorHits = snapshot[floorHttpKey(q.id)];
      log(`${q.id}: ${q.title}; ${trace.calls.length} queries in ${waves(trace.calls).length} round(s), ${dbHits.total} db hits` +
        `${floorHits ? `; floor over HTTP ${floorCall?.name}, ${floorHits.total} db hits, ${floorHttpAnswer}` : ''}${answers ? `; ${answers}` : ''}`);
      const stats = await measureInterleaved(targets, settings);
      const o = stats.ours!;
      const fl = stats.floor!;
      const fh = stats.floorHttp;
      const p = stats.peer;
      const ratios = {
        p50OursOverFloor: round(o.p50 / fl.p50, 3),
        p50OursOverFloorHttp: fh ? round(o.p50 / fh.p50, 3) : null,
        throughputOursOverFloorHttp: fh && o.throughput && fh.throughput ? round(o.throughput / fh.throughput, 3) : null,
        p50OursOverPeer: p ? round(o.p50 / p.p50, 3) : null,
        throughputOursOverPeer: p && o.throughput && p.throughput ? round(o.throughput / p.throughput, 3) : null,
        throughputOursOverFloor: o.throughput && fl.throughput ? round(o.throughput / fl.throughput, 3) : null,
      };
      log(`${q.id}: p50 ours ${o.p50.toFixed(2)} ms, floor ${fl.p50.toFixed(2)} ms${fh ? `, floor over HTTP ${fh.p50.toFixed(2)} ms` : ''}${p ? `, peer ${p.p50.toFixed(2)} ms` : ''}; ` +
        `ops/s ours ${o.throughput?.toFixed(0)}, floor ${fl.throughput?.toFixed(0)}${fh ? `, floor over HTTP ${fh.throughput?.toFixed(0)}` : ''}${p ? `, peer ${p.throughput?.toFixed(0)}` : ''}; ` +
        `ours/floor p50 ${ratios.p50OursOverFloor}${fh ? `, ours/floor over HTTP p50 ${ratios.p50OursOverFloorHttp}` : ''}${p ? `, ours/peer ops/s ${ratios.throughputOursOverPeer}` : ''}; ours RSS ${(oursRss.last / 1048576).toFixed(0)} MiB`);
      results.push({
        id: q.id,
        title: q.title,
        peerUnsupported: peerFailure,
        answers,
        stats,
        ratios,
        dbHits,
        floorHttp: floorCall && floorHits ? { statement: `bench/floorCypher/${floorCall.name}.cypher`, dbHits: floorHits, answer: floorHttpAnswer ?? '' } : null,
        trace: { roundTrips: trace.calls.length, waves: waves(trace.calls).length, queries: trace.calls.map((c) => c.name) },
      });
    }

    let w1: Results['w1'] = null;
    if (args['no-w1'] !== 'true' && (!only || only.has('W1'))) {
      log('W1: ingesting 1,000 claims per iteration through each target ...');
      const stats = await measureIngest(bench.db, floorDriver, peer.url, settings.w1Iterations, seed);
      w1 = {
        stats,
        note: 'ingest of 1,000 claims in batches of 500: ours = the import write path (assertClaims: MERGE by natural key, then the facts and claim statuses they touch are rebuilt, in one transaction per batch, in-process: the API has no batch mutation); ' +
          'floor = the same statements and parameters replayed in one transaction per batch; bare = the same claims stored as ours stores them (nodes, properties, indexes, edges) by one CREATE statement per batch, ' +
          'with no natural-key merge, no lock and no fact or status derived: the ceiling of any write path that keeps claims as nodes (bench/bareWrite.ts); peer = createClaims with connect (plain CREATE, no natural-key merge, no fact derivation) over HTTP.',
      };
      log(`W1: ours ${stats.ours.claimsPerSecond.toFixed(0)} claims/s, floor ${stats.floor.claimsPerSecond.toFixed(0)}, bare ${stats.bare.claimsPerSecond.toFixed(0)}, peer ${stats.peer.claimsPerSecond.toFixed(0)}`);
    }

    let articles: Results['articles'] = null;
    const wants = (id: string) => args['no-articles'] !== 'true' && (!only || only.has(id));
    if (wants('X1') || wants('W2')) {
      const iterations = settings.w1Iterations;
      const sample = generateArticles(seed + 1, ARTICLE_COUNT, '1');
      articles = {
        count: ARTICLE_COUNT,
        meanChars: sample.reduce((sum, a) => sum + a.text.length, 0) / sample.length,
        extraction: null,
        ingest: null,
        note: `${ARTICLE_COUNT.toLocaleString('en')} wire-copy articles of about ${ARTICLE_CHARS.toLocaleString('en')} characters, generated from the templates of bench/articles.ts (seed ${seed} + iteration). ` +
          `X1 = extractClaims(text, publishedAt) of src/extract in the benchmark's process, no database, ${iterations} timed passes over the 1,000 articles after 100 untimed; ` +
          `W2 = the ingestArticle mutation to our API over HTTP with an analyst's token, ${ARTICLE_CLIENTS} requests at a time, ${iterations} timed iterations of 1,000 new articles after 100 untimed, ` +
          "into the scale's graph (they name other entities than the generated ones), deleted afterwards. Ours only: the floor and the peer have no article ingestion.",
      };
      if (wants('X1')) {
        log(`X1: extracting claims from ${ARTICLE_COUNT} articles in-process with src/extract ...`);
        const x = measureExtraction(sample, iterations);
        articles.extraction = x;
        log(`X1: ${x.articlesPerSecond.toFixed(0)} articles/s (passes ${x.passes.map((r) => r.toFixed(0)).join(', ')}), ${x.claimsPerArticle.toFixed(2)} claims per article`);
      }
      if (wants('W2')) {
        log(`W2: ingesting ${ARTICLE_COUNT} articles per iteration through ingestArticle, ${ARTICLE_CLIENTS} at a time ...`);
        const token = await signDevToken({ jwtSecret: secret, jwksUrl: null, issuer: null, audience: null, anonymousRead: true }, { role: 'analyst', subject: ARTICLE_ACTOR });
        articles.ingest = await measureArticleIngest(bench.db, ours.url, token, iterations, seed, log);
        log(`W2: ${articles.ingest.articlesPerSecond.toFixed(1)} articles/s (iterations ${articles.ingest.iterations.map((r) => r.toFixed(1)).join(', ')}), p50 ${articles.ingest.latency.p50.toFixed(0)} ms per article, ${articles.ingest.errors} errors`);
      }
    }
    oursRss.stop();
    peerRss.stop();

    const budgets: Budget[] = queryBudgets(results);
    if (w1) {
      const rate = (target: W1Target) => (w1.stats[target] as { claimsPerSecond: number }).claimsPerSecond;
      // The bare write's rate beside ours: what any write path storing these claims could reach here.
      budgets.push({ name: 'W1 claims per second (ours)', measured: `${rate('ours').toFixed(0)} (the bare write: ${rate('bare').toFixed(0)})`, limit: '≥ 10,000', met: rate('ours') >= 10_000 });
      const r = rate('ours') / rate('peer');
      budgets.push({ name: 'W1 throughput ours/peer', measured: r.toFixed(3), limit: '≥ 1.5', met: r >= 1.5 });
    }
    // Issue 14's load budget is for the large graph; the time is the data build's (`npm run bench:data`, at loadedAt).
    if (scale.name === 'large') {
      budgets.push({ name: 'The large graph loaded through the import path (bench:data)', measured: `${manifest.loadSeconds.toFixed(1)} s`, limit: '≤ 120 s', met: manifest.loadSeconds <= 120 });
    }
    const peakMiB = oursRss.peak / 1048576;
    budgets.push({ name: `API resident memory during the ${scale.name} run (peak)`, measured: `${peakMiB.toFixed(0)} MiB`, limit: '< 300 MiB', met: peakMiB < 300 });

    const full: Results = {
      scale: scale.name,
      date: new Date().toISOString(),
      command,
      durationSeconds: (performance.now() - started) / 1000,
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '?', memoryGiB: Math.round(os.totalmem() / 1073741824), os: `${os.type()} ${os.release()}`, loadAverageAtStart },
      versions: versions(String(component?.version ?? '?')),
      settings: { ...settings, neo4jHeap: scale.heap, neo4jPagecache: scale.pagecache, w1Batch: W1_BATCH },
      data: manifest,
      workload: params,
      queries: results,
      w1,
      articles,
      probe: probe as Results['probe'],
      // What our API's environment held beyond the run's own settings: the service's (as npm start sets them), NODE_ENV and LOG_LEVEL.
      apiEnvironment: {
        ...Object.fromEntries(Object.entries(SERVICE_ENV).map(([k, v]) => [k, process.env[k] ?? v])),
        ...AS_DEPLOYED,
        ...Object.fromEntries(['LOG_LEVEL'].filter((k) => process.env[k]).map((k) => [k, process.env[k] as string])),
      },
      memory: { oursPeakRssMiB: round(peakMiB, 1) ?? 0, oursEndRssMiB: round(oursRss.last / 1048576, 1) ?? 0, peerPeakRssMiB: round(peerRss.peak / 1048576, 1) ?? 0 },
      budgets,
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    const suffix = quick || only ? '.partial' : '';
    writeFileSync(path.join(RESULTS_DIR, `${scale.name}${suffix}.json`), `${JSON.stringify(full, null, 2)}\n`);
    writeFileSync(path.join(RESULTS_DIR, `${scale.name}${suffix}.md`), renderMarkdown(full, notesFileFor(RESULTS_DIR, scale.name)));
    if (!only && (!existsSync(snapshotFile(scale.name)) || args['update-snapshot'] === 'true')) {
      writeFileSync(snapshotFile(scale.name), `${JSON.stringify(snapshot, null, 2)}\n`);
      log(`db-hits snapshot written to ${path.relative(projectRoot, snapshotFile(scale.name))}`);
    }
    log(`results in bench/results/${scale.name}${suffix}.json and .md (${Math.round(full.durationSeconds)} s)`);
    for (const b of budgets) log(`budget ${b.met ? 'met   ' : 'MISSED'} ${b.name}: ${b.measured} (${b.limit})`);
  } finally {
    await stopAll();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error('[bench] failed:', error);
    process.exit(1);
  });
}
