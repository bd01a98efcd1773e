import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticlesResult } from './articles';
import type { Manifest } from './neo4jHome';
import type { MeasureSettings } from './measure';
import type { DbHits } from './profile';
import type { Stats } from './stats';
import type { WorkloadParams } from './workload';

/** Everything one `npm run bench` measured, as written to bench/results/<scale>.json. */
export interface Results {
  scale: string;
  date: string;
  command: string;
  durationSeconds: number;
  machine: { cpus: number; model: string; memoryGiB: number; os: string; loadAverageAtStart: number[] };
  versions: Record<string, string>;
  settings: MeasureSettings & { neo4jHeap: string; neo4jPagecache: string; w1Iterations: number; w1Batch: number };
  data: Manifest;
  workload: WorkloadParams;
  queries: QueryResult[];
  w1: { stats: Record<string, Stats & { claimsPerSecond: number }>; note: string } | null;
  /** W2 (articles through the API) and X1 (extraction alone); absent in results written before they existed. */
  articles?: ArticlesResult | null;
  /** `{ __typename }` over HTTP: what a request costs with no database work. */
  probe: Record<string, Stats>;
  /** Variables the API ran with that change its behaviour (e.g. LOG_LEVEL), when set. */
  apiEnvironment: Record<string, string>;
  memory: { oursPeakRssMiB: number; oursEndRssMiB: number; peerPeakRssMiB: number };
  budgets: Budget[];
}

export interface QueryResult {
  id: string;
  title: string;
  peerUnsupported: string | null;
  answers: string | null;
  stats: Record<string, Stats>;
  ratios: {
    p50OursOverFloor: number | null;
    p50OursOverPeer: number | null;
    throughputOursOverPeer: number | null;
    throughputOursOverFloor: number | null;
    /** Absent in results written before the floor over HTTP existed. */
    p50OursOverFloorHttp?: number | null;
    throughputOursOverFloorHttp?: number | null;
  };
  dbHits: DbHits;
  /** The floor over HTTP's statement for the query, its db hits and the check of its answer (absent before it existed). */
  floorHttp?: { statement: string; dbHits: DbHits; answer: string } | null;
  trace: { roundTrips: number; waves: number; queries: string[] };
}

export interface Budget {
  name: string;
  measured: string;
  limit: string;
  met: boolean;
}

/**
 * The read budgets of each query: ours p50 at most 1.15 × the floor (in-process, as before) and
 * 1.15 × the floor over HTTP (issue 14, item 6), and our throughput at least 1.5 × the peer's
 * where the peer answered. A ratio that could not be measured is not met.
 */
export function queryBudgets(results: readonly QueryResult[]): Budget[] {
  const atMost = (name: string, ratio: number | null | undefined): Budget => ({ name, measured: String(ratio ?? null), limit: '≤ 1.15', met: ratio != null && ratio <= 1.15 });
  const budgets: Budget[] = [];
  for (const r of results) {
    budgets.push(atMost(`${r.id} p50 ours/floor`, r.ratios.p50OursOverFloor));
    if (r.floorHttp) budgets.push(atMost(`${r.id} p50 ours/floor over HTTP`, r.ratios.p50OursOverFloorHttp));
    if (r.ratios.throughputOursOverPeer !== null) {
      budgets.push({ name: `${r.id} throughput ours/peer`, measured: String(r.ratios.throughputOursOverPeer), limit: '≥ 1.5', met: r.ratios.throughputOursOverPeer >= 1.5 });
    }
  }
  return budgets;
}

const f = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));

