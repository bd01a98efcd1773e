// npm run loadtest -- [--connections 100] [--duration 60] [--warmup 30] [--writes 0.2] [--sources 20]
//                      [--attack <seconds> [--attackers 16] [--heavy 50]]  (the attack shape of bench/attack.ts instead of the mix)
//                      [--cpu-prof]  (the API runs with node --cpu-prof; profiles in .bench-data/profiles)
//
// A load test on loopback, bounded in time (issue 5, point 7). It starts a throw-away embedded Neo4j
// in a temp folder, the API as a child process of its own (`node dist/src/main.js`, seeded, with a
// generated token secret) so that its memory can be read alone, then runs autocannon against
// POST /graphql with a mix of reads and writes, and reports latency, throughput, errors and the
// API's memory. It exits 1 when any request failed or the memory kept growing (rule below), 2 when
// it could not run. Everything it started is stopped, and the temp folder removed.
//
// It shares its parts with the benchmark: arguments (args.ts), the HTTP client (http.ts), the
// percentile (stats.ts), the child process and its memory (processes.ts) and the throw-away Neo4j
// (neo4jHome.ts).
import { randomBytes } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { signDevToken } from '../src/auth';
import { projectRoot, residentBytes } from '../src/support';
import { numberArg, parseArgs } from './args';
import { runAttack } from './attack';
import { postGraphQL } from './http';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from './neo4jHome';
import { rssSampler, startChild, type ChildServer } from './processes';
import { percentile } from './stats';

/**
 * Growth rule: over the measured run (after the warm-up), the median RSS of the last quarter of
 * the samples may exceed the median of the first quarter by 25 % at most.
 */
const GROWTH_LIMIT = 0.25;
/** The report gives the RSS this many seconds into the measured run, and at its end. */
const EARLY_S = 10;

interface Options {
  connections: number;
  duration: number;
  /** Share of requests that write, 0 to 1. */
  writes: number;
  /** Sources recorded before the run, which the claims cite (claims citing one source queue on its lock). */
  sources: number;
  /** Seconds of the same load before the measured run, so that the API's memory has grown to its working size. */
  warmup: number;
  /** Seconds of the attack shape (bench/attack.ts) to run instead of the mix; 0: the mix. */
  attack: number;
  attackers: number;
  heavy: number;
  /** Run the API with node --cpu-prof (profiles in .bench-data/profiles, read with dist/bench/cpuProfile.js). */
  cpuProf: boolean;
}

function parseOptions(argv: string[]): Options {
  const args = parseArgs(argv);
  return {
    connections: numberArg(args, 'connections', 100, 1, 10_000),
    duration: numberArg(args, 'duration', 60, 1, 3_600),
    writes: numberArg(args, 'writes', 0.2, 0, 1),
    sources: numberArg(args, 'sources', 20, 1, 1_000),
    warmup: numberArg(args, 'warmup', 30, 0, 3_600),
    attack: numberArg(args, 'attack', 0, 0, 3_600),
    attackers: numberArg(args, 'attackers', 16, 1, 1_000),
    heavy: numberArg(args, 'heavy', 50, 0, 1_000),
    cpuProf: args['cpu-prof'] === 'true',
  };
}

const log = (line: string) => process.stdout.write(`[loadtest] ${line}\n`);

// ---- The operations ---------------------------------------------------------------------------

const QUERIES = {
  entity: `query Entity($id: ID!) { entity(id: $id) { id name kind aliases description
    relationships(first: 10) { totalCount edges { node { id type confidence from { id name } to { id name } } } }
    claims(first: 10) { totalCount edges { node { id text status confidence attribution source { id title publisher { name } } } } } } }`,
  search: `query Search($text: String!) { search(text: $text, first: 10) { score matched reason entity { id name kind } } }`,
  neighborhood: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) {
    nodes { id name kind } edges { id type confidence from { id } to { id } } truncated } }`,
  timeline: `query Timeline($id: ID!) { timeline(entityId: $id, first: 20) { totalCount
    edges { node { id text predicate validFrom { iso precision } quantity { value unit qualifier } } } } }`,
  disputes: `query Disputes($id: ID) { disputes(entityId: $id, first: 10) { totalCount edges { node { id kind reason claims { id text } } } } }`,
  recordSource: `mutation Record($input: SourceInput!) { recordSource(input: $input) { id } }`,
  upsertEntity: `mutation Upsert($input: EntityInput!) { upsertEntity(input: $input) { id name kind createdBy } }`,
  assertClaim: `mutation Assert($input: ClaimInput!) { assertClaim(input: $input) { id status confidence } }`,
} as const;
type Operation = keyof typeof QUERIES;

/** Relative weights of the reads; writes take `--writes` of all requests, half upserts, half claims. */
const READS: ReadonlyArray<[Operation, number]> = [
  ['entity', 30],
  ['search', 25],
  ['neighborhood', 20],
  ['timeline', 15],
  ['disputes', 10],
];
const SEARCH_TEXTS = ['korea', 'north korea', 'DPRK', 'kursk', 'ukrain', 'russia', 'troops', 'intelligence agency', 'pyongyang', 'loadtest'];
const KINDS = ['COUNTRY', 'ORGANIZATION', 'ARMED_FORCE', 'PERSON', 'LOCATION'];
const PREDICATES = ['SUPPORTS', 'ALLIED_WITH', 'FIGHTS_IN', 'LOCATED_IN', 'PART_OF', 'DEPLOYED_TO'];

interface Graph {
  entityIds: string[];
  sourceIds: string[];
}

/** What one request of a connection is (autocannon resets the context before each new request). */
interface ConnectionContext {
  operation?: Operation;
  sentAt?: number;
}

/**
 * Entities the load test created and no claim is about yet: each claim takes one as its subject, so
 * that every claim is new (a claim's key includes its subject) and no fact piles up claims.
 */
const unclaimedEntities: string[] = [];

interface Tally {
  sent: Record<string, number>;
  graphqlErrors: Record<string, number>;
  sampleErrors: string[];
  /** Milliseconds from sending to the whole answer, by operation. */
  latencies: Record<string, number[]>;
}

let counter = 0;
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/** The next request of a connection: a read drawn by weight, or a write that creates something new. */
function nextRequest(graph: Graph, options: Options, runId: string): { operation: Operation; variables: Record<string, unknown> } {
  if (Math.random() < options.writes) {
    counter += 1;
    const subjectId = unclaimedEntities.pop();
    if (subjectId) {
      return {
        operation: 'assertClaim',
        variables: {
          input: {
            sourceId: pick(graph.sourceIds),
            subjectId,
            predicate: pick(PREDICATES),
            // Another entity of the run's own when there is one: the seed's entities, which the
            // reads ask for, keep their size, so the load stays the same from start to end.
            objectId: unclaimedEntities.shift() ?? pick(graph.entityIds),
            excerpt: `Load test ${runId} claim ${counter}: an invented statement for the load test.`,
            credibility: 1 + Math.floor(Math.random() * 6),
          },
        },
      };
    }
    return {
      operation: 'upsertEntity',
      variables: {
        input: {
          kind: pick(KINDS),
          name: `loadtest ${runId} entity ${counter}`,
          aliases: [{ name: `lt-${runId}-${counter}`, kind: 'ALIAS' }],
          description: 'Created by the load test.',
        },
      },
    };
  }
  const total = READS.reduce((sum, [, w]) => sum + w, 0);
  let roll = Math.random() * total;
  const operation = READS.find(([, w]) => (roll -= w) < 0)?.[0] ?? 'entity';
  const variables = operation === 'search' ? { text: pick(SEARCH_TEXTS) } : { id: pick(graph.entityIds) };
  return { operation, variables };
}

// ---- Setting up -------------------------------------------------------------------------------

/** The answer's data (bench/http.ts throws on HTTP and GraphQL errors); `graphqlUrl` ends in /graphql. */
async function graphQL(graphqlUrl: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  return (await postGraphQL(graphqlUrl, query, variables, { authorization: `Bearer ${token}` })).data;
}

/**
 * Records the sources the run's claims cite, as an analyst would record articles: many claims citing
 * one source all take its lock, so `--sources 1` measures that queue, and the default spreads it.
 */
async function recordSources(url: string, token: string, count: number, runId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const data = await graphQL(url, token, QUERIES.recordSource, {
      input: { url: `https://loadtest.example/${runId}/article-${i}`, title: `Load test article ${i}`, publishedAt: '2025-01' },
    });
    ids.push(data.recordSource.id);
  }
  return ids;
}

/** The seed's entity and source ids, read through the API. */
async function readGraph(url: string, token: string): Promise<Graph> {
  const data = await graphQL(url, token, `{ relationships(first: 100) { edges { node { from { id } to { id } } } }
    sources(first: 100) { edges { node { id } } } }`);
  const entityIds = new Set<string>();
  for (const { node } of data.relationships.edges) {
    entityIds.add(node.from.id);
    entityIds.add(node.to.id);
  }
  const graph = { entityIds: [...entityIds].sort(), sourceIds: data.sources.edges.map((e: { node: { id: string } }) => e.node.id) };
  if (graph.entityIds.length === 0 || graph.sourceIds.length === 0) throw new Error('expected the seeded graph to hold entities and sources, but it holds none');
  return graph;
}