/** The Markdown page the README links: the table, the budgets, the setup and the findings. */
export function renderMarkdown(results: Results, notesFile: string): string {
  const lines: string[] = [];
  lines.push(`# Benchmark: ${results.scale} scale`, '');
  lines.push(`Measured ${results.date} with \`${results.command}\` in ${Math.round(results.durationSeconds)} s.`, '');
  const d = results.data;
  lines.push(
    `Graph: ${d.graph.entities.toLocaleString('en')} entities, ${d.graph.sources.toLocaleString('en')} sources, ${d.graph.claims.toLocaleString('en')} claims, ` +
      `${d.graph.facts.toLocaleString('en')} facts; ${d.graph.nodes.toLocaleString('en')} nodes and ${d.graph.relationships.toLocaleString('en')} relationships ` +
      `(seed ${d.seed}). Loaded by \`${d.command}\` in ${d.loadSeconds.toFixed(1)} s; ${(d.storeBytes / 1048576).toFixed(1)} MiB store, ` +
      `${(d.bytesOnDisk / 1048576).toFixed(1)} MiB on disk with the transaction logs (Neo4j preallocates them).`,
    '',
  );
  lines.push('Latency in milliseconds (one request at a time), throughput in operations per second with ' +
    `${results.settings.concurrency} concurrent clients. Ratios: ours/floor and ours/floor over HTTP on p50 latency (budget ≤ 1.15), ours/peer on throughput (budget ≥ 1.5).`, '');
  lines.push('| query | target | p50 | p95 | p99 | ops/s | n | ours/floor p50 | ours/floor over HTTP p50 | ours/peer ops/s | db hits |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  const label: Record<string, string> = { ours: 'ours', floor: 'floor', floorHttp: 'floor over HTTP', peer: 'peer' };
  for (const q of results.queries) {
    for (const target of ['ours', 'floor', 'floorHttp', 'peer']) {
      const s = q.stats[target];
      if (!s) {
        if (target === 'peer') lines.push(`| ${q.id} | peer | ${q.peerUnsupported?.startsWith('it failed') ? 'failed (see below)' : 'cannot express it'} | | | | | | | | |`);
        continue;
      }
      const first = target === 'ours';
      const hits = first ? q.dbHits.total.toLocaleString('en') : target === 'floorHttp' && q.floorHttp ? q.floorHttp.dbHits.total.toLocaleString('en') : '';
      lines.push(`| ${q.id} | ${label[target]} | ${f(s.p50, 2)} | ${f(s.p95, 2)} | ${f(s.p99, 2)} | ${f(s.throughput, 0)} | ${s.n} | ` +
        `${first ? f(q.ratios.p50OursOverFloor, 2) : ''} | ${first ? f(q.ratios.p50OursOverFloorHttp, 2) : ''} | ${first ? f(q.ratios.throughputOursOverPeer, 2) : ''} | ${hits} |`);
    }
  }
  if (results.w1) {
    for (const target of ['ours', 'floor', 'bare', 'peer']) {
      const s = results.w1.stats[target];
      if (!s) continue;
      const ours = results.w1.stats.ours as Stats & { claimsPerSecond: number };
      lines.push(`| W1 | ${target === 'bare' ? 'bare write' : target} | ${f(s.p50, 0)} | ${f(s.p95, 0)} | ${f(s.p99, 0)} | ${f(s.claimsPerSecond, 0)} claims/s | ${s.n} | ` +
        `${target === 'ours' ? f(ours.p50 / (results.w1.stats.floor as Stats).p50, 2) : ''} | | ${target === 'ours' ? f(ours.claimsPerSecond / (results.w1.stats.peer as Stats & { claimsPerSecond: number }).claimsPerSecond, 2) : ''} | |`);
    }
  }
  lines.push('', '## What each query is', '');
  for (const q of results.queries) {
    lines.push(`- **${q.id}**: ${q.title}. Ours sends ${q.trace.roundTrips} queries in ${q.trace.waves} round(s): ${q.trace.queries.join(', ')}.` +
      (q.floorHttp ? ` Floor over HTTP: \`${q.floorHttp.statement}\`, one statement; answers ${q.floorHttp.answer}.` : '') +
      (q.peerUnsupported ? ` Peer: ${q.peerUnsupported.startsWith('it failed') ? '' : 'cannot express it: '}${q.peerUnsupported}.` : '') + (q.answers ? ` Answers: ${q.answers}.` : ''));
  }
  if (results.w1) lines.push(`- **W1**: ${results.w1.note}`);
  if (results.articles) lines.push(...renderArticles(results.articles));
  lines.push('', '## Budgets', '', '| budget | measured | limit | met |', '|---|---|---|---|');
  for (const b of results.budgets) lines.push(`| ${b.name} | ${b.measured} | ${b.limit} | ${b.met ? 'yes' : '**no**'} |`);
  lines.push('', '## Setup', '');
  const m = results.machine;
  lines.push(`- Machine: ${m.cpus} × ${m.model}, ${m.memoryGiB} GiB, ${m.os}; load average at start ${m.loadAverageAtStart.map((x) => x.toFixed(2)).join(' ')} (shared machine: compare ratios, not absolute figures).`);
  lines.push(`- Versions: ${Object.entries(results.versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`);
  const s = results.settings;
  lines.push(`- Settings: warm-up ${s.warmupSeconds} s per target; latency ${s.latencySeconds} s per target (${s.minIterations}–${s.maxIterations} runs), targets interleaved in rotating order each round; ` +
    `throughput ${s.throughputRounds} alternating slices of ${s.throughputSliceSeconds} s per target with ${s.concurrency} clients; Neo4j heap ${s.neo4jHeap}, page cache ${s.neo4jPagecache}; ` +
    `W1 ${s.w1Iterations} timed iterations of 1,000 claims in batches of ${s.w1Batch} per target after one warm-up.`);
  lines.push('- Targets: **ours** = `node dist/src/main.js` (a child process) over HTTP; **floor** = the Cypher texts and parameters our resolvers sent for the same operation (recorded at the driver), ' +
    'replayed in-process with neo4j-driver, queries of one DataLoader tick concurrently; **floor over HTTP** = the best single Cypher statement for each read (bench/floorCypher/) behind a bare `node:http` handler ' +
    'in a child process (bench/floorServer.ts: no framework, no GraphQL, keep-alive, our driver settings), answering the same JSON as our `data` (checked before measuring; the run fails if they differ), asked by the same client; **peer** = `@neo4j/graphql` on the same Apollo/Express stack in a child process (bench/peerServer.ts, type definitions in bench/peerTypeDefs.ts).');
  const pr = results.probe;
  lines.push(`- Probe \`{ __typename }\` (HTTP and GraphQL, no database): p50 ours ${f(pr.ours?.p50, 2)} ms, peer ${f(pr.peer?.p50, 2)} ms; ${f(pr.ours?.throughput, 0)} and ${f(pr.peer?.throughput, 0)} ops/s.` +
    (pr.floorHttp ? ` The floor over HTTP's empty answer (HTTP alone): p50 ${f(pr.floorHttp.p50, 2)} ms, ${f(pr.floorHttp.throughput, 0)} ops/s.` : '') +
    (Object.keys(results.apiEnvironment).length ? ` API environment: ${JSON.stringify(results.apiEnvironment)}.` : ''));
  lines.push(`- Memory: our API peaked at ${f(results.memory.oursPeakRssMiB)} MiB resident (${f(results.memory.oursEndRssMiB)} at the end); the peer at ${f(results.memory.peerPeakRssMiB)} MiB.`);
  if (existsSync(notesFile)) {
    lines.push('', readFileSync(notesFile, 'utf8').trim());
  }
  lines.push('', `Raw figures: [${results.scale}.json](${results.scale}.json).`, '');
  return lines.join('\n');
}

/** W2 and X1: ours alone (the floor and the peer have no article ingestion), in articles per second. */
function renderArticles(a: ArticlesResult): string[] {
  const lines = ['', '## Articles (W2, X1)', '', a.note, ''];
  lines.push(`${a.count.toLocaleString('en')} generated articles of ${Math.round(a.meanChars).toLocaleString('en')} characters on average.`, '');
  lines.push('| section | articles/s (median) | each run | claims per article | other |', '|---|---:|---|---:|---|');
  const x = a.extraction;
  if (x) {
    lines.push(`| X1 extraction alone, src/extract (in-process, no database) | ${f(x.articlesPerSecond, 0)} | ${x.passes.map((r) => f(r, 0)).join(', ')} | ${f(x.claimsPerArticle, 2)} | ${f(x.warningsPerArticle, 2)} warnings per article |`);
  }
  const w = a.ingest;
  if (w) {
    lines.push(`| W2 ingestArticle over HTTP, ${w.clients} at a time | ${f(w.articlesPerSecond, 1)} | ${w.iterations.map((r) => f(r, 1)).join(', ')} | ${f(w.claimsPerArticle, 2)} | ` +
      `latency p50 ${f(w.latency.p50, 0)} ms, p95 ${f(w.latency.p95, 0)} ms, p99 ${f(w.latency.p99, 0)} ms (n ${w.latency.n}); errors ${w.errors}${w.firstError ? ` (first: ${w.firstError.replace(/\|/g, '/')})` : ''}; ` +
      `graph restored after cleanup: ${w.graphRestored ? 'yes' : '**no**'}; generated entities named: ${w.touchedEntities} |`);
  }
  return lines;
}

export const notesFileFor = (resultsDir: string, scale: string) => path.join(resultsDir, `${scale}.notes.md`);