// ---- Report -----------------------------------------------------------------------------------

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
/** The median is bench/stats.ts's 50th percentile (nearest rank: the lower middle of an even count). */
const median = (values: readonly number[]) => percentile(sorted(values), 0.5);
/** Whole milliseconds at the `p` percentile of `values`, by bench/stats.ts's definition. */
const msAt = (values: readonly number[], p: number) => (values.length ? Math.round(percentile(sorted(values), p)) : 0);

/** The latency line, over every answered request of the measured run (by operation, merged). */
function latencyLine(latencies: Record<string, number[]>): string {
  const all = Object.values(latencies).flat();
  const mean = all.reduce((sum, x) => sum + x, 0) / Math.max(1, all.length);
  return `latency: p50 ${msAt(all, 0.5)} ms, p90 ${msAt(all, 0.9)} ms, p99 ${msAt(all, 0.99)} ms, max ${msAt(all, 1)} ms, mean ${mean.toFixed(1)} ms`;
}

interface MemoryVerdict {
  lines: string[];
  growing: boolean;
}

/** Applies the growth rule to the RSS samples (t in seconds from the start of the measured run; warm-up ones are negative). */
function judgeMemory(samples: Array<{ t: number; rss: number }>, idle: number | null): MemoryVerdict {
  const measured = samples.filter((s) => s.t >= 0);
  if (measured.length === 0) return { lines: ['API memory: no sample could be read'], growing: true };
  const peak = Math.max(...samples.map((s) => s.rss));
  const early = measured.find((s) => s.t >= EARLY_S) ?? (measured[measured.length - 1] as { t: number; rss: number });
  const end = measured[measured.length - 1] as { t: number; rss: number };
  const lines = [
    `API memory (RSS): idle ${idle !== null ? mb(idle) : 'n/a'}, peak ${mb(peak)}, at ${early.t.toFixed(0)} s ${mb(early.rss)}, at the end (${end.t.toFixed(0)} s) ${mb(end.rss)}, growth ${(((end.rss - early.rss) / early.rss) * 100).toFixed(1)} %`,
  ];
  if (measured.length < 8) {
    lines.push(`memory growth rule: not applied (${measured.length} samples; run for 8 s or more)`);
    return { lines, growing: false };
  }
  const quarter = Math.floor(measured.length / 4);
  const first = median(measured.slice(0, quarter).map((s) => s.rss));
  const last = median(measured.slice(-quarter).map((s) => s.rss));
  const growth = (last - first) / first;
  const growing = growth > GROWTH_LIMIT;
  lines.push(
    `memory growth rule (median RSS of the last quarter vs the first, limit +${GROWTH_LIMIT * 100} %): ` +
      `${mb(first)} → ${mb(last)}, ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % — ${growing ? 'GROWING' : 'ok'}`,
  );
  return { lines, growing };
}

/** The V8 heap in use, from the API's Prometheus metrics (prom-client's default metrics), or null. */
async function readHeapUsed(url: string): Promise<number | null> {
  try {
    const text = await (await fetch(`${url}/metrics`)).text();
    const match = /^\w*nodejs_heap_size_used_bytes\s+([\d.e+]+)/m.exec(text);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Heap in use at 10 s and at the end: what RSS growth is made of, for the reader (the rule uses RSS). */
function heapSummary(heap: Array<{ t: number; used: number }>): string {
  const end = heap[heap.length - 1];
  const early = heap.find((h) => h.t >= EARLY_S) ?? end;
  if (!early || !end) return 'API heap in use: not available (no /metrics)';
  return `API heap in use (/metrics): at ${early.t.toFixed(0)} s ${mb(early.used)}, at the end ${mb(end.used)}, peak ${mb(Math.max(...heap.map((h) => h.used)))}`;
}

/** How many lines the API logged, and how many at level error or worse (pino: 50 and up). */
function apiLogSummary(file: string): string {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 'API log: unreadable';
  }
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const errors = lines.filter((l) => /"level":(5\d|60)\b/.test(l));
  return `API log: ${lines.length} lines, ${errors.length} at level error or worse${errors[0] ? ` (first: ${errors[0].slice(0, 200)})` : ''}`;
}

/** One autocannon run of the mix, with its own tally of operations, GraphQL errors and latencies. */
async function runLoad(url: string, token: string, graph: Graph, options: Options, runId: string, duration: number) {
  const tally: Tally = { sent: {}, graphqlErrors: {}, sampleErrors: [], latencies: {} };
  const result = await autocannon({
    url,
    connections: options.connections,
    duration,
    // Longer than the API's own request timeout (30 s by default), so that a slow request
    // shows up as the API's answer (REQUEST_TIMEOUT), not as a client giving up.
    timeout: 45,
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        setupRequest: (request: any, context: ConnectionContext) => {
          const { operation, variables } = nextRequest(graph, options, runId);
          context.operation = operation;
          context.sentAt = performance.now();
          tally.sent[operation] = (tally.sent[operation] ?? 0) + 1;
          request.headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
          request.body = JSON.stringify({ query: QUERIES[operation], variables });
          return request;
        },
        onResponse: (status: number, body: string, context: ConnectionContext) => {
          const operation = context.operation ?? 'entity';
          if (context.sentAt !== undefined) (tally.latencies[operation] ??= []).push(performance.now() - context.sentAt);
          if (body.includes('"errors"')) {
            tally.graphqlErrors[operation] = (tally.graphqlErrors[operation] ?? 0) + 1;
            if (tally.sampleErrors.length < 5) tally.sampleErrors.push(`${operation}: HTTP ${status} ${body.slice(0, 300).trim()}`);
          }
          if (operation === 'upsertEntity' && status === 200) {
            const id = /"id":"([^"]+)"/.exec(body)?.[1];
            if (id) unclaimedEntities.push(id);
          }
        },
      },
    ],
  } as autocannon.Options);
  return { result, tally };
}

function everyFifth(bytes: number[]): string {
  return bytes.filter((_, i) => i % 5 === 4).map((b) => (b / 1024 / 1024).toFixed(0)).join(' ');
}

// ---- Main -------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  let neo4j: ThrowawayNeo4j | null = null;
  let api: ChildServer | null = null;
  let stopping = false;
  const cleanUp = async () => {
    if (stopping) return;
    stopping = true;
    if (api) {
      const code = await api.stop();
      log(`API stopped (exit code ${code})`);
    }
    if (neo4j) {
      await neo4j.stop(); // and removes the temp folder
      log('Neo4j stopped');
    }
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

  try {
    neo4j = await startThrowawayNeo4j('kg-loadtest-', '1g', log);

    const secret = randomBytes(32).toString('hex');
    const apiLog = path.join(neo4j.home, 'api.log');
    log(`starting the API (log in ${apiLog}) ...`);
    api = await startChild('the API', 'dist/src/main.js', {
      NODE_ENV: 'production', NEO4J_URI: neo4j.neo4j.uri, HOST: '127.0.0.1', AUTH_JWT_SECRET: secret, SEED_ON_EMPTY: 'true',
      // The mix is one client (one token) sending as fast as it can: the per-client limit is for the attack shape.
      ...(options.attack > 0 ? {} : { RATE_LIMIT_PER_MINUTE: '0' }),
    }, { logFile: apiLog, nodeFlags: options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${path.join(projectRoot, '.bench-data', 'profiles')}`] : [] });
    const pid = api.pid;
    const idle = residentBytes(pid);
    const url = new URL(api.url).origin;
    log(`API started (pid ${pid})`);

    const token = await signDevToken({ jwtSecret: secret, jwksUrl: null, issuer: null, audience: null, anonymousRead: true }, { role: 'analyst', subject: 'loadtest' });
    const seed = await readGraph(api.url, token);
    const runId = randomBytes(3).toString('hex');
    const graph = { entityIds: seed.entityIds, sourceIds: await recordSources(api.url, token, options.sources, runId) };
    log(`API ready: ${seed.entityIds.length} entities and ${seed.sourceIds.length} source in the seed, ${graph.sourceIds.length} sources recorded for the run's claims; run ${runId}`);
    if (options.attack > 0) {
      const mint = (subject: string) => signDevToken({ jwtSecret: secret, jwksUrl: null, issuer: null, audience: null, anonymousRead: true }, { role: 'viewer', subject });
      const heavyTokens = await Promise.all(Array.from({ length: options.heavy }, (_, i) => mint(`heavy-reader-${i}`)));
      log(`attack shape: ${options.attack} s ...`);
      const attack = await runAttack(url, { seconds: options.attack, attackers: options.attackers, heavy: options.heavy, legitimateToken: token, heavyTokens, entityIds: seed.entityIds });
      process.stdout.write(['', ...attack.lines, apiLogSummary(apiLog), ''].join('\n'));
      return attack.passed ? 0 : 1;
    }
    log(`${options.connections} connections, ${Math.round(options.writes * 100)} % writes, on ${api.url}`);

    // Other work on the machine shares its CPUs with the API, Neo4j and autocannon: say how much.
    const loadBefore = os.loadavg()[0]?.toFixed(1);
    const samples: Array<{ t: number; rss: number }> = [];
    const heap: Array<{ t: number; used: number }> = [];
    let measuredFrom = Date.now() + options.warmup * 1000;
    const sampler = rssSampler(pid, 1_000, (rss) => {
      const t = (Date.now() - measuredFrom) / 1000;
      samples.push({ t, rss });
      void readHeapUsed(url).then((used) => used !== null && heap.push({ t, used }));
    });

    let warmLine: string | null = null;
    let warmFailed = false;
    if (options.warmup > 0) {
      log(`warm-up: ${options.warmup} s of the same load, not measured ...`);
      const warm = await runLoad(url, token, graph, options, runId, options.warmup);
      const warmErrors = Object.values(warm.tally.graphqlErrors).reduce((a, b) => a + b, 0);
      warmFailed = warm.result.non2xx > 0 || warmErrors > 0 || warm.result.errors > 0 || warm.result.timeouts > 0;
      warmLine = `warm-up: ${warm.result.requests.total} requests in ${warm.result.duration} s, non-2xx ${warm.result.non2xx}, GraphQL errors ${warmErrors}, connection errors ${warm.result.errors}, timeouts ${warm.result.timeouts}`;
    }
    measuredFrom = Date.now();
    log(`measured run: ${options.duration} s ...`);
    const { result, tally } = await runLoad(url, token, graph, options, runId, options.duration);
    sampler.stop();

    const graphqlErrors = Object.values(tally.graphqlErrors).reduce((a, b) => a + b, 0);
    const total = result.requests.total;
    const memory = judgeMemory(samples, idle);
    const failed = warmFailed || result.non2xx > 0 || graphqlErrors > 0 || result.errors > 0 || result.timeouts > 0;
    const lines = [
      '',
      `load test: ${options.connections} connections, ${result.duration} s measured after ${options.warmup} s of warm-up, ${Math.round(options.writes * 100)} % writes citing ${options.sources} sources (loopback, ${os.cpus().length} CPUs, load average ${loadBefore} before, ${os.loadavg()[0]?.toFixed(1)} after)`,
      ...(warmLine ? [warmLine] : []),
      `requests: ${total} (${Object.entries(tally.sent).sort().map(([op, n]) => `${op} ${n}`).join(', ')})`,
      `throughput: ${result.requests.average.toFixed(1)} req/s on average (min ${result.requests.min}, max ${result.requests.max} in a second), ${(result.throughput.average / 1024).toFixed(0)} KiB/s`,
      latencyLine(tally.latencies),
      `latency by operation (p50 / p99 ms): ${Object.entries(tally.latencies).sort().map(([op, ms]) => `${op} ${msAt(ms, 0.5)} / ${msAt(ms, 0.99)}`).join(', ')}`,
      `errors: non-2xx ${result.non2xx}, GraphQL errors ${graphqlErrors}${graphqlErrors > 0 ? ` (${Object.entries(tally.graphqlErrors).map(([op, n]) => `${op} ${n}`).join(', ')})` : ''}, connection errors ${result.errors}, timeouts ${result.timeouts}`,
      ...memory.lines,
      heapSummary(heap.filter((h) => h.t >= 0)),
      `RSS every 5 s from the warm-up on (MB): ${everyFifth(samples.map((x) => x.rss))}`,
      `heap in use every 5 s from the warm-up on (MB): ${everyFifth([...heap].sort((a, b) => a.t - b.t).map((x) => x.used))}`,
      apiLogSummary(apiLog),
      ...tally.sampleErrors.map((e) => `  e.g. ${e}`),
      `verdict: ${failed || memory.growing ? 'FAIL' : 'PASS'}${failed ? ' (requests failed)' : ''}${memory.growing ? ' (memory kept growing)' : ''}`,
      '',
    ];
    process.stdout.write(lines.join('\n'));
    if (failed || memory.growing) {
      // The temp folder goes away: keep the API's log of a failed run where it can be read.
      const kept = path.join(os.tmpdir(), `kg-loadtest-${runId}-api.log`);
      copyFileSync(apiLog, kept);
      log(`the API's log is kept in ${kept}`);
    }
    return failed || memory.growing ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[loadtest] could not run: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
